// Regenerates src/data/generated/*.json from the source dataset. Run after editing src/data/regions.json,
// national.json or guides.json:   npx tsx scripts/gen-data.ts
// test/unit/data/generated.test.ts regenerates them in memory with generatedFiles() and fails when they are out of date.
import { readFileSync, writeFileSync } from 'node:fs'
import { leanRegions } from '@/domain/policy/lean-regions'
import { datasetSummary } from '@/domain/policy/dataset-summary'
import { guideIndexFile } from '@/domain/guide/index-entries'
import { regionIndexFile } from '@/domain/policy/region-entries'

/**
 * Compact JSON of an object whose last field is a list of rows, one row per line so that diffs show which entry changed.
 * @param head the fields before the rows, in order
 * @param key the name of the rows field
 * @param rows the rows
 */
function rowsJson(head: Record<string, unknown>, key: string, rows: readonly unknown[]): string {
  const fields = Object.entries(head).map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v)},`).join('')
  return `{${fields}${JSON.stringify(key)}:[\n${rows.map((r) => JSON.stringify(r)).join(',\n')}\n]}\n`
}

/**
 * Every generated file with its exact text, derived from the source dataset.
 * @param read reads a source file (path relative to the project root) as text
 * @returns path relative to the project root → file text
 */
export function generatedFiles(read: (path: string) => string = (p) => readFileSync(p, 'utf8')): Record<string, string> {
  const regions: unknown = JSON.parse(read('src/data/regions.json'))
  const national: unknown = JSON.parse(read('src/data/national.json'))
  const guides: unknown = JSON.parse(read('src/data/guides.json'))
  const regionIndex = regionIndexFile(regions)
  return {
    'src/data/generated/regions-lean.json': `${JSON.stringify(leanRegions(regions))}\n`,
    'src/data/generated/summary.json': `${JSON.stringify(datasetSummary(regions, national), null, 2)}\n`,
    'src/data/generated/guide-index.json': rowsJson({}, 'guides', guideIndexFile(guides).guides),
    'src/data/generated/region-index.json': rowsJson({ checkedAt: regionIndex.checkedAt }, 'regions', regionIndex.regions),
  }
}

if (require.main === module) {
  for (const [path, text] of Object.entries(generatedFiles())) {
    let old: string | null = null
    try {
      old = readFileSync(path, 'utf8')
    } catch {
      // a new file
    }
    if (old === text) {
      console.log(`unchanged ${path}`)
    } else {
      writeFileSync(path, text)
      console.log(`wrote     ${path}`)
    }
  }
}
