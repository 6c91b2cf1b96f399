import type { GuideContent } from '@/data/guide-types'
import type { GuideIndexEntry, GuideIndexFile } from '@/data/tab-index-types'

/**
 * What the main package keeps of guides.json (the 指南 tab, 首页 and search): each guide's id, title, summary,
 * category and keywords, and of each step its id, title and the ids of its materials. No step texts, sources or
 * deadlines: those stay in the guide subpackage.
 * @param content the parsed guides.json
 * @returns one entry per guide, in list order
 */
export function guideIndexEntries(content: unknown): GuideIndexEntry[] {
  return (content as GuideContent).guides.map((g) => ({
    id: g.id,
    title: g.title,
    summary: g.summary,
    category: g.category,
    keywords: [...g.keywords],
    steps: g.steps.map((s) => ({ id: s.id, title: s.title, materials: s.materials.map((m) => m.id) })),
  }))
}

/**
 * The content of src/data/generated/guide-index.json: guideIndexEntries as rows, each entry's fields in order
 * (see GuideIndexRow), so the bundle carries no repeated key names.
 * @param content the parsed guides.json
 */
export function guideIndexFile(content: unknown): GuideIndexFile {
  return {
    guides: guideIndexEntries(content).map((g) => [
      g.id,
      g.title,
      g.summary,
      g.category,
      g.keywords,
      g.steps.map((s) => [s.id, s.title, s.materials]),
    ]),
  }
}
