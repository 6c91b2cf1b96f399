import { regionName } from '@/data/region-index'

test('region names for display', () => {
  expect(regionName('nanchang')).toBe('南昌')
  expect(regionName('other')).toBe('其他地区')
  expect(regionName(null)).toBe('未设置')
})
