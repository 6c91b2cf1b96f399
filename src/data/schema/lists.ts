import { z } from 'zod'
import { LEVEL_KEYS, STATUSES } from '@/domain/vocab'
import { schemaMessages as m } from '@/data/schema/messages'

/** Refinement option: run even when the value's own parse failed (consistency checks read what was given). */
export const ALWAYS = { when: () => true }

/** Marks an issue whose list index must stay an index in the written path (not be replaced by the item's id). */
export const INDEXED = { indexed: true } as const

/** One id and where it sits, for duplicate checks. */
export interface IdAt {
  path: PropertyKey[]
  id: unknown
}

/**
 * Report every entry whose id repeats an earlier one.
 * @param entries ids with their paths, in order
 * @param ctx the refinement context
 */
export function reportDuplicates(entries: readonly IdAt[], ctx: z.RefinementCtx): void {
  const seen = new Set<unknown>()
  for (const { path, id } of entries) {
    if (seen.has(id)) ctx.addIssue({ code: 'custom', path, message: `${m.duplicateId}：${String(id)}`, input: id, params: INDEXED })
    seen.add(id)
  }
}

/**
 * The ids of a list's object items, with their paths below `prefix`.
 * @param items the list as given
 * @param prefix path of the list
 */
export function idsOf(items: unknown, prefix: PropertyKey[] = []): IdAt[] {
  if (!Array.isArray(items)) return []
  return items.flatMap((it, i) => (typeof it === 'object' && it !== null ? [{ path: [...prefix, i, 'id'], id: (it as { id?: unknown }).id }] : []))
}

/**
 * A list of objects whose ids are unique within it.
 * @param item schema of one item
 */
export function listWithIds<S extends z.ZodType>(item: S) {
  return z.array(item, m.notArray).superRefine((items, ctx) => reportDuplicates(idsOf(items), ctx), ALWAYS)
}

/**
 * An object shape with one field per key, all of one schema (e.g. one per SCHEMES member).
 * @param keys the field names
 * @param schema schema of every field
 */
export function keyed<K extends string, S extends z.ZodType>(keys: readonly K[], schema: S): { [P in K]: S } {
  return Object.fromEntries(keys.map((k) => [k, schema])) as { [P in K]: S }
}

/**
 * One value per hospital level (LEVEL_KEYS).
 * @param schema schema of each level's value
 */
export function levels<S extends z.ZodType>(schema: S) {
  return z.object(keyed(LEVEL_KEYS, schema), m.notObject)
}

const [WORKING, RETIRED] = STATUSES

/**
 * One value per work status (STATUSES): the first required, the second omitted when it equals the first.
 * @param schema schema of each status' value
 */
export function byStatus<S extends z.ZodType>(schema: S) {
  return z.object({ [WORKING]: schema, [RETIRED]: schema.optional() }, m.notObject)
}
