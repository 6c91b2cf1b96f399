import type { FilingStatus, HospitalLevel, Location, Scheme, Visit, WorkStatus } from '@/domain/vocab'
import { REGION_INDEX } from '@/data/region-index'

/** Regions the form offers, plus 其他地区 (custom parameters only). */
export const REGION_OPTIONS = [...REGION_INDEX.map((r) => ({ value: r.id, label: r.name })), { value: 'other', label: '其他地区' }]
export const SCHEME_OPTIONS: { value: Scheme; label: string }[] = [
  { value: 'employee', label: '职工医保' },
  { value: 'resident', label: '居民医保' },
]
export const STATUS_OPTIONS: { value: WorkStatus; label: string }[] = [
  { value: 'working', label: '在职' },
  { value: 'retired', label: '退休' },
]
export const VISIT_OPTIONS: { value: Visit; label: string }[] = [
  { value: 'inpatient', label: '住院' },
  { value: 'outpatient', label: '门诊' },
]
export const LEVEL_OPTIONS: { value: HospitalLevel; label: string }[] = [
  { value: 1, label: '一级' },
  { value: 2, label: '二级' },
  { value: 3, label: '三级' },
]
export const ADMISSION_OPTIONS = [
  { value: 1, label: '第1次' },
  { value: 2, label: '第2次及以后' },
]
export const LOCATION_OPTIONS: { value: Location; label: string }[] = [
  { value: 'local', label: '本地（参保的城市）' },
  { value: 'province', label: '省内其他城市' },
  { value: 'national', label: '外省（跨省）' },
]
export const FILING_OPTIONS: { value: FilingStatus; label: string }[] = [
  { value: 'long-term', label: '长期住在外地，已备案' },
  { value: 'referral', label: '医院开了转诊' },
  { value: 'emergency', label: '急诊抢救' },
  { value: 'temporary', label: '临时外出，已备案' },
  { value: 'none', label: '没有备案' },
]
