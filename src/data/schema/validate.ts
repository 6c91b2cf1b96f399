import { z } from 'zod'
import { schemaMessages as m } from '@/data/schema/messages'
import { problemsOf, writeProblem, type PathStyle } from '@/data/schema/issues'
import { unsourcedFigures } from '@/data/schema/figures'
import { regionsFileSchema } from '@/data/schema/region'
import { nationalRulesSchema } from '@/data/schema/national'
import { guideContentSchema } from '@/data/schema/guides'
import { familyContentSchema } from '@/data/schema/family'
import { holidayCalendarSchema } from '@/data/schema/holidays'

/** `{ regions, national }`: regions.json and national.json together. */
const datasetSchema = z.object({ regions: regionsFileSchema, national: nationalRulesSchema }, m.notObject)

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)

/**
 * Parse, then walk the figures below each root key path for a source; every problem written once, in order.
 * @param schema the file's schema
 * @param raw the file as parsed from JSON
 * @param roots key paths of the parts whose figures must be sourced
 * @param style how paths are written
 */
function run(schema: z.ZodType, raw: unknown, roots: readonly PropertyKey[][], style: PathStyle): string[] {
  const result = schema.safeParse(raw)
  const problems = result.success ? [] : problemsOf(result.error.issues)
  for (const at of roots) {
    const value = at.reduce<unknown>((node, key) => (isRecord(node) || Array.isArray(node) ? (node as Record<PropertyKey, unknown>)[key] : undefined), raw)
    for (const path of unsourcedFigures(value, at)) problems.push({ path, message: m.figureWithoutProvenance })
  }
  return [...new Set(problems.map((p) => writeProblem(p, raw, style)))]
}

/**
 * Validate the bundled dataset: structure, integer fen ≥ 0, bp in [0, 10000], ascending open-ended
 * segments, valid ISO dates, unique ASCII ids, and a complete provenance covering every figure.
 * Used by tests and scripts only; the app never imports it.
 * @param raw `{ regions, national }` as parsed from regions.json and national.json
 * @returns error messages `${path}: ${message}`, a region's path starting `regions[id]`; empty when the dataset is valid
 */
export function validateDataset(raw: unknown): string[] {
  const list = isRecord(raw) && isRecord(raw.regions) ? raw.regions.regions : undefined
  const roots: PropertyKey[][] = Array.isArray(list) ? list.map((_, i) => ['regions', 'regions', i]) : []
  if (isRecord(raw)) roots.push(['national'])
  return run(datasetSchema, raw, roots, { root: '', named: { at: ['regions', 'regions'], label: 'regions' } })
}

/**
 * Validate guides.json: structure, known ids, categories, places and anchors, unique step ids, sourced deadlines.
 * @param raw guides.json as parsed
 * @returns error messages `${path}: ${message}`, a guide's path starting `guides[id]`; empty when valid
 */
export function validateGuides(raw: unknown): string[] {
  return run(guideContentSchema, raw, isRecord(raw) ? [[]] : [], { root: 'guides', named: { at: ['guides'], label: 'guides' } })
}

/**
 * Validate family.json: sections and items with known, unique ids, relations and provenance.
 * @param raw family.json as parsed
 * @returns error messages `${path}: ${message}`; empty when valid
 */
export function validateFamily(raw: unknown): string[] {
  return run(familyContentSchema, raw, isRecord(raw) ? [[]] : [], { root: 'family' })
}

/**
 * Validate holidays.json: real dates, ranges in order without overlap, make-up days outside them, years ascending.
 * @param raw holidays.json as parsed
 * @returns error messages `${path}: ${message}`; empty when valid
 */
export function validateHolidays(raw: unknown): string[] {
  return run(holidayCalendarSchema, raw, isRecord(raw) ? [[]] : [], { root: 'holidays' })
}
