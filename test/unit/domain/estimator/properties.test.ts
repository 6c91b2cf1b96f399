import fc from 'fast-check'
import { estimate } from '@/domain/estimator/estimate'
import { validateRequest } from '@/domain/estimator/validate'
import { classBPreSelfPay } from '@/domain/estimator/policy-range'
import type { EstimateResult, LineParty } from '@/domain/estimator/types'
import { fenArb, requestArb } from './arbitraries'

const runs = { numRuns: 10000 }
/** Plain checks inside properties: jest's expect is too slow for 10,000 runs × many lines. */
function check(ok: boolean, what: string): void {
  if (!ok) throw new Error(what)
}
const sum = (r: EstimateResult, party: LineParty) => r.lines.filter((l) => l.party === party).reduce((s, l) => s + l.amount, 0)

describe('estimate properties (10,000 random valid requests each)', () => {
  it('generated requests are valid', () => {
    fc.assert(fc.property(requestArb, (req) => validateRequest(req).length === 0), { numRuns: 1000 })
  })

  it('parts are non-negative integers that sum to the bill; fund never exceeds the policy range', () => {
    fc.assert(fc.property(requestArb, (req) => {
      const r = estimate(req)
      for (const v of [r.fund, r.critical, r.personal, r.effectiveRatio]) check(Number.isInteger(v) && v >= 0, `not a non-negative integer: ${v}`)
      check(r.fund + r.critical + r.personal === req.total, 'parts do not sum to the total')
      check(r.fund <= req.total - req.selfPay - classBPreSelfPay(req.classB, req.plan.classBSelfPayRatio), 'fund above the policy range')
      check(r.effectiveRatio <= 10000, 'effective ratio above 100%')
    }), runs)
  })

  it('lines add up by party to fund, critical and personal, with unique ASCII keys', () => {
    fc.assert(fc.property(requestArb, (req) => {
      const r = estimate(req)
      check(sum(r, 'fund') === r.fund, 'fund lines')
      check(sum(r, 'critical') === r.critical, 'critical lines')
      check(sum(r, 'personal') === r.personal, 'personal lines')
      const keys = r.lines.map((l) => l.key)
      check(new Set(keys).size === keys.length, 'duplicate keys')
      for (const l of r.lines) {
        check(/^[a-z0-9-]+$/.test(l.key), `key ${l.key}`)
        check(Number.isInteger(l.amount) && (l.amount >= 0 || l.key === 'critical-offset'), `amount of ${l.key}`)
        check(!/NaN|undefined|null|Infinity/.test(l.detail + l.label), `text of ${l.key}`)
      }
    }), runs)
  })

  it('a bigger bill (same 全自费 and 乙类) never lowers what the person pays', () => {
    fc.assert(fc.property(requestArb, fenArb(), (req, more) => {
      const bigger = { ...req, total: req.total + more }
      check(estimate(bigger).personal >= estimate(req).personal, 'personal went down')
    }), runs)
  })

  it('treated locally gives the same result as filed long-term elsewhere', () => {
    fc.assert(fc.property(requestArb, fc.constantFrom('province', 'national') as fc.Arbitrary<'province' | 'national'>, (req, location) => {
      const filed = JSON.stringify(estimate({ ...req, location, filing: 'long-term' }))
      check(filed === JSON.stringify(estimate({ ...req, location: 'local' })), 'long-term filing differs from local')
    }), runs)
  })
})
