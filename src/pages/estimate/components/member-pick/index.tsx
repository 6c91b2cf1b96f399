import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import ChoiceGroup from '@/components/choice-group'
import { memberChoices } from '@/domain/estimate/member-choices'
import { REGION_INDEX } from '@/data/region-index'
import { useFamilyStore } from '@/store/family-store'
import type { EstimateDraft } from '@/domain/estimate/draft'
import { RELATION_LABELS } from '@/domain/vocab'

export interface EstimateMemberPickProps {
  /** Sets region, scheme and status on the form */
  onPick: (patch: Partial<EstimateDraft>) => void
}

const IDS = REGION_INDEX.map((r) => r.id)

/** 为谁测算: yourself or a family member from the roster (shown only when the roster has someone). */
export default function EstimateMemberPick({ onPick }: EstimateMemberPickProps) {
  const members = useFamilyStore((s) => s.members)
  const [who, setWho] = useState<string>('self')
  const [problem, setProblem] = useState('')
  if (members.length === 0) return null
  const options = [{ value: 'self', label: '自己' }, ...members.map((m) => ({ value: m.id, label: `${m.nickname}（${RELATION_LABELS[m.relation]}）` }))]
  const pick = (id: string) => {
    setWho(id)
    setProblem('')
    const m = members.find((x) => x.id === id)
    if (!m) return onPick({ region: null, scheme: null, status: null })
    const c = memberChoices(m, IDS)
    if (!c.ok) return setProblem(c.reason)
    onPick({ region: c.region, scheme: c.scheme, status: c.status })
  }
  return (
    <View className='card'>
      <ChoiceGroup name='who' label='为谁测算' options={options} value={who} onChange={pick} />
      {problem ? <Text className='field-error'>{problem}</Text> : <Text className='t-small'>选家人后，下面的参保地和险种会按家人的情况填好。</Text>}
    </View>
  )
}
