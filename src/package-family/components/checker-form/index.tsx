import { useState } from 'react'
import { View, Text, Button } from '@tarojs/components'
import ChoiceGroup from '@/components/choice-group'
import { isKnownRegion } from '@/package-family/data/region-facts'
import { REGION_OPTIONS } from '@/lib/region-options'
import { regionName } from '@/data/region-index'
import { PURPOSES, PURPOSE_LABELS, needsProvinceAnswer, type CheckerDraft, type CheckerInputs } from '@/domain/family/checker'
import type { StoredMember } from '@/store/family-store'
import './index.scss'
import { MEMBER_SCHEMES, RELATION_LABELS, RELATIONS, SCHEME_LABELS } from '@/domain/vocab'

export interface FamilyCheckerFormProps {
  /** The answers so far; null fields are unanswered */
  draft: CheckerDraft
  /** Called with the fields that changed */
  onChange: (patch: Partial<CheckerDraft>) => void
  /** Chinese message per unanswered field, shown after 查看结果 */
  errors: Partial<Record<keyof CheckerInputs, string>>
  /** The roster, offered as a shortcut for the family member's answers */
  members: readonly StoredMember[]
  /** Called when the user taps 查看结果 */
  onSubmit: () => void
}

const options = <T extends string>(values: readonly T[], labels: Readonly<Record<T, string>>) => values.map((value) => ({ value, label: labels[value] }))
const RELATION_OPTIONS = options(RELATIONS, RELATION_LABELS)
const SCHEME_OPTIONS = options(MEMBER_SCHEMES, SCHEME_LABELS)
const PURPOSE_OPTIONS = options(PURPOSES, PURPOSE_LABELS)
const YES_NO = [{ value: 'yes', label: '有' }, { value: 'no', label: '没有' }]
const PROVINCE = [{ value: 'yes', label: '同一个省' }, { value: 'no', label: '不同省' }]
const MANUAL = 'manual'

const yesNo = (v: boolean | null) => (v === null ? null : v ? 'yes' : 'no')
function payerSummary(d: CheckerDraft): string | null {
  if (d.payerRegion === null || d.payerScheme === null || (d.payerScheme === 'employee' && d.hasAccount === null)) return null
  const account = d.payerScheme === 'employee' ? (d.hasAccount ? ' · 有个人账户' : ' · 没有个人账户') : ''
  return `${regionName(d.payerRegion)} · ${SCHEME_LABELS[d.payerScheme]}${account}`
}

const regionChoice = (id: string) => (REGION_OPTIONS.some((o) => o.value === id) ? id : 'other')

/**
 * The checker's questions: you (the payer; one line with 修改 when already answered), the family member
 * (from the roster or by hand), and what to pay.
 */
export default function FamilyCheckerForm({ draft, onChange, errors, members, onSubmit }: FamilyCheckerFormProps) {
  const [memberId, setMemberId] = useState<string | null>(null)
  const [payerOpen, setPayerOpen] = useState(() => payerSummary(draft) === null)
  const pickMember = (id: string) => {
    setMemberId(id)
    const m = members.find((x) => x.id === id)
    if (m) onChange({ relation: m.relation, beneficiaryRegion: regionChoice(m.regionId), beneficiaryScheme: m.scheme, sameProvince: null })
  }
  const edit = (patch: Partial<CheckerDraft>) => {
    setMemberId(MANUAL)
    onChange(patch)
  }
  const roster = [...members.map((m) => ({ value: m.id, label: m.nickname })), { value: MANUAL, label: '自己填' }]
  const missing = Object.keys(errors).length
  return (
    <View className='family-checker-form'>
      <View className='card'>
        <Text className='t-h2'>一、你自己（付钱的人）</Text>
        {payerOpen ? (
          <View>
            <ChoiceGroup name='payer-region' label='你在哪里参保' options={REGION_OPTIONS} value={draft.payerRegion} onChange={(payerRegion) => onChange({ payerRegion })} error={errors.payerRegion} />
            <ChoiceGroup name='payer-scheme' label='你参加的医保' options={SCHEME_OPTIONS} value={draft.payerScheme} onChange={(payerScheme) => onChange({ payerScheme })} error={errors.payerScheme} />
            {draft.payerScheme === 'employee' ? (
              <ChoiceGroup name='payer-account' label='你的职工医保有个人账户吗' options={YES_NO} value={yesNo(draft.hasAccount)} onChange={(v) => onChange({ hasAccount: v === 'yes' })} error={errors.hasAccount} />
            ) : null}
          </View>
        ) : (
          <View className='family-checker-form__payer' onClick={() => setPayerOpen(true)} data-action='edit-payer'>
            <Text className='t-body'>{payerSummary(draft)}</Text>
            <Text className='link-text family-checker-form__change'>修改 ›</Text>
          </View>
        )}
      </View>
      <View className='card'>
        <Text className='t-h2'>二、要给哪位家人用</Text>
        {members.length > 0 ? (
          <ChoiceGroup name='member' label='从已添加的家人中选' options={roster} value={memberId} onChange={(id) => (id === MANUAL ? setMemberId(MANUAL) : pickMember(id))} />
        ) : null}
        <ChoiceGroup name='relation' label='家人和你的关系' options={RELATION_OPTIONS} value={draft.relation} onChange={(relation) => edit({ relation })} error={errors.relation} />
        <ChoiceGroup name='beneficiary-region' label='家人在哪里参保' options={REGION_OPTIONS} value={draft.beneficiaryRegion} onChange={(beneficiaryRegion) => edit({ beneficiaryRegion })} error={errors.beneficiaryRegion} />
        {needsProvinceAnswer(draft.payerRegion, draft.beneficiaryRegion, isKnownRegion) ? (
          <ChoiceGroup name='same-province' label='家人和你在同一个省参保吗' options={PROVINCE} value={yesNo(draft.sameProvince)} onChange={(v) => edit({ sameProvince: v === 'yes' })} error={errors.sameProvince} />
        ) : null}
        <ChoiceGroup name='beneficiary-scheme' label='家人参加的医保' options={SCHEME_OPTIONS} value={draft.beneficiaryScheme} onChange={(beneficiaryScheme) => edit({ beneficiaryScheme })} error={errors.beneficiaryScheme} />
      </View>
      <View className='card'>
        <Text className='t-h2'>三、想用个人账户付什么</Text>
        <ChoiceGroup name='purpose' label='选一项' options={PURPOSE_OPTIONS} value={draft.purpose} onChange={(purpose) => onChange({ purpose })} error={errors.purpose} />
      </View>
      {missing > 0 ? <Text className='field-error family-checker-form__missing'>还有 {missing} 项没有选，请看上面的红字。</Text> : null}
      <Button className='btn' onClick={onSubmit} data-action='check'>
        查看结果
      </Button>
    </View>
  )
}
