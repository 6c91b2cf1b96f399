/**
 * The small list of regions that tab pages need (names for pickers), kept apart from the full dataset so the
 * main package stays small. test/unit/data/region-index.test.ts checks it against the dataset.
 */
export interface RegionEntry {
  id: string
  name: string
  province: string
}

export const REGION_INDEX: readonly RegionEntry[] = [
  { id: 'beijing', name: '北京', province: '北京市' },
  { id: 'shanghai', name: '上海', province: '上海市' },
  { id: 'guangzhou', name: '广州', province: '广东省' },
  { id: 'shenzhen', name: '深圳', province: '广东省' },
  { id: 'hangzhou', name: '杭州', province: '浙江省' },
  { id: 'chengdu', name: '成都', province: '四川省' },
  { id: 'chongqing', name: '重庆', province: '重庆市' },
  { id: 'zhengzhou', name: '郑州', province: '河南省' },
  { id: 'shijiazhuang', name: '石家庄', province: '河北省' },
  { id: 'tangshan', name: '唐山', province: '河北省' },
  { id: 'yinchuan', name: '银川', province: '宁夏回族自治区' },
  { id: 'xining', name: '西宁', province: '青海省' },
  { id: 'lincang', name: '临沧', province: '云南省' },
  { id: 'nanchang', name: '南昌', province: '江西省' },
]

/** @returns the region's display name, or 其他地区 for 'other' / unknown ids */
export function regionName(id: string | null): string {
  if (!id) return '未设置'
  return REGION_INDEX.find((r) => r.id === id)?.name ?? '其他地区'
}

/** The most recent date any figure in the bundled dataset was checked (kept equal to the dataset by a test). */
export const DATASET_CHECKED_AT = '2026-11-22'
