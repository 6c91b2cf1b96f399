import { z } from 'zod'
import { schemaMessages as m } from '@/data/schema/messages'
import { hasPath } from '@/data/schema/path'
import { ALWAYS, listWithIds } from '@/data/schema/lists'
import { fenOrNull, id, str } from '@/data/schema/primitives'
import { provenance } from '@/data/schema/provenance'

/** Another reading of a figure: path of the chosen figure in its block, value, source, reason. */
export const alternative = z.object(
  { path: z.string(m.alternativeUnknown), value: fenOrNull, provenance, reason: str, appliesTo: id.optional() },
  m.notObject,
)

/**
 * Report overrides and alternatives of a block that point at no field of it.
 * @param block the block as parsed
 * @param ctx the refinement context
 */
export function checkPointers(block: unknown, ctx: z.RefinementCtx): void {
  if (typeof block !== 'object' || block === null) return
  const { overrides, alternatives } = block as { overrides?: unknown; alternatives?: unknown }
  if (typeof overrides === 'object' && overrides !== null && !Array.isArray(overrides)) {
    for (const key of Object.keys(overrides)) {
      if (!hasPath(block, key)) ctx.addIssue({ code: 'custom', path: ['overrides', key], message: m.overrideUnknown, input: key })
    }
  }
  if (!Array.isArray(alternatives)) return
  alternatives.forEach((a: unknown, i) => {
    const path = (a as { path?: unknown } | null)?.path
    if (typeof path === 'string' && !hasPath(block, path)) ctx.addIssue({ code: 'custom', path: ['alternatives', i, 'path'], message: m.alternativeUnknown, input: path })
  })
}

/** Fields of a block of figures sharing one source (Sourced). */
export const sourcedShape = {
  provenance,
  note: str.optional(),
  overrides: z.record(z.string(), provenance, m.notObject).optional(),
  alternatives: z.array(alternative, m.notArray).optional(),
}

/**
 * A sourced block with its own fields; overrides and alternatives must name fields of the block.
 * @param shape the block's own fields
 */
export function sourced<S extends z.core.$ZodLooseShape>(shape: S) {
  return z.object({ ...sourcedShape, ...shape }, m.notObject).superRefine(checkPointers, ALWAYS)
}

/** A statement pages render: id, title, text, source, and its figures (integer fen ≥ 0 or null). */
export const ruleItem = z.object(
  { id, title: str, text: str, provenance, values: z.record(z.string(), fenOrNull, m.notObject).optional() },
  m.notObject,
)

/** Statements with ids unique within the list. */
export const ruleItems = listWithIds(ruleItem)
