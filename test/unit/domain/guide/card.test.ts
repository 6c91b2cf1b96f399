import fc from 'fast-check'
import content from '@/data/guides.json'
import holidays from '@/data/holidays.json'
import type { Guide, GuideContent } from '@/data/guide-types'
import type { HolidayCalendar } from '@/domain/calendar'
import { computeDeadline } from '@/domain/guide/deadlines'
import { layoutGuideCard, wrapText, type MeasureText, type TextOp } from '@/domain/guide/card'

const guides = (content as GuideContent).guides
const get = (id: string): Guide => guides.find((g) => g.id === id) as Guide
const calendar = holidays as HolidayCalendar

/** Like a canvas: ASCII half width, everything else full width. */
const measure: MeasureText = (text, fontSize) => [...text].reduce((w, c) => w + (c.charCodeAt(0) < 128 ? 0.5 : 1) * fontSize, 0)
const texts = (ops: ReturnType<typeof layoutGuideCard>['ops']) => ops.filter((o): o is TextOp => o.type === 'text')

describe('wrapText', () => {
  test('breaks Chinese at the measured width and loses nothing', () => {
    expect(wrapText('一二三四五六七', 30, 10, measure)).toEqual(['一二三', '四五六', '七'])
    expect(wrapText('短', 100, 10, measure)).toEqual(['短'])
    expect(wrapText('', 100, 10, measure)).toEqual([])
  })

  test('a closing mark never starts a line: the last character comes down with it', () => {
    expect(wrapText('一二三，四五', 30, 10, measure)).toEqual(['一二', '三，四', '五'])
    expect(wrapText('一二三。', 30, 10, measure)).toEqual(['一二', '三。'])
  })

  test('an opening mark never ends a line', () => {
    expect(wrapText('一二（三四）', 30, 10, measure)).toEqual(['一二', '（三', '四）'])
    expect(wrapText('一二三四（五）', 50, 10, measure)).toEqual(['一二三四', '（五）'])
  })

  test('Latin words and numbers stay whole when they fit, and are split only when too long', () => {
    expect(wrapText('打12393热线', 40, 10, measure)).toEqual(['打12393', '热线'])
    expect(wrapText('打12393热线', 30, 10, measure)).toEqual(['打', '12393', '热线'])
    expect(wrapText('APP里', 20, 10, measure)).toEqual(['APP', '里'])
    expect(wrapText('abcdefgh', 20, 10, measure)).toEqual(['abcd', 'efgh'])
  })

  test('two closing marks in a row come down together with the character before them', () => {
    expect(wrapText('医医医医医医、）', 70, 10, measure)).toEqual(['医医医医医', '医、）'])
  })

  test('property: lines rejoin to the text and fit the width, whatever the characters', () => {
    const chars = fc.constantFrom('医', '保', '，', '。', '（', '）', 'A', '1', '2', '、', '“', '”')
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 60 }), fc.integer({ min: 2, max: 20 }), (cs, cells) => {
        const text = cs.join('')
        const lines = wrapText(text, cells * 10, 10, measure)
        expect(lines.join('')).toBe(text)
        for (const l of lines) expect(measure(l, 10)).toBeLessThanOrEqual(cells * 10)
      }),
    )
  })

  test('property: in Chinese text with single marks, no line starts with a closing mark or ends with an opening one', () => {
    const word = fc.array(fc.constantFrom('医', '保', '卡', '备', '案'), { minLength: 1, maxLength: 6 })
    const piece = fc.tuple(fc.constantFrom('', '（'), word, fc.constantFrom('', '，', '。', '、', '）'))
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), fc.integer({ min: 4, max: 20 }), (pieces, cells) => {
        const text = pieces.map(([open, w, close]) => open + w.join('') + close).join('')
        const lines = wrapText(text, cells * 10, 10, measure)
        expect(lines.join('')).toBe(text)
        lines.forEach((l, i) => {
          if (i > 0) expect(l[0]).not.toMatch(/[，。、）]/)
          if (i < lines.length - 1) expect(l[l.length - 1]).not.toBe('（')
        })
      }),
    )
  })
})

describe('layoutGuideCard', () => {
  const guide = get('late-filing')
  const deadline = computeDeadline(guide.deadline!, '2026-02-12', calendar)
  const card = layoutGuideCard({ guide, deadline, width: 750, measure })
  const lines = texts(card.ops)

  test('a white page the size of the card is painted first, then the brand band behind the title', () => {
    expect(card.ops[0]).toEqual({ type: 'rect', x: 0, y: 0, width: 750, height: card.height, color: '#ffffff' })
    expect(card.ops[1]).toMatchObject({ type: 'rect', x: 0, y: 0, width: 750, color: '#14705a' })
    const titleLines = lines.filter((o) => o.fontSize === 40)
    expect(titleLines.map((o) => o.text).join('')).toBe(guide.title)
    const band = card.ops[1] as { height: number }
    for (const t of titleLines) expect(t.y + t.fontSize * 1.5).toBeLessThanOrEqual(band.height)
  })

  test('every text line fits inside the side padding, and lines run down the card', () => {
    for (const t of lines) {
      expect(t.x).toBeGreaterThanOrEqual(40)
      expect(t.x + measure(t.text, t.fontSize)).toBeLessThanOrEqual(750 - 40 + 1e-9)
      expect(t.y + t.fontSize * 1.5).toBeLessThanOrEqual(card.height)
    }
    const ys = lines.map((t) => t.y)
    for (let i = 1; i < ys.length; i++) expect(ys[i]).toBeGreaterThanOrEqual(ys[i - 1])
  })

  test('shows the deadline in a box, each step with its actions, the materials, and ends with 12393', () => {
    const all = lines.map((t) => t.text).join('')
    expect(all).toContain('2026年2月24日（星期二）')
    expect(all).toContain('入院日期后 3 个工作日（默认值，待核实）')
    const box = card.ops.find((o) => o.type === 'rect' && o.color === '#fff4e5')
    const dateLine = lines.find((t) => t.text.includes('2026年2月24日'))
    expect(box && dateLine && dateLine.y > box.y && dateLine.y < box.y + (box as { height: number }).height).toBe(true)
    expect(lines.some((t) => t.text === '第一步  先告诉医院您还没备案' && t.bold)).toBe(true)
    for (const a of guide.steps.flatMap((s) => s.actions)) expect(all).toContain(a)
    expect(lines.filter((t) => t.text === '☐ ')).toHaveLength(6)
    expect(lines[lines.length - 1].text).toContain('医保局。')
    expect(lines.map((t) => t.text).join('')).toContain('12393')
  })

  test('scales with the canvas width', () => {
    const half = layoutGuideCard({ guide, deadline, width: 375, measure })
    expect(half.height).toBeCloseTo(card.height / 2, 6)
    expect(texts(half.ops).map((t) => t.text)).toEqual(lines.map((t) => t.text))
  })

  test('without a deadline there is no box; every guide lays out and fits', () => {
    for (const g of guides) {
      const c = layoutGuideCard({ guide: g, width: 600, measure })
      expect(c.ops.some((o) => o.type === 'rect' && o.color === '#fff4e5')).toBe(false)
      for (const t of texts(c.ops)) expect(t.x + measure(t.text, t.fontSize)).toBeLessThanOrEqual(600 - 32 + 1e-9)
      expect(texts(c.ops).map((t) => t.text).join('')).toContain(g.ending.replace(/，.*/, ''))
    }
  })
})
