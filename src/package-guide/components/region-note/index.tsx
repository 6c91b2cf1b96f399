import Taro from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import { REGION_INDEX } from '@/data/region-index'
import { routes } from '@/routes'
import './index.scss'

export interface GuideRegionNoteProps {
  /** The guide's note on what differs by place (contains 以参保地医保局为准) */
  note: string
  /** The user's 参保地 from the profile, or null */
  regionId: string | null
}

/** "各地规定不同": the guide's local note, and a link to the user's 参保地 policy page when we have that region. */
export default function GuideRegionNote({ note, regionId }: GuideRegionNoteProps) {
  const region = REGION_INDEX.find((r) => r.id === regionId)
  const to = region ? routes.policyRegion(region.id) : null
  return (
    <View className='card guide-region' data-section='region-note'>
      <Text className='t-h2'>各地规定不同</Text>
      <View>
        <Text className='t-body'>{note}</Text>
      </View>
      {region && to ? (
        <Text className='guide-region__link' onClick={() => Taro.navigateTo({ url: to })} data-to={to}>
          查看{region.name}的医保政策和来源 ›
        </Text>
      ) : (
        <View>
          <Text className='t-small'>在“我的”里填好参保地，这里会给出本地政策的入口。</Text>
        </View>
      )}
    </View>
  )
}
