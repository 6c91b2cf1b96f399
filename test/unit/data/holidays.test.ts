import dayjs from 'dayjs'
import holidays from '@/data/holidays.json'
import type { HolidayCalendar } from '@/domain/calendar'

const calendar: HolidayCalendar = holidays as HolidayCalendar
const year = (y: number) => {
  const found = calendar.years.find((x) => x.year === y)
  if (!found) throw new Error(`no ${y}`)
  return found
}
const CJK = /[\u4e00-\u9fff]/
const ISO = /^\d{4}-\d{2}-\d{2}$/

/** policy-research.md §7, written out again by hand. */
const EXPECTED = {
  2025: {
    off: [['元旦', '2025-01-01', '2025-01-01'], ['春节', '2025-01-28', '2025-02-04'], ['清明节', '2025-04-04', '2025-04-06'],
      ['劳动节', '2025-05-01', '2025-05-05'], ['端午节', '2025-05-31', '2025-06-02'], ['国庆节、中秋节', '2025-10-01', '2025-10-08']],
    work: ['2025-01-26', '2025-02-08', '2025-04-27', '2025-09-28', '2025-10-11'],
    days: 28,
  },
  2026: {
    off: [['元旦', '2026-01-01', '2026-01-03'], ['春节', '2026-02-15', '2026-02-23'], ['清明节', '2026-04-04', '2026-04-06'],
      ['劳动节', '2026-05-01', '2026-05-05'], ['端午节', '2026-06-19', '2026-06-21'], ['中秋节', '2026-09-25', '2026-09-27'],
      ['国庆节', '2026-10-01', '2026-10-07']],
    work: ['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10'],
    days: 33,
  },
} as const

describe('holidays.json', () => {
  test('covers exactly 2025 and 2026, in order', () => {
    expect(calendar.version).toBe(1)
    expect(calendar.years.map((y) => y.year)).toEqual([2025, 2026])
  })

  test.each([2025, 2026] as const)('%s days off and make-up days match the research brief', (y) => {
    const data = year(y)
    expect(data.holidays.map((h) => [h.name, h.from, h.to])).toEqual(EXPECTED[y].off)
    expect(data.workdays).toEqual(EXPECTED[y].work)
    const total = data.holidays.reduce((n, h) => n + dayjs(h.to).diff(dayjs(h.from), 'day') + 1, 0)
    expect(total).toBe(EXPECTED[y].days)
  })

  test('every date is a real day of its year; ranges run forward and do not overlap', () => {
    for (const y of calendar.years) {
      const dates = [...y.holidays.flatMap((h) => [h.from, h.to]), ...y.workdays]
      for (const d of dates) {
        expect(d).toMatch(ISO)
        expect(dayjs(d).format('YYYY-MM-DD')).toBe(d)
        expect(dayjs(d).year()).toBe(y.year)
      }
      for (const h of y.holidays) expect(h.from <= h.to).toBe(true)
      for (let i = 1; i < y.holidays.length; i++) expect(y.holidays[i - 1].to < y.holidays[i].from).toBe(true)
    }
  })

  test('make-up days are weekend days outside every holiday', () => {
    for (const y of calendar.years) {
      for (const d of y.workdays) {
        expect([0, 6]).toContain(dayjs(d).day())
        expect(y.holidays.some((h) => h.from <= d && d <= h.to)).toBe(false)
      }
    }
  })

  test('each year cites its State Council notice, officially quoted, with only the address the brief gives', () => {
    expect(year(2025).provenance).toMatchObject({
      document: '《国务院办公厅关于2025年部分节假日安排的通知》',
      docNumber: '国办发明电〔2024〕12号',
      url: 'https://www.gov.cn/zhengce/content/202411/content_6986382.htm',
    })
    expect(year(2025).publishedAt).toBe('2024-11-12')
    expect(year(2026).provenance).toMatchObject({ document: '《国务院办公厅关于2026年部分节假日安排的通知》', docNumber: '国办发明电〔2025〕7号' })
    expect(year(2026).provenance.url).toBeUndefined()
    expect(year(2026).publishedAt).toBe('2025-11-04')
    for (const y of calendar.years) {
      expect(y.provenance).toMatchObject({ confidence: 'official-quoted', checkedAt: '2026-11-22', reviewIntervalDays: 90 })
      expect(y.provenance.note).toContain('据研究简报')
      for (const h of y.holidays) expect(h.name).toMatch(CJK)
    }
  })
})
