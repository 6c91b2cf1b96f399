import { View, Text } from '@tarojs/components'
import PageShell from '@/components/page-shell'
import LinkRow from '@/components/link-row'
import { routes, tabs } from '@/routes'
import { useSharePage } from '@/hooks/use-share-page'

export default function Home() {
  useSharePage('医保小帮手：备案、报销、家庭共济一步步教你', tabs.home)
  return (
    <PageShell>
      <View className='card'>
        <Text className='t-title'>医保小帮手</Text>
        <View>
          <Text className='t-body t-muted'>异地就医备案、报销测算、家庭共济，一步步告诉您怎么办。所填内容只保存在本机。</Text>
        </View>
      </View>
      <LinkRow title='我该办哪个？' desc='回答几个问题，找到要办的事' to={routes.wizard()} />
      <LinkRow title='报销测算' desc='住院、门诊花多少，医保报多少' to={tabs.estimate} tab />
      <LinkRow title='家庭共济' desc='个人账户的钱能不能给家人用' to={routes.family()} />
      <LinkRow title='政策库' desc='各地起付线、报销比例及来源' to={routes.policies()} />
    </PageShell>
  )
}
