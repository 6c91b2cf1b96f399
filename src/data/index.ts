import regionsJson from '@/data/regions.json'
import type { RegionPolicy, RegionsFile } from '@/data/types'

const file = regionsJson as unknown as RegionsFile

/** Every bundled region's policy, in list order. Validated by tests (src/data/schema/), not at runtime. */
export const regions: readonly RegionPolicy[] = file.regions

/** ISO date the dataset was last reviewed as a whole (the latest checkedAt of its figures). */
export const datasetCheckedAt: string = file.checkedAt

/**
 * A bundled region by id.
 * @param id ASCII region id, e.g. `beijing`
 * @returns the region, or undefined for an unknown id
 */
export function findRegion(id: string): RegionPolicy | undefined {
  return regions.find((r) => r.id === id)
}
