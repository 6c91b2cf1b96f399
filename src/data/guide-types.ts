import type { Provenance } from '@/domain/vocab'

/** Ids of the filing guides in guides.json, in list order. ASCII only: they travel in page URLs. */
export const GUIDE_IDS = [
  'remote-retired',
  'remote-long-term',
  'remote-work',
  'remote-referral',
  'remote-emergency',
  'remote-temporary',
  'late-filing',
  'manual-claim-after-discharge',
  'critical-illness',
  'manual-claim',
  'family-binding',
  'resident-enrolment',
  'chronic-outpatient',
  'retirement',
  'transfer',
] as const

/** One guide id. */
export type GuideId = (typeof GUIDE_IDS)[number]

/** Groups on the guide list page. */
export type GuideCategory = 'remote-filing' | 'after-care' | 'claim' | 'family' | 'resident' | 'employee'

/** Chinese heading of each category, in display order. */
export const CATEGORY_LABELS: Readonly<Record<GuideCategory, string>> = {
  'remote-filing': '异地就医备案',
  'after-care': '住院了、出院了怎么办',
  claim: '报销',
  family: '家庭共济',
  resident: '居民医保',
  employee: '职工医保',
}

/** Where a step is done. */
export type Place =
  | 'nhsa-app'
  | 'filing-mini-program'
  | 'provincial-app'
  | 'counter'
  | 'hospital'
  | 'employer'
  | 'pay-channel'

/** Chinese name of each place, as shown under a step. */
export const PLACE_LABELS: Readonly<Record<Place, string>> = {
  'nhsa-app': '国家医保服务平台APP',
  'filing-mini-program': '国家异地就医备案小程序',
  'provincial-app': '参保地医保APP或小程序',
  counter: '参保地医保经办窗口',
  hospital: '医院医保办（住院处）',
  employer: '工作单位（人事或社保经办）',
  'pay-channel': '当地居民医保缴费渠道',
}

/** A document or item to bring. The same id may appear in several steps of one guide; it is one item. */
export interface Material {
  /** ASCII id, unique within the guide */
  id: string
  name: string
  note?: string
}

/** One step of a guide. */
export interface GuideStep {
  /** ASCII id, unique within the guide */
  id: string
  title: string
  /** What to do, one action per line (长辈模式 shows one line per action) */
  actions: string[]
  where: Place[]
  materials: Material[]
  tips: string[]
}

/** The event a deadline counts from; the user enters its date. */
export type DeadlineAnchor = 'admission' | 'discharge' | 'filing' | 'submission' | 'payment'

/** Chinese name of each anchor, for the date field ("入院日期"). */
export const ANCHOR_LABELS: Readonly<Record<DeadlineAnchor, string>> = {
  admission: '入院日期',
  discharge: '出院日期',
  filing: '备案日期',
  submission: '材料提交日期',
  payment: '缴费日期',
}

/** Present when the number is set by the 参保地: the rule's number is then only a default the user may change. */
export interface LocalLimit {
  /** Chinese prompt for the number, naming its unit */
  prompt: string
  min: number
  max: number
}

interface DeadlineBase {
  /** Chinese label of the computed date, e.g. 临时备案有效期至少到 */
  label: string
  /** Chinese note shown with the date; says 待核实 when the number is not a verified rule */
  note?: string
  local?: LocalLimit
  provenance: Provenance
}

/** N working days after the anchor (statutory holidays off, make-up days on). */
export interface WorkingDaysRule extends DeadlineBase {
  kind: 'working-days'
  days: number
  from: DeadlineAnchor
}

/** N calendar days after the anchor. */
export interface CalendarDaysRule extends DeadlineBase {
  kind: 'calendar-days'
  days: number
  from: DeadlineAnchor
}

/** N months after the anchor (validity, waiting periods). */
export interface MonthsRule extends DeadlineBase {
  kind: 'months'
  months: number
  from: DeadlineAnchor
}

/** How a guide's date is computed. */
export type DeadlineRule = WorkingDaysRule | CalendarDaysRule | MonthsRule

/** One filing guide. */
export interface Guide {
  id: GuideId
  title: string
  /** One or two plain sentences: who this is for and what it gets them */
  summary: string
  category: GuideCategory
  /** Words people type for this guide (colloquial included); used by search. `A+B` matches when the query holds every part. */
  keywords: string[]
  steps: GuideStep[]
  related: GuideId[]
  deadline?: DeadlineRule
  /** Present when the rules differ by place; contains 以参保地医保局为准 */
  localNote?: string
  /** The documents the guide rests on */
  sources: Provenance[]
  /** Last line of every guide: where to ask (12393) */
  ending: string
}

/** The whole of guides.json. */
export interface GuideContent {
  version: 1
  hotline: { number: string; provenance: Provenance }
  guides: Guide[]
}
