import { View, Text, Switch } from '@tarojs/components'
import PageShell from '@/components/page-shell'
import LinkRow from '@/components/link-row'
import { routes, tabs } from '@/routes'
import { useSharePage } from '@/hooks/use-share-page'
import { useElderMode, useSettingsStore } from '@/store/settings-store'
import './index.scss'

export default function Me() {
  useSharePage('医保小帮手', tabs.me)
  const elder = useElderMode()
  const setElderMode = useSettingsStore((s) => s.setElderMode)
  return (
    <PageShell>
      <View className='card elder-row'>
        <View className='elder-row__text'>
          <Text className='t-h2'>长辈模式</Text>
          <View>
            <Text className='t-small'>字更大、对比更强、按钮更好点</Text>
          </View>
        </View>
        <Switch
          id='elder-switch'
          checked={elder}
          color='#14705a'
          onChange={(e) => setElderMode(e.detail.value ? 'on' : 'off')}
        />
      </View>
      <LinkRow title='家人' desc='家庭共济和测算时可直接选择' to={routes.familyMembers()} />
      <LinkRow title='政策库' desc='各地参数、来源与核实状态' to={routes.policies()} />
      <LinkRow title='数据说明与免责声明' desc='数据从哪里来，以当地医保局为准' to={routes.policyAbout()} />
    </PageShell>
  )
}
