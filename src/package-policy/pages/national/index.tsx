import { View, Text } from '@tarojs/components'
import PageShell from '@/components/page-shell'

export default function Page() {
  return (
    <PageShell>
      <View className='card'>
        <Text className='t-title'>全国政策</Text>
        <View>
          <Text className='t-body t-muted'>全国政策</Text>
        </View>
      </View>
    </PageShell>
  )
}
