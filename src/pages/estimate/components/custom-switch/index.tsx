import Taro from '@tarojs/taro'
import { View, Text, Switch } from '@tarojs/components'
import { formatYuan } from '@/domain/money/format'
import { percentText } from '@/domain/money/percent'
import { routes } from '@/routes'
import './index.scss'
import type { Plan } from '@/domain/estimator/types'

export interface EstimateCustomSwitchProps {
  /** Use the saved custom parameters */
  on: boolean
  /** Called when the switch is flipped */
  onChange: (on: boolean) => void
  /** The saved parameters, or null */
  plan: Plan | null
  /** Chinese error */
  error?: string
}

function summary(p: Plan): string {
  const ratios = p.segments.map((s) => `${percentText(s.ratio)}%`).join(' / ')
  return `已保存：起付线 ${formatYuan(p.deductible)}，报销比例 ${ratios}`
}

/** 用我自己的参数: switch to the custom parameters saved on this device, with a link to edit them. */
export default function EstimateCustomSwitch({ on, onChange, plan, error }: EstimateCustomSwitchProps) {
  return (
    <View className='card estimate-custom'>
      <View className='estimate-custom__row'>
        <View className='estimate-custom__text'>
          <Text className='t-h2'>用我自己的参数</Text>
          <View>
            <Text className='t-small'>当地医保局公布的数字和我们的不一样，或者显示「待核实」时，可以填自己的数字来算。</Text>
          </View>
        </View>
        <Switch id='custom-switch' checked={on} color='#14705a' onChange={(e) => onChange(e.detail.value)} />
      </View>
      {plan ? <Text className='t-small estimate-custom__summary'>{summary(plan)}</Text> : null}
      <Text className='link-text estimate-custom__link' onClick={() => Taro.navigateTo({ url: routes.estimateCustom() })} data-action='edit-custom'>
        {plan ? '修改我的参数 ›' : '填写我的参数 ›'}
      </Text>
      {error ? <Text className='field-error'>{error}</Text> : null}
    </View>
  )
}
