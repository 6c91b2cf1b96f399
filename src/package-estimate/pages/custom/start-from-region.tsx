import { useState } from 'react'
import { View, Text, Button } from '@tarojs/components'
import { findLeanRegion } from '@/data/lean'
import { useProfileStore } from '@/store/profile-store'
import { useEstimateDraftStore } from '@/store/estimate-draft-store'
import { effectiveChoices } from '@/domain/estimate/draft'
import { planUnavailableReason, resolvePlan, type PlanQuery } from '@/domain/policy/plan'
import { planToDraft, type CustomPlanDraft } from '@/domain/estimate/custom-plan-form'
import { schemeText } from '@/domain/estimate/title'
import { LEVEL_LABELS, VISIT_LABELS } from '@/domain/vocab'

export interface StartFromRegionProps {
  /** Called with the form filled from the region's figures */
  onFill: (draft: CustomPlanDraft) => void
}

/** 从内置数字开始: fills the form with the dataset plan for the case chosen on the estimate form. */
export default function StartFromRegion({ onFill }: StartFromRegionProps) {
  const profile = useProfileStore()
  const draft = useEstimateDraftStore((s) => s.draft)
  const [note, setNote] = useState<string | null>(null)
  const choices = effectiveChoices(draft, profile)
  const region = choices.region ? findLeanRegion(choices.region) : undefined
  if (!region) return null
  const q: PlanQuery = {
    scheme: choices.scheme ?? 'employee', status: choices.scheme === 'resident' ? 'working' : choices.status ?? 'working',
    visit: draft.visit, level: draft.level ?? 3, admission: draft.admission, location: draft.location,
    filing: draft.location === 'local' ? 'none' : draft.filing ?? 'none',
  }
  const what = `${region.name} · ${schemeText(q)} · ${LEVEL_LABELS[q.level]}医院${VISIT_LABELS[q.visit]}`
  const fill = () => {
    const reason = planUnavailableReason(region, q)
    if (reason !== null) {
      setNote(reason)
      return
    }
    onFill(planToDraft(resolvePlan(region, q).plan))
    setNote('已填好，请对照当地文件逐项核对、修改，再保存。')
  }
  return (
    <View className='card'>
      <Text className='t-h2'>从内置数字开始改</Text>
      <View>
        <Text className='t-small'>按测算表上选的情况（{what}）先填好我们收录的数字，您再改成当地公布的。</Text>
      </View>
      <Button className='btn btn--plain' onClick={fill} data-action='start-from-region'>
        用{region.name}的内置数字填好
      </Button>
      {note ? <Text className='t-small'>{note}</Text> : null}
    </View>
  )
}
