import dayjs from 'dayjs'

let override: string | null = null

/**
 * Today's date as YYYY-MM-DD: the one clock every date calculation in the app reads.
 * Tests set it with setToday; the H5 build also honours `window.__YB_TODAY__` so browser tests are reproducible.
 * @returns ISO date string
 */
export function today(): string {
  const injected = (globalThis as { __YB_TODAY__?: unknown }).__YB_TODAY__
  if (override) return override
  if (typeof injected === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(injected)) return injected
  return dayjs().format('YYYY-MM-DD')
}

/**
 * Fix "today" (tests only); pass null to return to the real date.
 * @param date ISO date or null
 */
export function setToday(date: string | null): void {
  override = date
}
