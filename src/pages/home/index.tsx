import Taro from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import PageShell from '@/components/page-shell'
import LinkRow from '@/components/link-row'
import ProfileForm from '@/components/profile-form'
import ProfileSummary from '@/components/profile-summary'
import NextThings from '@/pages/home/components/next-things'
import { DATASET_CHECKED_AT } from '@/data/region-index'
import { routes, tabs } from '@/routes'
import { useSharePage } from '@/hooks/use-share-page'
import { useProfileStore } from '@/store/profile-store'
import './index.scss'

export default function Home() {
  useSharePage('医保小帮手：备案、报销、家庭共济一步步教你', tabs.home)
  const onboarded = useProfileStore((s) => s.onboarded)
  return (
    <PageShell>
      {!onboarded ? (
        <View className='card' data-section='onboarding'>
          <Text className='t-title'>欢迎使用医保小帮手</Text>
          <View>
            <Text className='t-body t-muted'>先告诉我们您的参保情况，只需三步，之后测算和指南都会按您的情况显示。内容只保存在本机。</Text>
          </View>
          <ProfileForm skippable />
        </View>
      ) : (
        <View className='card' data-section='profile'>
          <Text className='t-h2'>我的参保信息</Text>
          <ProfileSummary onEdit={() => Taro.switchTab({ url: tabs.me })} />
        </View>
      )}
      <NextThings />
      <View className='home-shortcuts'>
        <LinkRow title='我该办哪个？' desc='回答几个问题，找到要办的事' to={routes.wizard()} />
        <LinkRow title='报销测算' desc='住院、门诊花多少，医保报多少' to={tabs.estimate} tab />
        <LinkRow title='家庭共济' desc='个人账户的钱能不能给家人用' to={routes.family()} />
        <LinkRow title='政策库' desc='各地起付线、报销比例及来源' to={routes.policies()} />
      </View>
      <View className='home-footer t-small'>
        政策数据最近核对：{DATASET_CHECKED_AT}。仅供参考，以当地医保局为准；有疑问可拨打 12393 医保服务热线。
      </View>
    </PageShell>
  )
}
