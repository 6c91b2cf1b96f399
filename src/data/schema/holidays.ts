import { z } from 'zod'
import { isIsoDate } from '@/domain/vocab'
import { schemaMessages as m } from '@/data/schema/messages'
import { ALWAYS } from '@/data/schema/lists'
import { int, isoDate, str, version } from '@/data/schema/primitives'
import { provenance } from '@/data/schema/provenance'

type Ctx = z.RefinementCtx

/** A run of statutory days off, both ends inclusive (HolidayRange); it does not end before it starts. */
const range = z.object({ name: str, from: isoDate, to: isoDate }, m.notObject).superRefine((h, ctx) => {
  if (h.to < h.from) ctx.addIssue({ code: 'custom', path: ['to'], message: m.dateOrder, input: h.to })
})

interface Span { from: string; to: string }
const spans = (list: unknown): Span[] =>
  (Array.isArray(list) ? list : []).filter((h): h is Span => isIsoDate(h?.from) && isIsoDate(h?.to))

function checkRanges(list: unknown, ctx: Ctx): void {
  if (!Array.isArray(list)) return
  let end = ''
  list.forEach((h: Partial<Span> | null, i) => {
    if (!isIsoDate(h?.from) || !isIsoDate(h?.to)) return
    if (h.from <= end) ctx.addIssue({ code: 'custom', path: [i, 'from'], message: m.rangeOverlap, input: h.from })
    if (h.to > end) end = h.to
  })
}

function checkWorkdays(value: unknown, ctx: Ctx): void {
  const year = value as { holidays?: unknown; workdays?: unknown } | null
  if (!Array.isArray(year?.workdays)) return
  const off = spans(year.holidays)
  const seen = new Set<unknown>()
  year.workdays.forEach((d: unknown, i) => {
    if (seen.has(d)) ctx.addIssue({ code: 'custom', path: ['workdays', i], message: m.duplicateDate, input: d })
    seen.add(d)
    if (isIsoDate(d) && off.some((h) => h.from <= d && d <= h.to)) ctx.addIssue({ code: 'custom', path: ['workdays', i], message: m.workdayOff, input: d })
  })
}

/** One year's holiday notice (HolidayYear): ranges in order without overlap, make-up days outside them. */
const holidayYear = z.object(
  {
    year: int(2000, 2100),
    publishedAt: isoDate,
    holidays: z.array(range, m.notArray).superRefine(checkRanges, ALWAYS),
    workdays: z.array(isoDate, m.notArray),
    provenance,
  },
  m.notObject,
).superRefine(checkWorkdays, ALWAYS)

function checkYears(list: unknown, ctx: Ctx): void {
  if (!Array.isArray(list)) return
  let prev = -Infinity
  list.forEach((y: { year?: unknown } | null, i) => {
    const year = y?.year
    if (typeof year !== 'number') return
    if (year <= prev) ctx.addIssue({ code: 'custom', path: [i, 'year'], message: m.yearOrder, input: year })
    prev = Math.max(prev, year)
  })
}

/** The whole of holidays.json (HolidayCalendar): years ascending without repeats. */
export const holidayCalendarSchema = z.object(
  { version, years: z.array(holidayYear, m.notArray).superRefine(checkYears, ALWAYS) },
  m.notObject,
)
