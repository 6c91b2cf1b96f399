import { useState } from 'react'
import Taro from '@tarojs/taro'
import { View, Text, Switch, Button } from '@tarojs/components'
import PageShell from '@/components/page-shell'
import LinkRow from '@/components/link-row'
import ProfileForm from '@/components/profile-form'
import ProfileSummary from '@/components/profile-summary'
import { routes, tabs } from '@/routes'
import { useSharePage } from '@/hooks/use-share-page'
import { useElderMode, useSettingsStore } from '@/store/settings-store'
import { useFamilyStore } from '@/store/family-store'
import { useHistoryStore } from '@/store/history-store'
import { startedGuides, useGuideProgressStore } from '@/store/guide-progress-store'
import { clearAllData } from '@/store/clear-all'
import { exportAllData } from '@/lib/export-data'
import './index.scss'

export default function Me() {
  useSharePage('医保小帮手', tabs.me)
  const elder = useElderMode()
  const setElderMode = useSettingsStore((s) => s.setElderMode)
  const members = useFamilyStore((s) => s.members.length)
  const saved = useHistoryStore((s) => s.items.length)
  const guides = startedGuides(useGuideProgressStore((s) => s.guides))
  const inProgress = guides.filter((g) => !g.complete).length
  const [editing, setEditing] = useState(false)

  const copyExport = () =>
    Taro.setClipboardData({ data: exportAllData() }).then(() => Taro.showToast({ title: '已复制，可粘贴保存', icon: 'none' }))
  const confirmClear = async () => {
    const r = await Taro.showModal({
      title: '清除本机数据',
      content: '将删除个人资料、家人、测算记录、办事进度和提醒，且无法恢复。确定清除吗？',
      confirmText: '清除',
      confirmColor: '#b42318',
    })
    if (r.confirm) {
      clearAllData()
      Taro.showToast({ title: '已清除', icon: 'none' })
    }
  }

  return (
    <PageShell>
      <View className='card'>
        <Text className='t-h2'>我的资料</Text>
        {editing ? <ProfileForm onDone={() => setEditing(false)} /> : <ProfileSummary onEdit={() => setEditing(true)} />}
      </View>
      <View className='card elder-row'>
        <View className='elder-row__text'>
          <Text className='t-h2'>长辈模式</Text>
          <View>
            <Text className='t-small'>字更大、对比更强、按钮更好点</Text>
          </View>
        </View>
        <Switch id='elder-switch' checked={elder} color='#14705a' onChange={(e) => setElderMode(e.detail.value ? 'on' : 'off')} />
      </View>
      <LinkRow title='家人' desc={members ? `已添加 ${members} 位，共济查询和测算时可直接选择` : '添加家人后，共济查询时可直接选择'} to={routes.familyMembers()} />
      <LinkRow title='测算记录' desc={saved ? `已保存 ${saved} 条` : '保存的测算结果会出现在这里'} to={routes.estimateHistory()} />
      <LinkRow
        title='办事进度'
        desc={guides.length ? `${inProgress} 份指南进行中，${guides.length - inProgress} 份已完成` : '打开指南、勾选步骤后，进度会保存在这里'}
        to={tabs.guides}
        tab
      />
      <LinkRow title='自定义参数' desc='用当地医保局公布的数字测算' to={routes.estimateCustom()} />
      <LinkRow title='政策库' desc='各地参数、来源与核实状态' to={routes.policies()} />
      <LinkRow title='数据说明与免责声明' desc='数据从哪里来，以当地医保局为准' to={routes.policyAbout()} />
      <View className='card'>
        <Text className='t-h2'>本机数据</Text>
        <View>
          <Text className='t-small'>您填写的内容只保存在这台手机上，不上传，不含身份证号和手机号。</Text>
        </View>
        <Button className='btn btn--plain' onClick={copyExport} data-action='export'>
          导出我的数据（复制为文字）
        </Button>
        <Button className='btn btn--danger' onClick={confirmClear} data-action='clear'>
          清除本机数据
        </Button>
      </View>
    </PageShell>
  )
}
