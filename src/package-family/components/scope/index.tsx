import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import ChoiceGroup from '@/components/choice-group'
import ConfidenceBadge from '@/components/confidence-badge'
import { regionName } from '@/data/region-index'
import type { PoolingScope } from '@/data/types'
import { lookupRegion } from '@/package-family/data/region-facts'
import { REGION_OPTIONS } from '@/lib/region-options'
import './index.scss'

export interface FamilyScopeProps {
  /** Region to show first (the profile's); null or 'other' asks the user to pick one */
  regionId: string | null
}

const openText = (open: PoolingScope['open']) => (open === 'unknown' ? '暂无资料' : open ? '已开通' : '未开通')

function Row({ name, who, scope, regionId }: { name: string; who: string; scope: PoolingScope; regionId: string }) {
  return (
    <View className='family-scope__row' data-scope={name}>
      <View>
        <Text className='family-scope__name'>{name}</Text>
        <Text className={`family-scope__open family-scope__open--${String(scope.open)}`}>{openText(scope.open)}</Text>
        <ConfidenceBadge provenance={scope.provenance} regionId={regionId} />
      </View>
      <Text className='t-small'>{who}</Text>
      <View>
        <Text className='t-body'>{scope.text}</Text>
      </View>
    </View>
  )
}

/** Where 省内 and 跨省 共济 are open for one region, per the dataset, with how sure each statement is. */
export default function FamilyScope({ regionId }: FamilyScopeProps) {
  const [picked, setPicked] = useState<string | null>(regionId)
  const [choosing, setChoosing] = useState(false)
  const region = picked ? lookupRegion(picked) : undefined
  const pooling = region?.familyPooling
  return (
    <View className='family-scope' data-section='family-scope'>
      <Text className='t-h2'>你的参保地：{picked ? regionName(picked) : '未选择'}</Text>
      {picked && pooling ? (
        <View>
          <Row name='省内共济' who='家人和你在同一个省参保' scope={pooling.province} regionId={picked} />
          <Row name='跨省共济' who='家人在外省参保' scope={pooling.national} regionId={picked} />
        </View>
      ) : (
        <View>
          <Text className='t-body'>
            {picked ? '暂未收录这个地区的共济开通情况，请向当地医保部门确认。' : '选择参保地后，这里会显示当地是否已开通省内、跨省共济。'}
          </Text>
        </View>
      )}
      {choosing || !picked ? (
        <ChoiceGroup name='scope-region' label='选择参保地' options={REGION_OPTIONS} value={picked} onChange={(id) => { setPicked(id); setChoosing(false) }} />
      ) : (
        <Text className='link-text family-scope__change' onClick={() => setChoosing(true)}>
          看看其他地区 ›
        </Text>
      )}
    </View>
  )
}
