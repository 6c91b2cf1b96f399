import { View, Text } from '@tarojs/components'
import MoneyText from '@/package-estimate/components/money-text'
import type { WhatIfRow } from '@/domain/estimate/what-if'
import './index.scss'

export interface EstimateWhatIfProps {
  /** Priced variants, in display order */
  rows: readonly WhatIfRow[]
  /** Open a variant's own result */
  onOpen: (row: WhatIfRow) => void
}

/** 换个情况算算: each variant with what the person would pay and the difference; tap to open it. */
export default function EstimateWhatIf({ rows, onOpen }: EstimateWhatIfProps) {
  if (rows.length === 0) return null
  return (
    <View className='card estimate-what-if'>
      <Text className='t-h2'>换个情况，自己付多少</Text>
      {rows.map((r) => (
        <View key={r.key} className='estimate-what-if__row' onClick={() => onOpen(r)} data-what-if={r.key}>
          <View className='estimate-what-if__main'>
            <Text className='estimate-what-if__label'>{r.label}</Text>
            <View className='estimate-what-if__figures'>
              <Text className='t-small'>
                自己付 <MoneyText fen={r.personal} />
              </Text>
              <Text className={`estimate-what-if__diff estimate-what-if__diff--${r.diff > 0 ? 'more' : r.diff < 0 ? 'less' : 'same'}`}>{r.diffText}</Text>
            </View>
          </View>
          <Text className='estimate-what-if__arrow'>›</Text>
        </View>
      ))}
    </View>
  )
}
