import { RELATION_LABELS, VERIFIED_CONFIDENCES, type MemberScheme, type Provenance, type Relation } from '@/domain/vocab'
import type { FamilyRuleId } from '@/data/family-types'

/** What the payer wants the personal account to pay for. */
export type Purpose = 'medical-bill' | 'pharmacy' | 'resident-contribution' | 'ltc-contribution' | 'cash' | 'non-medical'

/** Whether a kind of 共济 is open; 'unknown' when the dataset does not say. */
export type Availability = boolean | 'unknown'

/** 省内 and 跨省 共济 availability for the payer's region, from the region dataset. */
export interface SharingRules {
  inProvince: Availability
  crossProvince: Availability
  provenance: Pick<Provenance, 'confidence'>
}

/** The person whose 职工医保个人账户 would pay. */
export interface Payer {
  regionId: string
  provinceId: string
  scheme: MemberScheme
  hasPersonalAccount: boolean
}

/** The family member the account would pay for. */
export interface Beneficiary {
  relation: Relation
  regionId: string
  provinceId: string
  scheme: MemberScheme
}

/** One question to the checker. */
export interface EligibilityInput {
  payer: Payer
  beneficiary: Beneficiary
  purpose: Purpose
}

/** The checker's answer: a verdict, one Chinese sentence why, the explainer items it rests on. */
export interface EligibilityResult {
  verdict: 'yes' | 'no' | 'confirm'
  reason: string
  ruleIds: FamilyRuleId[]
  guideId: 'family-binding'
}

type Step =
  | { verdict: 'ok'; ruleIds: FamilyRuleId[] }
  | { verdict: 'no' | 'confirm'; text: string; ruleIds: FamilyRuleId[] }

const ASK = '需向参保地医保部门确认'
const CORE: readonly Relation[] = ['spouse', 'father', 'mother', 'child']
const WIDER: readonly Relation[] = ['sibling', 'grandparent', 'grandchild']
const ok = (...ruleIds: FamilyRuleId[]): Step => ({ verdict: 'ok', ruleIds })
const no = (text: string, ...ruleIds: FamilyRuleId[]): Step => ({ verdict: 'no', text, ruleIds })
const confirm = (text: string, ...ruleIds: FamilyRuleId[]): Step => ({ verdict: 'confirm', text, ruleIds })

function payerStep({ scheme, hasPersonalAccount }: Payer): Step {
  if (scheme === 'resident') return no('不可以：居民医保没有个人账户，家庭共济只能用职工医保个人账户的钱。', 'payer-employee-account')
  if (scheme === 'none') return no('不可以：付款人没有参加职工医保，没有可以共济的个人账户。', 'payer-employee-account')
  if (!hasPersonalAccount) return no('不可以：付款人的职工医保没有个人账户，没有可以共济的钱。', 'payer-employee-account')
  return ok('payer-employee-account')
}

function purposeStep(purpose: Purpose): Step {
  if (purpose === 'cash') return no('不可以：个人账户的钱不能取成现金，也不能转给家人。', 'no-cash')
  if (purpose === 'non-medical') return no('不可以：个人账户不能用于保健品、化妆品、生活用品等非医疗支出。', 'no-non-medical')
  return ok()
}

function relationStep(relation: Relation): Step {
  if (CORE.includes(relation)) return ok('who-2021', 'who-2024')
  if (WIDER.includes(relation)) {
    return confirm(`${RELATION_LABELS[relation]}在江西的解释中属于近亲属，但国家文件的具体名单尚未核实，能否共济${ASK}`, 'who-2024', 'who-close-relatives')
  }
  if (relation === 'parent-in-law') return no('不可以：配偶的父母不在近亲属名单中，不能用你的个人账户共济。', 'who-not-in-law')
  return no('不可以：家庭共济只限近亲属，其他亲友不能使用。', 'who-not-in-law')
}

function useStep(purpose: Purpose, scheme: MemberScheme): Step {
  if (purpose === 'resident-contribution') {
    if (scheme === 'employee') return no('不可以：家人已参加职工医保，不缴居民医保，无需代缴。', 'no-employee-contribution')
    return ok('pay-contribution')
  }
  if (purpose === 'ltc-contribution') {
    return confirm(`长期护理保险只在部分地区开展、缴费办法各地不同，能否代缴${ASK}`, 'pay-contribution', 'pay-ltc-local')
  }
  if (scheme === 'none') return no('不可以：共济只能付已参保家人的医疗费用，可先用个人账户为家人代缴居民医保。', 'no-uninsured')
  return ok('pay-medical')
}

function scopeStep({ payer, beneficiary }: EligibilityInput, rules: SharingRules): Step {
  const inProvince = payer.provinceId === beneficiary.provinceId
  const name = inProvince ? '省内共济' : '跨省共济'
  const open = inProvince ? rules.inProvince : rules.crossProvince
  const ruleId: FamilyRuleId = inProvince ? 'scope-in-province' : 'scope-cross-province'
  const verified = VERIFIED_CONFIDENCES.includes(rules.provenance.confidence)
  if (open === 'unknown') return confirm(`暂无资料说明参保地是否已开通${name}，${ASK}`, ruleId, 'scope-check-local')
  if (!verified) {
    const claim = open ? `已开通${name}` : `未开通${name}`
    return confirm(`资料显示参保地${claim}，但这一信息未经官方文件核实，${ASK}`, ruleId, 'scope-check-local')
  }
  if (!open) return no(`不可以：参保地还没有开通${name}。`, ruleId, 'scope-check-local')
  return ok(ruleId)
}

const USE_TEXT: Partial<Record<Purpose, (who: string) => string>> = {
  'medical-bill': (who) => `支付${who}在定点医疗机构看病时个人负担的费用`,
  pharmacy: (who) => `支付${who}在定点零售药店买药时个人负担的费用`,
  'resident-contribution': (who) => `代缴${who}的城乡居民医保个人缴费`,
}

function yesReason({ payer, beneficiary, purpose }: EligibilityInput): string {
  const name = payer.provinceId === beneficiary.provinceId ? '省内共济' : '跨省共济'
  const use = USE_TEXT[purpose]?.(RELATION_LABELS[beneficiary.relation]) ?? '为家人付费'
  return `可以：参保地已开通${name}，你的职工医保个人账户可以${use}。`
}

/**
 * Can the payer's 职工医保个人账户 pay for this family member and purpose? Answers 'no' when any rule
 * forbids it, 'confirm' when a rule it rests on is uncertain or unverified, and 'yes' only otherwise.
 * @param input payer, beneficiary and purpose
 * @param rules 省内/跨省 共济 availability for the payer's region, with its provenance
 * @returns the verdict, one Chinese sentence, the family.json item ids relied on, and the binding guide
 */
export function checkEligibility(input: EligibilityInput, rules: SharingRules): EligibilityResult {
  const steps = [
    payerStep(input.payer),
    purposeStep(input.purpose),
    relationStep(input.beneficiary.relation),
    useStep(input.purpose, input.beneficiary.scheme),
    scopeStep(input, rules),
  ]
  const guideId = 'family-binding'
  const refusal = steps.find((s) => s.verdict === 'no')
  if (refusal && refusal.verdict === 'no') return { verdict: 'no', reason: refusal.text, ruleIds: refusal.ruleIds, guideId }
  const ruleIds = [...new Set(steps.flatMap((s) => s.ruleIds))]
  const doubts = steps.flatMap((s) => (s.verdict === 'confirm' ? [s.text] : []))
  if (doubts.length > 0) return { verdict: 'confirm', reason: `需要确认：${doubts.join('；')}。`, ruleIds, guideId }
  return { verdict: 'yes', reason: yesReason(input), ruleIds, guideId }
}
