// Regenerates src/data/generated/*.json from the source dataset. Run after editing src/data/regions.json:
//   npx tsx scripts/gen-data.ts
// test/unit/data/generated.test.ts fails when the generated files are out of date.
import { readFileSync, writeFileSync } from 'node:fs'
import { leanRegions } from '@/domain/lean-regions'

const regions = JSON.parse(readFileSync('src/data/regions.json', 'utf8'))
writeFileSync('src/data/generated/regions-lean.json', `${JSON.stringify(leanRegions(regions))}\n`)
console.log('wrote src/data/generated/regions-lean.json')
