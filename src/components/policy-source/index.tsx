import Taro from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import ConfidenceBadge from '@/components/confidence-badge'
import type { Provenance } from '@/domain/vocab'
import './index.scss'

export interface PolicySourceProps {
  /** Where the figure comes from */
  provenance: Provenance
  /**
   * Word before the document name
   * @default '依据'
   */
  caption?: string
}

/** One source of a policy figure: confidence badge, document name and number, checked date and a copyable link. */
export default function PolicySource({ provenance: p, caption = '依据' }: PolicySourceProps) {
  const copy = () => {
    if (!p.url) return
    Taro.setClipboardData({ data: p.url }).catch(() => Taro.showToast({ title: '复制失败，请长按链接复制', icon: 'none' }))
  }
  return (
    <View className='policy-source' data-confidence={p.confidence}>
      <View className='policy-source__line'>
        <ConfidenceBadge provenance={p} />
        <Text className='policy-source__doc t-small'>
          {caption}：{p.document}
          {p.docNumber ? `（${p.docNumber}）` : ''}，
        </Text>
        <Text className='policy-source__date t-small'>{p.checkedAt} 核对</Text>
      </View>
      {p.url ? (
        <View className='policy-source__url'>
          <Text className='policy-source__link t-small' userSelect>
            {p.url}
          </Text>
          <Text className='policy-source__copy t-small' onClick={copy} data-action='copy-url'>
            复制链接
          </Text>
        </View>
      ) : null}
    </View>
  )
}
