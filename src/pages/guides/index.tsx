import { useMemo, useState } from 'react'
import { View, Text, Input } from '@tarojs/components'
import PageShell from '@/components/page-shell'
import LinkRow from '@/components/link-row'
import GuideRow from '@/pages/guides/components/guide-row'
import { routes, tabs } from '@/routes'
import { useSharePage } from '@/hooks/use-share-page'
import { useGuideProgressStore } from '@/store/guide-progress-store'
import { INDEX_GUIDES } from '@/data/guide-index'
import { progressCounts, EMPTY_PROGRESS } from '@/domain/guide/progress'
import { searchGuides } from '@/domain/guide/search'
import './index.scss'
import { CATEGORY_LABELS, type GuideCategory } from '@/domain/vocab'

const CATEGORIES = Object.keys(CATEGORY_LABELS) as GuideCategory[]

export default function Guides() {
  useSharePage('医保办事指南', tabs.guides)
  const [query, setQuery] = useState('')
  const progress = useGuideProgressStore((s) => s.guides)
  const hits = useMemo(() => (query.trim() ? searchGuides(INDEX_GUIDES, query) : null), [query])
  const row = (g: (typeof INDEX_GUIDES)[number], desc?: string) => {
    const c = progressCounts(g, progress[g.id] ?? EMPTY_PROGRESS)
    return <GuideRow key={g.id} id={g.id} title={g.title} done={c.stepsDone} total={c.stepsTotal} desc={desc} />
  }
  return (
    <PageShell>
      <View className='card'>
        <Text className='t-title'>办事指南</Text>
        <View>
          <Text className='t-body t-muted'>一步一步教您办：备案、报销、缴费、家庭共济。</Text>
        </View>
        <View className='guides-search input-box'>
          <Input
            id='guide-search'
            className='guides-search__input'
            value={query}
            placeholder='说说您要办什么'
            confirmType='search'
            onInput={(e) => setQuery(e.detail.value)}
          />
          {query ? (
            <Text className='guides-search__clear' onClick={() => setQuery('')} data-action='clear-search'>
              清除
            </Text>
          ) : null}
        </View>
        <Text className='guides-search__hint t-small'>例如：在外地住院了怎么报销、医保卡给孩子用</Text>
      </View>
      <LinkRow title='我该办哪个？' desc='回答几个简单问题，帮您找到要办的事' to={routes.wizard()} />
      {hits === null ? (
        CATEGORIES.map((cat) => (
          <View key={cat} className='guides-group' data-category={cat}>
            <Text className='guides-group__title'>{CATEGORY_LABELS[cat]}</Text>
            {INDEX_GUIDES.filter((g) => g.category === cat).map((g) => row(g))}
          </View>
        ))
      ) : hits.length ? (
        <View className='guides-group' data-section='search-results'>
          <Text className='guides-group__title'>找到 {hits.length} 份相关指南，最相关的在最前面</Text>
          {hits.map((h) => row(h.guide, h.guide.summary))}
        </View>
      ) : (
        <View className='card' data-section='no-match'>
          <Text className='t-body'>没有找到和“{query.trim()}”相关的指南。</Text>
          <View>
            <Text className='t-small'>换个说法试试，比如“外地住院”“报销材料”“交医保”；或者点上面的“我该办哪个？”回答几个问题。</Text>
          </View>
        </View>
      )}
    </PageShell>
  )
}
