import nationalJson from '@/data/national.json'
import type { NationalRules } from '@/data/national-types'

/** National rules: 异地就医, 家庭共济, 大病保险, 门诊共济, 居民缴费与等待期, 零星报销 (kept apart from the regions). */
export const national: NationalRules = nationalJson as unknown as NationalRules
