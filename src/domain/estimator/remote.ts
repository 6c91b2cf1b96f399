import type { Bp, Fen, FilingStatus, Location, RemoteMode } from '@/domain/vocab'
import { mulBpHalfUp } from '@/domain/money/rounding'
import type { Plan } from '@/domain/estimator/types'

/** The 异地 adjustment in force for one visit. */
export interface RemoteCut {
  mode: RemoteMode
  /** points, pre-self-pay share or factor, by mode (bp) */
  rate: Bp
  location: Exclude<Location, 'local'>
  filing: Exclude<FilingStatus, 'long-term'>
}

/**
 * Step 2: which 异地 adjustment applies. None when treated locally, when filed as a long-term
 * resident (same benefits as at home), or when the plan has no remote rule.
 * @param plan the plan
 * @param location where treated
 * @param filing 备案 status
 * @returns the adjustment, or null
 */
export function remoteCut(plan: Plan, location: Location, filing: FilingStatus): RemoteCut | null {
  if (location === 'local' || filing === 'long-term' || plan.remote === null) return null
  return { mode: plan.remote.mode, rate: plan.remote[filing], location, filing }
}

/**
 * Step 2, `pre-self-pay` mode: what the person pays first, E × a; 0 in other modes.
 * @param policyRange E
 * @param cut the adjustment in force, or null
 */
export function remotePreSelfPay(policyRange: Fen, cut: RemoteCut | null): Fen {
  return cut !== null && cut.mode === 'pre-self-pay' ? mulBpHalfUp(policyRange, cut.rate) : 0
}

/**
 * Step 2, `points` and `times` modes: a segment ratio after the adjustment.
 * `points` subtracts a (not below 0), `times` multiplies by a (rounded half up to bp).
 * @param ratio the plan's ratio
 * @param cut the adjustment in force, or null
 */
export function adjustRatio(ratio: Bp, cut: RemoteCut | null): Bp {
  if (cut === null) return ratio
  if (cut.mode === 'points') return Math.max(0, ratio - cut.rate)
  if (cut.mode === 'times') return mulBpHalfUp(ratio, cut.rate)
  return ratio
}
