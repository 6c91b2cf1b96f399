import content from '@/data/guides.json'
import { GUIDE_IDS, type GuideContent, type Guide } from '@/data/guide-types'
import { ANCHOR_LABELS, CATEGORY_LABELS, type Confidence, PLACE_LABELS, type Provenance } from '@/domain/vocab'

const data = content as GuideContent
const guides = data.guides
const byId = new Map(guides.map((g) => [g.id as string, g]))
const get = (id: string): Guide => {
  const g = byId.get(id)
  if (!g) throw new Error(id)
  return g
}
const CJK = /[\u4e00-\u9fff]/
const ASCII_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/
const CONFIDENCES: Confidence[] = ['official', 'official-quoted', 'third-party', 'recalled', 'unconfirmed']
const VERIFIED: Confidence[] = ['official', 'official-quoted']
/** Document numbers and addresses that policy-research.md gives; anything else would be invented. */
const KNOWN_DOC_NUMBERS = [
  '苏医保发〔2022〕75号', '医保发〔2022〕22号', '国办发〔2024〕38号', '国办发〔2021〕14号', '医保发〔2024〕19号',
  '冀医保发〔2025〕6号', '国办发〔2021〕42号', '国办发〔2015〕57号', '医保发〔2019〕30号',
]
const KNOWN_URLS = [
  'https://ybj.jiangsu.gov.cn/art/2022/12/9/art_76383_10702545.html',
  'https://www.nhsa.gov.cn/art/2022/7/26/art_104_8629.html',
  'https://www.gov.cn/zhengce/content/2021-04/22/content_5601280.htm',
  'https://ybj.jiangsu.gov.cn/art/2025/6/30/art_74036_11604136.html',
  'https://www.nhsa.gov.cn/art/2024/8/26/art_105_13634.html',
]
/** Every number the guides show the user comes from the brief (or is a default flagged 待核实). */
const KNOWN_NUMBERS = ['1', '2', '3', '5', '6', '9', '10', '15', '20', '25', '28', '30', '60', '70', '400', '1000', '2025', '2026', '12393']

function shownText(g: Guide): string[] {
  const d = g.deadline
  return [
    g.title, g.summary, g.localNote ?? '', g.ending,
    ...g.steps.flatMap((s) => [s.title, ...s.actions, ...s.tips, ...s.materials.flatMap((m) => [m.name, m.note ?? ''])]),
    ...(d ? [d.label, d.note ?? '', d.local?.prompt ?? ''] : []),
  ]
}

function checkProvenance(p: Provenance): void {
  expect(p.document).toMatch(CJK)
  expect(CONFIDENCES).toContain(p.confidence)
  if (p.docNumber !== undefined) expect(KNOWN_DOC_NUMBERS).toContain(p.docNumber)
  if (p.url !== undefined) expect(KNOWN_URLS).toContain(p.url)
  expect(p.reviewIntervalDays).toBe(VERIFIED.includes(p.confidence) ? 90 : 60)
  if (p.checkedAt === '2026-09-04') expect(p.docNumber).toBe('苏医保发〔2022〕75号')
  else {
    expect(p.checkedAt).toBe('2026-11-22')
    expect(p.note).toContain('据研究简报')
  }
}

describe('guides.json', () => {
  test('holds the fifteen guides in GUIDE_IDS order, ids unique and ASCII', () => {
    expect(data.version).toBe(1)
    expect(guides.map((g) => g.id)).toEqual([...GUIDE_IDS])
    for (const g of guides) expect(g.id).toMatch(ASCII_ID)
  })

  test('every guide has a Chinese title and summary, a known category and its own search words', () => {
    for (const g of guides) {
      expect(g.title).toMatch(CJK)
      expect(g.summary).toMatch(CJK)
      expect(Object.keys(CATEGORY_LABELS)).toContain(g.category)
      expect(g.keywords.length).toBeGreaterThanOrEqual(8)
      expect(new Set(g.keywords).size).toBe(g.keywords.length)
    }
  })

  test('steps: 1–8 per guide (长辈模式), unique ASCII ids, one short action per line, known places', () => {
    for (const g of guides) {
      expect(g.steps.length).toBeGreaterThanOrEqual(4)
      expect(g.steps.length).toBeLessThanOrEqual(8)
      const ids = g.steps.map((s) => s.id)
      expect(new Set(ids).size).toBe(ids.length)
      for (const s of g.steps) {
        expect(s.id).toMatch(ASCII_ID)
        expect(s.title).toMatch(CJK)
        expect(s.actions.length).toBeGreaterThan(0)
        for (const a of s.actions) {
          expect(a).toMatch(CJK)
          expect(a).not.toMatch(/\n/)
          expect(a.length).toBeLessThanOrEqual(40)
          expect(a.endsWith('。')).toBe(true)
        }
        for (const w of s.where) expect(Object.keys(PLACE_LABELS)).toContain(w)
        for (const t of s.tips) expect(t).toMatch(CJK)
      }
    }
  })

  test('a material id names the same item wherever it appears in a guide', () => {
    for (const g of guides) {
      const names = new Map<string, string>()
      for (const m of g.steps.flatMap((s) => s.materials)) {
        expect(m.id).toMatch(ASCII_ID)
        expect(m.name).toMatch(CJK)
        expect(names.get(m.id) ?? m.name).toBe(m.name)
        names.set(m.id, m.name)
      }
    }
  })

  test('related guides exist, are unique and never the guide itself', () => {
    for (const g of guides) {
      expect(g.related.length).toBeGreaterThan(0)
      expect(new Set(g.related).size).toBe(g.related.length)
      for (const r of g.related) {
        expect(byId.has(r)).toBe(true)
        expect(r).not.toBe(g.id)
      }
    }
  })

  test('every guide ends with the 12393 hotline line and says where local rules differ', () => {
    expect(data.hotline.number).toBe('12393')
    checkProvenance(data.hotline.provenance)
    expect(VERIFIED).not.toContain(data.hotline.provenance.confidence)
    for (const g of guides) {
      expect(g.ending).toContain(data.hotline.number)
      expect(g.ending).toContain('医保服务热线')
      expect(g.localNote).toContain('以参保地医保局为准')
    }
  })

  test('every source is complete and cites no invented number or address', () => {
    for (const g of guides) {
      expect(g.sources.length).toBeGreaterThan(0)
      g.sources.forEach(checkProvenance)
      if (g.deadline) checkProvenance(g.deadline.provenance)
    }
  })

  test('no number is shown that the research brief does not give', () => {
    for (const g of guides) {
      for (const text of shownText(g)) for (const n of text.match(/\d+/g) ?? []) expect(KNOWN_NUMBERS).toContain(n)
    }
  })

  test('deadline rules: known anchors, positive amounts; a local number is a default inside its range, flagged 待核实', () => {
    for (const g of guides) {
      const d = g.deadline
      if (!d) continue
      expect(Object.keys(ANCHOR_LABELS)).toContain(d.from)
      const amount = d.kind === 'months' ? d.months : d.days
      expect(Number.isInteger(amount) && amount > 0).toBe(true)
      expect(d.label).toMatch(CJK)
      if (d.local) {
        expect(d.local.prompt).toMatch(CJK)
        expect(amount).toBeGreaterThanOrEqual(d.local.min)
        expect(amount).toBeLessThanOrEqual(d.local.max)
        expect(d.note).toMatch(/待核实|以参保地为准/)
      } else {
        expect(VERIFIED).toContain(d.provenance.confidence)
      }
      if (d.provenance.confidence === 'unconfirmed') {
        expect(d.local).toBeDefined()
        expect(d.note).toContain('不是政策规定')
      }
    }
  })

  test('filing validity and long-term rules follow 苏医保发〔2022〕75号 第十条', () => {
    for (const id of ['remote-temporary', 'remote-referral', 'remote-retired', 'remote-long-term', 'remote-work']) {
      expect(get(id).deadline).toMatchObject({ kind: 'months', months: 6, from: 'filing', provenance: { docNumber: '苏医保发〔2022〕75号', confidence: 'official' } })
      expect(get(id).deadline?.provenance.note).toContain('第十条')
    }
  })

  test('filing materials by type follow 第八条', () => {
    const materials = (id: string) => new Set(get(id).steps.flatMap((s) => s.materials.map((m) => m.id)))
    expect([...materials('remote-temporary')].sort()).toEqual(['id-proof', 'insurance-card'])
    expect(materials('remote-retired')).toEqual(new Set(['id-proof', 'hukou', 'pledge', 'insurance-card']))
    expect(materials('remote-long-term')).toEqual(new Set(['id-proof', 'residence-proof', 'pledge', 'insurance-card']))
    expect(materials('remote-work')).toEqual(new Set(['id-proof', 'work-proof', 'pledge', 'insurance-card']))
    expect(materials('remote-referral')).toContain('referral-proof')
    expect(get('remote-emergency').steps.flatMap((s) => s.actions).join('')).toContain('视同已经备案')
  })

  test('补办 deadlines are local defaults, never a national figure', () => {
    expect(get('late-filing').deadline).toMatchObject({ kind: 'working-days', days: 3, from: 'admission', provenance: { confidence: 'unconfirmed' } })
    expect(get('manual-claim-after-discharge').deadline).toMatchObject({ kind: 'calendar-days', days: 30, from: 'discharge', provenance: { confidence: 'unconfirmed' } })
    expect(get('late-filing').summary).toContain('出院结算前')
  })

  test('手工报销 times and 等待期 carry their official sources', () => {
    expect(get('manual-claim').deadline).toMatchObject({ kind: 'working-days', days: 10, from: 'submission', provenance: { confidence: 'official' } })
    expect(get('manual-claim').deadline?.provenance.note).toContain('第二十八条')
    expect(get('resident-enrolment').deadline).toMatchObject({
      kind: 'months', months: 3, from: 'payment', provenance: { docNumber: '国办发〔2024〕38号', confidence: 'official-quoted' },
    })
    expect(get('resident-enrolment').deadline?.note).toContain('2个月')
  })

  test('家庭共济 and 退休 guides cite their rules with honest confidence', () => {
    const family = get('family-binding').sources
    expect(family.find((p) => p.docNumber === '国办发〔2021〕14号')?.confidence).toBe('recalled')
    expect(family.some((p) => p.confidence === 'third-party' && p.document.includes('热点快报'))).toBe(true)
    const retire = get('retirement').sources
    expect(retire.find((p) => p.document.includes('社会保险法'))?.confidence).toBe('official-quoted')
    expect(retire.find((p) => p.document.includes('厦门'))?.confidence).toBe('third-party')
    expect(get('transfer').sources.every((p) => p.confidence === 'recalled' && p.docNumber === undefined)).toBe(true)
  })

  test('third-party or recalled facts are shown with 待核实 or as a local example', () => {
    const tips = (id: string) => get(id).steps.flatMap((s) => s.tips).join('')
    expect(tips('retirement')).toMatch(/厦门.*待核实/)
    expect(tips('chronic-outpatient')).toMatch(/第三方.*待核实/)
    expect(tips('critical-illness')).toContain('待核实')
    expect(tips('resident-enrolment')).toMatch(/江西.*待核实/)
  })
})
