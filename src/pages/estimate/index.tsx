import { View, Text } from '@tarojs/components'
import PageShell from '@/components/page-shell'
import LinkRow from '@/components/link-row'
import { routes, tabs } from '@/routes'
import { useSharePage } from '@/hooks/use-share-page'

export default function Estimate() {
  useSharePage('医保报销测算', tabs.estimate)
  return (
    <PageShell>
      <View className='card'>
        <Text className='t-title'>报销测算</Text>
        <View>
          <Text className='t-body t-muted'>填写账单金额，逐项看医保基金、大病保险和个人各付多少。</Text>
        </View>
      </View>
      <LinkRow title='测算记录' desc='保存在本机的测算结果' to={routes.estimateHistory()} />
    </PageShell>
  )
}
