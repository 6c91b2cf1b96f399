import type { Fen } from '@/domain/vocab'
import type { EstimateRequest, Ytd } from '@/domain/estimator/types'
import { classBPreSelfPay, policyRange } from '@/domain/estimator/policy-range'
import { adjustRatio, remoteCut, remotePreSelfPay, type RemoteCut } from '@/domain/estimator/remote'
import { deductibleLeft, deductiblePart } from '@/domain/estimator/deductible'
import { payOnSegments, type SegmentPay } from '@/domain/estimator/segment-pay'
import { allocateCap, capLeft } from '@/domain/estimator/cap'
import { payCritical, type CriticalPay } from '@/domain/estimator/critical'

/** Every intermediate figure of one estimate, from which the result and its lines are built. */
export interface Breakdown {
  ytd: Ytd
  preB: Fen
  /** E */
  range: Fen
  cut: RemoteCut | null
  /** 异地先行自付 */
  prePay: Fen
  /** E2 */
  base: Fen
  deductibleLeft: Fen
  deductiblePart: Fen
  fundPieces: SegmentPay[]
  /** fund per piece after the annual cap */
  fundPaid: Fen[]
  /** part of [deductible, E2] no segment covers (only with a closed last segment) */
  uncovered: Fen
  fund: Fen
  /** C = E − fund */
  compliant: Fen
  critical: CriticalPay | null
  personal: Fen
}

/**
 * Fill missing year-to-date figures with 0.
 * @param ytd partial figures
 */
export function fullYtd(ytd: Partial<Ytd> = {}): Ytd {
  return {
    deductiblePaid: ytd.deductiblePaid ?? 0,
    fundPaid: ytd.fundPaid ?? 0,
    compliantSelfPaid: ytd.compliantSelfPaid ?? 0,
    criticalPaid: ytd.criticalPaid ?? 0,
  }
}

/**
 * Run steps 1–8 of the method on a valid request.
 * @param req a request that passed validateRequest
 */
export function computeBreakdown(req: EstimateRequest): Breakdown {
  const { plan } = req
  const ytd = fullYtd(req.ytd)
  const preB = classBPreSelfPay(req.classB, plan.classBSelfPayRatio)
  const range = policyRange(req.total, req.selfPay, preB)
  const cut = remoteCut(plan, req.location, req.filing)
  const prePay = remotePreSelfPay(range, cut)
  const base = range - prePay
  const left = deductibleLeft(plan, ytd.deductiblePaid)
  const dedPart = deductiblePart(base, left)
  const fundPieces = payOnSegments(plan.segments, dedPart, base, (r) => adjustRatio(r, cut))
  const fundPaid = allocateCap(fundPieces.map((p) => p.amount), capLeft(plan.annualCap, ytd.fundPaid))
  let covered = 0
  let fund = 0
  for (let i = 0; i < fundPieces.length; i++) {
    covered += fundPieces[i].to - fundPieces[i].from
    fund += fundPaid[i]
  }
  const compliant = range - fund
  const critical = plan.critical === null
    ? null
    : payCritical(plan.critical, ytd.compliantSelfPaid, compliant, ytd.criticalPaid)
  const personal = req.total - fund - (critical === null ? 0 : critical.total)
  return {
    ytd, preB, range, cut, prePay, base, deductibleLeft: left, deductiblePart: dedPart,
    fundPieces, fundPaid, uncovered: base - dedPart - covered, fund, compliant, critical, personal,
  }
}
