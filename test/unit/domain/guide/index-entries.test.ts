import content from '@/data/guides.json'
import { GUIDE_IDS, type GuideContent } from '@/data/guide-types'
import { guideIndexEntries, guideIndexFile } from '@/domain/guide/index-entries'

const guides = (content as GuideContent).guides
const entries = guideIndexEntries(content)
const entry = (id: string) => entries.find((e) => e.id === id)!

describe('guideIndexEntries', () => {
  it('has one entry per guide of guides.json, in list order', () => {
    expect(entries.map((e) => e.id)).toEqual([...GUIDE_IDS])
    expect(entries.map((e) => e.title)).toEqual(guides.map((g) => g.title))
  })

  it('keeps exactly id, title, summary, category, keywords and steps, in that order', () => {
    for (const e of entries) expect(Object.keys(e)).toEqual(['id', 'title', 'summary', 'category', 'keywords', 'steps'])
    for (const s of entries.flatMap((e) => e.steps)) expect(Object.keys(s)).toEqual(['id', 'title', 'materials'])
  })

  it('keeps the title, summary, category and keywords of a guide', () => {
    const retired = entry('remote-retired')
    expect(retired.title).toBe('退休后去外地养老：异地安置退休备案')
    expect(retired.summary).toMatch(/^退休后长期在外地/)
    expect(retired.category).toBe('remote-filing')
    expect(retired.keywords).toContain('随子女')
    expect(entry('family-binding').category).toBe('family')
  })

  it('gives each step its id, title and the ids of its materials, without texts', () => {
    expect(entry('remote-retired').steps.slice(0, 3)).toEqual([
      { id: 'check', title: '先弄清要不要备案', materials: [] },
      { id: 'prepare', title: '准备材料', materials: ['id-proof', 'hukou', 'pledge'] },
      { id: 'apply', title: '在手机上申请备案', materials: ['id-proof', 'hukou', 'pledge'] },
    ])
    expect(entry('manual-claim').steps.find((s) => s.id === 'special')!.materials).toEqual([
      'rescue-record', 'accident-proof', 'dual-channel-form', 'pharmacy-invoice',
    ])
    expect(entry('resident-enrolment').steps.map((s) => s.id)).toEqual(['window', 'amount', 'pay', 'newborn', 'student', 'missed'])
  })

  it('reads any content of the guides.json shape', () => {
    const step = { id: 's', title: '一步', actions: ['做'], where: [], tips: [], materials: [{ id: 'a', name: 'A' }, { id: 'b', name: 'B', note: '注' }] }
    const guide = { id: 'transfer', title: 'T', summary: 'S', category: 'employee', keywords: ['k'], steps: [step], related: [], sources: [], ending: 'E' }
    expect(guideIndexEntries({ version: 1, guides: [guide] })).toEqual([
      { id: 'transfer', title: 'T', summary: 'S', category: 'employee', keywords: ['k'], steps: [{ id: 's', title: '一步', materials: ['a', 'b'] }] },
    ])
  })
})

describe('guideIndexFile', () => {
  it('stores each entry as a row of its fields in order, steps as [id, title, materials]', () => {
    const { guides: rows } = guideIndexFile(content)
    expect(rows).toHaveLength(entries.length)
    const [id, title, summary, category, keywords, steps] = rows[0]
    expect([id, title, summary, category, keywords]).toEqual([entries[0].id, entries[0].title, entries[0].summary, entries[0].category, entries[0].keywords])
    expect(steps[1]).toEqual(['prepare', '准备材料', ['id-proof', 'hukou', 'pledge']])
    expect(rows.map((r) => r[5].length)).toEqual(entries.map((e) => e.steps.length))
  })
})
