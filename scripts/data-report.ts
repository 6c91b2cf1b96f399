/**
 * `npx tsx scripts/data-report.ts [--today YYYY-MM-DD]`: print one JSON object describing the bundled
 * policy dataset (see src/domain/policy/report.ts). Exits 1 when validateDataset finds errors, when a figure
 * lacks a provenance or a region misses a parameter; 2 on a bad --today.
 */
import regionsJson from '@/data/regions.json'
import nationalJson from '@/data/national.json'
import type { RegionsFile } from '@/data/types'
import type { NationalRules } from '@/data/national-types'
import { validateDataset } from '@/data/schema'
import { buildDataReport } from '@/domain/policy/report'
import { isIsoDate } from '@/domain/vocab'

function localToday(): string {
  const d = new Date()
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`
}

function parseToday(argv: string[]): string | null {
  const i = argv.indexOf('--today')
  if (i === -1) return localToday()
  const v = argv[i + 1] ?? ''
  return isIsoDate(v) ? v : null
}

const today = parseToday(process.argv.slice(2))
if (today === null) {
  console.error('用法：npx tsx scripts/data-report.ts [--today YYYY-MM-DD]（日期须为有效的 YYYY-MM-DD）')
  process.exit(2)
}
const errors = validateDataset({ regions: regionsJson, national: nationalJson })
if (errors.length > 0) {
  console.log(JSON.stringify({ today, valid: false, errors }, null, 2))
  process.exit(1)
}
const report = buildDataReport({ regions: regionsJson as unknown as RegionsFile, national: nationalJson as unknown as NationalRules }, today)
console.log(JSON.stringify({ valid: true, ...report }, null, 2))
const complete = report.withProvenance.count === report.figures.total && report.regionsMissingParameters.length === 0
process.exit(complete ? 0 : 1)
