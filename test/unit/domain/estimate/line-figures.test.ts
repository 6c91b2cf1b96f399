import { lineFigures } from '@/domain/estimate/line-figures'
import type { Provenance } from '@/domain/vocab'

const p = (document: string): Provenance => ({ document, checkedAt: '2026-11-22', reviewIntervalDays: 90, confidence: 'unconfirmed' })

test('a line lists the figures it used, by Chinese name, leaving out figures without a source', () => {
  const figures = { deductible: [p('A')], segments: [p('B'), p('C')], annualCap: [], classBSelfPayRatio: [p('D')], remote: [], critical: [] }
  const line = { key: 'fund-seg-1', label: '统筹基金支付（85%）', amount: 1, detail: '', party: 'fund' as const, figureKeys: ['segments', 'remote', 'annualCap'] as const }
  expect(lineFigures(line, figures)).toEqual([{ key: 'segments', label: '报销比例', provenances: [p('B'), p('C')] }])
  expect(lineFigures({ ...line, figureKeys: undefined }, figures)).toEqual([])
})
