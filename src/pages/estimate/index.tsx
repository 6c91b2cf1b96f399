import { useState } from 'react'
import Taro from '@tarojs/taro'
import { View, Text, Button } from '@tarojs/components'
import PageShell from '@/components/page-shell'
import LinkRow from '@/components/link-row'
import EstimateChoices from '@/pages/estimate/components/choices'
import EstimateMemberPick from '@/pages/estimate/components/member-pick'
import EstimateBill from '@/pages/estimate/components/bill'
import EstimateYtd from '@/pages/estimate/components/ytd'
import EstimateCustomSwitch from '@/pages/estimate/components/custom-switch'
import { routes, tabs } from '@/routes'
import { useSharePage } from '@/hooks/use-share-page'
import { useProfileStore } from '@/store/profile-store'
import { useEstimateDraftStore } from '@/store/estimate-draft-store'
import { useCustomPlanStore } from '@/store/custom-plan-store'
import { effectiveChoices, type EstimateDraft } from '@/domain/estimate/draft'
import { draftToInputs, type DraftField } from '@/domain/estimate/form'
import { encodeEstimateInputs } from '@/domain/estimate/codec'
import './index.scss'

export default function Estimate() {
  useSharePage('医保报销测算', tabs.estimate)
  const profile = useProfileStore()
  const { draft, update, reset } = useEstimateDraftStore()
  const customPlan = useCustomPlanStore((s) => s.plan)
  const [errors, setErrors] = useState<Partial<Record<DraftField, string>>>({})
  const shown = { ...draft, ...effectiveChoices(draft, profile) }
  const missing = Object.keys(errors).length
  const change = (patch: Partial<EstimateDraft>, fields: string[] = Object.keys(patch)) => {
    update(patch)
    if (fields.some((f) => f in errors)) setErrors((e) => Object.fromEntries(Object.entries(e).filter(([k]) => !fields.includes(k))))
  }

  const submit = () => {
    const r = draftToInputs(draft, profile, customPlan)
    if (!r.ok) {
      setErrors(r.errors)
      if (Object.keys(r.errors).some((k) => k.startsWith('ytd.'))) update({ ytdOpen: true })
      return
    }
    setErrors({})
    Taro.navigateTo({ url: routes.estimateResult(encodeEstimateInputs(r.inputs)) })
  }
  const clear = async () => {
    const r = await Taro.showModal({ title: '清空重填', content: '清空这张测算表里填的内容吗？', confirmText: '清空' })
    if (r.confirm) {
      reset()
      setErrors({})
    }
  }

  return (
    <PageShell className='estimate-page'>
      <View className='card'>
        <Text className='t-title'>报销测算</Text>
        <View>
          <Text className='t-body t-muted'>填几项账单金额，看看医保基金、大病保险和自己各付多少。填的内容只保存在这台手机上。</Text>
        </View>
      </View>
      <EstimateMemberPick onPick={(patch) => change(patch)} />
      <EstimateChoices draft={shown} onChange={change} errors={errors} />
      <EstimateBill draft={draft} onChange={change} errors={errors} />
      <EstimateYtd ytd={draft.ytd} open={draft.ytdOpen} onToggle={(ytdOpen) => update({ ytdOpen })} onChange={(patch) => change({ ytd: { ...draft.ytd, ...patch } }, Object.keys(patch).map((k) => `ytd.${k}`))} errors={errors} />
      <EstimateCustomSwitch on={draft.useCustom} onChange={(useCustom) => change({ useCustom }, ['custom', 'region'])} plan={customPlan} error={errors.custom} />
      {missing > 0 ? <Text className='field-error estimate-page__missing'>还有 {missing} 处需要修改，请看上面的红字。</Text> : null}
      <Button className='btn' onClick={submit} data-action='estimate'>
        开始测算
      </Button>
      <Button className='btn btn--plain' onClick={clear} data-action='clear-draft'>
        清空重填
      </Button>
      <LinkRow title='测算记录' desc='保存在本机的测算结果' to={routes.estimateHistory()} />
    </PageShell>
  )
}
