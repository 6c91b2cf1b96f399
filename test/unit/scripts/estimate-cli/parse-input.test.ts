import fc from 'fast-check'
import { parseCliInput, parseCliText } from '@scripts/estimate-cli/parse-input'
import { toRequest } from '@/domain/estimator/request'
import { estimate } from '@/domain/estimator/estimate'
import { toCliOutput } from '@scripts/estimate-cli/output'
import { fullYtd } from '@/domain/estimator/breakdown'
import { messages } from '@/domain/errors'
import { toYuanString } from '@/domain/money/format'
import type { Segment } from '@/domain/vocab'
import type { EstimateRequest, Plan } from '@/domain/estimator/types'
import { requestArb } from '@test/unit/domain/estimator/arbitraries'

const beijingJson = {
  deductible: 1300, deductibleMode: 'per-admission',
  segments: [{ upTo: 30000, ratio: 0.85 }, { upTo: '40000', ratio: '0.9' }, { upTo: null, ratio: 0.95 }],
  annualCap: null, classBSelfPayRatio: 0.1,
}
const valid = { location: 'local', total: 50000, policy: beijingJson }

/** The CLI JSON for a request, with amounts and ratios written as numbers or strings. */
function toCliJson(req: EstimateRequest, asString: boolean): Record<string, unknown> {
  const money = (fen: number) => (asString ? toYuanString(fen) : fen / 100)
  const ratio = (bp: number) => (asString ? String(bp / 10000) : bp / 10000)
  const segs = (s: Segment[]) => s.map((x) => ({ upTo: x.upTo === null ? null : money(x.upTo), ratio: ratio(x.ratio) }))
  const p: Plan = req.plan
  const y = fullYtd(req.ytd)
  return {
    location: req.location, filing: req.filing, total: money(req.total), selfPay: money(req.selfPay), classB: money(req.classB),
    ytd: { deductiblePaid: money(y.deductiblePaid), fundPaid: money(y.fundPaid), compliantSelfPaid: money(y.compliantSelfPaid), criticalPaid: money(y.criticalPaid) },
    policy: {
      deductible: money(p.deductible), deductibleMode: p.deductibleMode, segments: segs(p.segments),
      annualCap: p.annualCap === null ? null : money(p.annualCap), classBSelfPayRatio: ratio(p.classBSelfPayRatio),
      remote: p.remote && { mode: p.remote.mode, referral: ratio(p.remote.referral), emergency: ratio(p.remote.emergency), temporary: ratio(p.remote.temporary), none: ratio(p.remote.none) },
      critical: p.critical && { threshold: money(p.critical.threshold), segments: segs(p.critical.segments), cap: p.critical.cap === null ? null : money(p.critical.cap) },
    },
  }
}

describe('parseCliInput', () => {
  it('reads a custom policy with defaults for the profile fields', () => {
    const r = parseCliInput(valid)
    expect(r.ok && r.value).toMatchObject({
      region: null, scheme: 'employee', level: 3, admission: 1, location: 'local', filing: 'none', total: 5_000_000, selfPay: 0,
      policy: { deductible: 130_000, segments: [{ upTo: 3_000_000, ratio: 8500 }, { upTo: 4_000_000, ratio: 9000 }, { upTo: null, ratio: 9500 }] },
    })
    if (!r.ok) throw new Error('parse failed')
    expect(estimate(toRequest(r.value, r.value.policy!)).fund).toBe(4_289_500)
    expect(toCliOutput(estimate(toRequest(r.value, r.value.policy!)))).toMatchObject({ fund: '42895.00', personal: '7105.00', effectiveRatio: 0.8579 })
  })
  it('reads a region input with all profile fields', () => {
    const r = parseCliInput({
      region: 'nanchang', scheme: 'resident', status: 'retired', visit: 'inpatient', level: '2', admission: 2,
      location: 'national', filing: 'referral', total: '12000.50', selfPay: '0', classB: 100, ytd: { fundPaid: 10 }, date: '2026-11-22',
    })
    expect(r).toEqual({ ok: true, value: expect.objectContaining({ region: 'nanchang', level: 2, admission: 2, total: 1_200_050, policy: null, date: '2026-11-22', ytd: { deductiblePaid: 0, fundPaid: 1000, compliantSelfPaid: 0, criticalPaid: 0 } }) })
  })
  it.each([
    [{ ...valid, selfPay: 60000 }, 'selfPay', messages.selfPayOverTotal],
    [{ ...valid, total: '12.345' }, 'total', messages.amountFormat],
    [{ ...valid, total: '1e5' }, 'total', messages.amountFormat],
    [{ ...valid, total: -1 }, 'total', messages.amountFormat],
    [{ ...valid, total: '' }, 'total', messages.amountMissing],
    [{ location: 'local', policy: beijingJson }, 'total', messages.amountMissing],
    [{ ...valid, selfpay: 1 }, 'selfpay', messages.unknownField],
    [{ ...valid, location: 'mars' }, 'location', `${messages.invalidChoice}，可选：local / province / national`],
    [{ ...valid, location: 'national' }, 'filing', messages.required],
    [{ location: 'local', total: 1 }, 'region', messages.regionOrPolicy],
    [{ ...valid, policy: undefined, region: 'x' }, 'scheme', messages.required],
    [{ ...valid, level: 4 }, 'level', `${messages.invalidChoice}，可选：1 / 2 / 3`],
    [{ ...valid, admission: 0 }, 'admission', `${messages.integerFormat}（不超过 99）`],
    [{ ...valid, date: '2026-02-30' }, 'date', messages.dateFormat],
    [{ ...valid, ytd: { fundPaid: 'x' } }, 'ytd.fundPaid', messages.amountFormat],
    [{ ...valid, policy: { ...beijingJson, classBSelfPayRatio: 0.12345 } }, 'policy.classBSelfPayRatio', messages.ratioFormat],
    [{ ...valid, policy: { ...beijingJson, segments: [] } }, 'policy.segments', messages.segmentsEmpty],
    [{ ...valid, policy: { ...beijingJson, segments: [{ upTo: 100, ratio: 0.5 }, { upTo: 50, ratio: 0.5 }, { ratio: 1 }] } }, 'policy.segments[1].upTo', messages.segmentsOrder],
    [{ ...valid, policy: { ...beijingJson, annualCap: undefined } }, 'policy.annualCap', messages.amountMissing],
    [{ ...valid, policy: { ...beijingJson, remote: { mode: 'points', referral: 0.1 } } }, 'policy.remote.emergency', messages.required],
    [{ ...valid, policy: { ...beijingJson, critical: { threshold: 17000, segments: [{ ratio: 0.6 }] } } }, 'policy.critical.cap', messages.amountMissing],
    [[], 'input', messages.notAnObject],
  ])('rejects bad input %#', (input, field, message) => {
    expect(parseCliInput(input)).toEqual({ ok: false, error: { field, message } })
  })
  it('rejects text that is not JSON', () => {
    expect(parseCliText('{total: 1')).toEqual({ ok: false, error: { field: 'input', message: messages.jsonInvalid } })
  })

  it('agrees with the library for the same input (10,000 runs)', () => {
    fc.assert(fc.property(requestArb, fc.boolean(), (req, asString) => {
      const parsed = parseCliInput(JSON.parse(JSON.stringify(toCliJson(req, asString))))
      if (!parsed.ok) throw new Error(`${parsed.error.field}: ${parsed.error.message}`)
      const viaCli = estimate(toRequest(parsed.value, parsed.value.policy!))
      const direct = estimate(req)
      if (JSON.stringify(viaCli) !== JSON.stringify(direct)) throw new Error('CLI and library disagree')
      const out = toCliOutput(viaCli)
      if (out.fund !== toYuanString(direct.fund) || out.personal !== toYuanString(direct.personal)) throw new Error('output')
    }), { numRuns: 10000 })
  })

  it('never throws on arbitrary or mutated input and always explains an error', () => {
    const base = toCliJson(fc.sample(requestArb, { numRuns: 1, seed: 7 })[0], false)
    const keys = [...Object.keys(base), 'region', 'scheme', 'level', 'admission', 'date']
    const mutated = fc.tuple(fc.constantFrom(...keys), fc.anything()).map(([k, v]) => ({ ...base, [k]: v }))
    const policyMutated = fc.tuple(fc.constantFrom(...Object.keys(base.policy as object), 'remote', 'critical'), fc.anything())
      .map(([k, v]) => ({ ...base, policy: { ...(base.policy as object), [k]: v } }))
    fc.assert(fc.property(fc.oneof(fc.anything(), fc.jsonValue(), mutated, policyMutated), (input) => {
      const r = parseCliInput(input)
      if (r.ok) {
        const req = toRequest(r.value, r.value.policy ?? (base.policy as never))
        for (const v of [req.total, req.selfPay, req.classB]) if (!Number.isInteger(v)) throw new Error('NaN amount')
      } else if (!r.error.field || !r.error.message) throw new Error('empty error')
    }), { numRuns: 5000 })
    fc.assert(fc.property(fc.string(), (text) => {
      const r = parseCliText(text)
      if (!r.ok && !r.error.message) throw new Error('empty error')
    }), { numRuns: 2000 })
  })
})
