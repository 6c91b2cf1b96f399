import { View, Text } from '@tarojs/components'
import PageShell from '@/components/page-shell'

export default function Page() {
  return (
    <PageShell>
      <View className='card'>
        <Text className='t-title'>我该办哪个</Text>
        <View>
          <Text className='t-body t-muted'>回答几个问题，找到要办的事。</Text>
        </View>
      </View>
    </PageShell>
  )
}
