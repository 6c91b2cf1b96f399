import { View, Text } from '@tarojs/components'
import PageShell from '@/components/page-shell'

export default function Page() {
  return (
    <PageShell>
      <View className='card'>
        <Text className='t-title'>政策库</Text>
        <View>
          <Text className='t-body t-muted'>各地参数与来源。</Text>
        </View>
      </View>
    </PageShell>
  )
}
