import { useState } from 'react'
import { View, Text, Input, Button } from '@tarojs/components'
import ChoiceGroup from '@/components/choice-group'
import { REGION_OPTIONS } from '@/lib/region-options'
import { validateMember, type FamilyMember, type MemberDraft } from '@/domain/family/member'
import './index.scss'
import { MEMBER_SCHEMES, RELATION_LABELS, RELATIONS, SCHEME_LABELS } from '@/domain/vocab'

export interface FamilyMemberFormProps {
  /** The member being edited; omitted when adding */
  initial?: FamilyMember
  /** Called with a member that passed validateMember */
  onSave: (member: FamilyMember) => void
  /** Called when the user leaves the form without saving */
  onCancel: () => void
}

const REGION_IDS = REGION_OPTIONS.map((o) => o.value)
const RELATION_OPTIONS = RELATIONS.map((r) => ({ value: r, label: RELATION_LABELS[r] }))
const SCHEME_OPTIONS = MEMBER_SCHEMES.map((s) => ({ value: s, label: SCHEME_LABELS[s] }))
const STATUS_OPTIONS = [{ value: 'working' as const, label: '在职' }, { value: 'retired' as const, label: '退休' }]

const pick = <T,>(v: unknown) => (v === undefined ? null : (v as T))

/** Add or edit one family member: 称呼, relation, 参保地, insurance and 在职/退休, with an error at each field. */
export default function FamilyMemberForm({ initial, onSave, onCancel }: FamilyMemberFormProps) {
  const [draft, setDraft] = useState<MemberDraft>(initial ?? {})
  const [errors, setErrors] = useState<Partial<Record<keyof FamilyMember, string>>>({})
  const set = (patch: MemberDraft) => setDraft((d) => ({ ...d, ...patch }))
  const employee = draft.scheme === 'employee'
  const save = () => {
    // 在职/退休 only matters for 职工医保; others are stored as 在职 and never shown.
    const r = validateMember({ ...draft, status: employee ? draft.status : 'working' }, REGION_IDS)
    setErrors(r.ok ? {} : r.errors)
    if (r.ok) onSave(r.member)
  }
  return (
    <View className='card family-member-form' data-form='member'>
      <Text className='t-h2'>{initial ? '修改家人' : '添加家人'}</Text>
      <View className='family-member-form__field'>
        <Text className='choice-group__label'>称呼</Text>
        <View className={`family-member-form__box input-box ${errors.nickname ? 'family-member-form__box--error' : ''}`}>
          <Input
            id='member-nickname'
            className='family-member-form__input'
            value={typeof draft.nickname === 'string' ? draft.nickname : ''}
            placeholder='例如：爸爸、老伴'
            maxlength={20}
            onInput={(e) => set({ nickname: e.detail.value })}
          />
        </View>
        {errors.nickname ? <Text className='field-error'>{errors.nickname}</Text> : null}
        <Text className='t-small'>只填称呼就好，不要填姓名、身份证号或手机号。</Text>
      </View>
      <ChoiceGroup name='member-relation' label='和你的关系' options={RELATION_OPTIONS} value={pick(draft.relation)} onChange={(relation) => set({ relation })} error={errors.relation} />
      <ChoiceGroup name='member-region' label='在哪里参保' options={REGION_OPTIONS} value={pick(draft.regionId)} onChange={(regionId) => set({ regionId })} error={errors.regionId} />
      <ChoiceGroup name='member-scheme' label='参加的医保' options={SCHEME_OPTIONS} value={pick(draft.scheme)} onChange={(scheme) => set({ scheme })} error={errors.scheme} />
      {employee ? (
        <ChoiceGroup name='member-status' label='在职还是退休' options={STATUS_OPTIONS} value={pick(draft.status)} onChange={(status) => set({ status })} error={errors.status} />
      ) : null}
      <Button className='btn' onClick={save} data-action='save-member'>
        保存
      </Button>
      <Button className='btn btn--plain' onClick={onCancel} data-action='cancel-member'>
        取消
      </Button>
    </View>
  )
}
