import content from '@/data/guides.json'
import holidays from '@/data/holidays.json'
import type { Guide, GuideContent } from '@/data/guide-types'
import type { HolidayCalendar } from '@/domain/calendar'
import { computeDeadline } from '@/domain/guide/deadlines'
import { chineseNumber, deadlineLines, guideText, sourceLine } from '@/domain/guide/text'

const data = content as GuideContent
const guides = data.guides
const get = (id: string): Guide => guides.find((g) => g.id === id) as Guide
const calendar = holidays as HolidayCalendar

describe('chineseNumber', () => {
  test.each([[1, '一'], [7, '七'], [10, '十'], [11, '十一'], [20, '二十'], [35, '三十五'], [99, '九十九']])('%i → %s', (n, s) => {
    expect(chineseNumber(n)).toBe(s)
  })
  test('outside 1–99 throws', () => {
    expect(() => chineseNumber(0)).toThrow(RangeError)
    expect(() => chineseNumber(100)).toThrow(RangeError)
  })
})

describe('guideText', () => {
  const temp = get('remote-temporary')
  const text = guideText(temp)
  const lines = text.split('\n')

  test('starts with the title and summary and ends with the 12393 line', () => {
    expect(lines[0]).toBe(`【${temp.title}】`)
    expect(lines[1]).toBe(temp.summary)
    expect(lines[lines.length - 1]).toBe(temp.ending)
    expect(lines[lines.length - 1]).toContain('12393')
  })

  test('numbers the steps in Chinese and puts each action on its own line', () => {
    temp.steps.forEach((s, i) => expect(lines).toContain(`第${chineseNumber(i + 1)}步：${s.title}`))
    for (const a of temp.steps.flatMap((s) => s.actions)) expect(lines).toContain(`· ${a}`)
    expect(lines).toContain('办理地点：国家医保服务平台APP、国家异地就医备案小程序、参保地医保APP或小程序、参保地医保经办窗口')
  })

  test('lists materials once with their notes, ticked per progress', () => {
    const plain = lines.filter((l) => l.startsWith('☐ ') || l.startsWith('☑ '))
    expect(plain).toEqual(['☐ 身份证明（身份证、医保电子凭证或社会保障卡，任选其一）', '☐ 医保电子凭证或社会保障卡（看病、结算时出示）'])
    const ticked = guideText(temp, { progress: { steps: [], materials: ['id-proof'] } })
    expect(ticked).toContain('☑ 身份证明')
    expect(ticked).toContain('☐ 医保电子凭证或社会保障卡')
  })

  test('includes the local note and the sources, unverified ones marked 待核实', () => {
    expect(lines).toContain(temp.localNote)
    const sources = lines.find((l) => l.startsWith('依据：')) ?? ''
    expect(sources).toContain('《江苏省异地就医经办服务规程》（苏医保发〔2022〕75号）；')
    expect(sources).toContain('（医保发〔2022〕22号）（待核实）')
  })

  test('adds the computed deadline and the link when given', () => {
    const deadline = computeDeadline(temp.deadline!, '2026-03-10', calendar)
    const t = guideText(temp, { deadline, link: 'https://example.org/#/package-guide/pages/detail/index?id=remote-temporary' })
    expect(t).toContain('临时备案有效期至少到：2026年9月10日（星期四）\n（备案日期后 6 个月）')
    expect(t).toContain('查看详情：https://example.org/#/package-guide/pages/detail/index?id=remote-temporary')
    expect(t.endsWith(temp.ending)).toBe(true)
  })

  test('every guide renders, every step and action included, 12393 last', () => {
    for (const g of guides) {
      const t = guideText(g)
      for (const s of g.steps) for (const a of s.actions) expect(t).toContain(a)
      expect(t.split('\n').pop()).toContain('12393')
    }
  })
})

describe('deadlineLines', () => {
  const late = get('late-filing')

  test('a local default says so, the uncovered-year note and the rule note follow', () => {
    const d = computeDeadline(late.deadline!, '2026-12-30', calendar)
    expect(deadlineLines(d)).toEqual([
      '建议补办备案的日期（提醒）：2027年1月4日（星期一）',
      '（入院日期后 3 个工作日，默认值待核实）',
      '注意：2027年节假日安排尚未公布，按周末推算，实际日期可能顺延',
      late.deadline!.note,
    ])
  })

  test('a number the user entered is not called a default', () => {
    const d = computeDeadline(late.deadline!, '2026-02-12', calendar, 5)
    expect(deadlineLines(d)[1]).toBe('（入院日期后 5 个工作日）')
  })
})

describe('sourceLine', () => {
  test('official sources plain, others 待核实', () => {
    const base = { document: '《文件》', checkedAt: '2026-11-22', reviewIntervalDays: 90 }
    expect(sourceLine({ ...base, docNumber: '某发〔2020〕1号', confidence: 'official' })).toBe('《文件》（某发〔2020〕1号）')
    expect(sourceLine({ ...base, confidence: 'official-quoted' })).toBe('《文件》')
    expect(sourceLine({ ...base, confidence: 'recalled' })).toBe('《文件》（待核实）')
  })
})
