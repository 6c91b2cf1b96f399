import fc from 'fast-check'
import { formatAmount, formatYuan, toYuanString } from '@/domain/money/format'
import { messages } from '@/domain/errors'
import { MAX_FEN, parseDecimal, parsePercent, parseRatio, parseYuan } from '@/domain/money/parse'

describe('parseYuan', () => {
  it.each([
    [1300, 130000], ['1300', 130000], ['1300.5', 130050], [' 12.34 ', 1234], [0, 0], ['0.01', 1], [0.1, 10], ['100000000', MAX_FEN],
  ])('reads %p as %p fen', (input, fen) => {
    expect(parseYuan(input)).toEqual({ ok: true, value: fen })
  })
  it.each([
    ['1e5'], ['12.345'], [-1], ['-1'], [NaN], [Infinity], ['abc'], ['1,300'], ['.5'], ['5.'], [12.345], [true], [{}], [[1]], [1e21],
  ])('rejects %p with a format message', (input) => {
    expect(parseYuan(input)).toEqual({ ok: false, error: messages.amountFormat })
  })
  it('asks for a value when empty, and caps at 1 亿元', () => {
    expect(parseYuan('')).toEqual({ ok: false, error: messages.amountMissing })
    expect(parseYuan(undefined)).toEqual({ ok: false, error: messages.amountMissing })
    expect(parseYuan('100000000.01')).toEqual({ ok: false, error: messages.amountTooLarge })
  })
  it('round-trips every amount through toYuanString', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: MAX_FEN }), (fen) => {
      expect(parseYuan(toYuanString(fen))).toEqual({ ok: true, value: fen })
      expect(parseYuan(fen / 100)).toEqual({ ok: true, value: fen })
    }), { numRuns: 2000 })
  })
  it('never throws and never returns NaN on arbitrary input', () => {
    fc.assert(fc.property(fc.oneof(fc.anything(), fc.string(), fc.double()), (x) => {
      const r = parseYuan(x)
      if (r.ok) expect(Number.isInteger(r.value)).toBe(true)
      else expect(r.error.length).toBeGreaterThan(0)
    }), { numRuns: 2000 })
  })
})

describe('formatting', () => {
  it('formats Chinese amounts with grouping and two decimals', () => {
    expect(formatYuan(130000)).toBe('1,300.00 元')
    expect(formatYuan(5)).toBe('0.05 元')
    expect(formatYuan(100000000000)).toBe('1,000,000,000.00 元')
    expect(formatYuan(-1018200)).toBe('-10,182.00 元')
    expect(formatAmount(100010050)).toBe('1,000,100.50')
    expect(formatAmount(99999)).toBe('999.99')
  })
  it('writes plain yuan strings for JSON', () => {
    expect(toYuanString(130000)).toBe('1300.00')
    expect(toYuanString(7)).toBe('0.07')
    expect(toYuanString(-150)).toBe('-1.50')
  })
  it('grouped and plain forms agree', () => {
    fc.assert(fc.property(fc.integer({ min: -MAX_FEN, max: MAX_FEN }), (fen) => {
      expect(formatAmount(fen).replace(/,/g, '')).toBe(toYuanString(fen))
      expect(formatYuan(fen)).toBe(`${formatAmount(fen)} 元`)
    }), { numRuns: 2000 })
  })
})

describe('parseDecimal: the one reader behind parseYuan, parseRatio and parsePercent', () => {
  it('scales exactly by the number of places and enforces digits and the maximum', () => {
    expect(parseDecimal('12.5', { places: 2, intDigits: 9, max: 1e12 })).toBe(1250)
    expect(parseDecimal('0.8555', { places: 4, intDigits: 1, max: 10000 })).toBe(8555)
    expect(parseDecimal('0.85555', { places: 4, intDigits: 1, max: 10000 })).toBeNull()
    expect(parseDecimal('10', { places: 4, intDigits: 1, max: 10000 })).toBeNull()
    expect(parseDecimal('100.01', { places: 2, intDigits: 3, max: 10000 })).toBeNull()
    expect(parseDecimal('-1', { places: 2, intDigits: 3, max: 10000 })).toBeNull()
    expect(parseDecimal('1e3', { places: 2, intDigits: 9, max: 1e12 })).toBeNull()
    expect(parseDecimal('.5', { places: 2, intDigits: 9, max: 1e12 })).toBeNull()
  })
  it('keeps the rules of each parser', () => {
    expect(parseRatio(1)).toEqual({ ok: true, value: 10000 })
    expect(parseRatio('1.0000')).toEqual({ ok: true, value: 10000 })
    expect(parseRatio('1.5').ok).toBe(false)
    expect(parseRatio('01').ok).toBe(false)
    expect(parsePercent(' 8.55 ')).toEqual({ ok: true, value: 855 })
    expect(parsePercent('100')).toEqual({ ok: true, value: 10000 })
    expect(parsePercent('100.5').ok).toBe(false)
  })
})
