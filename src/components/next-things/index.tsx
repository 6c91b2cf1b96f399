import Taro from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import { useRemindersStore } from '@/store/reminders-store'
import { today } from '@/lib/clock'
import { daysUntil } from '@/lib/days'
import { routes } from '@/routes'
import { collectionWindowStatus } from '@/domain/calendar'
import { formatDateCn } from '@/domain/deadlines'
import { REGION_INDEX } from '@/data/region-index'
import { useProfileStore } from '@/store/profile-store'
import './index.scss'

function daysText(days: number): string {
  if (days > 0) return `还剩 ${days} 天`
  if (days === 0) return '就是今天'
  return `已过 ${-days} 天`
}

/** 首页 "接下来要做": saved deadlines with days left, guides in progress. One sentence when there is nothing. */
export default function NextThings() {
  const reminders = useRemindersStore((s) => s.reminders)
  const regionId = useProfileStore((s) => s.regionId)
  const now = today()
  const region = REGION_INDEX.find((r) => r.id === regionId)
  const window = region ? collectionWindowStatus(region.collection, now) : null
  return (
    <View className='card next-things' data-section='next-things'>
      <Text className='t-h2'>接下来要做</Text>
      {region && window ? (
        <View className='next-things__row' data-section='collection-window'>
          <Text className='next-things__label'>
            {region.name}居民医保集中缴费期
            {region.collection.verified ? null : <Text className='badge badge--warn'>待核实</Text>}
          </Text>
          <Text className='next-things__days'>
            {window.open
              ? `正在进行，${formatDateCn(window.end)}截止（${daysText(window.daysLeft)}）`
              : `${formatDateCn(window.nextStart)}开始（还有 ${window.daysUntilOpen} 天）`}
          </Text>
        </View>
      ) : null}
      {reminders.length === 0 ? (
        <View>
          <Text className='t-small'>暂时没有待办。打开一份办事指南，进度和截止日期会出现在这里。</Text>
        </View>
      ) : (
        reminders.map((r) => {
          const days = daysUntil(r.date, now)
          return (
            <View key={r.id} className='next-things__row' onClick={() => Taro.navigateTo({ url: routes.guide(r.guideId) })} data-reminder={r.id}>
              <Text className='next-things__label'>{r.label}</Text>
              <Text className={`next-things__days ${days < 0 ? 'next-things__days--late' : days <= 7 ? 'next-things__days--soon' : ''}`}>
                {r.date}（{daysText(days)}
                {r.approximate ? '，日期可能顺延' : ''}）
              </Text>
            </View>
          )
        })
      )}
    </View>
  )
}
