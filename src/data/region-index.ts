import json from '@/data/generated/region-index.json'
import type { RegionEntry, RegionIndexFile } from '@/data/tab-index-types'

export type { RegionEntry } from '@/data/tab-index-types'

const file = json as unknown as RegionIndexFile

/**
 * The small list of regions that tab pages need (names for pickers, the 居民医保 window for 首页), kept apart from the
 * full dataset so the main package stays small. Read from src/data/generated/region-index.json, which
 * `npx tsx scripts/gen-data.ts` derives from regions.json (src/domain/policy/region-entries.ts).
 */
export const REGION_INDEX: readonly RegionEntry[] = file.regions.map(([id, name, province, [startMonth, startDay, endMonth, endDay, verified]]) => ({
  id,
  name,
  province,
  collection: { startMonth, startDay, endMonth, endDay, verified },
}))

/** @returns the region's display name, or 其他地区 for 'other' / unknown ids */
export function regionName(id: string | null): string {
  if (!id) return '未设置'
  return REGION_INDEX.find((r) => r.id === id)?.name ?? '其他地区'
}

/** The date the bundled dataset was last reviewed as a whole (regions.json `checkedAt`, the latest checkedAt of its figures). */
export const DATASET_CHECKED_AT: string = file.checkedAt
