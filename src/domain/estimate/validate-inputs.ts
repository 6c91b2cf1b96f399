import { messages, type FieldError } from '@/domain/errors'
import { HOSPITAL_LEVELS, isId, isIsoDate, isOneOf, SCHEMES, STATUSES, VISITS } from '@/domain/vocab'
import type { EstimateInputs } from '@/domain/estimator/types'
import { validateBill } from '@/domain/estimator/validate'
import { validatePlan } from '@/domain/estimator/validate-plan'

/** Largest admission number accepted. */
export const MAX_ADMISSION = 99

/**
 * Is this a real calendar date written YYYY-MM-DD in the years 2000–2099 (the range the estimator prices)?
 * @param s any value
 */
export function isTreatmentDate(s: unknown): s is string {
  return isIsoDate(s) && s.startsWith('20')
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
  if (inputs.region !== null && !isId(inputs.region)) errors.push({ field: 'region', message: messages.regionFormat })
  if (!isOneOf(SCHEMES, inputs.scheme)) errors.push({ field: 'scheme', message: messages.invalidChoice })
  if (!isOneOf(STATUSES, inputs.status)) errors.push({ field: 'status', message: messages.invalidChoice })
  if (!isOneOf(VISITS, inputs.visit)) errors.push({ field: 'visit', message: messages.invalidChoice })
  if (!isOneOf(HOSPITAL_LEVELS, inputs.level)) errors.push({ field: 'level', message: messages.invalidChoice })
  if (!Number.isInteger(inputs.admission) || inputs.admission < 1 || inputs.admission > MAX_ADMISSION) {
    errors.push({ field: 'admission', message: messages.integerFormat })
  }
  if (inputs.date !== null && !isTreatmentDate(inputs.date)) errors.push({ field: 'date', message: messages.dateFormat })
  errors.push(...validateBill(inputs))
  if (inputs.policy !== null) errors.push(...validatePlan(inputs.policy, planPrefix))
  return errors
}
