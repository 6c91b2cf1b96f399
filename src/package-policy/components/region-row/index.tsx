import Taro from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import { routes } from '@/routes'
import './index.scss'

export interface PolicyRegionRowProps {
  /** ASCII region id */
  id: string
  name: string
  /** Number of figures read in an official text */
  verified: number
  /** Number of figures not yet checked against an official text */
  unverified: number
}

/** A region in the policy library: name and how many of its figures are 已核实 / 待核实; opens the region page. */
export default function PolicyRegionRow({ id, name, verified, unverified }: PolicyRegionRowProps) {
  const to = routes.policyRegion(id)
  return (
    <View className='policy-region-row' onClick={() => Taro.navigateTo({ url: to })} data-to={to} data-region={id}>
      <View className='policy-region-row__main'>
        <Text className='policy-region-row__name'>{name}</Text>
        <View className='policy-region-row__counts'>
          <Text className='badge badge--ok'>已核实 {verified} 项</Text>
          <Text className='badge badge--warn'>待核实 {unverified} 项</Text>
        </View>
      </View>
      <Text className='policy-region-row__arrow'>›</Text>
    </View>
  )
}
