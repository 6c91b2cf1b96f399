import type { FilingStatus, HospitalLevel, Location, Scheme, Visit, WorkStatus } from '@/domain/vocab'
import type { EstimateInputs } from '@/domain/estimator/types'
import { yuanText } from '@/domain/money/format'

/** Year-to-date amounts as typed, in yuan. */
export interface YtdDraft {
  deductiblePaid: string
  fundPaid: string
  compliantSelfPaid: string
  criticalPaid: string
}

/** The estimate form exactly as the user left it: choices, and amounts as typed in yuan. */
export interface EstimateDraft {
  /** Region id or 'other'; null = take the profile's */
  region: string | null
  /** null = take the profile's */
  scheme: Scheme | null
  /** null = take the profile's */
  status: WorkStatus | null
  visit: Visit
  level: HospitalLevel | null
  /** 1 = first admission this year */
  admission: number
  location: Location
  /** Only asked when not treated locally */
  filing: FilingStatus | null
  total: string
  selfPay: string
  classB: string
  ytd: YtdDraft
  /** The 今年已经用了多少 section is open */
  ytdOpen: boolean
  /** Price with the custom parameters saved on this device */
  useCustom: boolean
}

/** What the profile contributes to an untouched form. */
export interface DraftDefaults {
  regionId: string | null
  scheme: Scheme | null
  status: WorkStatus | null
}

/** A blank form (choices not taken from the profile yet). */
export const EMPTY_ESTIMATE_DRAFT: EstimateDraft = {
  region: null, scheme: null, status: null, visit: 'inpatient', level: null, admission: 1, location: 'local', filing: null,
  total: '', selfPay: '', classB: '',
  ytd: { deductiblePaid: '', fundPaid: '', compliantSelfPaid: '', criticalPaid: '' },
  ytdOpen: false, useCustom: false,
}

const optional = (fen: number) => (fen === 0 ? '' : yuanText(fen))

/**
 * The form that produced some inputs, e.g. to change a shared estimate.
 * @param inputs decoded inputs
 */
export function draftFromInputs(inputs: EstimateInputs): EstimateDraft {
  const y = inputs.ytd
  const ytd = { deductiblePaid: optional(y.deductiblePaid), fundPaid: optional(y.fundPaid), compliantSelfPaid: optional(y.compliantSelfPaid), criticalPaid: optional(y.criticalPaid) }
  return {
    region: inputs.region ?? 'other', scheme: inputs.scheme, status: inputs.status, visit: inputs.visit, level: inputs.level,
    admission: inputs.admission, location: inputs.location, filing: inputs.location === 'local' ? null : inputs.filing,
    total: yuanText(inputs.total), selfPay: optional(inputs.selfPay), classB: optional(inputs.classB), ytd,
    ytdOpen: Object.values(ytd).some((v) => v !== ''), useCustom: inputs.policy !== null,
  }
}

/**
 * The choices shown on the form: the draft's own, else the profile's.
 * @param draft the form
 * @param defaults the profile
 */
export function effectiveChoices(draft: EstimateDraft, defaults: DraftDefaults): Pick<EstimateDraft, 'region' | 'scheme' | 'status'> {
  return { region: draft.region ?? defaults.regionId, scheme: draft.scheme ?? defaults.scheme, status: draft.status ?? defaults.status }
}
