import dayjs from 'dayjs'
import type { Provenance } from '@/domain/vocab'

/** A run of statutory days off, both ends inclusive ('YYYY-MM-DD'). */
export interface HolidayRange {
  /** e.g. 春节 */
  name: string
  from: string
  to: string
}

/** One year's State Council holiday notice. */
export interface HolidayYear {
  year: number
  /** Date the notice was issued */
  publishedAt: string
  holidays: HolidayRange[]
  /** Weekend days that are working days (调休上班) */
  workdays: string[]
  provenance: Provenance
}

/** The holiday calendar: the years whose notices are known. */
export interface HolidayCalendar {
  version: 1
  years: HolidayYear[]
}

/** Days off, make-up days and covered years of a calendar, as sets. */
export interface CalendarIndex {
  off: ReadonlySet<string>
  work: ReadonlySet<string>
  years: ReadonlySet<number>
}

const cache = new WeakMap<HolidayCalendar, CalendarIndex>()

/**
 * Expand a calendar into day sets (memoised per calendar object).
 * @param calendar the holiday calendar
 * @returns the day-off and make-up-day sets and the covered years
 */
export function indexCalendar(calendar: HolidayCalendar): CalendarIndex {
  const hit = cache.get(calendar)
  if (hit) return hit
  const off = new Set<string>()
  for (const y of calendar.years) {
    for (const h of y.holidays) {
      for (let d = dayjs(h.from); !d.isAfter(dayjs(h.to), 'day'); d = d.add(1, 'day')) off.add(d.format('YYYY-MM-DD'))
    }
  }
  const index = { off, work: new Set(calendar.years.flatMap((y) => y.workdays)), years: new Set(calendar.years.map((y) => y.year)) }
  cache.set(calendar, index)
  return index
}

/**
 * Whether a day is a working day: make-up days are, statutory holidays are not, otherwise Monday to Friday.
 * In a year the calendar does not cover, only weekends are off.
 * @param date 'YYYY-MM-DD'
 * @param calendar the holiday calendar
 */
export function isWorkingDay(date: string, calendar: HolidayCalendar): boolean {
  const { off, work } = indexCalendar(calendar)
  if (work.has(date)) return true
  if (off.has(date)) return false
  const weekday = dayjs(date).day()
  return weekday !== 0 && weekday !== 6
}

/**
 * Whether the calendar holds the holiday notice of a year.
 * @param year e.g. 2026
 * @param calendar the holiday calendar
 */
export function coversYear(year: number, calendar: HolidayCalendar): boolean {
  return indexCalendar(calendar).years.has(year)
}

/** A yearly window such as a 居民医保 集中征缴期; it crosses the year end when it ends before it starts (9/15 → 2/28). */
export interface YearlyWindow {
  startMonth: number
  startDay: number
  endMonth: number
  endDay: number
}

/** Where today stands against a yearly window; `start` and `end` are the current (or next) window's days, inclusive. */
export type WindowStatus =
  | { open: true; daysLeft: number; start: string; end: string }
  | { open: false; daysUntilOpen: number; nextStart: string; end: string }

function dayOf(year: number, month: number, day: number): dayjs.Dayjs {
  const first = dayjs(new Date(year, month - 1, 1))
  return first.date(Math.min(day, first.daysInMonth()))
}

/**
 * Whether a yearly window is open today, and how many days are left (0 on its last day) or until it opens.
 * A day past the month's end (2/29 in a common year) means the month's last day.
 * @param window months 1–12, days 1–31
 * @param today 'YYYY-MM-DD'
 */
export function collectionWindowStatus(window: YearlyWindow, today: string): WindowStatus {
  const { startMonth, startDay, endMonth, endDay } = window
  for (const v of [startMonth, endMonth]) if (!Number.isInteger(v) || v < 1 || v > 12) throw new RangeError(`month: ${v}`)
  for (const v of [startDay, endDay]) if (!Number.isInteger(v) || v < 1 || v > 31) throw new RangeError(`day: ${v}`)
  const t = dayjs(today)
  if (!t.isValid()) throw new RangeError(`date: ${today}`)
  const crosses = endMonth * 100 + endDay < startMonth * 100 + startDay
  for (const y of [t.year() - 1, t.year(), t.year() + 1]) {
    const start = dayOf(y, startMonth, startDay)
    const end = dayOf(crosses ? y + 1 : y, endMonth, endDay)
    const range = { start: start.format('YYYY-MM-DD'), end: end.format('YYYY-MM-DD') }
    if (t.isBefore(start, 'day')) return { open: false, daysUntilOpen: start.diff(t, 'day'), nextStart: range.start, end: range.end }
    if (!t.isAfter(end, 'day')) return { open: true, daysLeft: end.diff(t, 'day'), ...range }
  }
  throw new RangeError('unreachable: a yearly window always recurs')
}
