import { messages, type FieldError } from '@/domain/errors'
import type { EstimateInputs } from '@/domain/estimator/types'
import { validateBill } from '@/domain/estimator/validate'
import { validatePlan } from '@/domain/estimator/validate-plan'

/** Dataset region ids: ASCII letters, digits, `-` and `_`. */
export const REGION_ID = /^[A-Za-z0-9_-]{1,64}$/
/** Allowed insurance schemes. */
export const SCHEMES = ['employee', 'resident'] as const
/** Allowed work statuses. */
export const STATUSES = ['working', 'retired'] as const
/** Allowed visit types. */
export const VISITS = ['inpatient', 'outpatient'] as const
/** Largest admission number accepted. */
export const MAX_ADMISSION = 99

/**
 * Is this a real calendar date written YYYY-MM-DD (years 2000–2099)?
 * @param s any value
 */
export function isIsoDate(s: unknown): s is string {
  if (typeof s !== 'string' || !/^20\d\d-\d\d-\d\d$/.test(s)) return false
  const [y, m, d] = s.split('-').map(Number)
  const days = [31, y % 4 === 0 ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
  return m >= 1 && m <= 12 && d >= 1 && d <= days[m - 1]
}

/**
 * Check form inputs (what a share link or the CLI carries): the bill, the region or custom policy,
 * and the profile choices.
 * @param inputs the inputs
 * @param planPrefix field prefix for errors in the custom policy
 * @returns Chinese field errors, empty when valid
 */
export function validateInputs(inputs: EstimateInputs, planPrefix = 'policy'): FieldError[] {
  const errors: FieldError[] = []
  if (inputs.region === null && inputs.policy === null) errors.push({ field: 'region', message: messages.regionOrPolicy })
  if (inputs.region !== null && !REGION_ID.test(inputs.region)) errors.push({ field: 'region', message: messages.regionFormat })
  if (!(SCHEMES as readonly string[]).includes(inputs.scheme)) errors.push({ field: 'scheme', message: messages.invalidChoice })
  if (!(STATUSES as readonly string[]).includes(inputs.status)) errors.push({ field: 'status', message: messages.invalidChoice })
  if (!(VISITS as readonly string[]).includes(inputs.visit)) errors.push({ field: 'visit', message: messages.invalidChoice })
  if (![1, 2, 3].includes(inputs.level)) errors.push({ field: 'level', message: messages.invalidChoice })
  if (!Number.isInteger(inputs.admission) || inputs.admission < 1 || inputs.admission > MAX_ADMISSION) {
    errors.push({ field: 'admission', message: messages.integerFormat })
  }
  if (inputs.date !== null && !isIsoDate(inputs.date)) errors.push({ field: 'date', message: messages.dateFormat })
  errors.push(...validateBill(inputs))
  if (inputs.policy !== null) errors.push(...validatePlan(inputs.policy, planPrefix))
  return errors
}
