import fc from 'fast-check'
import { isoDayNumber, isVerified, provenanceAt, provenancesAt, reviewDueDate, reviewStatus, uniqueProvenances, verificationLabel } from '@/domain/policy/review'
import { type Confidence, isIsoDate, type Provenance } from '@/domain/vocab'
import type { Sourced } from '@/data/types'

const p = (over: Partial<Provenance> = {}): Provenance =>
  ({ document: 'doc', checkedAt: '2026-11-22', reviewIntervalDays: 60, confidence: 'third-party', ...over })

describe('ISO dates', () => {
  it('accepts real calendar dates only', () => {
    expect(isIsoDate('2024-02-29')).toBe(true)
    expect(isIsoDate('2026-02-29')).toBe(false)
    expect(isIsoDate('2026-13-01')).toBe(false)
    expect(isIsoDate('2026-1-01')).toBe(false)
    expect(isIsoDate('')).toBe(false)
    expect(isoDayNumber('1970-01-02')).toBe(1)
  })

  it('counts consecutive days across month and year ends', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 60000 }), (n) => {
      const iso = new Date(n * 86_400_000).toISOString().slice(0, 10)
      expect(isoDayNumber(iso)).toBe(n)
    }))
  })
})

describe('reviewStatus', () => {
  it('is ok up to and including the due date, overdue the day after', () => {
    expect(reviewDueDate(p())).toBe('2027-01-21')
    expect(reviewStatus(p(), '2026-11-22')).toBe('ok')
    expect(reviewStatus(p(), '2027-01-21')).toBe('ok')
    expect(reviewStatus(p(), '2027-01-22')).toBe('overdue')
  })

  it('treats unreadable dates as overdue, so a broken figure is flagged rather than trusted', () => {
    expect(reviewStatus(p({ checkedAt: '2026-02-30' }), '2026-03-01')).toBe('overdue')
    expect(reviewStatus(p(), 'today')).toBe('overdue')
    expect(reviewDueDate(p({ checkedAt: 'x' }))).toBeNull()
  })

  it('never says ok after checkedAt + reviewIntervalDays', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 365 }), fc.integer({ min: 0, max: 800 }), (days, after) => {
      const today = new Date((isoDayNumber('2026-01-01')! + after) * 86_400_000).toISOString().slice(0, 10)
      const status = reviewStatus(p({ checkedAt: '2026-01-01', reviewIntervalDays: days }), today)
      expect(status).toBe(after > days ? 'overdue' : 'ok')
    }))
  })
})

describe('verification', () => {
  it('counts only official and official-quoted as 已核实', () => {
    const all: Confidence[] = ['official', 'official-quoted', 'third-party', 'recalled', 'unconfirmed']
    expect(all.map((c) => isVerified(p({ confidence: c })))).toEqual([true, true, false, false, false])
    expect(verificationLabel(p({ confidence: 'official' }))).toBe('已核实')
    expect(verificationLabel(p({ confidence: 'unconfirmed' }))).toBe('待核实')
  })
})

describe('provenanceAt', () => {
  const block: Sourced = {
    provenance: p({ document: 'block' }),
    overrides: { segments: p({ document: 'seg' }), 'segments.retired.3': p({ document: 'r3' }), 'segments.retired.30': p({ document: 'r30' }) },
  }

  it('picks the longest override covering the path, else the block', () => {
    expect(provenanceAt(block, 'segments.working.1[0].ratio').document).toBe('seg')
    expect(provenanceAt(block, 'segments.retired.3[0].ratio').document).toBe('r3')
    expect(provenanceAt(block, 'segments.retired.30').document).toBe('r30')
    expect(provenanceAt(block, 'segmentsX').document).toBe('block')
    expect(provenanceAt(block, 'annualCap.working').document).toBe('block')
  })

  it('provenancesAt adds the overrides below a path, once each', () => {
    expect(provenancesAt(block, 'segments.retired').map((x) => x.document)).toEqual(['seg', 'r3', 'r30'])
    expect(provenancesAt(block, 'deductible').map((x) => x.document)).toEqual(['block'])
    expect(uniqueProvenances([p(), p(), p({ note: 'n' })])).toHaveLength(2)
  })
})
