import content from '@/data/guides.json'
import holidaysJson from '@/data/holidays.json'
import type { Guide, GuideContent } from '@/data/guide-types'
import type { HolidayCalendar } from '@/domain/calendar'

const data = content as unknown as GuideContent

/** Every guide with its full text (guides.json stays in this subpackage). Validated by tests, not at runtime. */
export const GUIDES: readonly Guide[] = data.guides

/** The 12393 hotline and where that number comes from. */
export const HOTLINE = data.hotline

/** Statutory holidays and make-up working days of the years whose notices are known. */
export const HOLIDAYS = holidaysJson as unknown as HolidayCalendar

/**
 * A guide by id.
 * @param id the id from the page URL (may be anything)
 * @returns the guide, or undefined for an unknown id
 */
export function findGuide(id: string): Guide | undefined {
  return GUIDES.find((g) => g.id === id)
}
