import { messages, type FieldError } from '@/domain/errors'
import { FILINGS, isOneOf, LOCATIONS } from '@/domain/vocab'
import type { EstimateRequest } from '@/domain/estimator/types'
import { isFen, validatePlan } from '@/domain/estimator/validate-plan'

const YTD_FIELDS = ['deductiblePaid', 'fundPaid', 'compliantSelfPaid', 'criticalPaid'] as const

/** The bill part of a request: amounts, year-to-date figures, place and 备案 status. */
export type Bill = Omit<EstimateRequest, 'plan'>

/**
 * Check the bill part of a request: amounts are integer fen in range, 全自费 + 乙类 ≤ 总费用,
 * and place and 备案 status are known. Every field is checked at run time (it may come from a form).
 * @param bill the bill
 * @returns Chinese field errors, empty when valid
 */
export function validateBill(bill: Bill): FieldError[] {
  const errors: FieldError[] = []
  const amounts = { total: bill.total, selfPay: bill.selfPay, classB: bill.classB }
  for (const [field, v] of Object.entries(amounts)) {
    if (!isFen(v)) errors.push({ field, message: messages.amountFormat })
  }
  if (errors.length === 0) {
    if (bill.selfPay > bill.total) errors.push({ field: 'selfPay', message: messages.selfPayOverTotal })
    else if (bill.selfPay + bill.classB > bill.total) errors.push({ field: 'classB', message: messages.classBOverRest })
  }
  for (const k of YTD_FIELDS) {
    const v = bill.ytd?.[k]
    if (v !== undefined && !isFen(v)) errors.push({ field: `ytd.${k}`, message: messages.amountFormat })
  }
  if (!isOneOf(LOCATIONS, bill.location)) errors.push({ field: 'location', message: messages.invalidChoice })
  if (!isOneOf(FILINGS, bill.filing)) errors.push({ field: 'filing', message: messages.invalidChoice })
  return errors
}

/**
 * Check an estimate request before calling estimate: the bill (see validateBill) and the plan.
 * @param req the request
 * @param planPrefix field prefix for plan errors
 * @returns Chinese field errors, empty when valid
 */
export function validateRequest(req: EstimateRequest, planPrefix = 'plan'): FieldError[] {
  const errors = validateBill(req)
  if (req.plan === null || typeof req.plan !== 'object') errors.push({ field: planPrefix, message: messages.notAnObject })
  else errors.push(...validatePlan(req.plan, planPrefix))
  return errors
}
