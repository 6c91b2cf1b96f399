import { View, Text } from '@tarojs/components'
import PageShell from '@/components/page-shell'

export default function Page() {
  return (
    <PageShell>
      <View className='card'>
        <Text className='t-title'>办事指南</Text>
        <View>
          <Text className='t-body t-muted'>指南内容整理中。</Text>
        </View>
      </View>
    </PageShell>
  )
}
