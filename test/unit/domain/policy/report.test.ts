import regionsJson from '@/data/regions.json'
import nationalJson from '@/data/national.json'
import { buildDataReport, countVerification, regionVerification } from '@/domain/policy/report'
import { missingParameters } from '@/domain/policy/missing-parameters'
import { collectFigures } from '@/domain/policy/figures'
import type { RegionPolicy, RegionsFile } from '@/data/types'
import type { NationalRules } from '@/data/national-types'

const regions = regionsJson as unknown as RegionsFile
const national = nationalJson as unknown as NationalRules
const data = { regions, national }

describe('buildDataReport on the bundled dataset', () => {
  const report = buildDataReport(data, '2026-11-22')

  it('counts regions and figures, all with a provenance', () => {
    expect(report.regions).toBe(14)
    expect(report.figures.total).toBe(report.figures.regional + report.figures.national)
    expect(report.withProvenance).toEqual({ count: report.figures.total, percent: 100 })
    const sum = Object.values(report.byConfidence).reduce((a, b) => a + b, 0)
    expect(sum).toBe(report.figures.total)
  })

  it('finds no region missing a parameter', () => {
    expect(report.regionsMissingParameters).toEqual([])
  })

  it('has nothing overdue on the check date, and everything overdue a year later', () => {
    expect(report.overdue.count).toBe(0)
    const later = buildDataReport(data, '2027-11-22')
    expect(later.overdue.count).toBe(later.figures.total)
    expect(later.overdue.figures[0]).toEqual({ path: expect.stringMatching(/^regions\[0\]/), document: expect.any(String), dueDate: '2027-01-21' })
  })

  it('overdues third-party figures (60 days) before official ones (90 days)', () => {
    const r = buildDataReport(data, '2027-01-22')
    expect(r.overdue.count).toBeGreaterThan(0)
    expect(r.overdue.count).toBeLessThan(r.figures.total)
    expect(r.overdue.figures.every((f) => f.dueDate !== null && f.dueDate < '2027-01-22')).toBe(true)
  })

  it('summarises 已核实 / 待核实 per region, adding up to each region\'s figures', () => {
    expect(report.regionSummary).toHaveLength(14)
    for (const s of report.regionSummary) expect(s.verified + s.unverified).toBe(s.total)
    const bj = report.regionSummary.find((s) => s.id === 'beijing')
    expect(bj).toMatchObject({ name: '北京', verified: 0 })
    expect(report.nationalSummary.verified).toBeGreaterThan(0)
  })
})

describe('report helpers', () => {
  it('counts official and official-quoted as verified, the rest and missing provenance as unverified', () => {
    const p = (confidence: 'official' | 'official-quoted' | 'recalled') => ({ document: 'd', checkedAt: '2026-01-01', reviewIntervalDays: 60, confidence })
    const figures = [
      { path: 'a', value: 1, provenance: p('official') },
      { path: 'b', value: 1, provenance: p('official-quoted') },
      { path: 'c', value: 1, provenance: p('recalled') },
      { path: 'd', value: 1, provenance: null },
    ]
    expect(countVerification(figures)).toEqual({ total: 4, verified: 2, unverified: 2 })
  })

  it('regionVerification counts the same figures collectFigures finds', () => {
    const nc = regions.regions.find((r) => r.id === 'nanchang') as RegionPolicy
    expect(regionVerification(nc).total).toBe(collectFigures(nc).length)
  })

  it('missingParameters names what a damaged region lacks', () => {
    const r = structuredClone(regions.regions[0]) as unknown as Record<string, Record<string, unknown>>
    delete (r.employee.inpatient as Record<string, Record<string, unknown>>).deductible.working
    r.employee.outpatient = { available: false, note: '无' }
    delete r.resident.critical
    delete (r.remote.national as Record<string, unknown>).none
    delete r.familyPooling.national
    expect(missingParameters(r as unknown as RegionPolicy)).toEqual([
      'employee.inpatient.deductible.working.1', 'employee.inpatient.deductible.working.2', 'employee.inpatient.deductible.working.3',
      'employee.outpatient', 'resident.critical', 'remote.national.none', 'familyPooling.national',
    ])
  })
})
