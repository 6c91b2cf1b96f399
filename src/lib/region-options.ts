import { REGION_INDEX } from '@/data/region-index'

/** Region choices of every form: each bundled region, then 其他地区 (national defaults or custom parameters). */
export const REGION_OPTIONS: readonly { value: string; label: string }[] = [
  ...REGION_INDEX.map((r) => ({ value: r.id, label: r.name })),
  { value: 'other', label: '其他地区' },
]
