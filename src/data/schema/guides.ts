import { z } from 'zod'
import { DEADLINE_ANCHORS, GUIDE_CATEGORIES, PLACES } from '@/domain/vocab'
import { GUIDE_IDS } from '@/data/guide-types'
import { schemaMessages as m } from '@/data/schema/messages'
import { listWithIds } from '@/data/schema/lists'
import { choiceMessage, id, int, str, strings, version } from '@/data/schema/primitives'
import { provenance } from '@/data/schema/provenance'

const count = int(1, Number.MAX_SAFE_INTEGER)
const guideId = z.enum(GUIDE_IDS, m.invalidChoice)

/** A document or item to bring (Material). */
const material = z.object({ id, name: str, note: str.optional() }, m.notObject)

/** One step of a guide (GuideStep). */
const step = z.object(
  {
    id,
    title: str,
    actions: strings,
    where: z.array(z.enum(PLACES, m.invalidChoice), m.notArray),
    materials: z.array(material, m.notArray),
    tips: strings,
  },
  m.notObject,
)

/** The 参保地's own number: its prompt and bounds (LocalLimit); min ≤ max. */
const localLimit = z.object({ prompt: str, min: count, max: count }, m.notObject).superRefine((v, ctx) => {
  if (v.min > v.max) ctx.addIssue({ code: 'custom', path: ['max'], message: m.limitOrder, input: v.max })
})

const base = { label: str, note: str.optional(), local: localLimit.optional(), provenance, from: z.enum(DEADLINE_ANCHORS, m.invalidChoice) }

/** How a guide's date is computed (DeadlineRule); a local default lies within its bounds. */
const deadline = z.discriminatedUnion(
  'kind',
  [
    z.object({ ...base, kind: z.literal('working-days'), days: count }, m.notObject),
    z.object({ ...base, kind: z.literal('calendar-days'), days: count }, m.notObject),
    z.object({ ...base, kind: z.literal('months'), months: count }, m.notObject),
  ],
  { error: choiceMessage(m.invalidChoice) },
).superRefine((d, ctx) => {
  const n = 'months' in d ? d.months : d.days
  if (d.local && (n < d.local.min || n > d.local.max)) ctx.addIssue({ code: 'custom', path: ['local'], message: m.limitDefault, input: n })
})

function checkGuide(g: { id: string; related: readonly string[]; steps: readonly { materials: readonly { id: string; name: string }[] }[] }, ctx: z.RefinementCtx): void {
  g.related.forEach((r, i) => { if (r === g.id) ctx.addIssue({ code: 'custom', path: ['related', i], message: m.relatedSelf, input: r }) })
  const names = new Map<string, string>()
  g.steps.forEach((s, i) => s.materials.forEach((mat, j) => {
    const seen = names.get(mat.id)
    if (seen !== undefined && seen !== mat.name) ctx.addIssue({ code: 'custom', path: ['steps', i, 'materials', j, 'name'], message: m.materialConflict, input: mat.name })
    names.set(mat.id, seen ?? mat.name)
  }))
}

/** One filing guide (Guide): step ids unique, a material id names one item, not related to itself. */
const guide = z.object(
  {
    id: guideId,
    title: str,
    summary: str,
    category: z.enum(GUIDE_CATEGORIES, m.invalidChoice),
    keywords: strings,
    steps: listWithIds(step),
    related: z.array(guideId, m.notArray),
    deadline: deadline.optional(),
    localNote: str.optional(),
    sources: z.array(provenance, m.notArray),
    ending: str,
  },
  m.notObject,
).superRefine(checkGuide)

/** The whole of guides.json (GuideContent): guide ids unique. */
export const guideContentSchema = z.object(
  { version, hotline: z.object({ number: str, provenance }, m.notObject), guides: listWithIds(guide) },
  m.notObject,
)

