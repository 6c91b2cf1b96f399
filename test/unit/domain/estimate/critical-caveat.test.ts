import { criticalCaveat } from '@/domain/estimate/critical-caveat'
import { findRegion } from '@/data/index'

test('regions whose 大病 layer is priced say nothing', () => {
  expect(criticalCaveat(findRegion('nanchang')!, { scheme: 'employee', visit: 'inpatient' })).toBeNull()
})

test('a layer above the cap without a ratio is named and said to be left out', () => {
  const text = criticalCaveat(findRegion('shanghai')!, { scheme: 'employee', visit: 'inpatient' })
  expect(text).toMatch(/^上海职工医保在统筹基金封顶线以上还有「.+」.*没有计入/)
})

test('a missing layer carries the dataset note', () => {
  expect(criticalCaveat(findRegion('beijing')!, { scheme: 'employee', visit: 'inpatient' })).toMatch(/^北京职工大病保险（大额医疗）的参数暂缺（未找到北京职工大额医疗互助的参数来源/)
})

test('outpatient estimates never mention the inpatient-only layer', () => {
  expect(criticalCaveat(findRegion('beijing')!, { scheme: 'employee', visit: 'outpatient' })).toBeNull()
})
