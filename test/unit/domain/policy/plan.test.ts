import fc from 'fast-check'
import { planUnavailableReason, resolvePlan, type PlanQuery } from '@/domain/policy/plan'
import { validatePlan } from '@/domain/estimator/validate-plan'
import { estimate } from '@/domain/estimator/estimate'
import { findRegion, regions } from '@/data/index'
import type { RegionPolicy } from '@/data/types'
import type { HospitalLevel } from '@/domain/vocab'

const region = (id: string): RegionPolicy => findRegion(id)!
const q = (over: Partial<PlanQuery> = {}): PlanQuery => ({
  scheme: 'employee', status: 'working', visit: 'inpatient', level: 3, admission: 1, location: 'local', filing: 'none', ...over,
})
const docs = (ps: { document: string }[]) => ps.map((x) => x.document)

describe('resolvePlan: 北京', () => {
  it('builds the 在职 三级 first-admission plan with its segments and sources', () => {
    const { plan, figures } = resolvePlan(region('beijing'), q())
    expect(plan).toEqual({
      deductible: 130000, deductibleMode: 'per-admission',
      segments: [{ upTo: 3000000, ratio: 8500 }, { upTo: 4000000, ratio: 9000 }, { upTo: null, ratio: 9500 }],
      annualCap: 50000000, classBSelfPayRatio: 1000, remote: null, critical: null,
    })
    expect(docs(figures.segments)).toEqual([expect.stringContaining('S16')])
    expect(figures.classBSelfPayRatio[0].confidence).toBe('unconfirmed')
    expect(figures.remote).toEqual([])
    expect(figures.critical).toEqual([])
  })

  it('uses the retiree segments, marked as derived (unconfirmed)', () => {
    const { plan, figures } = resolvePlan(region('beijing'), q({ status: 'retired' }))
    expect(plan.segments.map((s) => s.ratio)).toEqual([9000, 9500, 10000])
    expect(figures.segments.map((x) => x.confidence)).toEqual(['unconfirmed'])
  })

  it('uses the fixed 650元 deductible from the second admission on', () => {
    expect(resolvePlan(region('beijing'), q({ admission: 2, level: 1 })).plan.deductible).toBe(65000)
    expect(resolvePlan(region('beijing'), q({ admission: 5 })).plan.deductible).toBe(65000)
  })

  it('applies the national 跨省 ceiling in points, sourced as recalled', () => {
    const { plan, figures } = resolvePlan(region('beijing'), q({ location: 'national', filing: 'temporary' }))
    expect(plan.remote).toEqual({ mode: 'points', referral: 1000, emergency: 1000, temporary: 2000, none: 2000 })
    expect(figures.remote.map((x) => x.confidence)).toEqual(['recalled'])
  })

  it('gives the resident 大病保险 layer for inpatient visits only', () => {
    const inpatient = resolvePlan(region('beijing'), q({ scheme: 'resident', level: 2 }))
    expect(inpatient.plan.critical).toEqual({ threshold: 3040400, segments: [{ upTo: 5000000, ratio: 6000 }, { upTo: null, ratio: 7000 }], cap: null })
    expect(inpatient.plan.segments).toEqual([{ upTo: null, ratio: 7500 }])
    expect(inpatient.figures.critical[0].docNumber).toBe('京医保发〔2024〕12号')
  })

  it('refuses resident outpatient, which has no source, with a Chinese reason', () => {
    const query = q({ scheme: 'resident', visit: 'outpatient' })
    expect(planUnavailableReason(region('beijing'), query)).toMatch(/^北京：未找到/)
    expect(() => resolvePlan(region('beijing'), query)).toThrow(/居民医保普通门诊/)
    expect(planUnavailableReason(region('beijing'), q())).toBeNull()
  })

  it('marks the unknown later-admission rule of residents as a placeholder', () => {
    const { plan, figures } = resolvePlan(region('beijing'), q({ scheme: 'resident', admission: 2, level: 1 }))
    expect(plan.deductible).toBe(30000)
    expect(figures.deductible.map((x) => x.confidence)).toEqual(['third-party', 'unconfirmed'])
  })
})

describe('resolvePlan: later admissions', () => {
  it('halves the 深圳 deductible from the second stay', () => {
    expect(resolvePlan(region('shenzhen'), q({ level: 1 })).plan.deductible).toBe(20000)
    expect(resolvePlan(region('shenzhen'), q({ level: 1, admission: 2 })).plan.deductible).toBe(10000)
  })

  it('lowers the 唐山 deductible by 100元 per later stay, never below 0', () => {
    expect([1, 2, 3].map((n) => resolvePlan(region('tangshan'), q({ admission: n })).plan.deductible)).toEqual([90000, 80000, 70000])
    expect(resolvePlan(region('tangshan'), q({ level: 1, admission: 9 })).plan.deductible).toBe(0)
    expect(resolvePlan(region('tangshan'), q({ admission: 0 })).plan.deductible).toBe(90000)
  })

  it('never raises the deductible as admissions grow', () => {
    fc.assert(fc.property(
      fc.constantFrom(...regions.map((r) => r.id)), fc.constantFrom<HospitalLevel>(1, 2, 3),
      fc.constantFrom('working' as const, 'retired' as const), fc.integer({ min: 1, max: 30 }),
      (id, level, status, n) => {
        const at = (k: number) => resolvePlan(region(id), q({ level, status, admission: k })).plan.deductible
        expect(at(n + 1)).toBeLessThanOrEqual(at(n))
        expect(at(n + 1)).toBeGreaterThanOrEqual(0)
      },
    ))
  })
})

describe('resolvePlan: retirees, outpatient and 异地 modes', () => {
  it('uses 石家庄 retiree deductible (−100元) and caps 98%+3 at 100%', () => {
    const { plan, figures } = resolvePlan(region('shijiazhuang'), q({ status: 'retired', level: 1 }))
    expect(plan.deductible).toBe(0)
    expect(plan.segments).toEqual([{ upTo: null, ratio: 10000 }])
    expect(figures.segments[0].note).toContain('按100%记')
  })

  it('builds 杭州 职工 outpatient with an annual deductible, no cap and no 大病 layer', () => {
    const { plan } = resolvePlan(region('hangzhou'), q({ visit: 'outpatient', status: 'retired', level: 2, admission: 3 }))
    expect(plan).toMatchObject({ deductible: 20000, deductibleMode: 'annual', annualCap: null, critical: null })
    expect(plan.segments).toEqual([{ upTo: null, ratio: 8600 }])
  })

  it('uses status caps for 南昌 outpatient and its sourced 乙类 ratio', () => {
    const working = resolvePlan(region('nanchang'), q({ visit: 'outpatient', level: 1 }))
    const retired = resolvePlan(region('nanchang'), q({ visit: 'outpatient', level: 1, status: 'retired' }))
    expect([working.plan.annualCap, retired.plan.annualCap]).toEqual([200000, 300000])
    expect(working.figures.classBSelfPayRatio[0].confidence).toBe('third-party')
  })

  it('uses 南昌 pre-self-pay for 跨省 and no cut for 省内', () => {
    const national = resolvePlan(region('nanchang'), q({ location: 'national', filing: 'referral' }))
    expect(national.plan.remote).toEqual({ mode: 'pre-self-pay', referral: 1000, emergency: 1000, temporary: 2000, none: 2000 })
    expect(national.figures.remote[0].document).toContain('明白卡')
    const province = resolvePlan(region('nanchang'), q({ location: 'province', filing: 'none' }))
    expect(province.plan.remote).toMatchObject({ mode: 'pre-self-pay', none: 0 })
  })

  it('keeps the remote table for long-term filers but cites no cut', () => {
    const { plan, figures } = resolvePlan(region('nanchang'), q({ location: 'national', filing: 'long-term' }))
    expect(plan.remote?.mode).toBe('pre-self-pay')
    expect(figures.remote).toEqual([])
  })

  it('gives the 南昌 resident 大病 layer and no layer for an above-cap 大额 scheme', () => {
    expect(resolvePlan(region('nanchang'), q({ scheme: 'resident' })).plan.critical)
      .toEqual({ threshold: 1700000, segments: [{ upTo: null, ratio: 6000 }], cap: 30000000 })
    expect(resolvePlan(region('zhengzhou'), q()).plan.critical).toBeNull()
  })

  it('returns copies: changing a plan does not change the dataset', () => {
    const a = resolvePlan(region('hangzhou'), q())
    a.plan.segments[0].ratio = 1
    expect(resolvePlan(region('hangzhou'), q()).plan.segments[0].ratio).toBe(8400)
  })
})

describe('every resolvable case of the bundled dataset', () => {
  it('gives a plan the estimator accepts, with a provenance for each figure it uses', () => {
    fc.assert(fc.property(
      fc.constantFrom(...regions.map((r) => r.id)),
      fc.record({
        scheme: fc.constantFrom('employee' as const, 'resident' as const),
        status: fc.constantFrom('working' as const, 'retired' as const),
        visit: fc.constantFrom('inpatient' as const, 'outpatient' as const),
        level: fc.constantFrom<HospitalLevel>(1, 2, 3),
        admission: fc.integer({ min: 1, max: 5 }),
        location: fc.constantFrom('local' as const, 'province' as const, 'national' as const),
        filing: fc.constantFrom('long-term' as const, 'referral' as const, 'emergency' as const, 'temporary' as const, 'none' as const),
      }),
      fc.integer({ min: 0, max: 50_000_000 }),
      (id, query, total) => {
        if (planUnavailableReason(region(id), query) !== null) return
        const { plan, figures } = resolvePlan(region(id), query)
        expect(validatePlan(plan)).toEqual([])
        for (const key of ['deductible', 'segments', 'annualCap', 'classBSelfPayRatio'] as const) expect(figures[key].length).toBeGreaterThan(0)
        expect(figures.critical.length > 0).toBe(plan.critical !== null)
        const r = estimate({ plan, location: query.location, filing: query.filing, total, selfPay: 0, classB: 0 })
        expect(r.fund + r.critical + r.personal).toBe(total)
      },
    ), { numRuns: 300 })
  })
})
