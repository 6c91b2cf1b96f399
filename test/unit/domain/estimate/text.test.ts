import fc from 'fast-check'
import { percentText } from '@/domain/money/percent'
import { parsePercent, parseYuan, PERCENT_FORMAT } from '@/domain/money/parse'
import { yuanText } from '@/domain/money/format'

test('percentages parse exactly into basis points', () => {
  expect(parsePercent('85')).toEqual({ ok: true, value: 8500 })
  expect(parsePercent(' 85.5 ')).toEqual({ ok: true, value: 8550 })
  expect(parsePercent('8.55')).toEqual({ ok: true, value: 855 })
  expect(parsePercent('100')).toEqual({ ok: true, value: 10000 })
  expect(parsePercent('0')).toEqual({ ok: true, value: 0 })
  for (const bad of ['', '100.01', '101', '-5', '0.855', '85%', 'abc', '1e2']) expect(parsePercent(bad)).toEqual({ ok: false, error: PERCENT_FORMAT })
})

test('property: percentText and parsePercent round-trip every basis point', () => {
  fc.assert(fc.property(fc.integer({ min: 0, max: 10000 }), (bp) => {
    expect(parsePercent(percentText(bp))).toEqual({ ok: true, value: bp })
  }))
})

test('yuanText writes amounts as people type them and parses back to the same fen', () => {
  expect(yuanText(130000)).toBe('1300')
  expect(yuanText(130050)).toBe('1300.5')
  expect(yuanText(130005)).toBe('1300.05')
  expect(yuanText(0)).toBe('0')
  fc.assert(fc.property(fc.integer({ min: 0, max: 10_000_000_000 }), (fen) => {
    expect(parseYuan(yuanText(fen))).toEqual({ ok: true, value: fen })
  }))
})
