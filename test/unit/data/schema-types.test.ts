import type { z } from 'zod'
import {
  familyContentSchema, guideContentSchema, holidayCalendarSchema, nationalRulesSchema, regionsFileSchema,
} from '@/data/schema'
import type { RegionsFile } from '@/data/types'
import type { NationalRules } from '@/data/national-types'
import type { GuideContent } from '@/data/guide-types'
import type { FamilyContent } from '@/data/family-types'
import type { HolidayCalendar } from '@/domain/calendar'

/** `readonly` on every level: the hand-written types mark fields and lists readonly, zod's output does not. */
type Deep<T> = T extends readonly (infer U)[] ? readonly Deep<U>[] : T extends object ? { readonly [K in keyof T]: Deep<T[K]> } : T

/** true only when each type is assignable to the other (compared readonly on every level). */
type Same<A, B> = [Deep<A>] extends [Deep<B>] ? ([Deep<B>] extends [Deep<A>] ? true : false) : false

/** Proves the schema and the hand-written type describe the same data; `tsc` fails here when they drift. */
const agree: {
  regions: Same<z.infer<typeof regionsFileSchema>, RegionsFile>
  national: Same<z.infer<typeof nationalRulesSchema>, NationalRules>
  guides: Same<z.infer<typeof guideContentSchema>, GuideContent>
  family: Same<z.infer<typeof familyContentSchema>, FamilyContent>
  holidays: Same<z.infer<typeof holidayCalendarSchema>, HolidayCalendar>
} = { regions: true, national: true, guides: true, family: true, holidays: true }

/** The hand-written types are not `any` (which would make every comparison true). */
type NotAny<T> = 0 extends 1 & T ? false : true
const real: [NotAny<RegionsFile>, NotAny<NationalRules>, NotAny<GuideContent>, NotAny<FamilyContent>, NotAny<HolidayCalendar>] = [true, true, true, true, true]

test('each top-level schema infers exactly its hand-written type (checked by tsc)', () => {
  expect(Object.values(agree).every(Boolean)).toBe(true)
  expect(real.every(Boolean)).toBe(true)
})
