import {
  FILING_LABELS, FILINGS, HOSPITAL_LEVELS, labelled, LEVEL_LABELS, LOCATION_LABELS, LOCATIONS, SCHEME_LABELS, SCHEMES,
  STATUS_LABELS, STATUSES, VISIT_LABELS, VISITS,
} from '@/domain/vocab'

export const SCHEME_OPTIONS = labelled(SCHEMES, SCHEME_LABELS)
export const STATUS_OPTIONS = labelled(STATUSES, STATUS_LABELS)
export const VISIT_OPTIONS = labelled(VISITS, VISIT_LABELS)
export const LEVEL_OPTIONS = labelled(HOSPITAL_LEVELS, LEVEL_LABELS)
export const ADMISSION_OPTIONS = [
  { value: 1, label: '第1次' },
  { value: 2, label: '第2次及以后' },
]
export const LOCATION_OPTIONS = labelled(LOCATIONS, LOCATION_LABELS)
export const FILING_OPTIONS = labelled(FILINGS, FILING_LABELS)
