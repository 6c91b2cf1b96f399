import type { Fen } from '@/domain/vocab'
import type { Plan } from '@/domain/estimator/types'

/**
 * Step 3a: the deductible still to meet: the whole 起付线 for a per-admission plan,
 * what is left of it this year for an annual one.
 * @param plan the plan
 * @param paidThisYear 起付线 already paid this year
 */
export function deductibleLeft(plan: Plan, paidThisYear: Fen): Fen {
  return plan.deductibleMode === 'annual' ? Math.max(0, plan.deductible - paidThisYear) : plan.deductible
}

/**
 * Step 3b: the part of the bill that goes to the deductible.
 * @param base E2, the policy-range amount after any 异地 pay-first part
 * @param left deductible still to meet
 */
export function deductiblePart(base: Fen, left: Fen): Fen {
  return Math.min(base, left)
}
