import fc from 'fast-check'
import dayjs from 'dayjs'
import holidays from '@/data/holidays.json'
import guides from '@/data/guides.json'
import type { GuideContent, DeadlineRule } from '@/data/guide-types'
import type { HolidayCalendar } from '@/domain/calendar'
import { coversYear } from '@/domain/calendar'
import {
  addCalendarDays,
  addMonths,
  addWorkingDays,
  collectionWindowStatus,
  computeDeadline,
  daysLeft,
  formatDateCn,
  isWorkingDay,
  parseDate,
} from '@/domain/guide/deadlines'
import { messages } from '@/domain/errors'

const calendar = holidays as HolidayCalendar
const rule = (id: string): DeadlineRule => {
  const d = (guides as GuideContent).guides.find((g) => g.id === id)?.deadline
  if (!d) throw new Error(`no deadline on ${id}`)
  return d
}
const add = (from: string, n: number) => addWorkingDays(from, n, calendar)

describe('isWorkingDay', () => {
  test.each([
    ['2026-02-13', true, 'Friday before 春节'],
    ['2026-02-14', true, 'Saturday make-up day'],
    ['2026-02-15', false, '春节 Sunday'],
    ['2026-02-16', false, '春节 Monday'],
    ['2026-02-23', false, 'last day of 春节'],
    ['2026-02-24', true, 'first Tuesday back'],
    ['2026-02-28', true, 'Saturday make-up day after 春节'],
    ['2026-03-07', false, 'ordinary Saturday'],
    ['2026-03-09', true, 'ordinary Monday'],
    ['2026-10-08', true, 'Thursday after 国庆'],
    ['2026-10-10', true, 'Saturday make-up day after 国庆'],
    ['2025-10-08', false, '2025 国庆·中秋 last day'],
    ['2025-10-11', true, '2025 Saturday make-up day'],
    ['2027-01-01', true, 'uncovered year: weekends only'],
    ['2027-01-02', false, 'uncovered year Saturday'],
  ])('%s → %s (%s)', (date, expected) => {
    expect(isWorkingDay(date, calendar)).toBe(expected)
  })
})

describe('addWorkingDays', () => {
  test('counts from the day after `from` and skips 春节 2026, counting the make-up days', () => {
    expect(add('2026-02-12', 1)).toEqual({ date: '2026-02-13', approximate: false })
    expect(add('2026-02-12', 2).date).toBe('2026-02-14')
    expect(add('2026-02-12', 3).date).toBe('2026-02-24')
    expect(add('2026-02-12', 4).date).toBe('2026-02-25')
    expect(add('2026-02-20', 1).date).toBe('2026-02-24')
    expect(add('2026-02-26', 2).date).toBe('2026-02-28')
    expect(add('2026-02-26', 3).date).toBe('2026-03-02')
  })

  test('skips 中秋 and 国庆 2026 and counts 10-10', () => {
    expect(add('2026-09-24', 1).date).toBe('2026-09-28')
    expect(add('2026-09-19', 1).date).toBe('2026-09-20')
    expect(add('2026-09-30', 1).date).toBe('2026-10-08')
    expect(add('2026-09-30', 2).date).toBe('2026-10-09')
    expect(add('2026-09-30', 3).date).toBe('2026-10-10')
    expect(add('2026-09-30', 4).date).toBe('2026-10-12')
  })

  test('skips the eight days of 国庆·中秋 2025', () => {
    expect(add('2025-09-30', 1).date).toBe('2025-10-09')
    expect(add('2025-09-30', 3).date).toBe('2025-10-11')
  })

  test('crosses 2025 → 2026 through 元旦 onto the Sunday make-up day, still exact', () => {
    expect(add('2025-12-31', 1)).toEqual({ date: '2026-01-04', approximate: false })
    expect(add('2025-12-31', 2)).toEqual({ date: '2026-01-05', approximate: false })
  })

  test('into 2027 (no notice yet) counts weekends only and says the date may move', () => {
    expect(add('2026-12-30', 1)).toEqual({ date: '2026-12-31', approximate: false })
    const r = add('2026-12-30', 3)
    expect(r).toEqual({ date: '2027-01-04', approximate: true, note: '2027年节假日安排尚未公布，按周末推算，实际日期可能顺延' })
    expect(add('2027-02-05', 1)).toMatchObject({ date: '2027-02-08', approximate: true })
  })

  test('a start in an uncovered year is fine when every counted day is covered', () => {
    expect(add('2024-12-31', 1)).toEqual({ date: '2025-01-02', approximate: false })
  })

  test('n = 0 returns the start day; bad input throws', () => {
    expect(add('2026-02-15', 0)).toEqual({ date: '2026-02-15', approximate: false })
    expect(() => add('2026-02-30', 1)).toThrow(messages.dateFormat)
    expect(() => add('2026-02-10', -1)).toThrow(RangeError)
    expect(() => add('2026-02-10', 1.5)).toThrow(RangeError)
  })

  test('property: the result is a working day, at least n calendar days on, with exactly n working days counted', () => {
    const day = fc.integer({ min: 0, max: 900 }).map((i) => dayjs('2025-01-01').add(i, 'day').format('YYYY-MM-DD'))
    fc.assert(
      fc.property(day, fc.integer({ min: 1, max: 45 }), (from, n) => {
        const r = add(from, n)
        expect(isWorkingDay(r.date, calendar)).toBe(true)
        expect(dayjs(r.date).diff(dayjs(from), 'day')).toBeGreaterThanOrEqual(n)
        let counted = 0
        let uncovered = false
        for (let d = dayjs(from).add(1, 'day'); !d.isAfter(dayjs(r.date)); d = d.add(1, 'day')) {
          if (isWorkingDay(d.format('YYYY-MM-DD'), calendar)) counted++
          if (!coversYear(d.year(), calendar)) uncovered = true
        }
        expect(counted).toBe(n)
        expect(r.approximate).toBe(uncovered)
      }),
      { numRuns: 300 },
    )
  })
})

describe('addMonths, addCalendarDays, daysLeft, parseDate, formatDateCn', () => {
  test('addMonths keeps the day and clamps to the month end', () => {
    expect(addMonths('2026-03-10', 6)).toBe('2026-09-10')
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28')
    expect(addMonths('2025-08-31', 6)).toBe('2026-02-28')
    expect(addMonths('2027-08-31', 6)).toBe('2028-02-29')
    expect(addMonths('2026-10-15', 3)).toBe('2027-01-15')
  })

  test('addCalendarDays counts every day', () => {
    expect(addCalendarDays('2026-01-31', 30)).toBe('2026-03-02')
    expect(addCalendarDays('2026-12-20', 15)).toBe('2027-01-04')
  })

  test('daysLeft is 0 on the day and negative after', () => {
    expect(daysLeft('2026-03-10', '2026-03-01')).toBe(9)
    expect(daysLeft('2026-03-10', '2026-03-10')).toBe(0)
    expect(daysLeft('2026-03-10', '2026-03-12')).toBe(-2)
    expect(daysLeft('2027-01-01', '2026-12-31')).toBe(1)
    expect(() => daysLeft('2026-3-10', '2026-03-01')).toThrow(messages.dateFormat)
  })

  test('parseDate accepts real days only, with the shared message', () => {
    expect(parseDate(' 2026-02-03 ')).toEqual({ ok: true, value: '2026-02-03' })
    expect(parseDate('2026-02-30', 'admission')).toEqual({ ok: false, error: { field: 'admission', message: messages.dateFormat } })
    expect(parseDate('2026/02/03').ok).toBe(false)
    expect(parseDate('').ok).toBe(false)
  })

  test('formatDateCn writes the date and weekday in Chinese', () => {
    expect(formatDateCn('2026-02-24')).toBe('2026年2月24日（星期二）')
    expect(formatDateCn('2026-03-01')).toBe('2026年3月1日（星期日）')
  })
})

describe('collectionWindowStatus', () => {
  const jiangxi = { startMonth: 9, startDay: 15, endMonth: 2, endDay: 28 }
  const q4 = { startMonth: 10, startDay: 1, endMonth: 12, endDay: 31 }

  test('a window across the year end, seen from inside it before and after New Year', () => {
    expect(collectionWindowStatus(jiangxi, '2026-11-22')).toEqual({ open: true, daysLeft: 98, start: '2026-09-15', end: '2027-02-28' })
    expect(collectionWindowStatus(jiangxi, '2026-01-10')).toEqual({ open: true, daysLeft: 49, start: '2025-09-15', end: '2026-02-28' })
    expect(collectionWindowStatus(jiangxi, '2026-02-28')).toMatchObject({ open: true, daysLeft: 0 })
    expect(collectionWindowStatus(jiangxi, '2026-09-15')).toMatchObject({ open: true, start: '2026-09-15' })
  })

  test('closed: days until it opens, and the window that comes next', () => {
    expect(collectionWindowStatus(jiangxi, '2026-03-01')).toEqual({ open: false, daysUntilOpen: 198, nextStart: '2026-09-15', end: '2027-02-28' })
    expect(collectionWindowStatus(jiangxi, '2026-09-14')).toMatchObject({ open: false, daysUntilOpen: 1 })
  })

  test('a window inside one year', () => {
    expect(collectionWindowStatus(q4, '2026-11-22')).toEqual({ open: true, daysLeft: 39, start: '2026-10-01', end: '2026-12-31' })
    expect(collectionWindowStatus(q4, '2026-01-05')).toEqual({ open: false, daysUntilOpen: 269, nextStart: '2026-10-01', end: '2026-12-31' })
  })

  test('a 2/29 end means the last day of February', () => {
    const w = { startMonth: 9, startDay: 1, endMonth: 2, endDay: 29 }
    expect(collectionWindowStatus(w, '2027-01-01')).toMatchObject({ end: '2027-02-28' })
    expect(collectionWindowStatus(w, '2028-01-01')).toMatchObject({ end: '2028-02-29' })
  })

  test('bad windows throw', () => {
    expect(() => collectionWindowStatus({ ...q4, startMonth: 13 }, '2026-01-01')).toThrow(RangeError)
    expect(() => collectionWindowStatus({ ...q4, endDay: 0 }, '2026-01-01')).toThrow(RangeError)
  })

  test('property: open exactly when today lies in [start, end], and the counts match the dates', () => {
    const day = fc.integer({ min: 0, max: 1500 }).map((i) => dayjs('2025-01-01').add(i, 'day').format('YYYY-MM-DD'))
    const window = fc.record({
      startMonth: fc.integer({ min: 1, max: 12 }),
      startDay: fc.integer({ min: 1, max: 28 }),
      endMonth: fc.integer({ min: 1, max: 12 }),
      endDay: fc.integer({ min: 1, max: 28 }),
    })
    fc.assert(
      fc.property(window, day, (w, today) => {
        const r = collectionWindowStatus(w, today)
        if (r.open) {
          expect(r.start <= today && today <= r.end).toBe(true)
          expect(daysLeft(r.end, today)).toBe(r.daysLeft)
        } else {
          expect(today < r.nextStart).toBe(true)
          expect(daysLeft(r.nextStart, today)).toBe(r.daysUntilOpen)
          expect(r.daysUntilOpen).toBeLessThanOrEqual(366)
        }
      }),
    )
  })
})

describe('computeDeadline (guide rules)', () => {
  test('补办 after admission: the default of 3 working days is marked default; a local number replaces it', () => {
    const r = rule('late-filing')
    expect(computeDeadline(r, '2026-02-12', calendar)).toMatchObject({
      date: '2026-02-24', approximate: false, amount: 3, basis: 'default', rule: '入院日期后 3 个工作日',
    })
    expect(computeDeadline(r, '2026-02-12', calendar, 5)).toMatchObject({ date: '2026-02-26', amount: 5, basis: 'user' })
    expect(computeDeadline(r, '2026-02-12', calendar, 0)).toMatchObject({ amount: 3, basis: 'default' })
    expect(computeDeadline(r, '2026-02-12', calendar, 2.5)).toMatchObject({ amount: 3, basis: 'default' })
    expect(computeDeadline(r, '2026-12-30', calendar).approximate).toBe(true)
  })

  test('temporary filing validity: six months from filing, a stated rule', () => {
    expect(computeDeadline(rule('remote-temporary'), '2026-03-10', calendar)).toMatchObject({
      date: '2026-09-10', basis: 'rule', rule: '备案日期后 6 个月', label: '临时备案有效期至少到',
    })
    expect(computeDeadline(rule('remote-temporary'), '2026-03-10', calendar, 12)).toMatchObject({ amount: 6, basis: 'rule' })
  })

  test('after discharge: 30 calendar days by default; the waiting period counts months', () => {
    expect(computeDeadline(rule('manual-claim-after-discharge'), '2026-01-31', calendar)).toMatchObject({ date: '2026-03-02', basis: 'default' })
    expect(computeDeadline(rule('resident-enrolment'), '2026-03-15', calendar)).toMatchObject({ date: '2026-06-15', basis: 'default' })
    expect(computeDeadline(rule('resident-enrolment'), '2026-03-15', calendar, 2)).toMatchObject({ date: '2026-05-15', basis: 'user' })
  })

  test('手工报销 processing: 10 working days from submission across 国庆', () => {
    expect(computeDeadline(rule('manual-claim'), '2026-09-28', calendar)).toMatchObject({ date: '2026-10-16', amount: 10 })
  })
})
