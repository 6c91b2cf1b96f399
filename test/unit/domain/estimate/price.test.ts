import { CANNOT_PRICE, priceEstimate } from '@/domain/estimate/price'
import { findRegion } from '@/data/index'
import { messages } from '@/domain/errors'
import { beijingInputs, customPlan } from '@test/unit/domain/estimate/fixtures'

test('北京 三级 in-patient: the worked example, with a source for every figure it used', () => {
  const p = priceEstimate(beijingInputs(), findRegion)
  if (!p.ok) throw new Error(p.reason)
  // range 50,000 − 2,000 − 10% × 10,000 = 47,000; fund 85% × 28,700 + 90% × 10,000 + 95% × 7,000 = 40,045
  expect(p.result).toMatchObject({ fund: 4_004_500, critical: 0, personal: 995_500 })
  expect(p.figures!.deductible.length).toBeGreaterThan(0)
  expect(p.figures!.segments.length).toBeGreaterThan(0)
})

test('custom parameters price without the dataset and carry no figures', () => {
  const p = priceEstimate(beijingInputs({ region: null, policy: customPlan }), () => {
    throw new Error('the dataset must not be read')
  })
  expect(p.ok && p.figures).toBeNull()
  expect(p.ok && p.result.fund + p.result.critical + p.result.personal).toBe(5_000_000)
})

test('an unknown region and an unpriceable case come back as reasons, never as throws', () => {
  expect(priceEstimate(beijingInputs({ region: 'atlantis' }), findRegion)).toEqual({ ok: false, kind: 'unknown-region', reason: messages.regionUnknown })
  const out = priceEstimate(beijingInputs({ scheme: 'resident', visit: 'outpatient' }), findRegion)
  expect(out).toMatchObject({ ok: false, kind: 'unavailable' })
  expect(!out.ok && out.reason).toMatch(/^北京：/)
  const bad = priceEstimate(beijingInputs({ region: null, policy: { ...customPlan, segments: [] } }), findRegion)
  expect(bad).toEqual({ ok: false, kind: 'unavailable', reason: CANNOT_PRICE })
})
