import { useState } from 'react'
import Taro from '@tarojs/taro'
import { View, Text, Button } from '@tarojs/components'
import PageShell from '@/components/page-shell'
import AmountField from '@/components/amount-field'
import ChoiceGroup from '@/components/choice-group'
import HelpTip from '@/components/help-tip'
import EstimateSegments from '@/package-estimate/components/segments'
import EstimateRemote from '@/package-estimate/components/remote'
import StartFromRegion from './start-from-region'
import { routes, tabs } from '@/routes'
import { useSharePage } from '@/hooks/use-share-page'
import { useCustomPlanStore } from '@/store/custom-plan-store'
import { useEstimateDraftStore } from '@/store/estimate-draft-store'
import { draftToPlan, EMPTY_CUSTOM_DRAFT, samePlan, type CustomPlanDraft, type PlanErrors } from '@/domain/estimate/custom-plan-form'
import './index.scss'

const DEDUCTIBLE_MODES = [
  { value: 'per-admission' as const, label: '每次住院都要付' },
  { value: 'annual' as const, label: '一年只付一次' },
]
const ON_OFF = [
  { value: 'off', label: '不算大病保险' },
  { value: 'on', label: '算大病保险' },
]

export default function CustomPlan() {
  useSharePage('填写自己的医保参数', routes.estimateCustom())
  const { draft, plan, setDraft, save } = useCustomPlanStore()
  const [errors, setErrors] = useState<PlanErrors>({})
  const set = (patch: Partial<CustomPlanDraft>) => setDraft({ ...draft, ...patch })
  const checked = draftToPlan(draft)
  const status = plan === null ? '还没有保存。' : checked.ok && samePlan(checked.plan, plan) ? '已保存，测算时会用这些数字。' : '有改动还没保存。'
  const missing = Object.keys(errors).length

  const submit = () => {
    if (!checked.ok) {
      setErrors(checked.errors)
      return
    }
    setErrors({})
    save(checked.plan)
    useEstimateDraftStore.getState().update({ useCustom: true })
    Taro.showToast({ title: '已保存', icon: 'none' })
    Taro.switchTab({ url: tabs.estimate })
  }
  const clear = async () => {
    const r = await Taro.showModal({ title: '清空', content: '清空这里填的数字吗？已保存的参数不受影响，直到再次保存。', confirmText: '清空' })
    if (r.confirm) {
      setDraft(EMPTY_CUSTOM_DRAFT)
      setErrors({})
    }
  }

  return (
    <PageShell>
      <View className='card'>
        <Text className='t-title'>我的参数</Text>
        <View>
          <Text className='t-body t-muted'>照当地医保局公布的文件填写。填的内容随时保存在这台手机上，点「保存并使用」后测算才会用它。</Text>
        </View>
        <View>
          <Text className='t-small' data-section='custom-status'>{status}</Text>
        </View>
      </View>
      <StartFromRegion onFill={(d) => { setDraft(d); setErrors({}) }} />
      <View className='card'>
        <Text className='t-h2'>起付线</Text>
        <AmountField
          id='deductible'
          label='先自己付到多少元，医保才开始报'
          value={draft.deductible}
          onInput={(deductible) => set({ deductible })}
          error={errors.deductible}
          help={{ question: '什么是起付线？', answer: '起付线就是「门槛费」：先由自己付到这个数，超过的部分医保才按比例报销。' }}
        />
        <ChoiceGroup name='deductible-mode' label='起付线怎么付' options={DEDUCTIBLE_MODES} value={draft.deductibleMode} onChange={(deductibleMode) => set({ deductibleMode })} />
      </View>
      <View className='card'>
        <Text className='t-h2'>报销比例</Text>
        <HelpTip
          question='分段怎么填？'
          answer='金额从 0 开始累计（含起付线）。比如文件写「3 万元以下报 85%，3 万到 4 万报 90%，4 万以上报 95%」，就填三段：到 30000 元为止 85，到 40000 元为止 90，最后一段 95。只有一个比例就只填一段。'
        />
        <EstimateSegments name='seg' path='segments' rows={draft.segments} onChange={(segments) => set({ segments })} errors={errors} />
        <AmountField id='annualCap' label='一年最多报多少（年度最高支付限额）' value={draft.annualCap} onInput={(annualCap) => set({ annualCap })} error={errors.annualCap} placeholder='不填表示不设上限' />
        <AmountField
          id='classBRatio'
          label='乙类先自付的比例'
          unit='%'
          value={draft.classBRatio}
          onInput={(classBRatio) => set({ classBRatio })}
          error={errors.classBSelfPayRatio}
          placeholder='如 10，没有就不填'
          help={{ question: '这是什么？', answer: '乙类药和项目，医保先让自己付一部分再报销。文件里常写「乙类先行自付 10%」，就填 10。' }}
        />
      </View>
      <View className='card'>
        <Text className='t-h2'>在外地看病</Text>
        <EstimateRemote mode={draft.remoteMode} values={draft.remote} onChange={set} errors={errors} />
      </View>
      <View className='card'>
        <Text className='t-h2'>大病保险</Text>
        <ChoiceGroup name='critical' label='要不要算' options={ON_OFF} value={draft.criticalOn ? 'on' : 'off'} onChange={(v) => set({ criticalOn: v === 'on' })} />
        {draft.criticalOn ? (
          <View>
            <AmountField id='criticalThreshold' label='一年自己付超过多少后开始报（起付标准）' value={draft.criticalThreshold} onInput={(criticalThreshold) => set({ criticalThreshold })} error={errors['critical.threshold']} />
            <EstimateSegments name='crit' path='critical.segments' rows={draft.criticalSegments} onChange={(criticalSegments) => set({ criticalSegments })} errors={errors} />
            <AmountField id='criticalCap' label='大病保险一年最多报多少' value={draft.criticalCap} onInput={(criticalCap) => set({ criticalCap })} error={errors['critical.cap']} placeholder='不填表示不设上限' />
          </View>
        ) : null}
      </View>
      {missing > 0 ? <Text className='field-error custom-page__missing'>还有 {missing} 处需要修改，请看上面的红字。</Text> : null}
      <Button className='btn' onClick={submit} data-action='save-custom'>
        保存并使用
      </Button>
      <Button className='btn btn--plain' onClick={clear} data-action='clear-custom'>
        清空重填
      </Button>
    </PageShell>
  )
}
