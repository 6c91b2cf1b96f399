import { collectFigures } from '@/domain/policy/figures'
import { checkDate, checkUniqueIds, isArr, isObj, schemaMessages, type Report } from '@/data/schema-checks'
import { checkRegion, regionPath } from '@/data/schema-region'
import { checkNational } from '@/data/schema-national'

export { schemaMessages } from '@/data/schema-checks'

function checkRegionsFile(v: unknown, report: Report): void {
  if (!isObj(v, 'regions', report)) return
  if (v.version !== 1) report('regions.version', schemaMessages.version)
  checkDate(v.checkedAt, 'regions.checkedAt', report)
  if (!isArr(v.regions, 'regions.regions', report)) return
  if (v.regions.length === 0) report('regions.regions', schemaMessages.noRegions)
  v.regions.forEach((r, i) => checkRegion(r, regionPath(r, i), report))
  checkUniqueIds(v.regions, 'regions.regions', report)
}

/**
 * Validate the bundled dataset: structure, integer fen ≥ 0, bp in [0, 10000], ascending open-ended
 * segments, valid ISO dates, unique ASCII ids, and a complete provenance covering every figure.
 * Used by tests and scripts only; the app never imports it.
 * @param raw `{ regions, national }` as parsed from regions.json and national.json
 * @returns error messages `${path}: ${message}`; empty when the dataset is valid
 */
export function validateDataset(raw: unknown): string[] {
  const errors: string[] = []
  const report: Report = (path, message) => { errors.push(`${path}: ${message}`) }
  if (!isObj(raw, '', report)) return errors
  checkRegionsFile(raw.regions, report)
  checkNational(raw.national, 'national', report)
  const list = (raw.regions as { regions?: unknown } | null)?.regions
  const roots: [string, unknown][] = Array.isArray(list) ? list.map((r, i) => [regionPath(r, i), r]) : []
  roots.push(['national', raw.national])
  for (const [root, value] of roots) {
    for (const f of collectFigures(value, root)) {
      if (f.provenance === null) report(f.path, schemaMessages.figureWithoutProvenance)
    }
  }
  return errors
}
