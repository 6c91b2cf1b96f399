import { useState } from 'react'
import { View, Text, Button } from '@tarojs/components'
import ChoiceGroup from '@/components/choice-group'
import { REGION_OPTIONS } from '@/lib/region-options'
import { useProfileStore, type Profile } from '@/store/profile-store'
import { AGE_BANDS, AGE_LABELS, labelled, SCHEME_LABELS, SCHEMES, STATUS_LABELS, STATUSES } from '@/domain/vocab'

export interface ProfileFormProps {
  /**
   * Show 跳过 (first launch)
   * @default false
   */
  skippable?: boolean
  /** Called after saving or skipping */
  onDone?: () => void
}

const SCHEME_CHOICES = labelled(SCHEMES, SCHEME_LABELS)
const STATUS_CHOICES = labelled(STATUSES, STATUS_LABELS)
const AGE_CHOICES = labelled(AGE_BANDS, AGE_LABELS)

/** The profile in three taps: 参保地, 险种 (and 在职/退休), age band. Fills the estimator and the guides. */
export default function ProfileForm({ skippable = false, onDone }: ProfileFormProps) {
  const stored = useProfileStore()
  const [draft, setDraft] = useState<Profile>({ ...stored, onboarded: true })
  const set = (patch: Partial<Profile>) => setDraft((d) => ({ ...d, ...patch }))
  const save = () => {
    stored.update({ ...draft, status: draft.scheme === 'resident' ? null : draft.status, onboarded: true })
    onDone?.()
  }
  const skip = () => {
    stored.update({ onboarded: true })
    onDone?.()
  }
  return (
    <View className='profile-form'>
      <ChoiceGroup name='region' label='1. 您在哪里参保？' options={REGION_OPTIONS} value={draft.regionId} onChange={(regionId) => set({ regionId })} />
      {draft.regionId === 'other' ? (
        <Text className='t-small'>暂未收录您所在地区，测算将使用全国通行规则的参考值，请以当地医保局公布为准。</Text>
      ) : null}
      <ChoiceGroup name='scheme' label='2. 参加的是哪种医保？' options={SCHEME_CHOICES} value={draft.scheme} onChange={(scheme) => set({ scheme })} />
      {draft.scheme === 'employee' ? (
        <ChoiceGroup name='status' label='在职还是退休？' options={STATUS_CHOICES} value={draft.status} onChange={(status) => set({ status })} />
      ) : null}
      <ChoiceGroup name='age' label='3. 年龄段' options={AGE_CHOICES} value={draft.ageBand} onChange={(ageBand) => set({ ageBand })} />
      <Button className='btn' onClick={save} data-action='save-profile'>
        保存
      </Button>
      {skippable ? (
        <Button className='btn btn--plain' onClick={skip} data-action='skip-profile'>
          先跳过，以后在「我的」里填
        </Button>
      ) : null}
    </View>
  )
}
