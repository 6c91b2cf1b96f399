import Taro from '@tarojs/taro'
import { View, Text, Button } from '@tarojs/components'
import PageShell from '@/components/page-shell'
import MoneyText from '@/package-estimate/components/money-text'
import EstimateTitle from '@/package-estimate/components/title'
import { routes, tabs } from '@/routes'
import { useSharePage } from '@/hooks/use-share-page'
import { useHistoryStore, type SavedEstimate } from '@/store/history-store'
import './index.scss'

async function confirmRemove(item: SavedEstimate, remove: (id: string) => void): Promise<void> {
  const r = await Taro.showModal({ title: '删除这条记录', content: `删除「${item.title}」吗？`, confirmText: '删除', confirmColor: '#b42318' })
  if (r.confirm) remove(item.id)
}

export default function EstimateHistory() {
  useSharePage('报销测算记录', routes.estimateHistory())
  const items = useHistoryStore((s) => s.items)
  const remove = useHistoryStore((s) => s.remove)
  if (items.length === 0) {
    return (
      <PageShell>
        <View className='card' data-section='empty'>
          <Text className='t-body'>还没有保存的测算，算一次后点「保存到测算记录」就会出现在这里。</Text>
          <Button className='btn' onClick={() => Taro.switchTab({ url: tabs.estimate })} data-action='go-estimate'>
            去测算
          </Button>
        </View>
      </PageShell>
    )
  }
  return (
    <PageShell>
      <View className='estimate-history__intro'>
        <Text className='t-small'>共 {items.length} 条，只保存在这台手机上。点一条可以重新打开。</Text>
      </View>
      {items.map((item) => (
        <View key={item.id} className='card estimate-history__item' data-history={item.id}>
          <View className='estimate-history__open' onClick={() => Taro.navigateTo({ url: routes.estimateResult(item.code) })} data-action='open-saved'>
            <EstimateTitle title={item.title} />
            <View>
              <Text className='t-small'>保存于 {item.savedAt}</Text>
            </View>
            <View className='estimate-history__amounts'>
              <Text>
                总费用 <MoneyText fen={item.total} />
              </Text>
              <Text>
                自己付 <MoneyText fen={item.personal} className='estimate-history__personal' />
              </Text>
            </View>
          </View>
          <View className='estimate-history__actions'>
            <Text className='link-text estimate-history__action' onClick={() => Taro.navigateTo({ url: routes.estimateResult(item.code) })}>
              打开 ›
            </Text>
            <Text className='estimate-history__action estimate-history__delete' onClick={() => confirmRemove(item, remove)} data-action='delete-saved'>
              删除
            </Text>
          </View>
        </View>
      ))}
    </PageShell>
  )
}
