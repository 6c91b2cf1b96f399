import { View, Text } from '@tarojs/components'
import PageShell from '@/components/page-shell'

export default function Page() {
  return (
    <PageShell>
      <View className='card'>
        <Text className='t-title'>数据说明</Text>
        <View>
          <Text className='t-body t-muted'>数据说明</Text>
        </View>
      </View>
    </PageShell>
  )
}
