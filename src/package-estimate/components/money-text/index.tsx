import { Text } from '@tarojs/components'
import { formatYuan } from '@/domain/money/format'

export interface MoneyTextProps {
  /** Amount in 分 */
  fen: number
  /**
   * Extra class, e.g. t-amount
   * @default ''
   */
  className?: string
}

/** An amount of money, always from integer 分: "1,300.00 元". */
export default function MoneyText({ fen, className = '' }: MoneyTextProps) {
  return <Text className={`money-text ${className}`}>{formatYuan(fen)}</Text>
}
