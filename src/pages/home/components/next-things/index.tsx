import Taro from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import { useRemindersStore } from '@/store/reminders-store'
import { today } from '@/lib/clock'
import { routes } from '@/routes'
import { collectionWindowStatus } from '@/domain/calendar'
import { daysLeft, formatDateCn, parseDate } from '@/domain/guide/deadlines'
import { REGION_INDEX } from '@/data/region-index'
import { useProfileStore } from '@/store/profile-store'
import { startedGuides, useGuideProgressStore } from '@/store/guide-progress-store'
import './index.scss'

/** At most this many guides in progress are listed (most recently touched first). */
const MAX_GUIDES = 3

function daysText(days: number): string {
  if (days > 0) return `还剩 ${days} 天`
  if (days === 0) return '就是今天'
  return `已过 ${-days} 天`
}

/** 首页 "接下来要做": saved deadlines with days left, guides in progress. One sentence when there is nothing. */
export default function NextThings() {
  const reminders = useRemindersStore((s) => s.reminders).filter((r) => parseDate(r.date).ok)
  const regionId = useProfileStore((s) => s.regionId)
  const progress = useGuideProgressStore((s) => s.guides)
  const started = startedGuides(progress).filter((g) => !g.complete).slice(0, MAX_GUIDES)
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
      {reminders.map((r) => {
        const days = daysLeft(r.date, now)
        return (
          <View key={r.id} className='next-things__row' onClick={() => Taro.navigateTo({ url: routes.guide(r.guideId) })} data-reminder={r.id}>
            <Text className='next-things__label'>{r.label}</Text>
            <Text className={`next-things__days ${days < 0 ? 'next-things__days--late' : days <= 7 ? 'next-things__days--soon' : ''}`}>
              {formatDateCn(r.date)}，{daysText(days)}
              {r.approximate ? '（日期可能顺延）' : ''}
            </Text>
          </View>
        )
      })}
      {started.map((g) => (
        <View key={g.id} className='next-things__row' onClick={() => Taro.navigateTo({ url: routes.guide(g.id) })} data-guide-progress={g.id}>
          <Text className='next-things__label'>
            继续：{g.title} {g.stepsLabel}
          </Text>
          {g.nextStep ? <Text className='next-things__days'>下一步：{g.nextStep}</Text> : null}
        </View>
      ))}
      {reminders.length === 0 && started.length === 0 ? (
        <View>
          <Text className='t-small'>暂时没有待办。打开一份办事指南，进度和截止日期会出现在这里。</Text>
        </View>
      ) : null}
    </View>
  )
}
