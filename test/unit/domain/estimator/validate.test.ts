import { validateBill, validateRequest } from '@/domain/estimator/validate'
import { validatePlan, validateSegments } from '@/domain/estimator/validate-plan'
import { validateInputs, isTreatmentDate } from '@/domain/estimate/validate-inputs'
import { messages } from '@/domain/errors'
import type { EstimateInputs, Plan } from '@/domain/estimator/types'
import { beijing, bill, yuan } from './fixtures'

describe('validateRequest', () => {
  it('accepts a well-formed request', () => {
    expect(validateRequest(bill(beijing, yuan(50000), { selfPay: yuan(100), classB: yuan(200) }))).toEqual([])
  })
  it('names the field and says what is wrong, in Chinese', () => {
    expect(validateRequest(bill(beijing, yuan(100), { selfPay: yuan(200) }))).toEqual([{ field: 'selfPay', message: '全自费金额不能大于总费用' }])
    expect(validateRequest(bill(beijing, yuan(100), { selfPay: yuan(60), classB: yuan(60) }))).toEqual([{ field: 'classB', message: messages.classBOverRest }])
    expect(validateBill({ ...bill(beijing, NaN), ytd: { fundPaid: -1 } })).toEqual([
      { field: 'total', message: messages.amountFormat },
      { field: 'ytd.fundPaid', message: messages.amountFormat },
    ])
    const odd = { ...bill(beijing, 100), location: 'moon', filing: 'x' } as unknown as Parameters<typeof validateRequest>[0]
    expect(validateRequest(odd).map((e) => e.field)).toEqual(['location', 'filing'])
    expect(validateRequest({ ...bill(beijing, 100), total: 1.5 })[0].field).toBe('total')
  })
})

describe('validatePlan', () => {
  it('accepts the fixtures', () => {
    expect(validatePlan(beijing)).toEqual([])
  })
  it('checks segment tables', () => {
    expect(validateSegments([], 'plan.segments')).toEqual([{ field: 'plan.segments', message: messages.segmentsEmpty }])
    expect(validateSegments([{ upTo: 100, ratio: 8500 }], 's')).toEqual([{ field: 's[0].upTo', message: messages.segmentsOpenEnd }])
    expect(validateSegments([{ upTo: null, ratio: 8500 }, { upTo: null, ratio: 9000 }], 's')).toEqual([{ field: 's[0].upTo', message: messages.segmentsOpenEnd }])
    expect(validateSegments([{ upTo: 200, ratio: 1 }, { upTo: 100, ratio: 1 }, { upTo: null, ratio: 10001 }], 's')).toEqual([
      { field: 's[1].upTo', message: messages.segmentsOrder },
      { field: 's[2].ratio', message: messages.ratioFormat },
    ])
  })
  it('checks every figure, with the given prefix', () => {
    const bad = {
      ...beijing, deductible: -1, deductibleMode: 'weekly', annualCap: 0.5, classBSelfPayRatio: 2,
      remote: { mode: 'x', referral: 1, emergency: 1, temporary: -1, none: 1 },
      critical: { threshold: 1, segments: [], cap: -5 },
    } as unknown as Plan
    expect(validatePlan(bad, 'policy').map((e) => e.field)).toEqual([
      'policy.deductible', 'policy.deductibleMode', 'policy.annualCap', 'policy.remote.mode', 'policy.remote.temporary',
      'policy.critical.segments', 'policy.critical.cap',
    ])
    expect(validatePlan({ ...beijing, remote: undefined } as unknown as Plan).map((e) => e.field)).toEqual(['plan.remote'])
  })
})

describe('validateInputs', () => {
  const inputs: EstimateInputs = {
    region: 'nanchang', scheme: 'employee', status: 'working', visit: 'inpatient', level: 3, admission: 1,
    location: 'local', filing: 'none', total: 100, selfPay: 0, classB: 0,
    ytd: { deductiblePaid: 0, fundPaid: 0, compliantSelfPaid: 0, criticalPaid: 0 }, date: '2026-11-22', policy: null,
  }
  it('needs a region or a policy and checks the profile fields', () => {
    expect(validateInputs(inputs)).toEqual([])
    expect(validateInputs({ ...inputs, region: null })).toEqual([{ field: 'region', message: messages.regionOrPolicy }])
    expect(validateInputs({ ...inputs, region: '南昌' })[0].field).toBe('region')
    expect(validateInputs({ ...inputs, region: 'Some_Region' })).toEqual([{ field: 'region', message: messages.regionFormat }])
    expect(validateInputs({ ...inputs, admission: 0, date: '2026-02-30' }).map((e) => e.field)).toEqual(['admission', 'date'])
  })
  it('knows real calendar dates', () => {
    expect(isTreatmentDate('2028-02-29')).toBe(true)
    expect(isTreatmentDate('2027-02-29')).toBe(false)
    expect(isTreatmentDate('2026-13-01')).toBe(false)
    expect(isTreatmentDate(20261122)).toBe(false)
  })
})
