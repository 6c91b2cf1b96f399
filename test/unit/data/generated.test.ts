import { readFileSync } from 'node:fs'
import { generatedFiles } from '@scripts/gen-data'
import { leanRegions } from '@/domain/policy/lean-regions'
import { guideIndexEntries } from '@/domain/guide/index-entries'
import { regionEntries } from '@/domain/policy/region-entries'
import { leanRegions as shipped } from '@/data/lean'
import { regions, datasetCheckedAt } from '@/data/index'
import { GUIDE_INDEX } from '@/data/guide-index'
import { REGION_INDEX, DATASET_CHECKED_AT } from '@/data/region-index'
import guidesJson from '@/data/guides.json'
import regionsJson from '@/data/regions.json'

const files = generatedFiles()

test('the generator writes the four files of src/data/generated', () => {
  expect(Object.keys(files).sort()).toEqual([
    'src/data/generated/guide-index.json',
    'src/data/generated/region-index.json',
    'src/data/generated/regions-lean.json',
    'src/data/generated/summary.json',
  ])
})

test.each(Object.keys(files))('%s is up to date (run `npx tsx scripts/gen-data.ts` after editing the dataset)', (path) => {
  expect(readFileSync(path, 'utf8')).toBe(files[path])
})

test('the loaders read the generated indexes back into the entries the dataset gives', () => {
  expect(GUIDE_INDEX).toEqual(guideIndexEntries(guidesJson))
  expect(REGION_INDEX).toEqual(regionEntries(regionsJson))
  expect(DATASET_CHECKED_AT).toBe(datasetCheckedAt)
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
