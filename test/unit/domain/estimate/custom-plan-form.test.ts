import fc from 'fast-check'
import { addSegmentRow, draftToPlan, EMPTY_CUSTOM_DRAFT, planToDraft, removeSegmentRow, samePlan, type CustomPlanDraft } from '@/domain/estimate/custom-plan-form'
import { messages } from '@/domain/errors'
import { customPlan } from '@test/unit/domain/estimate/fixtures'
import { PERCENT_FORMAT } from '@/domain/money/parse'

const filled: CustomPlanDraft = {
  ...EMPTY_CUSTOM_DRAFT,
  deductible: '1000', deductibleMode: 'annual', segments: [{ upTo: '50000', ratio: '80' }, { upTo: '', ratio: '90' }],
  annualCap: '300000', classBRatio: '10', remoteMode: 'points', remote: { referral: '10', emergency: '10', temporary: '20', none: '20' },
  criticalOn: true, criticalThreshold: '20000', criticalSegments: [{ upTo: '', ratio: '60' }], criticalCap: '',
}

test('a filled form becomes the plan (yuan → fen, percent → bp, empty caps → none)', () => {
  expect(draftToPlan(filled)).toEqual({ ok: true, plan: customPlan })
  expect(planToDraft(customPlan)).toEqual(filled)
})

test('empty optional fields: no cap, 乙类 0, no 异地 rule, no 大病', () => {
  const r = draftToPlan({ ...EMPTY_CUSTOM_DRAFT, deductible: '800', segments: [{ upTo: '', ratio: '85' }] })
  expect(r).toEqual({ ok: true, plan: { deductible: 80000, deductibleMode: 'per-admission', segments: [{ upTo: null, ratio: 8500 }], annualCap: null, classBSelfPayRatio: 0, remote: null, critical: null } })
})

test('field errors are keyed by the plan path and in Chinese', () => {
  const r = draftToPlan({ ...filled, deductible: '', segments: [{ upTo: 'x', ratio: '120' }, { upTo: '', ratio: '90' }], remote: { ...filled.remote, none: '' } })
  expect(r).toEqual({ ok: false, errors: { deductible: messages.amountMissing, 'segments[0].upTo': messages.amountFormat, 'segments[0].ratio': PERCENT_FORMAT, 'remote.none': PERCENT_FORMAT } })
  const order = draftToPlan({ ...filled, segments: [{ upTo: '50000', ratio: '80' }, { upTo: '40000', ratio: '85' }, { upTo: '', ratio: '90' }] })
  expect(order).toEqual({ ok: false, errors: { 'segments[1].upTo': messages.segmentsOrder } })
  const critical = draftToPlan({ ...filled, criticalThreshold: '', criticalSegments: [{ upTo: '', ratio: '' }] })
  expect(critical).toEqual({ ok: false, errors: { 'critical.threshold': messages.amountMissing, 'critical.segments[0].ratio': PERCENT_FORMAT } })
})

test('rows are added before the open last row and the table keeps at least one row', () => {
  const rows = addSegmentRow([{ upTo: '', ratio: '90' }])
  expect(rows).toEqual([{ upTo: '', ratio: '' }, { upTo: '', ratio: '90' }])
  expect(removeSegmentRow(rows, 0)).toEqual([{ upTo: '', ratio: '90' }])
  expect(removeSegmentRow([{ upTo: '', ratio: '90' }], 0)).toEqual([{ upTo: '', ratio: '90' }])
  expect(addSegmentRow([])).toEqual([{ upTo: '', ratio: '' }])
})

test('property: planToDraft then draftToPlan gives the same plan', () => {
  const bp = fc.integer({ min: 0, max: 10000 })
  const bounds = fc.uniqueArray(fc.integer({ min: 1, max: 1_000_000_000 }), { maxLength: 4 }).map((a) => a.sort((x, y) => x - y))
  const segs = fc.tuple(bounds, fc.array(bp, { minLength: 5, maxLength: 5 })).map(([b, r]) => [...b.map((upTo, i) => ({ upTo, ratio: r[i] })), { upTo: null, ratio: r[4] }])
  const plan = fc.record({
    deductible: fc.integer({ min: 0, max: 1_000_000_000 }), deductibleMode: fc.constantFrom('annual' as const, 'per-admission' as const),
    segments: segs, annualCap: fc.option(fc.integer({ min: 0, max: 1_000_000_000 })), classBSelfPayRatio: bp,
    remote: fc.option(fc.record({ mode: fc.constantFrom('points' as const, 'pre-self-pay' as const, 'times' as const), referral: bp, emergency: bp, temporary: bp, none: bp })),
    critical: fc.option(fc.record({ threshold: fc.integer({ min: 0, max: 1_000_000_000 }), segments: segs, cap: fc.option(fc.integer({ min: 0, max: 1_000_000_000 })) })),
  })
  fc.assert(fc.property(plan, (p) => {
    const back = draftToPlan(planToDraft(p))
    expect(back).toEqual({ ok: true, plan: p })
    expect(back.ok && samePlan(back.plan, p)).toBe(true)
  }))
})
