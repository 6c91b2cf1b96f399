import fc from 'fast-check'
import { divHalfUp, floorDiv, mulBpHalfUp, shareBp } from '@/domain/money/rounding'
import { messages } from '@/domain/errors'
import { parseRatio } from '@/domain/money/parse'
import { formatPercent, percentNumber } from '@/domain/money/percent'

describe('rounding', () => {
  it('rounds fen × bp half up', () => {
    expect(mulBpHalfUp(5, 5000)).toBe(3)
    expect(mulBpHalfUp(3, 5000)).toBe(2)
    expect(mulBpHalfUp(1, 4999)).toBe(0)
    expect(mulBpHalfUp(2_870_000, 8500)).toBe(2_439_500)
    expect(mulBpHalfUp(0, 8500)).toBe(0)
  })
  it('is exact up to 1 亿元 × 100%', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 10_000_000_000 }), fc.integer({ min: 0, max: 10000 }), (fen, bp) => {
      const exact = (BigInt(fen) * BigInt(bp) * BigInt(2) + BigInt(10000)) / BigInt(20000)
      expect(mulBpHalfUp(fen, bp)).toBe(Number(exact))
    }), { numRuns: 2000 })
  })
  it('divides with floor and half-up semantics', () => {
    expect(floorDiv(-7, 2)).toBe(-4)
    expect(floorDiv(7, 2)).toBe(3)
    expect(divHalfUp(5, 2)).toBe(3)
    expect(divHalfUp(-5, 2)).toBe(-2)
    expect(shareBp(81_23, 100_00)).toBe(8123)
    expect(shareBp(1, 3)).toBe(3333)
    expect(shareBp(2, 3)).toBe(6667)
    expect(shareBp(5, 0)).toBe(0)
  })
})

describe('ratios', () => {
  it('formats basis points as percentages', () => {
    expect(formatPercent(8500)).toBe('85%')
    expect(formatPercent(8550)).toBe('85.5%')
    expect(formatPercent(8555)).toBe('85.55%')
    expect(formatPercent(5)).toBe('0.05%')
    expect(formatPercent(10000)).toBe('100%')
    expect(percentNumber(2000)).toBe('20')
  })
  it('parses decimals exactly into bp', () => {
    expect(parseRatio(0.855)).toEqual({ ok: true, value: 8550 })
    expect(parseRatio('0.85')).toEqual({ ok: true, value: 8500 })
    expect(parseRatio(1)).toEqual({ ok: true, value: 10000 })
    expect(parseRatio('1.0000')).toEqual({ ok: true, value: 10000 })
    expect(parseRatio(0)).toEqual({ ok: true, value: 0 })
    expect(parseRatio(0.0001)).toEqual({ ok: true, value: 1 })
  })
  it.each([[0.12345], ['0.12345'], [1.5], [85], [-0.1], ['abc'], [null], [NaN], ['1e-2'], ['']])('rejects %p', (x) => {
    expect(parseRatio(x)).toEqual({ ok: false, error: messages.ratioFormat })
  })
  it('reads back every bp written as a decimal', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 10000 }), (bp) => {
      expect(parseRatio(bp / 10000)).toEqual({ ok: true, value: bp })
      expect(parseRatio(String(bp / 10000))).toEqual({ ok: true, value: bp })
    }), { numRuns: 2000 })
  })
})
