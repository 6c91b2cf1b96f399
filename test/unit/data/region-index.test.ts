import { REGION_INDEX, DATASET_CHECKED_AT, regionName } from '@/data/region-index'
import { regions, datasetCheckedAt } from '@/data/index'
import { isVerified } from '@/domain/policy/review'

test('the main-package region index matches the dataset: ids, names, provinces, collection windows', () => {
  expect(REGION_INDEX.map((r) => r.id)).toEqual(regions.map((r) => r.id))
  for (const entry of REGION_INDEX) {
    const region = regions.find((r) => r.id === entry.id)!
    expect(entry.name).toBe(region.name)
    expect(entry.province).toBe(region.province)
    const { startMonth, startDay, endMonth, endDay } = region.enrollment.window
    expect(entry.collection).toEqual({ startMonth, startDay, endMonth, endDay, verified: isVerified(region.enrollment.provenance) })
  }
})

test('the checked date shown on 首页 is the dataset date', () => {
  expect(DATASET_CHECKED_AT).toBe(datasetCheckedAt)
})

test('region names for display', () => {
  expect(regionName('nanchang')).toBe('南昌')
  expect(regionName('other')).toBe('其他地区')
  expect(regionName(null)).toBe('未设置')
})
