import { View, Text } from '@tarojs/components'
import './index.scss'

export interface EstimateTitleProps {
  /** e.g. 北京 · 职工在职 · 三级医院住院 */
  title: string
  /**
   * Extra class, e.g. t-h2
   * @default 't-h2'
   */
  className?: string
}

/** An estimate's title that wraps only between its parts, never inside 三级医院住院. */
export default function EstimateTitle({ title, className = 't-h2' }: EstimateTitleProps) {
  const parts = title.split(' · ')
  return (
    <View className={`estimate-title ${className}`} data-section='title'>
      {parts.map((part, i) => (
        <Text key={i} className='estimate-title__part'>
          {part}
          {i < parts.length - 1 ? '\u00a0·\u00a0' : ''}
        </Text>
      ))}
    </View>
  )
}
