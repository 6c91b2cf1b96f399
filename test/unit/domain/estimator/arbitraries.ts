import fc from 'fast-check'
import type { Bp, FilingStatus, Location, Segment } from '@/domain/vocab'
import type { CriticalPlan, EstimateInputs, EstimateRequest, Plan, RemoteAdjustment, Ytd } from '@/domain/estimator/types'
import { MAX_FEN } from '@/domain/money/parse'

/** Ratios, biased towards common round values. */
export const ratioArb: fc.Arbitrary<Bp> = fc.oneof(
  fc.integer({ min: 0, max: 10000 }),
  fc.constantFrom(0, 1000, 2000, 5000, 6000, 8000, 8500, 9000, 9500, 10000),
)

/** Amounts: mostly up to 10万元, sometimes up to the 1 亿元 limit. */
export const fenArb = (max = 10_000_000): fc.Arbitrary<number> =>
  fc.oneof({ weight: 4, arbitrary: fc.integer({ min: 0, max }) }, { weight: 1, arbitrary: fc.integer({ min: 0, max: MAX_FEN }) })

/** Valid segment tables: 1–4 segments, increasing bounds, the last open. */
export const segmentsArb: fc.Arbitrary<Segment[]> = fc
  .tuple(fc.array(fc.record({ width: fc.integer({ min: 1, max: 5_000_000 }), ratio: ratioArb }), { maxLength: 3 }), ratioArb)
  .map(([closed, last]) => {
    let upTo = 0
    const segs: Segment[] = closed.map((c) => ({ upTo: (upTo += c.width), ratio: c.ratio }))
    return [...segs, { upTo: null, ratio: last }]
  })

const remoteArb: fc.Arbitrary<RemoteAdjustment> = fc.record({
  mode: fc.constantFrom('points', 'pre-self-pay', 'times'),
  referral: ratioArb, emergency: ratioArb, temporary: ratioArb, none: ratioArb,
})

const criticalArb: fc.Arbitrary<CriticalPlan> = fc.record({
  threshold: fenArb(3_000_000), segments: segmentsArb, cap: fc.option(fenArb(50_000_000), { nil: null }),
})

/** Valid plans. */
export const planArb: fc.Arbitrary<Plan> = fc.record({
  deductible: fenArb(300_000),
  deductibleMode: fc.constantFrom('per-admission', 'annual'),
  segments: segmentsArb,
  annualCap: fc.option(fenArb(50_000_000), { nil: null }),
  classBSelfPayRatio: ratioArb,
  remote: fc.option(remoteArb, { nil: null }),
  critical: fc.option(criticalArb, { nil: null }),
})

/** Full year-to-date figures. */
export const ytdArb: fc.Arbitrary<Ytd> = fc.record({
  deductiblePaid: fenArb(300_000), fundPaid: fenArb(60_000_000), compliantSelfPaid: fenArb(5_000_000), criticalPaid: fenArb(50_000_000),
})

/** Bill amounts with S + B ≤ T. */
export const amountsArb = fc
  .tuple(fenArb(), fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: 1000 }))
  .map(([total, a, b]) => {
    const selfPay = Math.min(total, Math.floor((total / 1000) * a))
    const classB = Math.min(total - selfPay, Math.floor(((total - selfPay) / 1000) * b))
    return { total, selfPay, classB }
  })

export const locationArb: fc.Arbitrary<Location> = fc.constantFrom('local', 'province', 'national')
export const filingArb: fc.Arbitrary<FilingStatus> = fc.constantFrom('long-term', 'referral', 'emergency', 'temporary', 'none')

/** Valid estimate requests (ytd sometimes partial or absent). */
export const requestArb: fc.Arbitrary<EstimateRequest> = fc
  .tuple(planArb, amountsArb, locationArb, filingArb, fc.option(fc.record({
    deductiblePaid: fenArb(300_000), fundPaid: fenArb(60_000_000), compliantSelfPaid: fenArb(5_000_000), criticalPaid: fenArb(50_000_000),
  }, { requiredKeys: [] }), { nil: undefined }))
  .map(([plan, amounts, location, filing, ytd]) => ({ plan, location, filing, ...amounts, ...(ytd ? { ytd } : {}) }))

/** Valid form inputs (what share links and the CLI carry). */
export const inputsArb: fc.Arbitrary<EstimateInputs> = fc
  .record({
    region: fc.option(fc.stringMatching(/^[a-z0-9-]{1,20}$/), { nil: null }),
    scheme: fc.constantFrom('employee', 'resident'),
    status: fc.constantFrom('working', 'retired'),
    visit: fc.constantFrom('inpatient', 'outpatient'),
    level: fc.constantFrom(1, 2, 3),
    admission: fc.integer({ min: 1, max: 99 }),
    location: locationArb,
    filing: filingArb,
    amounts: amountsArb,
    ytd: ytdArb,
    date: fc.option(fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)), { nil: null }),
    policy: fc.option(planArb, { nil: null }),
  })
  .filter((i) => i.region !== null || i.policy !== null)
  .map(({ amounts, ...rest }) => ({ ...rest, ...amounts }) as EstimateInputs)
