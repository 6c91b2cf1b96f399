import { LEVEL_LABELS, LOCATION_SHORT_LABELS, VISIT_LABELS } from '@/domain/vocab'
import type { EstimateInputs } from '@/domain/estimator/types'

/**
 * Who is insured how, in a few words: 职工在职, 职工退休, 居民医保.
 * @param inputs the estimate's inputs
 */
export function schemeText(inputs: Pick<EstimateInputs, 'scheme' | 'status'>): string {
  if (inputs.scheme === 'resident') return '居民医保'
  return inputs.status === 'retired' ? '职工退休' : '职工在职'
}

/**
 * The title of a saved or shared estimate, e.g. 北京 · 职工在职 · 三级医院住院 (· 跨省 · 自定义参数).
 * @param inputs the estimate's inputs
 * @param regionName the region's Chinese name; ignored when inputs.region is null
 */
export function estimateTitle(inputs: EstimateInputs, regionName: string): string {
  const parts = [inputs.region === null ? '自定义参数' : regionName, schemeText(inputs)]
  parts.push(`${LEVEL_LABELS[inputs.level]}医院${VISIT_LABELS[inputs.visit]}`)
  if (inputs.location !== 'local') parts.push(LOCATION_SHORT_LABELS[inputs.location])
  if (inputs.region !== null && inputs.policy !== null) parts.push('自定义参数')
  return parts.join(' · ')
}
