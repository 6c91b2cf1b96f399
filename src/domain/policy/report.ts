import { CONFIDENCES, type Confidence } from '@/domain/vocab'
import type { RegionPolicy, RegionsFile } from '@/data/types'
import type { NationalRules } from '@/data/national-types'
import { collectFigures, type Figure } from '@/domain/policy/figures'
import { isVerified, reviewDueDate, reviewStatus } from '@/domain/policy/review'
import { missingParameters } from '@/domain/policy/missing-parameters'

/** 已核实 vs 待核实 counts of a set of figures. */
export interface VerificationCount {
  total: number
  /** official or official-quoted */
  verified: number
  unverified: number
}

/** One region's counts, for the data pages. */
export interface RegionVerification extends VerificationCount {
  id: string
  name: string
}

/** A figure past its review date. */
export interface OverdueFigure {
  path: string
  document: string
  dueDate: string | null
}

/** What scripts/data-report.ts prints. */
export interface DataReport {
  today: string
  datasetCheckedAt: string
  regions: number
  figures: { total: number; regional: number; national: number }
  byConfidence: Record<Confidence, number>
  withProvenance: { count: number; percent: number }
  overdue: { count: number; figures: OverdueFigure[] }
  regionsMissingParameters: { id: string; missing: string[] }[]
  regionSummary: RegionVerification[]
  nationalSummary: VerificationCount
}

/**
 * Count verified (已核实) and unverified (待核实) figures; a figure without provenance is unverified.
 * @param figures figures from collectFigures
 */
export function countVerification(figures: readonly Figure[]): VerificationCount {
  const verified = figures.filter((f) => f.provenance !== null && isVerified(f.provenance)).length
  return { total: figures.length, verified, unverified: figures.length - verified }
}

/**
 * A region's 已核实 / 待核实 counts, for the data pages.
 * @param region the region's policy
 */
export function regionVerification(region: RegionPolicy): RegionVerification {
  return { id: region.id, name: region.name, ...countVerification(collectFigures(region)) }
}

/**
 * Build the dataset report: counts of regions and figures, figures per confidence, coverage by a
 * provenance (must be 100%), figures past review against `today`, regions missing a parameter.
 * @param data the regions file and the national rules
 * @param today ISO date, injected
 */
export function buildDataReport(data: { regions: RegionsFile; national: NationalRules }, today: string): DataReport {
  const regional = collectFigures(data.regions.regions, 'regions')
  const nationalFigures = collectFigures(data.national, 'national')
  const all = [...regional, ...nationalFigures]
  const byConfidence = Object.fromEntries(CONFIDENCES.map((c) => [c, 0])) as Record<Confidence, number>
  const overdue: OverdueFigure[] = []
  let withProvenance = 0
  for (const f of all) {
    if (f.provenance === null) continue
    withProvenance++
    byConfidence[f.provenance.confidence]++
    if (reviewStatus(f.provenance, today) === 'overdue') {
      overdue.push({ path: f.path, document: f.provenance.document, dueDate: reviewDueDate(f.provenance) })
    }
  }
  return {
    today,
    datasetCheckedAt: data.regions.checkedAt,
    regions: data.regions.regions.length,
    figures: { total: all.length, regional: regional.length, national: nationalFigures.length },
    byConfidence,
    withProvenance: { count: withProvenance, percent: all.length === 0 ? 100 : Math.floor((withProvenance * 1000) / all.length) / 10 },
    overdue: { count: overdue.length, figures: overdue },
    regionsMissingParameters: data.regions.regions
      .map((r) => ({ id: r.id, missing: missingParameters(r) }))
      .filter((r) => r.missing.length > 0),
    regionSummary: data.regions.regions.map(regionVerification),
    nationalSummary: countVerification(nationalFigures),
  }
}
