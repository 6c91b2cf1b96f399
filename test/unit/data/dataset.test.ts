import regionsJson from '@/data/regions.json'
import nationalJson from '@/data/national.json'
import { validateDataset } from '@/data/schema'
import { collectFigures } from '@/domain/policy/figures'
import { datasetCheckedAt, findRegion, regions } from '@/data/index'
import { national } from '@/data/national-rules'
import type { Provenance } from '@/domain/vocab'

const REQUIRED = [
  'beijing', 'shanghai', 'guangzhou', 'shenzhen', 'hangzhou', 'chengdu', 'chongqing',
  'zhengzhou', 'shijiazhuang', 'tangshan', 'yinchuan', 'xining', 'lincang', 'nanchang',
]

function allProvenances(root: unknown): Provenance[] {
  const out: Provenance[] = []
  const visit = (v: unknown, key: string) => {
    if (Array.isArray(v)) v.forEach((x) => visit(x, key))
    else if (typeof v === 'object' && v !== null) {
      if (key === 'provenance' || (typeof (v as Provenance).confidence === 'string' && 'checkedAt' in v)) out.push(v as Provenance)
      else Object.entries(v).forEach(([k, x]) => visit(x, k))
    }
  }
  visit(root, '')
  return out
}

describe('bundled dataset', () => {
  it('passes validateDataset with no errors', () => {
    expect(validateDataset({ regions: regionsJson, national: nationalJson })).toEqual([])
  })

  it('has the 14 required regions with unique ASCII ids, names and both schemes', () => {
    expect(regions.map((r) => r.id)).toEqual(REQUIRED)
    for (const r of regions) {
      expect(r.id).toMatch(/^[a-z]+$/)
      expect(r.provinceId).toMatch(/^[a-z]+$/)
      expect(r.name).not.toBe('')
      expect(r.employee.inpatient.segments.working['3'].length).toBeGreaterThan(0)
      expect(r.resident.inpatient.segments.working['3'].length).toBeGreaterThan(0)
    }
  })

  it('gives every figure a provenance with document, checkedAt, reviewIntervalDays and confidence', () => {
    const figures = [...collectFigures(regionsJson, 'regions'), ...collectFigures(nationalJson, 'national')]
    expect(figures.length).toBeGreaterThan(700)
    for (const f of figures) {
      expect(f.provenance).not.toBeNull()
      expect(f.provenance?.document).toEqual(expect.any(String))
      expect(f.provenance?.checkedAt).toMatch(/^\d{4}-\d{2}-\d{2}$/)
      expect(f.provenance?.reviewIntervalDays).toBeGreaterThan(0)
    }
  })

  it('keeps datasetCheckedAt equal to the latest checkedAt of any figure', () => {
    const latest = allProvenances({ regionsJson, nationalJson }).map((p) => p.checkedAt).sort().pop()
    expect(datasetCheckedAt).toBe(latest)
  })

  it('marks every S9 figure as third-party with the unverified note, and never gives it a URL', () => {
    const s9 = allProvenances(regionsJson).filter((p) => p.document.includes('S9'))
    expect(s9.length).toBeGreaterThan(50)
    for (const p of s9) {
      expect(p.confidence).toBe('third-party')
      expect(p.note).toContain('来源为第三方汇编，未与官方原文核对')
      expect(p.url).toBeUndefined()
      if (p.docNumber) expect(p.note).toContain('文号据第三方汇编，未核实')
    }
  })

  it('marks placeholders as unconfirmed and says they are placeholders', () => {
    const placeholders = allProvenances({ regionsJson, nationalJson }).filter((p) => p.note?.startsWith('占位值'))
    expect(placeholders.length).toBeGreaterThan(20)
    for (const p of placeholders) expect(p.confidence).toBe('unconfirmed')
  })

  it('keeps both sides of known conflicts, with a reason for the choice', () => {
    const bj = findRegion('beijing')!.resident.inpatient
    expect(bj.segments.working['2'][0].ratio).toBe(7500)
    expect(bj.alternatives).toContainEqual(expect.objectContaining({ path: 'segments.working.2[0].ratio', value: 7800 }))
    const ts = findRegion('tangshan')!.employee.inpatient
    expect(ts.deductible.working['3']).toBe(90000)
    expect(ts.alternatives).toContainEqual(expect.objectContaining({ path: 'deductible.working.3', value: 110000, reason: expect.any(String) }))
    const wait = national.residentContribution.waitingPeriod
    expect(wait.fixedMonths).toBe(3)
    expect(wait.alternatives).toContainEqual(expect.objectContaining({ value: 2, appliesTo: 'jiangsu' }))
  })

  it('uses the national 10/20-point ceiling, marked recalled, where a city has no 跨省 rule of its own', () => {
    for (const r of regions.filter((x) => x.id !== 'nanchang')) {
      const n = r.remote.national
      expect([n.mode, n.referral, n.emergency, n.temporary, n.none]).toEqual(['points', 1000, 1000, 2000, 2000])
      expect(n.provenance.confidence).toBe('recalled')
      expect(n.provenance.note).toContain('不是本市自有规则')
    }
    const nc = findRegion('nanchang')!.remote
    expect([nc.national.mode, nc.national.temporary, nc.province.temporary]).toEqual(['pre-self-pay', 2000, 0])
  })

  it('states resident outpatient as absent explicitly where no source gives it', () => {
    for (const r of regions) {
      const out = r.resident.outpatient
      if (r.id === 'nanchang') expect(out.available).toBe(true)
      else expect(out).toEqual({ available: false, note: expect.stringContaining('未找到') })
      expect(r.employee.outpatient.available).toBe(true)
    }
  })

  it('labels 居民 contribution standards by 待遇年度', () => {
    const s = national.residentContribution.standards.find((x) => x.benefitYear === 2025)
    expect(s).toMatchObject({ standardYear: 2024, individualMin: 40000, subsidyMin: 67000 })
    expect(s?.provenance.confidence).toBe('official-quoted')
  })

  it('maps each 备案 type to the estimator filing status', () => {
    const byId = Object.fromEntries(national.remoteCare.filingTypes.map((f) => [f.id, f.filingStatus]))
    expect(byId).toEqual({
      'retiree-resettled': 'long-term', 'long-term-resident': 'long-term', 'posted-worker': 'long-term',
      referral: 'referral', emergency: 'emergency', 'temporary-other': 'temporary',
    })
  })

  it('finds regions by id and returns undefined for unknown ids', () => {
    expect(findRegion('xining')?.name).toBe('西宁')
    expect(findRegion('atlantis')).toBeUndefined()
  })
})
