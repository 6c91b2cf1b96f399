/**
 * Validators of the bundled JSON (regions, national rules, guides, family, holidays), built with zod.
 * For tests and scripts only: ESLint keeps zod and this folder out of the app bundle.
 */
export { schemaMessages } from '@/data/schema/messages'
export { validateDataset, validateFamily, validateGuides, validateHolidays } from '@/data/schema/validate'
export { regionsFileSchema } from '@/data/schema/region'
export { nationalRulesSchema } from '@/data/schema/national'
export { guideContentSchema } from '@/data/schema/guides'
export { familyContentSchema } from '@/data/schema/family'
export { holidayCalendarSchema } from '@/data/schema/holidays'
