import fc from 'fast-check'
import { decodeCheckerInputs, encodeCheckerInputs } from '@/domain/family/eligibility-codec'
import { PURPOSES, type CheckerInputs } from '@/domain/family/checker'
import { messages } from '@/domain/errors'
import { MEMBER_SCHEMES, RELATIONS } from '@/domain/vocab'

const REGIONS = ['beijing', 'nanchang', 'shijiazhuang', 'other']
const sample: CheckerInputs = {
  payerRegion: 'beijing', payerScheme: 'employee', hasAccount: true, relation: 'father',
  beneficiaryRegion: 'other', sameProvince: false, beneficiaryScheme: 'resident', purpose: 'medical-bill',
}
const arbInputs: fc.Arbitrary<CheckerInputs> = fc.record({
  payerRegion: fc.stringMatching(/^[a-z0-9-]{1,40}$/),
  payerScheme: fc.constantFrom(...MEMBER_SCHEMES),
  hasAccount: fc.boolean(),
  relation: fc.constantFrom(...RELATIONS),
  beneficiaryRegion: fc.stringMatching(/^[a-z0-9-]{1,40}$/),
  sameProvince: fc.constantFrom(null, true, false),
  beneficiaryScheme: fc.constantFrom(...MEMBER_SCHEMES),
  purpose: fc.constantFrom(...PURPOSES),
})

test('encodes to a short ASCII code that names no one and carries its version', () => {
  const code = encodeCheckerInputs(sample)
  expect(code).toMatch(/^f1\.beijing\.[a-z]{6}\.other\.[0-9a-z]{7}$/)
  expect(decodeCheckerInputs(code, REGIONS)).toEqual({ ok: true, value: sample })
})

test('decode(encode(x)) equals x for every answer set, and codes fit the route charset', () => {
  fc.assert(
    fc.property(arbInputs, (inputs) => {
      const code = encodeCheckerInputs(inputs)
      expect(code).toMatch(/^[A-Za-z0-9._~-]+$/)
      expect(decodeCheckerInputs(code)).toEqual({ ok: true, value: inputs })
    }),
  )
})

test('refuses other versions, damaged and edited codes with a Chinese error', () => {
  const code = encodeCheckerInputs(sample)
  expect(decodeCheckerInputs(code.replace(/^f1/, 'f2'))).toEqual({ ok: false, error: messages.codeVersion })
  expect(decodeCheckerInputs(code.replace('beijing', 'shanghai'))).toEqual({ ok: false, error: messages.codeDamaged })
  expect(decodeCheckerInputs(code.slice(0, -1))).toEqual({ ok: false, error: messages.codeDamaged })
  expect(decodeCheckerInputs(`${code}.x`)).toEqual({ ok: false, error: messages.codeDamaged })
  expect(decodeCheckerInputs('')).toEqual({ ok: false, error: messages.codeVersion })
})

/** A code with a correct checksum around a hand-written body: FNV-1a in base 36, as the codec computes it. */
function forged(body: string): string {
  let h = 0x811c9dc5
  for (let i = 0; i < body.length; i++) h = Math.imul(h ^ body.charCodeAt(i), 0x01000193)
  return `${body}.${(h >>> 0).toString(36).padStart(7, '0')}`
}

test('refuses intact codes whose letters or regions are unknown', () => {
  expect(forged('f1.beijing.eyfrxh.other')).toBe(encodeCheckerInputs({ ...sample, sameProvince: null }))
  expect(decodeCheckerInputs(forged('f1.beijing.eyfrxz.other'))).toEqual({ ok: false, error: messages.codeInvalid })
  expect(decodeCheckerInputs(forged('f1.beijing.eyfrx.other'))).toEqual({ ok: false, error: messages.codeInvalid })
  expect(decodeCheckerInputs(forged('f1.Beijing.eyfrxh.other'))).toEqual({ ok: false, error: messages.codeInvalid })
  expect(decodeCheckerInputs(forged('f1.atlantis.eyfrxh.other'), REGIONS)).toEqual({ ok: false, error: messages.codeInvalid })
  expect(decodeCheckerInputs(forged('f1.atlantis.eyfrxh.other'))).toMatchObject({ ok: true })
})

test('never throws on any input, and whatever it accepts re-encodes to the same code', () => {
  const anything = fc.oneof(fc.string(), fc.fullUnicodeString(), fc.anything(), fc.constant(undefined), fc.constant(null))
  fc.assert(
    fc.property(anything, (value) => {
      const r = decodeCheckerInputs(value, REGIONS)
      if (r.ok) expect(encodeCheckerInputs(r.value)).toBe(value)
      else expect(r.error).toMatch(/[\u4e00-\u9fff]/)
    }),
  )
})

test('any single-character edit of a valid code is refused or decodes to a code equal to itself', () => {
  fc.assert(
    fc.property(arbInputs, fc.nat(), fc.char(), (inputs, at, ch) => {
      const code = encodeCheckerInputs(inputs)
      const i = at % code.length
      const edited = code.slice(0, i) + ch + code.slice(i + 1)
      const r = decodeCheckerInputs(edited)
      if (edited === code) expect(r).toEqual({ ok: true, value: inputs })
      else if (r.ok) expect(encodeCheckerInputs(r.value)).toBe(edited)
    }),
    { numRuns: 500 },
  )
})

test('refuses codes longer than any real one', () => {
  expect(decodeCheckerInputs(`f1.${'a'.repeat(300)}`)).toEqual({ ok: false, error: messages.codeDamaged })
})
