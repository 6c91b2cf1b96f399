import type { Purpose } from '@/domain/family/eligibility'
import { type MemberScheme, type Relation, RELATIONS } from '@/domain/vocab'

/** Every purpose, in the order the checker lists them. */
export const PURPOSES: readonly Purpose[] = ['medical-bill', 'pharmacy', 'resident-contribution', 'ltc-contribution', 'cash', 'non-medical']

/** Plain Chinese label of each purpose, for the checker form and its summary. */
export const PURPOSE_LABELS: Readonly<Record<Purpose, string>> = {
  'medical-bill': '家人看病（医院、诊所）',
  pharmacy: '家人在药店买药',
  'resident-contribution': '代缴家人的居民医保',
  'ltc-contribution': '代缴家人的长期护理保险',
  cash: '取现金或转钱给家人',
  'non-medical': '买保健品、生活用品',
}

/** What the checker asks; no names. Region ids are dataset ids or 'other'. */
export interface CheckerInputs {
  payerRegion: string
  payerScheme: MemberScheme
  hasAccount: boolean
  relation: Relation
  beneficiaryRegion: string
  /** Whether the beneficiary is insured in the payer's province; asked only when a region is 'other' */
  sameProvince: boolean | null
  beneficiaryScheme: MemberScheme
  purpose: Purpose
}

/** The checker form while it is being filled: null = not chosen yet. */
export type CheckerDraft = { [K in keyof CheckerInputs]: CheckerInputs[K] | null }

/** Field-level Chinese messages of the checker form. */
export const CHECKER_MESSAGES = {
  payerRegion: '请选择你的参保地',
  payerScheme: '请选择你参加的医保',
  hasAccount: '请选择你有没有个人账户',
  relation: '请选择家人和你的关系',
  beneficiaryRegion: '请选择家人的参保地',
  sameProvince: '请选择家人和你是不是在同一个省参保',
  beneficiaryScheme: '请选择家人参加的医保',
  purpose: '请选择想用个人账户付什么',
} as const

/** An empty checker form. */
export const EMPTY_DRAFT: CheckerDraft = {
  payerRegion: null, payerScheme: null, hasAccount: null, relation: null,
  beneficiaryRegion: null, sameProvince: null, beneficiaryScheme: null, purpose: null,
}

/**
 * Whether the form must ask if both are insured in one province: only when a region is not in the dataset.
 * @param payerRegion payer's region id, 'other' or null
 * @param beneficiaryRegion beneficiary's region id, 'other' or null
 * @param isKnown whether the dataset knows a region id
 */
export function needsProvinceAnswer(payerRegion: string | null, beneficiaryRegion: string | null, isKnown: (id: string) => boolean): boolean {
  if (payerRegion === null || beneficiaryRegion === null) return false
  return !isKnown(payerRegion) || !isKnown(beneficiaryRegion)
}

/** Result of completing a draft: the inputs, or a message per missing field. */
export type DraftResult = { ok: true; inputs: CheckerInputs } | { ok: false; errors: Partial<Record<keyof CheckerInputs, string>> }

/**
 * Checks that every question the form shows has an answer. Answers to questions not shown are normalised:
 * no province answer when both regions are known, no personal account unless the payer has 职工医保.
 * @param draft the form
 * @param isKnown whether the dataset knows a region id
 * @returns complete inputs, or a Chinese message for each unanswered field
 */
export function completeDraft(draft: CheckerDraft, isKnown: (id: string) => boolean): DraftResult {
  const ask = needsProvinceAnswer(draft.payerRegion, draft.beneficiaryRegion, isKnown)
  const employee = draft.payerScheme === 'employee'
  const asked = (Object.keys(CHECKER_MESSAGES) as (keyof CheckerInputs)[]).filter(
    (k) => (k !== 'sameProvince' || ask) && (k !== 'hasAccount' || employee),
  )
  const errors: Partial<Record<keyof CheckerInputs, string>> = {}
  for (const k of asked) if (draft[k] === null) errors[k] = CHECKER_MESSAGES[k]
  if (draft.relation !== null && !RELATIONS.includes(draft.relation)) errors.relation = CHECKER_MESSAGES.relation
  if (Object.keys(errors).length > 0) return { ok: false, errors }
  const hasAccount = employee && draft.hasAccount === true
  return { ok: true, inputs: { ...(draft as CheckerInputs), hasAccount, sameProvince: ask ? draft.sameProvince : null } }
}
