import family from '@/data/family.json'
import { FAMILY_RULE_IDS, type FamilyContent } from '@/data/family-types'
import { type Confidence, RELATIONS } from '@/domain/vocab'

const content = family as FamilyContent
const items = content.sections.flatMap((s) => s.items)
const byId = new Map(items.map((i) => [i.id as string, i]))
const CONFIDENCES: Confidence[] = ['official', 'official-quoted', 'third-party', 'recalled', 'unconfirmed']
const CJK = /[\u4e00-\u9fff]/
/** Only numbers and addresses that policy-research.md gives; anything else would be invented. */
const KNOWN_DOC_NUMBERS = ['国办发〔2021〕14号', '国办发〔2024〕38号']
const KNOWN_URLS = [
  'https://www.gov.cn/zhengce/content/2021-04/22/content_5601280.htm',
  'https://ybj.jiangsu.gov.cn/art/2025/6/30/art_74036_11604136.html',
]

describe('family.json', () => {
  test('has the five sections in display order, each titled in Chinese and non-empty', () => {
    expect(content.version).toBe(1)
    expect(content.sections.map((s) => s.id)).toEqual(['what', 'who', 'can-pay', 'cannot-pay', 'scope'])
    for (const s of content.sections) {
      expect(s.title).toMatch(CJK)
      expect(s.items.length).toBeGreaterThan(0)
    }
  })

  test('item ids are unique and exactly the ids the code may cite', () => {
    expect(items).toHaveLength(byId.size)
    expect([...byId.keys()].sort()).toEqual([...FAMILY_RULE_IDS].sort())
  })

  test('every item has a Chinese title and body', () => {
    for (const item of items) {
      expect(item.title).toMatch(CJK)
      expect(item.body).toMatch(CJK)
      expect(item.body.endsWith('。')).toBe(true)
    }
  })

  test('every item carries a complete provenance with no invented number or address', () => {
    for (const { provenance: p } of items) {
      expect(p.document).toMatch(CJK)
      expect(CONFIDENCES).toContain(p.confidence)
      expect(p.checkedAt).toBe('2026-11-22')
      expect(p.note).toContain('据研究简报')
      expect(Number.isInteger(p.reviewIntervalDays) && p.reviewIntervalDays >= 60 && p.reviewIntervalDays <= 90).toBe(true)
      if (p.docNumber !== undefined) expect(KNOWN_DOC_NUMBERS).toContain(p.docNumber)
      if (p.url !== undefined) expect(KNOWN_URLS).toContain(p.url)
    }
  })

  test('unverified items are reviewed sooner than verified ones', () => {
    for (const { provenance: p } of items) {
      const verified = p.confidence === 'official' || p.confidence === 'official-quoted'
      expect(p.reviewIntervalDays).toBe(verified ? 90 : 60)
    }
  })

  test('the 2021 rule names spouse, parents and children; the 2024 rule is 国办发〔2024〕38号', () => {
    const old = byId.get('who-2021')
    expect(old?.relations).toEqual(['spouse', 'father', 'mother', 'child'])
    expect(old?.provenance).toMatchObject({ docNumber: '国办发〔2021〕14号', confidence: 'recalled' })
    expect(byId.get('who-2024')?.provenance).toMatchObject({ docNumber: '国办发〔2024〕38号', confidence: 'recalled' })
    expect(byId.get('who-2024')?.body).toContain('近亲属')
  })

  test('the 近亲属 list is third-party and leaves out in-laws and other people', () => {
    const wide = byId.get('who-close-relatives')
    expect(wide?.provenance.confidence).toBe('third-party')
    expect(wide?.relations).toEqual(expect.arrayContaining(['sibling', 'grandparent', 'grandchild']))
    for (const item of items) {
      for (const r of item.relations ?? []) expect(RELATIONS).toContain(r)
      expect(item.relations ?? []).not.toContain('parent-in-law')
      expect(item.relations ?? []).not.toContain('other')
    }
  })

  test('跨省共济 is marked third-party and says no official document was found; 省内 is official', () => {
    const cross = byId.get('scope-cross-province')
    expect(cross?.provenance.confidence).toBe('third-party')
    expect(cross?.body).toContain('官方文件尚未找到')
    expect(byId.get('scope-in-province')?.provenance.confidence).toBe('official')
  })

  test('what the account can pay rests on the Jiangsu note; what it cannot includes cash and non-medical goods', () => {
    for (const id of ['pay-medical', 'pay-contribution', 'no-uninsured']) {
      expect(byId.get(id)?.provenance).toMatchObject({ confidence: 'official-quoted', url: KNOWN_URLS[1] })
    }
    expect(byId.get('no-cash')?.body).toContain('现金')
    expect(byId.get('no-non-medical')?.body).toContain('保健品')
  })
})
