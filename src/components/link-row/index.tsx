import Taro from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import './index.scss'

export interface LinkRowProps {
  /** Main text */
  title: string
  /** One-line explanation under the title */
  desc?: string
  /** Path from src/routes.ts (subpackage page) or a tab path */
  to: string
  /**
   * Use switchTab (for the four tab pages)
   * @default false
   */
  tab?: boolean
}

/** A full-width tappable row that opens another page. */
export default function LinkRow({ title, desc, to, tab = false }: LinkRowProps) {
  const open = () => (tab ? Taro.switchTab({ url: to }) : Taro.navigateTo({ url: to }))
  return (
    <View className='link-row' onClick={open} data-to={to}>
      <View className='link-row__main'>
        <Text className='link-row__title'>{title}</Text>
        {desc ? <Text className='link-row__desc t-small'>{desc}</Text> : null}
      </View>
      <Text className='link-row__arrow'>›</Text>
    </View>
  )
}
