import { View, Text } from '@tarojs/components'
import ConfidenceBadge from '@/components/confidence-badge'
import type { FamilyItem } from '@/data/family-types'
import './index.scss'

export interface FamilyRuleProps {
  /** An explainer statement from family.json */
  item: FamilyItem
  /**
   * Show the statement's text, not only its title and source
   * @default true
   */
  showBody?: boolean
}

/** One 家庭共济 statement: title, text, the document it rests on and how sure that source is. */
export default function FamilyRule({ item, showBody = true }: FamilyRuleProps) {
  const p = item.provenance
  return (
    <View className='family-rule' data-rule={item.id}>
      <Text className='family-rule__title'>{item.title}</Text>
      {showBody ? <Text className='family-rule__body t-body'>{item.body}</Text> : null}
      <View className='family-rule__source'>
        <Text className='t-small'>
          依据：{p.document}
          {p.docNumber ? `（${p.docNumber}）` : ''}
        </Text>
        <ConfidenceBadge provenance={p} />
      </View>
    </View>
  )
}
