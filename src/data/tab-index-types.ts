import type { GuideId } from '@/data/guide-types'
import type { GuideCategory } from '@/domain/vocab'

/** One step of a guide as the tab page needs it: id and title for progress and "下一步", material ids for sanitising. */
export interface GuideIndexStep {
  id: string
  title: string
  /** Ids of the materials this step mentions */
  materials: string[]
}

/** What the 指南 tab, 首页 and search need of a guide, without the step texts (guides.json stays in its subpackage). */
export interface GuideIndexEntry {
  id: GuideId
  title: string
  summary: string
  category: GuideCategory
  keywords: string[]
  steps: GuideIndexStep[]
}

/** A region as the tab pages need it (names for pickers, the 居民医保 window for 首页), without the full dataset. */
export interface RegionEntry {
  id: string
  name: string
  province: string
  /** 居民医保 collection window (month/day, may cross the year end) and whether its figure is verified */
  collection: { startMonth: number; startDay: number; endMonth: number; endDay: number; verified: boolean }
}

/** A GuideIndexStep as stored in guide-index.json: its fields in order. */
export type GuideIndexStepRow = [id: string, title: string, materials: string[]]

/** A GuideIndexEntry as stored in guide-index.json: its fields in order (rows instead of objects keep the main package small). */
export type GuideIndexRow = [id: GuideId, title: string, summary: string, category: GuideCategory, keywords: string[], steps: GuideIndexStepRow[]]

/** The whole of src/data/generated/guide-index.json (written by scripts/gen-data.ts). */
export interface GuideIndexFile {
  /** Every guide of guides.json, in list order */
  guides: GuideIndexRow[]
}

/** A RegionEntry as stored in region-index.json: its fields in order, the window as [startMonth, startDay, endMonth, endDay, verified]. */
export type RegionIndexRow = [
  id: string,
  name: string,
  province: string,
  collection: [startMonth: number, startDay: number, endMonth: number, endDay: number, verified: boolean],
]

/** The whole of src/data/generated/region-index.json (written by scripts/gen-data.ts). */
export interface RegionIndexFile {
  /** ISO date the dataset was last reviewed as a whole (regions.json `checkedAt`) */
  checkedAt: string
  /** Every region of regions.json, in list order */
  regions: RegionIndexRow[]
}
