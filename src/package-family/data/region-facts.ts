import { findLeanRegion as findRegion } from '@/data/lean'
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
