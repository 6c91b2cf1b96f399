import { View, Text } from '@tarojs/components'
import MoneyText from '@/package-estimate/components/money-text'
import type { EstimateResult } from '@/domain/estimator/types'
import { shareText, splitShares } from '@/domain/estimate/split-shares'
import './index.scss'
import { formatPercent } from '@/domain/money/percent'

export interface EstimateSummaryProps {
  /** The priced estimate */
  result: EstimateResult
  /** The bill's total, in 分 */
  total: number
}

const PARTS = [
  { key: 'fund', label: '医保基金付' },
  { key: 'critical', label: '大病保险付' },
  { key: 'personal', label: '自己付' },
] as const

/** The three amounts, large, with a stacked bar of the split and the share the insurance pays. */
export default function EstimateSummary({ result, total }: EstimateSummaryProps) {
  const shares = splitShares(result)
  return (
    <View className='card estimate-summary'>
      <View className='estimate-summary__total t-body'>
        总费用 <MoneyText fen={total} />
      </View>
      {PARTS.map((p) => (
        <View key={p.key} className={`estimate-summary__row estimate-summary__row--${p.key}`} data-amount={p.key}>
          <Text className='estimate-summary__label'>
            <Text className={`estimate-summary__dot estimate-summary__dot--${p.key}`} />
            {p.label}
          </Text>
          <MoneyText fen={result[p.key]} className='t-amount' />
        </View>
      ))}
      {total > 0 ? (
        <View>
          <View className='estimate-summary__bar' aria-hidden>
            {PARTS.filter((p) => shares[p.key] > 0).map((p) => (
              <View key={p.key} className={`estimate-summary__seg estimate-summary__seg--${p.key}`} style={{ width: `${shares[p.key] / 10}%` }} />
            ))}
          </View>
          <View className='estimate-summary__legend t-small'>
            {PARTS.map((p) => (
              <Text key={p.key} className='estimate-summary__legend-item'>
                {p.label} {shareText(shares[p.key])}
              </Text>
            ))}
          </View>
        </View>
      ) : null}
      <View className='estimate-summary__ratio t-body'>
        医保一共报销 <Text className='estimate-summary__ratio-value'>{formatPercent(result.effectiveRatio)}</Text>
      </View>
    </View>
  )
}
