import type { Bp, Fen } from '@/domain/vocab'
import { mulBpHalfUp } from '@/domain/money/rounding'

/**
 * Step 1a: 乙类先行自付, the share of 乙类 costs the person pays before any reimbursement.
 * @param classB 乙类 amount B
 * @param ratio the plan's classBSelfPayRatio b
 * @returns B × b, rounded half up
 */
export function classBPreSelfPay(classB: Fen, ratio: Bp): Fen {
  return mulBpHalfUp(classB, ratio)
}

/**
 * Step 1b: the policy-range amount E = T − S − preB.
 * @param total bill T
 * @param selfPay 全自费 S
 * @param preB 乙类先行自付
 */
export function policyRange(total: Fen, selfPay: Fen, preB: Fen): Fen {
  return total - selfPay - preB
}
