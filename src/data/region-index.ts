/**
 * The small list of regions that tab pages need (names for pickers), kept apart from the full dataset so the
 * main package stays small. test/unit/data/region-index.test.ts checks it against the dataset.
 */
export interface RegionEntry {
  id: string
  name: string
  province: string
  /** 居民医保 collection window (month/day, may cross the year end) and whether its figure is verified */
  collection: { startMonth: number; startDay: number; endMonth: number; endDay: number; verified: boolean }
}

export const REGION_INDEX: readonly RegionEntry[] = [
  { id: 'beijing', name: '北京', province: '北京市', collection: { startMonth: 10, startDay: 1, endMonth: 12, endDay: 31, verified: false } },
  { id: 'shanghai', name: '上海', province: '上海市', collection: { startMonth: 10, startDay: 1, endMonth: 12, endDay: 31, verified: false } },
  { id: 'guangzhou', name: '广州', province: '广东省', collection: { startMonth: 9, startDay: 1, endMonth: 12, endDay: 31, verified: false } },
  { id: 'shenzhen', name: '深圳', province: '广东省', collection: { startMonth: 9, startDay: 1, endMonth: 12, endDay: 31, verified: false } },
  { id: 'hangzhou', name: '杭州', province: '浙江省', collection: { startMonth: 10, startDay: 1, endMonth: 12, endDay: 31, verified: false } },
  { id: 'chengdu', name: '成都', province: '四川省', collection: { startMonth: 10, startDay: 1, endMonth: 12, endDay: 31, verified: false } },
  { id: 'chongqing', name: '重庆', province: '重庆市', collection: { startMonth: 10, startDay: 1, endMonth: 12, endDay: 31, verified: false } },
  { id: 'zhengzhou', name: '郑州', province: '河南省', collection: { startMonth: 10, startDay: 1, endMonth: 12, endDay: 31, verified: false } },
  { id: 'shijiazhuang', name: '石家庄', province: '河北省', collection: { startMonth: 10, startDay: 1, endMonth: 12, endDay: 31, verified: false } },
  { id: 'tangshan', name: '唐山', province: '河北省', collection: { startMonth: 10, startDay: 1, endMonth: 12, endDay: 31, verified: false } },
  { id: 'yinchuan', name: '银川', province: '宁夏回族自治区', collection: { startMonth: 10, startDay: 1, endMonth: 12, endDay: 31, verified: false } },
  { id: 'xining', name: '西宁', province: '青海省', collection: { startMonth: 10, startDay: 1, endMonth: 12, endDay: 31, verified: false } },
  { id: 'lincang', name: '临沧', province: '云南省', collection: { startMonth: 10, startDay: 1, endMonth: 12, endDay: 31, verified: false } },
  { id: 'nanchang', name: '南昌', province: '江西省', collection: { startMonth: 9, startDay: 15, endMonth: 2, endDay: 28, verified: false } },
]

/** @returns the region's display name, or 其他地区 for 'other' / unknown ids */
export function regionName(id: string | null): string {
  if (!id) return '未设置'
  return REGION_INDEX.find((r) => r.id === id)?.name ?? '其他地区'
}

/** The most recent date any figure in the bundled dataset was checked (kept equal to the dataset by a test). */
export const DATASET_CHECKED_AT = '2026-11-22'
