import type { FilingStatus, Location } from '@/domain/vocab'

/** Chinese names of where a person is treated. */
export const locationLabels: Record<Location, string> = {
  local: '参保地就医',
  province: '省内异地就医',
  national: '跨省异地就医',
}

/** Chinese names of 备案 statuses. */
export const filingLabels: Record<FilingStatus, string> = {
  'long-term': '长期异地居住备案',
  referral: '转诊备案',
  emergency: '急诊抢救',
  temporary: '其他临时外出就医备案',
  none: '未备案',
}
