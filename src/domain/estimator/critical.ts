import type { Fen } from '@/domain/vocab'
import { allocateCap, capLeft } from '@/domain/estimator/cap'
import { payOnSegments, type SegmentPay } from '@/domain/estimator/segment-pay'
import type { CriticalPlan } from '@/domain/estimator/types'

/** 大病保险 on this bill. */
export interface CriticalPay {
  /** cumulative compliant self-pay before this bill */
  before: Fen
  /** and after it */
  after: Fen
  pieces: SegmentPay[]
  /** what each piece pays after the cap */
  paid: Fen[]
  total: Fen
}

/**
 * Step 7: 大病保险 on the year's cumulative compliant self-pay scale. Each segment pays its ratio on
 * the part of [max(threshold, before), before + C] inside it; the total is limited by the cap left
 * this year and by C itself.
 * @param plan the 大病 plan
 * @param before compliant self-pay accumulated earlier this year
 * @param compliant this bill's compliant self-pay C
 * @param paidThisYear 大病保险 already paid this year
 */
export function payCritical(plan: CriticalPlan, before: Fen, compliant: Fen, paidThisYear: Fen): CriticalPay {
  const after = before + compliant
  const pieces = payOnSegments(plan.segments, Math.max(plan.threshold, before), after)
  const room = capLeft(plan.cap, paidThisYear)
  const paid = allocateCap(
    pieces.map((p) => p.amount),
    room === null ? compliant : Math.min(room, compliant),
  )
  return { before, after, pieces, paid, total: paid.reduce((s, x) => s + x, 0) }
}
