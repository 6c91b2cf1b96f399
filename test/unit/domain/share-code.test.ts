import { decodeEstimateInputs, encodeEstimateInputs } from '@/domain/estimate/codec'
import { decodeCheckerInputs, encodeCheckerInputs } from '@/domain/family/eligibility-codec'
import { b36, checksum, CodeError, readB36 } from '@/domain/share-code'

// Codes written by the app before the layout move (commit 7c85f0d): links already sent must keep decoding.
const SENT = {
  estimate: '1.nanchang.ewi3nn.1.2z60w.0.255s.0~0~0~0...13qkdvr',
  custom: '1..rro2pt.2.2z60w.0.255s.2s~ffk~2bc~5.20261122.2sb4~a~1satc_6k4-_6y0~tro8w~rs~p_dw_0_rs_1jk~10fq8~_4mo~.0zztm94',
  checker: 'f1.beijing.eymrdp.other.0h8v0bz',
}

describe('share-code', () => {
  it('writes and reads canonical base 36 only', () => {
    expect(b36(1300)).toBe('104')
    expect(readB36('104')).toBe(1300)
    expect(() => readB36('0104')).toThrow(CodeError)
    expect(() => readB36('1A')).toThrow(CodeError)
    expect(() => readB36(undefined)).toThrow(CodeError)
  })
  it('checksums with FNV-1a as 7 base-36 digits', () => {
    expect(checksum('')).toBe('0ztntfp') // the FNV-1a offset basis 0x811c9dc5, padded
    expect(checksum('f1.beijing.eymrdp.other')).toBe('0h8v0bz')
  })
  it('decodes links sent before the move and re-encodes them to the same text', () => {
    const e = decodeEstimateInputs(SENT.estimate)
    expect(e).toMatchObject({ ok: true, value: { region: 'nanchang', location: 'national', filing: 'none', total: 5_000_000, classB: 100_000 } })
    if (e.ok) expect(encodeEstimateInputs(e.value)).toBe(SENT.estimate)
    const c = decodeEstimateInputs(SENT.custom)
    expect(c).toMatchObject({ ok: true, value: { region: null, scheme: 'resident', status: 'retired', visit: 'outpatient', level: 2, filing: 'temporary', date: '2026-11-22' } })
    if (c.ok) {
      expect(c.value.policy?.remote).toEqual({ mode: 'points', referral: 500, emergency: 0, temporary: 1000, none: 2000 })
      expect(encodeEstimateInputs(c.value)).toBe(SENT.custom)
    }
    const f = decodeCheckerInputs(SENT.checker)
    expect(f).toEqual({ ok: true, value: { payerRegion: 'beijing', payerScheme: 'employee', hasAccount: true, relation: 'mother', beneficiaryRegion: 'other', beneficiaryScheme: 'resident', sameProvince: false, purpose: 'pharmacy' } })
    if (f.ok) expect(encodeCheckerInputs(f.value)).toBe(SENT.checker)
  })
})
