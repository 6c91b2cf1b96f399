import fc from 'fast-check'
import { shareText, splitShares } from '@/domain/estimate/split-shares'

test('shares are tenths of a percent that add up to 100%', () => {
  expect(splitShares({ fund: 4_004_500, critical: 0, personal: 995_500 })).toEqual({ fund: 801, critical: 0, personal: 199 })
  expect(splitShares({ fund: 1, critical: 1, personal: 1 })).toEqual({ fund: 334, critical: 333, personal: 333 })
  expect(splitShares({ fund: 0, critical: 0, personal: 0 })).toEqual({ fund: 0, critical: 0, personal: 0 })
})

test('property: integer shares between 0 and 1000 that sum to 1000', () => {
  const fen = fc.integer({ min: 0, max: 10_000_000_000 })
  fc.assert(fc.property(fen, fen, fen, (fund, critical, personal) => {
    fc.pre(fund + critical + personal > 0)
    const s = splitShares({ fund, critical, personal })
    const all = [s.fund, s.critical, s.personal]
    expect(all.every((x) => Number.isInteger(x) && x >= 0 && x <= 1000)).toBe(true)
    expect(s.fund + s.critical + s.personal).toBe(1000)
  }))
})

test('shareText drops a zero decimal', () => {
  expect(shareText(801)).toBe('80.1%')
  expect(shareText(850)).toBe('85%')
  expect(shareText(0)).toBe('0%')
})
