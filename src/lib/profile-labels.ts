import type { Profile } from '@/store/profile-store'
import { regionName } from '@/data/region-index'
import { SCHEME_LABELS } from '@/domain/family/checker'

const STATUS = { working: '在职', retired: '退休' } as const
const AGE = { 'under-45': '45岁以下', '45-59': '45–59岁', '60-69': '60–69岁', '70-plus': '70岁及以上' } as const

/**
 * Chinese labels for a profile's fields.
 * @returns display strings, 未填 for empty fields
 */
export function profileLabels(p: Profile) {
  return {
    region: p.regionId ? regionName(p.regionId) : '参保地未填',
    scheme: p.scheme ? SCHEME_LABELS[p.scheme] : '险种未填',
    status: p.status ? STATUS[p.status] : '在职/退休未填',
    ageBand: p.ageBand ? AGE[p.ageBand] : '年龄段未填',
  }
}
