import { View, Text } from '@tarojs/components'
import ConfidenceBadge from '@/components/confidence-badge'
import type { Provenance } from '@/domain/vocab'
import type { EstimateLine, FigureKey } from '@/domain/estimator/types'
import { formatYuan } from '@/domain/money/format'
import { FIGURE_LABELS, lineFigures } from '@/domain/estimate/line-figures'
import './index.scss'

export interface EstimateLinesProps {
  /** The estimate's explained lines, in order */
  lines: readonly EstimateLine[]
  /** Provenance per figure (dataset plan); null when the estimate used custom parameters */
  figures: Readonly<Record<FigureKey, readonly Provenance[]>> | null
  /** Region whose policy page lists the figures */
  regionId: string | null
}

function partyTag(line: EstimateLine): { text: string; tone: string } {
  if (line.party === 'fund') return { text: '医保基金付', tone: 'fund' }
  if (line.party === 'critical') return { text: '大病保险付', tone: 'critical' }
  if (line.party === 'personal') return line.amount < 0 ? { text: '自己少付', tone: 'less' } : { text: '自己付', tone: 'personal' }
  return { text: '说明', tone: 'info' }
}

function Figures({ line, figures, regionId }: { line: EstimateLine } & Omit<EstimateLinesProps, 'lines'>) {
  if (figures === null) {
    const keys = line.figureKeys ?? []
    if (keys.length === 0) return null
    return (
      <View className='estimate-lines__figures t-small'>
        用到：{keys.map((k) => FIGURE_LABELS[k]).join('、')}
        <Text className='badge badge--custom'>自定义参数</Text>
      </View>
    )
  }
  const used = lineFigures(line, figures)
  if (used.length === 0) return null
  return (
    <View className='estimate-lines__figures t-small'>
      <Text>用到：</Text>
      {used.map((f) => (
        <View key={f.key} className='estimate-lines__figure' data-figure={f.key}>
          <Text>{f.label}</Text>
          {f.provenances.map((p, i) => <ConfidenceBadge key={i} provenance={p} regionId={regionId ?? undefined} />)}
        </View>
      ))}
    </View>
  )
}

/** Each step of the estimate: label, who pays, amount, the explanation, and the figures it used with their confidence. */
export default function EstimateLines({ lines, figures, regionId }: EstimateLinesProps) {
  return (
    <View className='card estimate-lines'>
      <Text className='t-h2'>怎么算出来的</Text>
      {lines.map((line) => {
        const tag = partyTag(line)
        const showAmount = line.party !== 'info' || line.amount !== 0
        return (
          <View key={line.key} className='estimate-lines__item' data-line={line.key}>
            <View className='estimate-lines__head'>
              <Text className='estimate-lines__label'>{line.label}</Text>
              <Text className={`estimate-lines__tag estimate-lines__tag--${tag.tone}`}>{tag.text}</Text>
              {showAmount ? <Text className='estimate-lines__amount'>{formatYuan(Math.abs(line.amount))}</Text> : null}
            </View>
            <Text className='estimate-lines__detail t-small'>{line.detail}</Text>
            <Figures line={line} figures={figures} regionId={regionId} />
          </View>
        )
      })}
    </View>
  )
}
