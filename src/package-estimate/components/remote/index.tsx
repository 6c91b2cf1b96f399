import { View } from '@tarojs/components'
import ChoiceGroup from '@/components/choice-group'
import AmountField from '@/components/amount-field'
import HelpTip from '@/components/help-tip'
import type { CustomPlanDraft, PlanErrors } from '@/domain/estimate/custom-plan-form'
import { FILING_LABELS, REMOTE_FILINGS } from '@/domain/vocab'

export interface EstimateRemoteProps {
  /** How 异地 changes the ratios; 'none' = not at all */
  mode: CustomPlanDraft['remoteMode']
  /** Percent per filing status, as typed */
  values: CustomPlanDraft['remote']
  /** Called with the fields that changed */
  onChange: (patch: Partial<Pick<CustomPlanDraft, 'remoteMode' | 'remote'>>) => void
  /** Errors keyed by plan path, e.g. `remote.none` */
  errors: PlanErrors
}

const MODES = [
  { value: 'none' as const, label: '不调整' },
  { value: 'points' as const, label: '比例降低几个百分点' },
  { value: 'pre-self-pay' as const, label: '先自付一部分' },
  { value: 'times' as const, label: '按原比例打折' },
]
const UNIT = { points: '个百分点', 'pre-self-pay': '%', times: '%' } as const

/** How 异地就医 changes the reimbursement, and by how much for each filing status. */
export default function EstimateRemote({ mode, values, onChange, errors }: EstimateRemoteProps) {
  return (
    <View>
      <ChoiceGroup name='remote-mode' label='报销怎么变' options={MODES} value={mode} onChange={(remoteMode) => onChange({ remoteMode })} />
      <HelpTip
        question='这几种是什么意思？'
        answer='各地写法不同：有的写「报销比例降低 10 个百分点」，有的写「个人先自付 10%，其余按本地标准报销」，有的写「按本地比例的 90% 报销」。照当地文件选一种。长期住在外地并已备案的，按本地标准报销，不用在这里填。'
      />
      {mode !== 'none'
        ? REMOTE_FILINGS.map((k) => (
            <AmountField
              key={k}
              id={`remote-${k}`}
              label={FILING_LABELS[k]}
              unit={UNIT[mode]}
              value={values[k]}
              onInput={(v) => onChange({ remote: { ...values, [k]: v } })}
              error={errors[`remote.${k}`]}
              placeholder='如 10'
            />
          ))
        : null}
    </View>
  )
}
