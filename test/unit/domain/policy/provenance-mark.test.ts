import { provenanceMark } from '@/domain/policy/provenance-mark'
import type { Provenance } from '@/domain/vocab'

const p = (confidence: Provenance['confidence'], checkedAt = '2026-11-01', reviewIntervalDays = 60): Provenance => ({
  document: '测试文件',
  checkedAt,
  reviewIntervalDays,
  confidence,
})

test.each([
  ['official', '已核实'],
  ['official-quoted', '已核实'],
  ['third-party', '待核实'],
  ['recalled', '待核实'],
  ['unconfirmed', '待核实'],
] as const)('%s figures are marked %s while within review', (c, label) => {
  expect(provenanceMark(p(c), '2026-11-22').label).toBe(label)
})

test('a figure past its review date says 可能已过期 with the due date, whatever its confidence', () => {
  expect(provenanceMark(p('official', '2026-09-01', 60), '2026-10-31').label).toBe('已核实')
  const m = provenanceMark(p('official', '2026-09-01', 60), '2026-11-01')
  expect(m).toMatchObject({ tone: 'stale', label: '可能已过期' })
  expect(m.explanation).toContain('2026-10-31')
})
