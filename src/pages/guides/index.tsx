import { View, Text } from '@tarojs/components'
import PageShell from '@/components/page-shell'
import LinkRow from '@/components/link-row'
import { routes, tabs } from '@/routes'
import { useSharePage } from '@/hooks/use-share-page'

export default function Guides() {
  useSharePage('医保办事指南', tabs.guides)
  return (
    <PageShell>
      <View className='card'>
        <Text className='t-title'>办事指南</Text>
        <View>
          <Text className='t-body t-muted'>不知道从哪里开始？先回答几个问题。</Text>
        </View>
      </View>
      <LinkRow title='我该办哪个？' desc='像窗口工作人员一样帮您判断' to={routes.wizard()} />
      <LinkRow title='异地就医备案' desc='去外地看病前（或入院后）怎么备案' to={routes.guide('remote-temporary')} />
    </PageShell>
  )
}
