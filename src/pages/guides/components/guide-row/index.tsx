import Taro from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import { routes } from '@/routes'
import './index.scss'

export interface GuideRowProps {
  /** ASCII guide id */
  id: string
  title: string
  /** Finished steps */
  done: number
  /** Steps in the guide */
  total: number
  /** A line under the title, e.g. the summary in search results */
  desc?: string
}

/** A guide in the list: title, and 已完成 3/6 步 once started (共 6 步 before); opens the guide. */
export default function GuideRow({ id, title, done, total, desc }: GuideRowProps) {
  const to = routes.guide(id)
  const finished = total > 0 && done === total
  return (
    <View className='guide-row' onClick={() => Taro.navigateTo({ url: to })} data-to={to} data-guide={id}>
      <View className='guide-row__main'>
        <Text className='guide-row__title'>{title}</Text>
        {desc ? <Text className='guide-row__desc t-small'>{desc}</Text> : null}
        <View className='guide-row__meta'>
          {finished ? (
            <Text className='badge badge--ok' data-progress={`${done}/${total}`}>已全部完成 {done}/{total}</Text>
          ) : done > 0 ? (
            <Text className='badge badge--warn' data-progress={`${done}/${total}`}>已完成 {done}/{total} 步</Text>
          ) : (
            <Text className='t-small'>共 {total} 步</Text>
          )}
        </View>
      </View>
      <Text className='guide-row__arrow'>›</Text>
    </View>
  )
}
