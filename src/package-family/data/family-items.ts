import familyJson from '@/data/family.json'
import type { FamilyContent, FamilyItem, FamilyRuleId } from '@/data/family-types'

/** The 家庭共济 explainer sections of family.json, in display order. */
export const FAMILY_SECTIONS = (familyJson as FamilyContent).sections

const BY_ID = new Map<string, FamilyItem>(FAMILY_SECTIONS.flatMap((s) => s.items.map((i) => [i.id, i] as const)))

/**
 * @param ids explainer item ids, e.g. an eligibility verdict's ruleIds
 * @returns the items, in the given order, skipping unknown ids
 */
export function familyItems(ids: readonly FamilyRuleId[]): FamilyItem[] {
  return ids.flatMap((id) => BY_ID.get(id) ?? [])
}
