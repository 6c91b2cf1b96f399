import { findLeanRegion as findRegion } from '@/data/lean'
import { REGION_INDEX } from '@/data/region-index'
import type { RegionFacts } from '@/domain/family/resolve-check'

/**
 * The dataset's facts about a region, for the 家庭共济 checker.
 * @param id region id or 'other'
 * @returns province and 共济 availability, or undefined when the region is not in the dataset
 */
export function lookupRegion(id: string): RegionFacts | undefined {
  return findRegion(id)
}

/** @returns whether the dataset knows this region id */
export function isKnownRegion(id: string): boolean {
  return lookupRegion(id) !== undefined
}

/** Region choices of the family forms: every region of the index, then 其他地区. */
export const REGION_OPTIONS = [...REGION_INDEX.map((r) => ({ value: r.id, label: r.name })), { value: 'other', label: '其他地区' }]
