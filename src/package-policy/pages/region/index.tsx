import { useEffect, useMemo } from 'react'
import Taro, { useRouter } from '@tarojs/taro'
import { View, Text, Button } from '@tarojs/components'
import PageShell from '@/components/page-shell'
import LinkRow from '@/components/link-row'
import PolicySectionView from '@/components/policy-section'
import PolicyToc from '@/components/policy-toc'
import { useEstimateDraftStore } from '@/store/estimate-draft-store'
import { useSharePage } from '@/hooks/use-share-page'
import { routes, tabs } from '@/routes'
import { findRegion } from '@/data/index'
import { regionVerification } from '@/domain/policy/report'
import { regionSections } from '@/domain/policy/rows-region'
import { notify } from '@/store/notice-store'
import './index.scss'

const NOT_FOUND = '链接里的地区没有找到，可能链接不完整或已被改动。请在政策库里重新选择地区。'

/** Open the estimate tab with this region chosen. */
function estimateHere(id: string) {
  useEstimateDraftStore.getState().update({ region: id })
  Taro.switchTab({ url: tabs.estimate })
}

export default function PolicyRegion() {
  const id = useRouter<{ id?: string }>().params?.id ?? ''
  const region = useMemo(() => findRegion(id), [id])
  const sections = useMemo(() => (region ? regionSections(region) : []), [region])
  const counts = useMemo(() => (region ? regionVerification(region) : null), [region])
  useSharePage(region ? `${region.name}医保政策和来源` : '政策库', region ? routes.policyRegion(region.id) : routes.policies())
  useEffect(() => {
    if (!region) notify(NOT_FOUND, 'error')
  }, [region])

  if (!region || !counts) {
    return (
      <PageShell>
        <View className='card' data-section='not-found'>
          <Text className='t-title'>未找到该地区</Text>
          <View>
            <Text className='t-body'>政策库里没有这个地区。可以在全部地区里查找，或先看全国政策。</Text>
          </View>
        </View>
        <LinkRow title='查看全部地区' desc='按省份列出，可以搜索' to={routes.policies()} />
        <LinkRow title='全国政策' desc='异地就医、家庭共济、大病保险等' to={routes.policyNational()} />
      </PageShell>
    )
  }
  return (
    <PageShell>
      <View className='card' data-section='summary'>
        <Text className='t-title'>{region.name}医保政策</Text>
        <View>
          <Text className='t-small'>{region.province}</Text>
        </View>
        <View className='policy-counts'>
          <Text className='badge badge--ok'>已核实 {counts.verified} 项</Text>
          <Text className='badge badge--warn'>待核实 {counts.unverified} 项</Text>
        </View>
        {region.note ? <Text className='policy-note t-small'>{region.note}</Text> : null}
        <View>
          <Text className='t-small'>点数字旁的标记可以看来源。以当地医保局公布为准，可拨打 12393 医保服务热线咨询。</Text>
        </View>
        <Button className='btn' onClick={() => estimateHere(region.id)} data-action='estimate'>
          用这个地区测算
        </Button>
      </View>
      <PolicyToc items={sections} prefix='region' />
      {sections.map((s) => (
        <PolicySectionView key={s.id} section={s} anchor={`region-${s.id}`} />
      ))}
      <LinkRow title='全国政策' desc='异地就医备案、家庭共济、大病保险等全国规定' to={routes.policyNational()} />
      <LinkRow title='数据说明和纠错' desc='标记的意思；发现数字不对怎么告诉我们' to={routes.policyAbout()} />
    </PageShell>
  )
}
