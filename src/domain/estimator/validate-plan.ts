import { REMOTE_FILINGS } from '@/domain/vocab'
import type { Segment } from '@/domain/vocab'
import { messages, type FieldError } from '@/domain/errors'
import type { Plan } from '@/domain/estimator/types'
import { MAX_FEN } from '@/domain/money/parse'

const REMOTE_MODES = ['points', 'pre-self-pay', 'times']

/**
 * Is this an integer amount of fen within 0 … 1 亿元?
 * @param x any value
 */
export function isFen(x: unknown): x is number {
  return typeof x === 'number' && Number.isInteger(x) && x >= 0 && x <= MAX_FEN
}

/**
 * Is this an integer ratio within 0 … 10000 bp?
 * @param x any value
 */
export function isBp(x: unknown): x is number {
  return typeof x === 'number' && Number.isInteger(x) && x >= 0 && x <= 10000
}

/**
 * Check a tiered segment table: at least one segment, ratios 0–100%, upper bounds positive and
 * increasing, only the last one open (null).
 * @param segments the table
 * @param field field path used in errors, e.g. `plan.segments`
 */
export function validateSegments(segments: readonly Segment[], field: string): FieldError[] {
  if (!Array.isArray(segments) || segments.length === 0) return [{ field, message: messages.segmentsEmpty }]
  const errors: FieldError[] = []
  let lo = 0
  segments.forEach((s, i) => {
    if (s === null || typeof s !== 'object') {
      errors.push({ field: `${field}[${i}]`, message: messages.notAnObject })
      return
    }
    const last = i === segments.length - 1
    if (!isBp(s.ratio)) errors.push({ field: `${field}[${i}].ratio`, message: messages.ratioFormat })
    if (last !== (s.upTo === null)) errors.push({ field: `${field}[${i}].upTo`, message: messages.segmentsOpenEnd })
    else if (s.upTo !== null) {
      if (!isFen(s.upTo)) errors.push({ field: `${field}[${i}].upTo`, message: messages.amountFormat })
      else if (s.upTo <= lo) errors.push({ field: `${field}[${i}].upTo`, message: messages.segmentsOrder })
      else lo = s.upTo
    }
  })
  return errors
}

/**
 * Check a plan's figures. Field paths start with `prefix` (e.g. `plan.deductible`).
 * @param plan the plan
 * @param prefix `plan` for the form, `policy` for the CLI
 * @returns every problem found, empty when valid
 */
export function validatePlan(plan: Plan, prefix = 'plan'): FieldError[] {
  const errors: FieldError[] = []
  const bad = (f: string, message: string) => errors.push({ field: `${prefix}.${f}`, message })
  if (!isFen(plan.deductible)) bad('deductible', messages.amountFormat)
  if (plan.deductibleMode !== 'annual' && plan.deductibleMode !== 'per-admission') bad('deductibleMode', messages.invalidChoice)
  errors.push(...validateSegments(plan.segments, `${prefix}.segments`))
  if (plan.annualCap !== null && !isFen(plan.annualCap)) bad('annualCap', messages.amountFormat)
  if (!isBp(plan.classBSelfPayRatio)) bad('classBSelfPayRatio', messages.ratioFormat)
  if (plan.remote !== null && typeof plan.remote !== 'object') bad('remote', messages.notAnObject)
  else if (plan.remote !== null) {
    if (!REMOTE_MODES.includes(plan.remote.mode)) bad('remote.mode', messages.invalidChoice)
    for (const k of REMOTE_FILINGS) if (!isBp(plan.remote[k])) bad(`remote.${k}`, messages.ratioFormat)
  }
  if (plan.critical !== null && typeof plan.critical !== 'object') bad('critical', messages.notAnObject)
  else if (plan.critical !== null) {
    if (!isFen(plan.critical.threshold)) bad('critical.threshold', messages.amountFormat)
    errors.push(...validateSegments(plan.critical.segments, `${prefix}.critical.segments`))
    if (plan.critical.cap !== null && !isFen(plan.critical.cap)) bad('critical.cap', messages.amountFormat)
  }
  return errors
}
