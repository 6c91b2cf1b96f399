import { diffText, whatIfRows, whatIfVariants } from '@/domain/estimate/what-if'
import { priceEstimate } from '@/domain/estimate/price'
import { findRegion } from '@/data/index'
import { beijingInputs, customPlan } from '@test/unit/domain/estimate/fixtures'

const keys = (xs: { key: string }[]) => xs.map((x) => x.key)

test('a local inpatient stay offers the other two levels and the next admission', () => {
  const v = whatIfVariants(beijingInputs())
  expect(keys(v)).toEqual(['level-1', 'level-2', 'next-admission'])
  expect(v.map((x) => x.label)).toEqual(['如果去一级医院', '如果去二级医院', '如果是今年第 2 次住院'])
  expect(v[0].inputs).toEqual(beijingInputs({ level: 1 }))
  expect(v[2].inputs).toEqual(beijingInputs({ admission: 2 }))
})

test('treated away without filing: filed (temporary) comes first; filed: not filed', () => {
  expect(whatIfVariants(beijingInputs({ location: 'national', filing: 'none' }))[0]).toMatchObject({ key: 'filed', inputs: { filing: 'temporary' } })
  expect(whatIfVariants(beijingInputs({ location: 'province', filing: 'referral' }))[0]).toMatchObject({ key: 'not-filed', label: '如果没有备案', inputs: { filing: 'none' } })
})

test('outpatient visits have no next admission; the last admission number has none either', () => {
  expect(keys(whatIfVariants(beijingInputs({ visit: 'outpatient', level: 1 })))).toEqual(['level-2', 'level-3'])
  expect(keys(whatIfVariants(beijingInputs({ admission: 99 })))).toEqual(['level-1', 'level-2'])
})

test('custom parameters do not change with level or admission: only the filing is compared', () => {
  expect(keys(whatIfVariants(beijingInputs({ policy: customPlan })))).toEqual([])
  expect(keys(whatIfVariants(beijingInputs({ policy: customPlan, location: 'national', filing: 'none' })))).toEqual(['filed'])
})

test('diffText says more, less or the same in yuan', () => {
  expect(diffText(123_456)).toBe('多付 1,234.56 元')
  expect(diffText(-50)).toBe('少付 0.50 元')
  expect(diffText(0)).toBe('一样')
})

test('rows are priced with the dataset and compared with the current payment', () => {
  const inputs = beijingInputs({ location: 'national', filing: 'none' })
  const personalOf = (i: typeof inputs) => {
    const p = priceEstimate(i, findRegion)
    return p.ok ? p.result.personal : null
  }
  const current = personalOf(inputs)!
  const rows = whatIfRows(inputs, current, personalOf)
  // 北京 跨省 未备案: ratios −20 points; filed (temporary) is also −20 in the dataset, so the same.
  expect(rows[0]).toMatchObject({ key: 'filed', diff: 0, diffText: '一样' })
  // 一级: one open segment at 90% (−20 → 70%) instead of 85/90/95 (−20): the person pays less.
  const level1 = rows.find((r) => r.key === 'level-1')!
  expect(level1.diff).toBeLessThan(0)
  expect(level1.personal).toBe(current + level1.diff)
  // 2nd admission: 起付线 650 instead of 1,300 → 650 × (1 − 65%) … the person pays less.
  expect(rows.find((r) => r.key === 'next-admission')!.diff).toBeLessThan(0)
})

test('variants that cannot be priced are left out', () => {
  const rows = whatIfRows(beijingInputs(), 100, (i) => (i.level === 1 ? null : 150))
  expect(keys(rows)).toEqual(['level-2', 'next-admission'])
  expect(rows[0]).toMatchObject({ personal: 150, diff: 50, diffText: '多付 0.50 元' })
})
