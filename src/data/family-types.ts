import type { Provenance, Relation } from '@/domain/vocab'

/** Ids of the 家庭共济 explainer items in family.json; eligibility verdicts cite them. */
export const FAMILY_RULE_IDS = [
  'what-is',
  'payer-employee-account',
  'not-ratio-transfer',
  'not-card-sharing',
  'who-2021',
  'who-2024',
  'who-close-relatives',
  'who-not-in-law',
  'pay-medical',
  'pay-contribution',
  'pay-ltc-local',
  'no-cash',
  'no-non-medical',
  'no-uninsured',
  'no-employee-contribution',
  'scope-in-province',
  'scope-cross-province',
  'scope-check-local',
  'scope-local-limits',
] as const

/** One explainer item id. */
export type FamilyRuleId = (typeof FAMILY_RULE_IDS)[number]

/** Sections of the explainer page, in display order. */
export type FamilySectionId = 'what' | 'who' | 'can-pay' | 'cannot-pay' | 'scope'

/** One explainer statement with its source. */
export interface FamilyItem {
  id: FamilyRuleId
  /** Short Chinese heading */
  title: string
  /** One or two Chinese sentences */
  body: string
  /** Relatives the statement names, where it names a list */
  relations?: Relation[]
  provenance: Provenance
}

/** A titled group of items. */
export interface FamilySection {
  id: FamilySectionId
  title: string
  items: FamilyItem[]
}

/** The whole of family.json. */
export interface FamilyContent {
  version: 1
  sections: FamilySection[]
}
