import fc from 'fast-check'
import { decodeEstimateInputs, encodeEstimateInputs } from '@/domain/estimate/codec'
import { messages } from '@/domain/errors'
import type { EstimateInputs } from '@/domain/estimator/types'
import { inputsArb } from '@test/unit/domain/estimator/arbitraries'
import { beijing } from '@test/unit/domain/estimator/fixtures'

const URL_SAFE = /^[A-Za-z0-9._~-]+$/
const inputs: EstimateInputs = {
  region: 'nanchang', scheme: 'employee', status: 'working', visit: 'inpatient', level: 3, admission: 1,
  location: 'national', filing: 'none', total: 5_000_000, selfPay: 0, classB: 100_000,
  ytd: { deductiblePaid: 0, fundPaid: 0, compliantSelfPaid: 0, criticalPaid: 0 }, date: null, policy: null,
}

describe('estimate share codec', () => {
  it('encodes to a short versioned ASCII code and back', () => {
    const code = encodeEstimateInputs(inputs)
    expect(code).toMatch(/^1\.nanchang\.ewi3nn\.1\.2z60w\.0\.255s\.0~0~0~0\.\.\.[0-9a-z]{7}$/)
    expect(decodeEstimateInputs(code)).toEqual({ ok: true, value: inputs })
  })
  it('carries a custom policy and a date', () => {
    const withPolicy = { ...inputs, region: null, date: '2026-11-22', policy: { ...beijing, critical: { threshold: 1_700_000, segments: [{ upTo: null, ratio: 6000 }], cap: null } } }
    const code = encodeEstimateInputs(withPolicy)
    expect(code).toMatch(URL_SAFE)
    expect(decodeEstimateInputs(code)).toEqual({ ok: true, value: withPolicy })
  })
  it('decode(encode(x)) deep-equals x for 10,000 random inputs, always URL-safe', () => {
    fc.assert(fc.property(inputsArb, (x) => {
      const code = encodeEstimateInputs(x)
      if (!URL_SAFE.test(code)) throw new Error(`not URL-safe: ${code}`)
      expect(decodeEstimateInputs(code)).toEqual({ ok: true, value: x })
    }), { numRuns: 10000 })
  })
  it('rejects other versions, damaged codes and non-strings', () => {
    const code = encodeEstimateInputs(inputs)
    expect(decodeEstimateInputs(`2${code.slice(1)}`)).toEqual({ ok: false, error: messages.codeVersion })
    expect(decodeEstimateInputs(code.replace('2z60w', '2zji9'))).toEqual({ ok: false, error: messages.codeDamaged })
    expect(decodeEstimateInputs(code.slice(0, -1))).toEqual({ ok: false, error: messages.codeDamaged })
    expect(decodeEstimateInputs(undefined)).toEqual({ ok: false, error: messages.codeDamaged })
    expect(decodeEstimateInputs('x'.repeat(5000))).toEqual({ ok: false, error: messages.codeDamaged })
  })
  it('rejects a well-formed code whose values are invalid (全自费 above the total)', () => {
    const code = encodeEstimateInputs({ ...inputs, selfPay: 6_000_000 })
    expect(decodeEstimateInputs(code)).toEqual({ ok: false, error: messages.codeInvalid })
  })
  it('detects any single-character change, insertion or deletion', () => {
    const alphabet = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._~-'
    const mutation = fc.record({
      kind: fc.constantFrom('replace', 'insert', 'delete'), at: fc.nat(), ch: fc.constantFrom(...alphabet),
    })
    fc.assert(fc.property(inputsArb, mutation, (x, m) => {
      const code = encodeEstimateInputs(x)
      const i = m.at % code.length
      const mutated = m.kind === 'delete' ? code.slice(0, i) + code.slice(i + 1)
        : m.kind === 'insert' ? code.slice(0, i) + m.ch + code.slice(i) : code.slice(0, i) + m.ch + code.slice(i + 1)
      fc.pre(mutated !== code)
      const r = decodeEstimateInputs(mutated)
      if (r.ok) throw new Error(`accepted tampered code ${mutated}`)
      if (!r.error) throw new Error('empty error')
    }), { numRuns: 3000 })
  })
  it('never throws on arbitrary input', () => {
    fc.assert(fc.property(fc.oneof(fc.anything(), fc.string(), fc.string().map((s) => `1.${s}`)), (x) => {
      const r = decodeEstimateInputs(x)
      if (r.ok) expect(Number.isInteger(r.value.total)).toBe(true)
      else expect(r.error.length).toBeGreaterThan(0)
    }), { numRuns: 3000 })
  })
})
