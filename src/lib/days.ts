import dayjs from 'dayjs'

/**
 * Whole calendar days from `today` to `date` (negative when past).
 * @param date ISO date
 * @param today ISO date
 */
export function daysUntil(date: string, today: string): number {
  return dayjs(date).diff(dayjs(today), 'day')
}
