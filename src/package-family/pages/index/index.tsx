import Taro from '@tarojs/taro'
import { View, Text, Button } from '@tarojs/components'
import PageShell from '@/components/page-shell'
import LinkRow from '@/components/link-row'
import FamilyRule from '@/package-family/components/rule'
import FamilyScope from '@/package-family/components/scope'
import { FAMILY_SECTIONS } from '@/package-family/data/family-items'
import { useSharePage } from '@/hooks/use-share-page'
import { routes } from '@/routes'
import { useProfileStore } from '@/store/profile-store'
import './index.scss'

const go = (url: string) => () => Taro.navigateTo({ url })

export default function FamilyIndex() {
  useSharePage('家庭共济：个人账户的钱可以给家人用', routes.family())
  const regionId = useProfileStore((s) => s.regionId)
  return (
    <PageShell>
      <View className='card'>
        <Text className='t-title'>家庭共济</Text>
        <View>
          <Text className='t-body'>职工医保个人账户里的钱，可以按规定给家人用。下面逐条说明谁能用、能付什么、哪里已开通，每条都写明依据和是否已核实。</Text>
        </View>
        <Button className='btn' onClick={go(routes.familyChecker())} data-action='open-checker'>
          查一查能不能给家人用
        </Button>
        <Button className='btn btn--plain' onClick={go(routes.guide('family-binding'))} data-action='binding-guide'>
          怎么绑定家人（办事指南）
        </Button>
      </View>
      {FAMILY_SECTIONS.map((section) => (
        <View key={section.id} className='card' data-section={section.id}>
          <Text className='t-h2'>{section.title}</Text>
          {section.items.map((item) => (
            <FamilyRule key={item.id} item={item} />
          ))}
          {section.id === 'scope' ? <FamilyScope regionId={regionId} /> : null}
        </View>
      ))}
      <LinkRow title='能不能给家人用' desc='选好家人和用途，马上告诉你行不行' to={routes.familyChecker()} />
      <LinkRow title='怎么绑定家人' desc='一步一步教你在手机上办' to={routes.guide('family-binding')} />
      <LinkRow title='家人' desc='添加家人，查询时直接选择' to={routes.familyMembers()} />
    </PageShell>
  )
}
