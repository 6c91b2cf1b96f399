import { View, Text } from '@tarojs/components'
import PageShell from '@/components/page-shell'

export default function Page() {
  return (
    <PageShell>
      <View className='card'>
        <Text className='t-title'>家庭共济</Text>
        <View>
          <Text className='t-body t-muted'>职工医保个人账户的钱，可以给近亲属用。</Text>
        </View>
      </View>
    </PageShell>
  )
}
