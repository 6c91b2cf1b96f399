import { useState } from 'react'
import Taro from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import type { Provenance } from '@/domain/vocab'
import { today } from '@/lib/clock'
import { routes } from '@/routes'
import { provenanceMark } from '@/domain/policy/provenance-mark'
import './index.scss'

export interface ConfidenceBadgeProps {
  /** Where the figure comes from */
  provenance: Provenance
  /** Region whose policy page lists this figure; omitted for national rules */
  regionId?: string
  /**
   * Show the source inline under the badge when tapped
   * @default true
   */
  expandable?: boolean
}

/** 已核实 / 待核实 / 可能已过期 for one figure; tapping shows its source, checked date and a link to the policy page. */
export default function ConfidenceBadge({ provenance, regionId, expandable = true }: ConfidenceBadgeProps) {
  const [open, setOpen] = useState(false)
  const mark = provenanceMark(provenance, today())
  return (
    <View className='confidence-badge'>
      <Text className={`badge badge--${mark.tone}`} data-confidence={mark.tone} onClick={() => expandable && setOpen(!open)}>
        {mark.label}
      </Text>
      {open ? (
        <View className='confidence-badge__source t-small'>
          <View>
            来源：{provenance.document}
            {provenance.docNumber ? `（${provenance.docNumber}）` : ''}
          </View>
          {provenance.url ? <View className='confidence-badge__url'>{provenance.url}</View> : null}
          <View>
            {mark.explanation} 核对日期 {provenance.checkedAt}。
          </View>
          {provenance.note ? <View>{provenance.note}</View> : null}
          <Text
            className='confidence-badge__link'
            onClick={() => Taro.navigateTo({ url: regionId ? routes.policyRegion(regionId) : routes.policyAbout() })}
          >
            {regionId ? '查看本地区全部政策与来源 ›' : '数据说明 ›'}
          </Text>
        </View>
      ) : null}
    </View>
  )
}
