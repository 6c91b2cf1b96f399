import dayjs from 'dayjs'
import { type DeadlineRule } from '@/data/guide-types'
import { collectionWindowStatus, coversYear, isWorkingDay, type HolidayCalendar } from '@/domain/calendar'
import { messages, type Checked } from '@/domain/errors'
import { ANCHOR_LABELS, isIsoDate } from '@/domain/vocab'

export { collectionWindowStatus, isWorkingDay }

const FMT = 'YYYY-MM-DD'
const WEEKDAYS = ['日', '一', '二', '三', '四', '五', '六']

/** A computed date; `approximate` when it depends on a year whose holiday notice is not in the calendar. */
export interface DeadlineDate {
  date: string
  approximate: boolean
  /** Chinese, present when approximate */
  note?: string
}

/**
 * Check a 'YYYY-MM-DD' string names a real day.
 * @param input the text entered
 * @param field the field name for the error
 */
export function parseDate(input: string, field = 'date'): Checked<string> {
  const s = input.trim()
  return isIsoDate(s) ? { ok: true, value: s } : { ok: false, error: { field, message: messages.dateFormat } }
}

function assertDate(date: string): void {
  if (!parseDate(date).ok) throw new RangeError(`${messages.dateFormat}: ${date}`)
}

function assertCount(n: number): void {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`count must be an integer ≥ 0: ${n}`)
}

/**
 * The Chinese warning for dates in years whose holiday notice is not known yet.
 * @param years the uncovered years, ascending
 */
export function uncoveredNote(years: readonly number[]): string {
  return `${years.join('、')}年节假日安排尚未公布，按周末推算，实际日期可能顺延`
}

/**
 * The date N working days after `from`; counting starts the day after `from`. Statutory holidays are
 * off and make-up days count as working days; years not in the calendar count weekends only.
 * @param from 'YYYY-MM-DD'
 * @param n integer ≥ 0 (0 returns `from`)
 * @param calendar the holiday calendar
 */
export function addWorkingDays(from: string, n: number, calendar: HolidayCalendar): DeadlineDate {
  assertDate(from)
  assertCount(n)
  const missing = new Set<number>()
  let d = dayjs(from)
  for (let left = n; left > 0; ) {
    d = d.add(1, 'day')
    if (!coversYear(d.year(), calendar)) missing.add(d.year())
    if (isWorkingDay(d.format(FMT), calendar)) left--
  }
  const years = [...missing].sort((a, b) => a - b)
  return years.length ? { date: d.format(FMT), approximate: true, note: uncoveredNote(years) } : { date: d.format(FMT), approximate: false }
}

/**
 * The date N calendar days after `from`.
 * @param from 'YYYY-MM-DD'
 * @param n integer ≥ 0
 */
export function addCalendarDays(from: string, n: number): string {
  assertDate(from)
  assertCount(n)
  return dayjs(from).add(n, 'day').format(FMT)
}

/**
 * The same day N months later, clamped to the month's last day (01-31 + 1 → 02-28), for validity expiry.
 * @param from 'YYYY-MM-DD'
 * @param n integer ≥ 0
 */
export function addMonths(from: string, n: number): string {
  assertDate(from)
  assertCount(n)
  return dayjs(from).add(n, 'month').format(FMT)
}

/**
 * Whole days from `today` to `deadline`: 0 on the day itself, negative once it has passed.
 * @param deadline 'YYYY-MM-DD'
 * @param today 'YYYY-MM-DD'
 */
export function daysLeft(deadline: string, today: string): number {
  assertDate(deadline)
  assertDate(today)
  return dayjs(deadline).diff(dayjs(today), 'day')
}

/**
 * A date in Chinese with its weekday, e.g. 2026年3月5日（星期四）.
 * @param date 'YYYY-MM-DD'
 */
export function formatDateCn(date: string): string {
  assertDate(date)
  const d = dayjs(date)
  return `${d.year()}年${d.month() + 1}月${d.date()}日（星期${WEEKDAYS[d.day()]}）`
}

/** A guide's deadline, computed for the user's anchor date. */
export interface GuideDeadline extends DeadlineDate {
  label: string
  /** The number used: the rule's, or the 参保地 number the user entered */
  amount: number
  /** 'rule': a stated rule; 'default': a local number not entered yet; 'user': entered by the user */
  basis: 'rule' | 'default' | 'user'
  /** Chinese, e.g. 入院日期后 3 个工作日 */
  rule: string
  /** The rule's own note (待核实 and the like) */
  ruleNote?: string
}

const UNITS: Readonly<Record<DeadlineRule['kind'], string>> = { 'working-days': '个工作日', 'calendar-days': '天', months: '个月' }

function ruleAmount(rule: DeadlineRule): number {
  return rule.kind === 'months' ? rule.months : rule.days
}

/**
 * Compute a guide's date from the user's anchor date.
 * @param rule the guide's deadline rule
 * @param anchorDate 'YYYY-MM-DD' of the rule's `from` event
 * @param calendar the holiday calendar
 * @param localAmount the 参保地 number the user entered; used only when the rule is local and it is an
 *   integer inside the rule's range
 * @throws RangeError when anchorDate is not a real day (check it with parseDate first)
 */
export function computeDeadline(rule: DeadlineRule, anchorDate: string, calendar: HolidayCalendar, localAmount?: number): GuideDeadline {
  const entered = rule.local !== undefined && localAmount !== undefined && Number.isInteger(localAmount) &&
    localAmount >= rule.local.min && localAmount <= rule.local.max
  const amount = entered ? (localAmount as number) : ruleAmount(rule)
  const basis = entered ? 'user' : rule.local ? 'default' : 'rule'
  const base = { label: rule.label, amount, basis, rule: `${ANCHOR_LABELS[rule.from]}后 ${amount} ${UNITS[rule.kind]}`, ruleNote: rule.note } as const
  if (rule.kind === 'working-days') return { ...base, ...addWorkingDays(anchorDate, amount, calendar) }
  const date = rule.kind === 'months' ? addMonths(anchorDate, amount) : addCalendarDays(anchorDate, amount)
  return { ...base, date, approximate: false }
}
