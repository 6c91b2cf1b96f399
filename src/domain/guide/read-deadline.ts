import type { DeadlineRule } from '@/data/guide-types'
import type { HolidayCalendar } from '@/domain/calendar'
import { computeDeadline, parseDate, type GuideDeadline } from '@/domain/guide/deadlines'

/** What the deadline block shows for the inputs: the date (once the anchor date is set) and a field error. */
export interface DeadlineReading {
  deadline?: GuideDeadline
  /** Chinese, for the 参保地 number field */
  localError?: string
}

/**
 * Read the deadline form: the anchor date as picked and the 参保地 number as typed. A blank or bad number falls
 * back to the rule's default (flagged 待核实 by computeDeadline) with a message at the field.
 * @param rule the guide's deadline rule
 * @param anchor 'YYYY-MM-DD' or ''
 * @param localText the 参保地 number as typed
 * @param calendar the holiday calendar
 */
export function readDeadline(rule: DeadlineRule, anchor: string, localText: string, calendar: HolidayCalendar): DeadlineReading {
  const text = localText.trim()
  let local: number | undefined
  let localError: string | undefined
  if (rule.local && text !== '') {
    const n = /^\d{1,4}$/.test(text) ? Number(text) : NaN
    if (n >= rule.local.min && n <= rule.local.max) local = n
    else localError = `请填 ${rule.local.min} 到 ${rule.local.max} 之间的整数；现在先按默认值计算。`
  }
  if (!anchor || !parseDate(anchor).ok) return { localError }
  return { deadline: computeDeadline(rule, anchor, calendar, local), localError }
}
