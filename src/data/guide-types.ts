import type { DeadlineAnchor, GuideCategory, Place, Provenance } from '@/domain/vocab'

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
