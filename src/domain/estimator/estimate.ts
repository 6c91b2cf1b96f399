import type { EstimateLine, EstimateRequest, EstimateResult } from '@/domain/estimator/types'
import { computeBreakdown } from '@/domain/estimator/breakdown'
import { explainHead } from '@/domain/estimator/explain-head'
import { explainFund } from '@/domain/estimator/explain-fund'
import { explainCritical } from '@/domain/estimator/explain-critical'
import { shareBp } from '@/domain/money/rounding'

/**
 * Estimate what the fund, 大病保险 and the person pay on one bill, with explained lines.
 * The request must pass validateRequest; amounts are integer fen and always sum to the total.
 * @param req bill, plan, place, 备案 status and year-to-date figures
 * @returns the three shares, the effective ratio and the lines
 */
export function estimate(req: EstimateRequest): EstimateResult {
  const b = computeBreakdown(req)
  const critical = b.critical === null ? 0 : b.critical.total
  const lines: EstimateLine[] = []
  explainHead(req, b, lines)
  explainFund(req.plan, b, lines)
  explainCritical(req.plan.critical, b, lines)
  return { fund: b.fund, critical, personal: b.personal, effectiveRatio: shareBp(b.fund + critical, req.total), lines }
}
