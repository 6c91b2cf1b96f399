import { View, Text } from '@tarojs/components'
import AmountField from '@/components/amount-field'
import type { EstimateDraft } from '@/domain/estimate/draft'
import type { DraftField } from '@/domain/estimate/form'

export interface EstimateBillProps {
  /** Amounts as typed, in 元 */
  draft: Pick<EstimateDraft, 'total' | 'selfPay' | 'classB'>
  /** Called with the amount that changed */
  onChange: (patch: Partial<Pick<EstimateDraft, 'total' | 'selfPay' | 'classB'>>) => void
  /** Chinese errors by field */
  errors: Partial<Record<DraftField, string>>
}

/** The bill in three amounts, typed in yuan, each with where to find it on the bill. */
export default function EstimateBill({ draft, onChange, errors }: EstimateBillProps) {
  return (
    <View className='card'>
      <Text className='t-h2'>二、这次的费用</Text>
      <View>
        <Text className='t-small'>照着结算单或费用清单填，单位是元。后两项没有就不填。</Text>
      </View>
      <AmountField
        id='total'
        label='总费用'
        value={draft.total}
        onInput={(total) => onChange({ total })}
        error={errors.total}
        help={{ question: '在结算单哪里看？', answer: '结算单或发票上的「医疗费总额」「费用合计」，就是这次一共花了多少钱。' }}
      />
      <AmountField
        id='selfPay'
        label='其中全自费'
        value={draft.selfPay}
        onInput={(selfPay) => onChange({ selfPay })}
        error={errors.selfPay}
        placeholder='没有就不填'
        help={{
          question: '结算单上哪里是全自费？',
          answer: '结算单上的「全自费」或「自费」一栏。这是医保完全不管的药和项目（比如部分进口药、特需病房），只能自己全付。',
        }}
      />
      <AmountField
        id='classB'
        label='其中乙类'
        value={draft.classB}
        onInput={(classB) => onChange({ classB })}
        error={errors.classB}
        placeholder='不清楚可以不填'
        help={{
          question: '什么是乙类？',
          answer: '乙类是医保目录里「报一部分」的药和项目。医保先让您自己付其中一小部分（叫「乙类先行自付」），剩下的再按比例报。这里填乙类药和项目的总金额；结算单上的「乙类先行自付」「乙类自理」是其中自己付的部分，不要直接填它。不清楚可以不填，算出来自己付的会略少一些。',
        }}
      />
    </View>
  )
}
