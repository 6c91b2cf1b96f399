import { View, Text } from '@tarojs/components'
import PageShell from '@/components/page-shell'

export default function Page() {
  return (
    <PageShell>
      <View className='card'>
        <Text className='t-title'>能不能给家人用</Text>
        <View>
          <Text className='t-body t-muted'>选择付款人和家人，看能不能用个人账户支付。</Text>
        </View>
      </View>
    </PageShell>
  )
}
