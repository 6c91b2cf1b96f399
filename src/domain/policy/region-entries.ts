import type { RegionsFile, ResidentEnrollment } from '@/data/types'
import type { RegionEntry, RegionIndexFile } from '@/data/tab-index-types'
import { isVerified, provenancesAt } from '@/domain/policy/review'

/**
 * Whether a region's 居民医保 collection window counts as 已核实: every provenance covering `enrollment.window`
 * (the block's own, or an override on the window or one of its days) is official (see isVerified).
 * @param enrollment the region's `enrollment` block
 */
export function collectionWindowVerified(enrollment: ResidentEnrollment): boolean {
  return provenancesAt(enrollment, 'window').every(isVerified)
}

/**
 * What the main package keeps of regions.json: id, name and province of each region, and its 居民医保 collection
 * window (`enrollment.window`, month/day; an end before the start falls in the next year) with whether that
 * window is verified.
 * @param regionsFile the parsed regions.json
 * @returns one entry per region, in list order
 */
export function regionEntries(regionsFile: unknown): RegionEntry[] {
  return (regionsFile as RegionsFile).regions.map((r) => {
    const { startMonth, startDay, endMonth, endDay } = r.enrollment.window
    return {
      id: r.id,
      name: r.name,
      province: r.province,
      collection: { startMonth, startDay, endMonth, endDay, verified: collectionWindowVerified(r.enrollment) },
    }
  })
}

/**
 * The content of src/data/generated/region-index.json: the dataset's checked date (regions.json `checkedAt`) and
 * regionEntries as rows, each entry's fields in order (see RegionIndexRow), so the bundle carries no repeated key names.
 * @param regionsFile the parsed regions.json
 */
export function regionIndexFile(regionsFile: unknown): RegionIndexFile {
  return {
    checkedAt: (regionsFile as RegionsFile).checkedAt,
    regions: regionEntries(regionsFile).map((r) => {
      const c = r.collection
      return [r.id, r.name, r.province, [c.startMonth, c.startDay, c.endMonth, c.endDay, c.verified]]
    }),
  }
}
