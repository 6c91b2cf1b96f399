import { View, Text } from '@tarojs/components'
import PageShell from '@/components/page-shell'

export default function Page() {
  return (
    <PageShell>
      <View className='card'>
        <Text className='t-title'>测算记录</Text>
        <View>
          <Text className='t-body t-muted'>还没有保存的测算。</Text>
        </View>
      </View>
    </PageShell>
  )
}
