import { useState } from 'react'
import { View, Text, Button } from '@tarojs/components'
import ChoiceGroup from '@/components/choice-group'
import { REGION_INDEX } from '@/data/region-index'
import { useProfileStore, type AgeBand, type Profile } from '@/store/profile-store'
import type { Scheme, WorkStatus } from '@/domain/vocab'

export interface ProfileFormProps {
  /**
   * Show 跳过 (first launch)
   * @default false
   */
  skippable?: boolean
  /** Called after saving or skipping */
  onDone?: () => void
}

const REGIONS = [...REGION_INDEX.map((r) => ({ value: r.id, label: r.name })), { value: 'other', label: '其他地区' }]
const SCHEMES: { value: Scheme; label: string }[] = [
  { value: 'employee', label: '职工医保' },
  { value: 'resident', label: '居民医保' },
]
const STATUSES: { value: WorkStatus; label: string }[] = [
  { value: 'working', label: '在职' },
  { value: 'retired', label: '退休' },
]
const AGES: { value: AgeBand; label: string }[] = [
  { value: 'under-45', label: '45岁以下' },
  { value: '45-59', label: '45–59岁' },
  { value: '60-69', label: '60–69岁' },
  { value: '70-plus', label: '70岁及以上' },
]

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
      <ChoiceGroup name='region' label='1. 您在哪里参保？' options={REGIONS} value={draft.regionId} onChange={(regionId) => set({ regionId })} />
      {draft.regionId === 'other' ? (
        <Text className='t-small'>暂未收录您所在地区，测算将使用全国通行规则的参考值，请以当地医保局公布为准。</Text>
      ) : null}
      <ChoiceGroup name='scheme' label='2. 参加的是哪种医保？' options={SCHEMES} value={draft.scheme} onChange={(scheme) => set({ scheme })} />
      {draft.scheme === 'employee' ? (
        <ChoiceGroup name='status' label='在职还是退休？' options={STATUSES} value={draft.status} onChange={(status) => set({ status })} />
      ) : null}
      <ChoiceGroup name='age' label='3. 年龄段' options={AGES} value={draft.ageBand} onChange={(ageBand) => set({ ageBand })} />
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
