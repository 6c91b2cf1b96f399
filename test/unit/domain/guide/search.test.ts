import content from '@/data/guides.json'
import type { Guide, GuideContent } from '@/data/guide-types'
import { searchGuides } from '@/domain/guide/search'
import { QUERIES } from '@test/unit/domain/guide/queries'

const guides = (content as GuideContent).guides
const first = (q: string) => searchGuides(guides, q)[0]?.guide.id


const tiny = (id: string, title: string, keywords: string[], actions: string[] = ['做一件事。']): Guide =>
  ({
    id, title, summary: '', category: 'claim', keywords, related: [], sources: [], ending: '',
    steps: [{ id: 's', title: '步骤', actions, where: [], materials: [], tips: [] }],
  }) as unknown as Guide

describe('searchGuides on the bundled guides', () => {
  test.each(QUERIES)('“%s” → %s first', (query, expected) => {
    expect(first(query)).toBe(expected)
  })

  test('each guide is found first by its own title', () => {
    for (const g of guides) expect(first(g.title)).toBe(g.id)
  })

  test('a bare synonym finds a guide of the right kind: 报备 → a filing guide, 抢救 → emergency', () => {
    expect(guides.find((g) => g.id === first('报备'))?.category).toBe('remote-filing')
    expect(first('抢救')).toBe('remote-emergency')
    expect(first('零星报销')).toBe('manual-claim')
    expect(first('慢特病')).toBe('chronic-outpatient')
  })

  test('punctuation and spaces do not matter', () => {
    expect(first('  新生儿，怎么 参保？')).toBe('resident-enrolment')
  })

  test('an empty or meaningless query finds nothing; results are ranked and positive', () => {
    expect(searchGuides(guides, '')).toEqual([])
    expect(searchGuides(guides, '？！ ')).toEqual([])
    expect(searchGuides(guides, 'xyz')).toEqual([])
    const hits = searchGuides(guides, '在外地住院了怎么报销')
    expect(hits.length).toBeGreaterThan(1)
    for (let i = 1; i < hits.length; i++) expect(hits[i - 1].score).toBeGreaterThanOrEqual(hits[i].score)
    for (const h of hits) expect(h.score).toBeGreaterThan(0)
  })
})

describe('searchGuides scoring', () => {
  const a = tiny('a', '甲指南', ['苹果'])
  const b = tiny('b', '乙指南', ['香蕉'], ['吃苹果。'])

  test('a keyword beats a word that only appears in a step', () => {
    expect(searchGuides([b, a], '苹果').map((h) => h.guide.id)).toEqual(['a', 'b'])
  })

  test('synonym groups are honoured and can be replaced', () => {
    expect(searchGuides([a, b], '蛇果')).toEqual([])
    expect(searchGuides([a, b], '蛇果', [['苹果', '蛇果']]).map((h) => h.guide.id)).toEqual(['a'])
  })

  test('an A+B keyword needs both parts', () => {
    const combo = tiny('c', '丙指南', ['医保卡+孩子'])
    expect(searchGuides([combo], '医保卡给孩子', [])).toHaveLength(1)
    expect(searchGuides([combo], '孩子', [])).toEqual([])
  })

  test('ties keep list order', () => {
    const twin = tiny('d', '丁指南', ['苹果'])
    expect(searchGuides([twin, a], '苹果').map((h) => h.guide.id)).toEqual(['d', 'a'])
  })
})
