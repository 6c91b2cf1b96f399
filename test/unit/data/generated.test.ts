import { readFileSync } from 'node:fs'
import { leanRegions } from '@/domain/policy/lean-regions'
import { leanRegions as shipped } from '@/data/lean'
import { regions } from '@/data/index'

const source = JSON.parse(readFileSync('src/data/regions.json', 'utf8'))

test('the generated lean dataset is up to date (run `npx tsx scripts/gen-data.ts` after editing regions.json)', () => {
  expect(JSON.parse(readFileSync('src/data/generated/regions-lean.json', 'utf8'))).toEqual(leanRegions(source))
})

test('the lean dataset keeps every figure and every source record, dropping only notes and alternatives', () => {
  expect(shipped.map((r) => r.id)).toEqual(regions.map((r) => r.id))
  const strip = (x: unknown): unknown =>
    Array.isArray(x) ? x.map(strip) : typeof x === 'object' && x !== null
      ? Object.fromEntries(Object.entries(x).filter(([k]) => k !== 'note' && k !== 'alternatives').map(([k, v]) => [k, strip(v)]))
      : x
  expect(strip(shipped)).toEqual(strip(regions))
  const beijing = shipped.find((r) => r.id === 'beijing')!
  expect(beijing.employee.inpatient.provenance.document).toBe(regions[0].employee.inpatient.provenance.document)
  expect(beijing.employee.inpatient.provenance.note).toBeUndefined()
})

test('leanRegions removes provenance notes but keeps notes that are data', () => {
  const input = { a: { document: 'd', checkedAt: '2026-01-01', reviewIntervalDays: 60, confidence: 'official', note: 'long' }, b: { kind: 'absent', note: '无' }, alternatives: [1] }
  expect(leanRegions(input)).toEqual({ a: { document: 'd', checkedAt: '2026-01-01', reviewIntervalDays: 60, confidence: 'official' }, b: { kind: 'absent', note: '无' } })
})

test('the generated summary (数据说明) matches the dataset', () => {
  const { datasetSummary } = require('@/domain/policy/dataset-summary') as typeof import('@/domain/policy/dataset-summary')
  const national = JSON.parse(readFileSync('src/data/national.json', 'utf8'))
  expect(JSON.parse(readFileSync('src/data/generated/summary.json', 'utf8'))).toEqual(datasetSummary(source, national))
})
