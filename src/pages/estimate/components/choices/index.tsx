import { View, Text } from '@tarojs/components'
import ChoiceGroup from '@/components/choice-group'
import HelpTip from '@/components/help-tip'
import type { EstimateDraft } from '@/domain/estimate/draft'
import type { DraftField } from '@/domain/estimate/form'
import { ADMISSION_OPTIONS, FILING_OPTIONS, LEVEL_OPTIONS, LOCATION_OPTIONS, SCHEME_OPTIONS, STATUS_OPTIONS, VISIT_OPTIONS } from '@/pages/estimate/components/choices/options'
import { REGION_OPTIONS } from '@/lib/region-options'

export interface EstimateChoicesProps {
  /** The form, with region, scheme and status already filled from the profile where untouched */
  draft: EstimateDraft
  /** Called with the fields that changed */
  onChange: (patch: Partial<EstimateDraft>) => void
  /** Chinese errors by field */
  errors: Partial<Record<DraftField, string>>
}

/** Who is insured where, and where and how they were treated: big one-tap choices, each with help. */
export default function EstimateChoices({ draft, onChange, errors }: EstimateChoicesProps) {
  return (
    <View className='card'>
      <Text className='t-h2'>一、您的医保和看病情况</Text>
      <ChoiceGroup name='region' label='在哪里参保' options={REGION_OPTIONS} value={draft.region} onChange={(region) => onChange({ region })} error={errors.region} />
      <ChoiceGroup name='scheme' label='参加的医保' options={SCHEME_OPTIONS} value={draft.scheme} onChange={(scheme) => onChange({ scheme })} error={errors.scheme} />
      {draft.scheme !== 'resident' ? (
        <ChoiceGroup name='status' label='在职还是退休' options={STATUS_OPTIONS} value={draft.status} onChange={(status) => onChange({ status })} error={errors.status} />
      ) : null}
      <ChoiceGroup name='visit' label='住院还是门诊' options={VISIT_OPTIONS} value={draft.visit} onChange={(visit) => onChange({ visit })} />
      <ChoiceGroup name='level' label='医院等级' options={LEVEL_OPTIONS} value={draft.level} onChange={(level) => onChange({ level })} error={errors.level} />
      <HelpTip question='怎么知道是几级医院？' answer='看医院门口的牌子或医院官网，上面写着「三级甲等」「二级」等。社区卫生服务中心、乡镇卫生院一般是一级。' />
      {draft.visit === 'inpatient' ? (
        <View>
          <ChoiceGroup name='admission' label='今年第几次住院' options={ADMISSION_OPTIONS} value={draft.admission >= 2 ? 2 : 1} onChange={(admission) => onChange({ admission })} />
          <HelpTip
            question='什么是起付线？为什么问第几次？'
            answer='起付线就是「门槛费」：先由自己付到这个数，超过的部分医保才按比例报。有的地方同一年第二次住院，起付线会降低，所以要问是第几次。'
          />
        </View>
      ) : null}
      <ChoiceGroup name='location' label='在哪里看病' options={LOCATION_OPTIONS} value={draft.location} onChange={(location) => onChange({ location })} />
      {draft.location !== 'local' ? (
        <View>
          <ChoiceGroup name='filing' label='有没有办异地就医备案' options={FILING_OPTIONS} value={draft.filing} onChange={(filing) => onChange({ filing })} error={errors.filing} />
          <HelpTip
            question='备案是什么意思？'
            answer='在参保地以外看病，先向参保地医保部门登记一下，叫「异地就医备案」，在国家医保服务平台 App 或小程序上就能办。备案了报销更多；没有备案，一般要少报一些。急诊抢救和转诊另有规定。'
          />
        </View>
      ) : null}
    </View>
  )
}
