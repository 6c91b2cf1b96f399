import fc from 'fast-check'
import { draftToInputs, FORM_MESSAGES } from '@/domain/estimate/form'
import { draftFromInputs, effectiveChoices, EMPTY_ESTIMATE_DRAFT, type EstimateDraft } from '@/domain/estimate/draft'
import { messages } from '@/domain/errors'
import { beijingInputs, customPlan } from '@test/unit/domain/estimate/fixtures'

const profile = { regionId: 'beijing', scheme: 'employee' as const, status: 'working' as const }
const draft = (over: Partial<EstimateDraft> = {}): EstimateDraft => ({ ...EMPTY_ESTIMATE_DRAFT, level: 3, total: '50000', selfPay: '2000', classB: '10000', ...over })

test('an untouched form takes region, scheme and status from the profile', () => {
  expect(effectiveChoices(EMPTY_ESTIMATE_DRAFT, profile)).toEqual({ region: 'beijing', scheme: 'employee', status: 'working' })
  expect(effectiveChoices({ ...EMPTY_ESTIMATE_DRAFT, region: 'nanchang' }, profile).region).toBe('nanchang')
  expect(draftToInputs(draft(), profile, null)).toEqual({ ok: true, inputs: beijingInputs() })
})

test('every missing choice and bad amount gets its own Chinese message', () => {
  const r = draftToInputs({ ...EMPTY_ESTIMATE_DRAFT, location: 'national', total: 'abc', selfPay: '1.234' }, { regionId: null, scheme: 'employee', status: null }, null)
  expect(r).toEqual({
    ok: false,
    errors: {
      region: FORM_MESSAGES.region, status: FORM_MESSAGES.status, level: FORM_MESSAGES.level, filing: FORM_MESSAGES.filing,
      total: messages.amountFormat, selfPay: messages.amountFormat,
    },
  })
  expect(draftToInputs(draft({ total: '' }), profile, null)).toEqual({ ok: false, errors: { total: messages.amountMissing } })
  expect(draftToInputs(draft({ ytd: { ...EMPTY_ESTIMATE_DRAFT.ytd, fundPaid: '-1' } }), profile, null)).toEqual({ ok: false, errors: { 'ytd.fundPaid': messages.amountFormat } })
})

test('全自费 over 总费用 and 乙类 over the rest are field errors from validateInputs', () => {
  expect(draftToInputs(draft({ total: '1000', selfPay: '2000', classB: '' }), profile, null)).toEqual({ ok: false, errors: { selfPay: messages.selfPayOverTotal } })
  expect(draftToInputs(draft({ total: '1000', selfPay: '500', classB: '600' }), profile, null)).toEqual({ ok: false, errors: { classB: messages.classBOverRest } })
})

test('居民医保 needs no status; local treatment needs no filing; outpatient counts as the first visit', () => {
  const r = draftToInputs(draft({ scheme: 'resident', visit: 'outpatient', admission: 2 }), { regionId: 'beijing', scheme: null, status: null }, null)
  expect(r.ok && r.inputs).toMatchObject({ scheme: 'resident', status: 'working', visit: 'outpatient', admission: 1, filing: 'none' })
})

test('其他地区 needs the custom parameters, and the custom switch needs saved parameters', () => {
  expect(draftToInputs(draft({ region: 'other' }), profile, null)).toEqual({ ok: false, errors: { region: FORM_MESSAGES.regionOther } })
  expect(draftToInputs(draft({ region: 'other', useCustom: true }), profile, null)).toEqual({ ok: false, errors: { custom: FORM_MESSAGES.customMissing } })
  const r = draftToInputs(draft({ region: 'other', useCustom: true }), profile, customPlan)
  expect(r.ok && r.inputs).toMatchObject({ region: null, policy: customPlan })
  const broken = draftToInputs(draft({ useCustom: true }), profile, { ...customPlan, segments: [] })
  expect(broken).toEqual({ ok: false, errors: { custom: FORM_MESSAGES.customInvalid } })
})

test('property: a form rebuilt from valid inputs gives the same inputs back', () => {
  const fen = fc.integer({ min: 0, max: 1_000_000_000 })
  const arb = fc.record({
    region: fc.constantFrom('beijing', 'nanchang', null), scheme: fc.constantFrom('employee' as const, 'resident' as const),
    status: fc.constantFrom('working' as const, 'retired' as const), visit: fc.constantFrom('inpatient' as const, 'outpatient' as const),
    level: fc.constantFrom(1 as const, 2 as const, 3 as const), admission: fc.integer({ min: 1, max: 99 }),
    location: fc.constantFrom('local' as const, 'province' as const, 'national' as const),
    filing: fc.constantFrom('long-term' as const, 'referral' as const, 'emergency' as const, 'temporary' as const, 'none' as const),
    total: fen, a: fen, b: fen, y: fc.tuple(fen, fen, fen, fen),
  })
  fc.assert(fc.property(arb, (x) => {
    const selfPay = x.a % (x.total + 1)
    const classB = x.b % (x.total - selfPay + 1)
    const inputs = beijingInputs({
      region: x.region, scheme: x.scheme, status: x.scheme === 'resident' ? 'working' : x.status, visit: x.visit, level: x.level,
      admission: x.visit === 'inpatient' ? x.admission : 1, location: x.location, filing: x.location === 'local' ? 'none' : x.filing,
      total: x.total, selfPay, classB, policy: x.region === null ? customPlan : null,
      ytd: { deductiblePaid: x.y[0], fundPaid: x.y[1], compliantSelfPaid: x.y[2], criticalPaid: x.y[3] },
    })
    const back = draftToInputs(draftFromInputs(inputs), { regionId: null, scheme: null, status: null }, inputs.policy)
    expect(back).toEqual({ ok: true, inputs })
  }))
})
