import { useMemo, useState } from 'react'
import { View, Text, Input } from '@tarojs/components'
import PageShell from '@/components/page-shell'
import LinkRow from '@/components/link-row'
import PolicyRegionRow from '@/package-policy/components/region-row'
import { useSharePage } from '@/hooks/use-share-page'
import { routes } from '@/routes'
import { regions, datasetCheckedAt } from '@/data/index'
import { regionVerification } from '@/domain/policy/report'
import { groupByProvince, matchesRegion } from '@/domain/policy/region-search'
import './index.scss'

const ENTRIES = regions.map((r) => ({ ...regionVerification(r), province: r.province, provinceId: r.provinceId }))

export default function PolicyIndex() {
  useSharePage('政策库：各地医保报销参数和来源', routes.policies())
  const [query, setQuery] = useState('')
  const groups = useMemo(() => groupByProvince(ENTRIES.filter((e) => matchesRegion(e, query))), [query])
  return (
    <PageShell>
      <View className='card'>
        <Text className='t-title'>政策库</Text>
        <View>
          <Text className='t-body'>各地的起付线、报销比例、封顶线等数字，每一项都写明来源。</Text>
        </View>
        <View>
          <Text className='t-small'>数据核对日期：{datasetCheckedAt}。以当地医保局公布为准。</Text>
        </View>
        <View className='policy-search input-box'>
          <Input
            id='policy-search'
            className='policy-search__input'
            value={query}
            placeholder='输入城市、省份或拼音首字母'
            onInput={(e) => setQuery(e.detail.value)}
          />
          {query ? (
            <Text className='policy-search__clear' onClick={() => setQuery('')} data-action='clear-search'>
              清除
            </Text>
          ) : null}
        </View>
      </View>
      {groups.length === 0 ? (
        <View className='card' data-section='no-match'>
          <Text className='t-body'>没有找到“{query}”。</Text>
          <View>
            <Text className='t-small'>可以输入城市名（如 成都）、省份（如 河北），或拼音首字母（如 sjz）。暂未收录的地区，请查看全国政策。</Text>
          </View>
        </View>
      ) : (
        groups.map((g) => (
          <View key={g.province} className='policy-province' data-province={g.province}>
            <Text className='policy-province__title'>{g.province}</Text>
            {g.items.map((e) => (
              <PolicyRegionRow key={e.id} id={e.id} name={e.name} verified={e.verified} unverified={e.unverified} />
            ))}
          </View>
        ))
      )}
      <View className='policy-more'>
        <LinkRow title='全国政策' desc='异地就医、家庭共济、大病保险、居民医保缴费、零星报销' to={routes.policyNational()} />
        <LinkRow title='数据说明' desc='“已核实”“待核实”是什么意思，发现错误怎么告诉我们' to={routes.policyAbout()} />
      </View>
    </PageShell>
  )
}
