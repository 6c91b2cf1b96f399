import type { Provenance } from '@/domain/vocab'
import type { EstimateInputs, EstimateResult, FigureKey } from '@/domain/estimator/types'
import type { RegionPolicy } from '@/data/types'
import { messages } from '@/domain/errors'
import { planUnavailableReason, resolvePlan, type PlanQuery } from '@/domain/policy/plan'
import { toRequest } from '@/domain/estimator/request'
import { validateRequest } from '@/domain/estimator/validate'
import { estimate } from '@/domain/estimator/estimate'
import { criticalCaveat } from '@/domain/estimate/critical-caveat'

/** Message when the dataset cannot price a case and the reason is not known more precisely. */
export const CANNOT_PRICE = '内置数据暂时无法测算这种情况，请使用自定义参数，填写当地医保局公布的数字。'

/** A priced estimate (figures null for custom parameters), or why it cannot be priced. */
export type Priced =
  | { ok: true; result: EstimateResult; figures: Record<FigureKey, Provenance[]> | null; caveat: string | null }
  | { ok: false; kind: 'unknown-region' | 'unavailable'; reason: string }

/**
 * Price decoded inputs: with their custom parameters, or with the dataset plan of their region.
 * Never throws: a case the dataset cannot price (planUnavailableReason) comes back as its reason.
 * @param inputs inputs that passed validateInputs
 * @param findRegion looks a region up in the dataset (passed in: the domain never imports it)
 */
export function priceEstimate(inputs: EstimateInputs, findRegion: (id: string) => RegionPolicy | undefined): Priced {
  if (inputs.policy !== null) {
    const req = toRequest(inputs, inputs.policy)
    if (validateRequest(req, 'policy').length > 0) return { ok: false, kind: 'unavailable', reason: CANNOT_PRICE }
    return { ok: true, result: estimate(req), figures: null, caveat: null }
  }
  const region = inputs.region === null ? undefined : findRegion(inputs.region)
  if (region === undefined) return { ok: false, kind: 'unknown-region', reason: messages.regionUnknown }
  const { scheme, status, visit, level, admission, location, filing } = inputs
  const q: PlanQuery = { scheme, status, visit, level, admission, location, filing }
  const reason = planUnavailableReason(region, q)
  if (reason !== null) return { ok: false, kind: 'unavailable', reason }
  const resolved = resolvePlan(region, q)
  const req = toRequest(inputs, resolved.plan)
  if (validateRequest(req).length > 0) return { ok: false, kind: 'unavailable', reason: CANNOT_PRICE }
  return { ok: true, result: estimate(req), figures: resolved.figures, caveat: criticalCaveat(region, q) }
}
