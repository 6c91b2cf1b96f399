import type { RegionPolicy } from '@/data/types'
import type { CaseQuery } from '@/domain/estimator/types'

/**
 * What an inpatient estimate leaves out when the region's 大病保险 / 大额 layer cannot be priced: said to the user
 * so a missing layer never reads as "no further reimbursement".
 * @param region the region's policy
 * @param q the case
 * @returns one Chinese sentence, or null when nothing is left out
 */
export function criticalCaveat(region: RegionPolicy, q: Pick<CaseQuery, 'scheme' | 'visit'>): string | null {
  if (q.visit !== 'inpatient') return null
  const c = region[q.scheme].critical
  if (c.kind === 'self-pay') return null
  const scheme = q.scheme === 'employee' ? '职工' : '居民'
  if (c.kind === 'above-cap') {
    return `${region.name}${scheme}医保在统筹基金封顶线以上还有「${c.name}」，但我们没有找到可靠的支付比例，测算没有计入这部分；费用超过封顶线时，实际个人负担可能更低，请以当地医保局为准。`
  }
  return `${region.name}${scheme}大病保险（大额医疗）的参数暂缺（${c.note}），测算没有计入这部分报销，费用较高时实际个人负担可能更低。`
}
