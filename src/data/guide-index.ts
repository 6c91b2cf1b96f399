import json from '@/data/generated/guide-index.json'
import type { Guide } from '@/data/guide-types'
import type { GuideIndexEntry, GuideIndexFile } from '@/data/tab-index-types'

export type { GuideIndexEntry, GuideIndexStep } from '@/data/tab-index-types'

const file = json as unknown as GuideIndexFile

/**
 * The small index of guides.json for the main package, in list order. Read from src/data/generated/guide-index.json,
 * which `npx tsx scripts/gen-data.ts` derives from guides.json (src/domain/guide/index-entries.ts).
 */
export const GUIDE_INDEX: readonly GuideIndexEntry[] = file.guides.map(([id, title, summary, category, keywords, steps]) => ({
  id,
  title,
  summary,
  category,
  keywords,
  steps: steps.map(([stepId, stepTitle, materials]) => ({ id: stepId, title: stepTitle, materials })),
}))

/**
 * An index entry as a Guide with empty step texts, sources and ending: enough for searchGuides and the progress
 * functions (step and material ids), never for showing a guide.
 * @param entry the index entry
 */
export function indexGuide(entry: GuideIndexEntry): Guide {
  return {
    ...entry,
    steps: entry.steps.map((s) => ({ id: s.id, title: s.title, actions: [], where: [], tips: [], materials: s.materials.map((id) => ({ id, name: '' })) })),
    related: [],
    sources: [],
    ending: '',
  }
}

/** Every index entry as a Guide (see indexGuide), in list order: what the tab searches. */
export const INDEX_GUIDES: readonly Guide[] = GUIDE_INDEX.map(indexGuide)

/**
 * A guide of the index by id.
 * @param id a guide id from a URL or storage (may be anything)
 * @returns the index Guide, or undefined for an unknown id
 */
export function findIndexGuide(id: string): Guide | undefined {
  return INDEX_GUIDES.find((g) => g.id === id)
}
