import { View, Text } from '@tarojs/components'
import PageShell from '@/components/page-shell'

export default function Page() {
  return (
    <PageShell>
      <View className='card'>
        <Text className='t-title'>家人</Text>
        <View>
          <Text className='t-body t-muted'>家人信息只保存在本机，不填身份证号和手机号。</Text>
        </View>
      </View>
    </PageShell>
  )
}
