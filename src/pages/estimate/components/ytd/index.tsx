import { View, Text } from '@tarojs/components'
import AmountField from '@/components/amount-field'
import type { YtdDraft } from '@/domain/estimate/draft'
import type { DraftField } from '@/domain/estimate/form'
import './index.scss'

export interface EstimateYtdProps {
  /** Amounts as typed, in 元 */
  ytd: YtdDraft
  /** Whether the section is open */
  open: boolean
  /** Called with the new open state */
  onToggle: (open: boolean) => void
  /** Called with the amounts that changed */
  onChange: (patch: Partial<YtdDraft>) => void
  /** Chinese errors by field */
  errors: Partial<Record<DraftField, string>>
}

/** 今年已经用了多少: optional year-to-date amounts, folded to one line until opened. */
export default function EstimateYtd({ ytd, open, onToggle, onChange, errors }: EstimateYtdProps) {
  const filled = Object.values(ytd).filter((v) => v.trim() !== '').length
  return (
    <View className='card estimate-ytd'>
      <View className='estimate-ytd__head' onClick={() => onToggle(!open)} data-action='toggle-ytd'>
        <Text className='t-h2'>三、今年已经用了多少（可不填）</Text>
        <Text className='link-text estimate-ytd__toggle'>{open ? '收起' : filled > 0 ? `已填 ${filled} 项，展开 ›` : '展开 ›'}</Text>
      </View>
      {open ? (
        <View>
          <View>
            <Text className='t-small'>今年之前看过病、报过销的，填上会算得更准；第一次看病就不用填。</Text>
          </View>
          <AmountField
            id='ytd-deductible'
            label='今年已经付过的起付线'
            value={ytd.deductiblePaid}
            onInput={(deductiblePaid) => onChange({ deductiblePaid })}
            error={errors['ytd.deductiblePaid']}
            placeholder='没有就不填'
            help={{ question: '什么是起付线？', answer: '起付线就是「门槛费」：先由自己付到这个数，超过的部分医保才按比例报。有的地方一年只付一次，今年付过了，这次就不用再付。' }}
          />
          <AmountField
            id='ytd-fund'
            label='今年医保已经报了多少'
            value={ytd.fundPaid}
            onInput={(fundPaid) => onChange({ fundPaid })}
            error={errors['ytd.fundPaid']}
            placeholder='没有就不填'
            help={{ question: '为什么要填这个？', answer: '医保每年报销有最高额度（年度最高支付限额）。把今年之前每张结算单上「统筹基金支付」加起来填这里。' }}
          />
          <AmountField
            id='ytd-compliant'
            label='今年医保范围内自己已经付了多少'
            value={ytd.compliantSelfPaid}
            onInput={(compliantSelfPaid) => onChange({ compliantSelfPaid })}
            error={errors['ytd.compliantSelfPaid']}
            placeholder='没有就不填'
            help={{ question: '这是哪部分钱？', answer: '之前结算单上自己付的钱，去掉全自费的部分。大病保险按一年累计的这笔钱算，超过一定数额后再帮您报一部分。' }}
          />
          <AmountField
            id='ytd-critical'
            label='今年大病保险已经报了多少'
            value={ytd.criticalPaid}
            onInput={(criticalPaid) => onChange({ criticalPaid })}
            error={errors['ytd.criticalPaid']}
            placeholder='没有就不填'
          />
        </View>
      ) : null}
    </View>
  )
}
