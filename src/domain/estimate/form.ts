import type { Fen } from '@/domain/vocab'
import type { EstimateInputs, Plan, Ytd } from '@/domain/estimator/types'
import { validateInputs } from '@/domain/estimate/validate-inputs'
import { effectiveChoices, type DraftDefaults, type EstimateDraft } from '@/domain/estimate/draft'
import { parseYuan } from '@/domain/money/parse'

/** Form fields that can carry an error. */
export type DraftField =
  | 'region' | 'scheme' | 'status' | 'level' | 'filing' | 'total' | 'selfPay' | 'classB' | 'custom'
  | 'ytd.deductiblePaid' | 'ytd.fundPaid' | 'ytd.compliantSelfPaid' | 'ytd.criticalPaid'

/** Chinese messages of the form (amount messages come from parseYuan and validateInputs). */
export const FORM_MESSAGES = {
  region: '请选择参保地',
  regionOther: '暂未收录这个地区的政策。请打开下面的「用我自己的参数」，填写当地医保局公布的数字。',
  scheme: '请选择参加的医保',
  status: '请选择在职还是退休',
  level: '请选择医院等级',
  filing: '请选择备案情况',
  customMissing: '还没有保存自己的参数，请先点「填写我的参数」。',
  customInvalid: '保存的参数有误，请重新检查。',
} as const

/** The form's outcome: inputs to encode, or Chinese errors by field. */
export type FormOutcome = { ok: true; inputs: EstimateInputs } | { ok: false; errors: Partial<Record<DraftField, string>> }

const YTD_KEYS = ['deductiblePaid', 'fundPaid', 'compliantSelfPaid', 'criticalPaid'] as const

/**
 * Turn the form into estimator inputs: profile defaults for untouched choices, amounts parsed from
 * yuan (empty optional amounts count as 0), then validateInputs for the checks between fields.
 * @param draft the form as typed
 * @param defaults the profile's region, scheme and status
 * @param customPlan the custom parameters saved on this device, or null
 * @returns inputs, or every problem with the field it belongs to
 */
export function draftToInputs(draft: EstimateDraft, defaults: DraftDefaults, customPlan: Plan | null): FormOutcome {
  const errors: Partial<Record<DraftField, string>> = {}
  const { region, scheme, status } = effectiveChoices(draft, defaults)
  if (region === null) errors.region = FORM_MESSAGES.region
  else if (region === 'other' && !draft.useCustom) errors.region = FORM_MESSAGES.regionOther
  if (scheme === null) errors.scheme = FORM_MESSAGES.scheme
  if (scheme === 'employee' && status === null) errors.status = FORM_MESSAGES.status
  if (draft.level === null) errors.level = FORM_MESSAGES.level
  if (draft.location !== 'local' && draft.filing === null) errors.filing = FORM_MESSAGES.filing
  if (draft.useCustom && customPlan === null) errors.custom = FORM_MESSAGES.customMissing
  const amount = (field: DraftField, text: string, required: boolean): Fen => {
    if (!required && text.trim() === '') return 0
    const r = parseYuan(text)
    if (r.ok) return r.value
    errors[field] = r.error
    return 0
  }
  const total = amount('total', draft.total, true)
  const selfPay = amount('selfPay', draft.selfPay, false)
  const classB = amount('classB', draft.classB, false)
  const ytd = {} as Ytd
  for (const k of YTD_KEYS) ytd[k] = amount(`ytd.${k}`, draft.ytd[k], false)
  if (Object.keys(errors).length > 0) return { ok: false, errors }
  const inputs: EstimateInputs = {
    region: region === 'other' ? null : region,
    scheme: scheme ?? 'employee',
    status: scheme === 'employee' && status !== null ? status : 'working',
    visit: draft.visit,
    level: draft.level ?? 3,
    admission: draft.visit === 'inpatient' ? draft.admission : 1,
    location: draft.location,
    filing: draft.location === 'local' ? 'none' : draft.filing ?? 'none',
    total, selfPay, classB, ytd,
    date: null,
    policy: draft.useCustom ? customPlan : null,
  }
  for (const e of validateInputs(inputs)) {
    const field: DraftField | null = e.field.startsWith('policy') ? 'custom' : (e.field as DraftField)
    if (errors[field] === undefined) errors[field] = field === 'custom' ? FORM_MESSAGES.customInvalid : e.message
  }
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, inputs }
}
