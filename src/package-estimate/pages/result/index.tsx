import { View, Text } from '@tarojs/components'
import PageShell from '@/components/page-shell'

export default function Page() {
  return (
    <PageShell>
      <View className='card'>
        <Text className='t-title'>测算结果</Text>
        <View>
          <Text className='t-body t-muted'>测算结果</Text>
        </View>
      </View>
    </PageShell>
  )
}
