import leanJson from '@/data/generated/regions-lean.json'
import type { RegionPolicy, RegionsFile } from '@/data/types'

const file = leanJson as unknown as RegionsFile

/** Regions without source notes and alternatives (see src/domain/lean-regions.ts): for the estimator and family pages. */
export const leanRegions: readonly RegionPolicy[] = file.regions

/**
 * A bundled region by id, lean form: all figures and sources, no long notes.
 * @param id ASCII region id
 */
export function findLeanRegion(id: string): RegionPolicy | undefined {
  return leanRegions.find((r) => r.id === id)
}
