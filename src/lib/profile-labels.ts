import type { Profile } from '@/store/profile-store'
import { regionName } from '@/data/region-index'
import { AGE_LABELS, SCHEME_LABELS, STATUS_LABELS } from '@/domain/vocab'

/**
 * Chinese labels for a profile's fields.
 * @returns display strings, 未填 for empty fields
 */
export function profileLabels(p: Profile) {
  return {
    region: p.regionId ? regionName(p.regionId) : '参保地未填',
    scheme: p.scheme ? SCHEME_LABELS[p.scheme] : '险种未填',
    status: p.status ? STATUS_LABELS[p.status] : '在职/退休未填',
    ageBand: p.ageBand ? AGE_LABELS[p.ageBand] : '年龄段未填',
  }
}
