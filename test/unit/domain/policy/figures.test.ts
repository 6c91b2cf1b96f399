import { collectFigures, joinPath, relativePath } from '@/domain/policy/figures'
import type { Provenance } from '@/domain/vocab'

const prov = (document: string): Provenance => ({ document, checkedAt: '2026-11-22', reviewIntervalDays: 60, confidence: 'third-party' })

describe('collectFigures', () => {
  const block = {
    provenance: prov('block'),
    overrides: { 'segments.retired': prov('retired'), 'segments.retired.3': prov('retired-3'), cap: prov('cap') },
    segments: {
      working: { 3: [{ upTo: 3000000, ratio: 8500 }, { upTo: null, ratio: 9000 }] },
      retired: { 1: [{ upTo: null, ratio: 9500 }], 3: [{ upTo: null, ratio: 9000 }] },
    },
    cap: null,
    name: '不是数值',
    alternatives: [{ path: 'cap', value: 100, provenance: prov('alt') }],
  }

  it('finds every number and each null except a segment open end', () => {
    const paths = collectFigures(block).map((f) => f.path)
    expect(paths).toEqual([
      'segments.working.3[0].upTo', 'segments.working.3[0].ratio', 'segments.working.3[1].ratio',
      'segments.retired.1[0].ratio', 'segments.retired.3[0].ratio', 'cap', 'alternatives[0].value',
    ])
  })

  it('gives each figure the longest matching override, else its block provenance', () => {
    const docs = Object.fromEntries(collectFigures(block).map((f) => [f.path, f.provenance?.document]))
    expect(docs['segments.working.3[0].ratio']).toBe('block')
    expect(docs['segments.retired.1[0].ratio']).toBe('retired')
    expect(docs['segments.retired.3[0].ratio']).toBe('retired-3')
    expect(docs.cap).toBe('cap')
    expect(docs['alternatives[0].value']).toBe('alt')
  })

  it('reports null provenance for figures outside any block, and uses the root path', () => {
    const figures = collectFigures({ a: { b: 5 }, version: 1, years: [{ standardYear: 2024, amount: 40000 }] }, 'root')
    expect(figures).toEqual([
      { path: 'root.a.b', value: 5, provenance: null },
      { path: 'root.years[0].amount', value: 40000, provenance: null },
    ])
  })

  it('joins and splits paths', () => {
    expect(joinPath('', 'a')).toBe('a')
    expect(joinPath('a', 0)).toBe('a[0]')
    expect(joinPath('a[0]', 'b')).toBe('a[0].b')
    expect(relativePath('x.y.z[1].r', 'x.y')).toBe('z[1].r')
    expect(relativePath('x[2].r', 'x[2]')).toBe('r')
  })
})
