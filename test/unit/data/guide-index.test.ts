import content from '@/data/guides.json'
import type { GuideContent } from '@/data/guide-types'
import { GUIDE_INDEX, INDEX_GUIDES, findIndexGuide, indexGuide } from '@/data/guide-index'
import { searchGuides } from '@/domain/guide/search'
import { QUERIES } from '@test/unit/domain/guide/queries'
import { guideMaterials, progressCounts, sanitizeProgress } from '@/domain/guide/progress'

const guides = (content as GuideContent).guides

test('an index guide has the same step and material ids as the full guide, so progress counts agree', () => {
  for (const full of guides) {
    const lite = findIndexGuide(full.id)!
    expect(lite.steps.map((s) => s.id)).toEqual(full.steps.map((s) => s.id))
    expect(guideMaterials(lite).map((m) => m.id)).toEqual(guideMaterials(full).map((m) => m.id))
    const progress = { steps: [full.steps[0].id, 'gone'], materials: guideMaterials(full).slice(0, 1).map((m) => m.id) }
    expect(sanitizeProgress(lite, progress)).toEqual(sanitizeProgress(full, progress))
    expect(progressCounts(lite, progress)).toEqual(progressCounts(full, progress))
  }
  expect(findIndexGuide('nope')).toBeUndefined()
  expect(indexGuide(GUIDE_INDEX[0]).steps[0].actions).toEqual([])
})

describe('search on the index ranks like search on the full guides', () => {
  test('the domain test’s query list was read', () => {
    expect(QUERIES.length).toBeGreaterThanOrEqual(30)
    expect(QUERIES).toContainEqual(['在外地住院了怎么报销', 'late-filing'])
    expect(QUERIES).toContainEqual(['医保卡给孩子用', 'family-binding'])
  })

  test.each(QUERIES)('“%s” → %s first', (query, expected) => {
    expect(searchGuides(INDEX_GUIDES, query)[0]?.guide.id).toBe(expected)
  })

  test('each guide is found first by its own title; nonsense finds nothing', () => {
    for (const g of INDEX_GUIDES) expect(searchGuides(INDEX_GUIDES, g.title)[0]?.guide.id).toBe(g.id)
    expect(searchGuides(INDEX_GUIDES, 'xyz')).toEqual([])
  })
})
