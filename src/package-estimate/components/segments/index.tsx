import { View, Text, Button } from '@tarojs/components'
import AmountField from '@/components/amount-field'
import { addSegmentRow, removeSegmentRow, type PlanErrors, type SegmentDraft } from '@/domain/estimate/custom-plan-form'
import './index.scss'

export interface EstimateSegmentsProps {
  /** ASCII id prefix for the inputs */
  name: string
  /** Error key prefix: `segments` or `critical.segments` */
  path: string
  /** Rows as typed; the last one is open-ended */
  rows: readonly SegmentDraft[]
  /** Called with the whole new table */
  onChange: (rows: SegmentDraft[]) => void
  /** Errors keyed by plan path, e.g. `segments[1].upTo` */
  errors: PlanErrors
}

/** A ratio table by rows: each row up to an amount, the last one open; rows can be added and removed. */
export default function EstimateSegments({ name, path, rows, onChange, errors }: EstimateSegmentsProps) {
  const set = (i: number, patch: Partial<SegmentDraft>) => onChange(rows.map((r, k) => (k === i ? { ...r, ...patch } : r)))
  return (
    <View className='estimate-segments'>
      {rows.map((row, i) => {
        const last = i === rows.length - 1
        return (
          <View key={i} className='estimate-segments__row' data-segment={`${name}-${i}`}>
            <View className='estimate-segments__title'>
              <Text className='estimate-segments__name'>{rows.length === 1 ? '只有一个比例' : last ? `第 ${i + 1} 段（以上全部）` : `第 ${i + 1} 段`}</Text>
              {rows.length > 1 ? (
                <Text className='estimate-segments__remove' onClick={() => onChange(removeSegmentRow(rows, i))} data-action={`remove-${name}-${i}`}>
                  删除这段
                </Text>
              ) : null}
            </View>
            {!last ? (
              <AmountField id={`${name}-${i}-upTo`} label='到多少元为止' value={row.upTo} onInput={(upTo) => set(i, { upTo })} error={errors[`${path}[${i}].upTo`]} placeholder='如 30000' />
            ) : null}
            <AmountField id={`${name}-${i}-ratio`} label='报销比例' unit='%' value={row.ratio} onInput={(ratio) => set(i, { ratio })} error={errors[`${path}[${i}].ratio`]} placeholder='如 85' />
          </View>
        )
      })}
      {errors[path] ? <Text className='field-error'>{errors[path]}</Text> : null}
      <Button className='btn btn--plain' onClick={() => onChange(addSegmentRow(rows))} data-action={`add-${name}`}>
        加一段
      </Button>
    </View>
  )
}
