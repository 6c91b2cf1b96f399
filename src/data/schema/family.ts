import { z } from 'zod'
import { RELATIONS } from '@/domain/vocab'
import { FAMILY_RULE_IDS, type FamilySectionId } from '@/data/family-types'
import { schemaMessages as m } from '@/data/schema/messages'
import { ALWAYS, idsOf, listWithIds, reportDuplicates } from '@/data/schema/lists'
import { str, version } from '@/data/schema/primitives'
import { provenance } from '@/data/schema/provenance'

/** Sections of the explainer page (FamilySectionId has no tuple of its own in family-types.ts). */
const SECTION_IDS = ['what', 'who', 'can-pay', 'cannot-pay', 'scope'] as const satisfies readonly FamilySectionId[]

/** One explainer statement with its source (FamilyItem). */
const item = z.object(
  {
    id: z.enum(FAMILY_RULE_IDS, m.invalidChoice),
    title: str,
    body: str,
    relations: z.array(z.enum(RELATIONS, m.invalidChoice), m.notArray).optional(),
    provenance,
  },
  m.notObject,
)

/** A titled, non-empty group of items (FamilySection). */
const section = z.object(
  { id: z.enum(SECTION_IDS, m.invalidChoice), title: str, items: z.array(item, m.notArray).min(1, m.empty) },
  m.notObject,
)

/** The whole of family.json (FamilyContent): section ids unique, item ids unique across sections. */
export const familyContentSchema = z.object({ version, sections: listWithIds(section) }, m.notObject).superRefine((v, ctx) => {
  const sections: unknown[] = Array.isArray(v?.sections) ? v.sections : []
  reportDuplicates(sections.flatMap((s, i) => idsOf((s as { items?: unknown } | null)?.items, ['sections', i, 'items'])), ctx)
}, ALWAYS)
