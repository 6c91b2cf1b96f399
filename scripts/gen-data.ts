// Regenerates src/data/generated/*.json from the source dataset. Run after editing src/data/regions.json or
// national.json:   npx tsx scripts/gen-data.ts
// test/unit/data/generated.test.ts fails when the generated files are out of date.
import { readFileSync, writeFileSync } from 'node:fs'
import { leanRegions } from '@/domain/policy/lean-regions'
import { datasetSummary } from '@/domain/policy/dataset-summary'

const regions = JSON.parse(readFileSync('src/data/regions.json', 'utf8'))
const national = JSON.parse(readFileSync('src/data/national.json', 'utf8'))
writeFileSync('src/data/generated/regions-lean.json', `${JSON.stringify(leanRegions(regions))}\n`)
writeFileSync('src/data/generated/summary.json', `${JSON.stringify(datasetSummary(regions, national), null, 2)}\n`)
console.log('wrote src/data/generated/regions-lean.json and summary.json')
