import { View, Text } from '@tarojs/components'
import PolicySource from '@/components/policy-source'
import type { PolicyRow } from '@/domain/policy/rows'
import './index.scss'

export interface PolicyRowViewProps {
  /** A row built by src/domain/policy-rows*.ts */
  row: PolicyRow
}

/** One parameter: label, value in plain words, its sources, and other sources that disagree with the reason for the choice. */
export default function PolicyRowView({ row }: PolicyRowViewProps) {
  const lines = row.kind === 'figure' ? row.value.split('；') : []
  return (
    <View className='policy-row' data-row={row.id}>
      <Text className='policy-row__label'>{row.label}</Text>
      {row.kind === 'figure' ? (
        lines.map((line, i) => (
          <Text key={i} className='policy-row__value'>
            {line}
          </Text>
        ))
      ) : row.value ? (
        <Text className='policy-row__text'>{row.value}</Text>
      ) : null}
      {row.detail ? <Text className='policy-row__detail t-small'>{row.detail}</Text> : null}
      {row.list ? (
        <View className='policy-row__list'>
          {row.list.map((item) => (
            <Text key={item} className='policy-row__item'>
              {item}
            </Text>
          ))}
        </View>
      ) : null}
      {row.sources.map((p, i) => (
        <PolicySource key={`${p.document}-${i}`} provenance={p} caption={i === 0 ? '依据' : '部分数字依据'} />
      ))}
      {row.alternatives.map((a, i) => (
        <View key={`${a.figure}-${i}`} className='policy-row__alt' data-alternative={i}>
          <Text className='policy-row__alt-title'>
            另一来源的说法：{a.figure} {a.value}
            {a.scope ? `（${a.scope}）` : ''}
          </Text>
          <Text className='policy-row__alt-reason t-small'>为什么用上面的数字：{a.reason}</Text>
          <PolicySource provenance={a.provenance} caption='另一来源' />
        </View>
      ))}
    </View>
  )
}
