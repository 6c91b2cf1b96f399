import { View, Text } from '@tarojs/components'
import PageShell from '@/components/page-shell'

export default function Page() {
  return (
    <PageShell>
      <View className='card'>
        <Text className='t-title'>自定义参数</Text>
        <View>
          <Text className='t-body t-muted'>使用您当地医保局公布的数字。</Text>
        </View>
      </View>
    </PageShell>
  )
}
