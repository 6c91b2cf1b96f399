import Taro from '@tarojs/taro'
import { View, Text, Button } from '@tarojs/components'
import ConfidenceBadge from '@/components/confidence-badge'
import FamilyRule from '@/package-family/components/rule'
import ShareButton from '@/components/share-button'
import { familyItems } from '@/package-family/data/family-items'
import { lookupRegion } from '@/package-family/data/region-facts'
import { regionName } from '@/data/region-index'
import { routes } from '@/routes'
import { checkEligibility } from '@/domain/family/eligibility'
import { reasonBody, resolveCheck } from '@/domain/family/resolve-check'
import { PURPOSE_LABELS, type CheckerInputs } from '@/domain/family/checker'
import './index.scss'
import { RELATION_LABELS, SCHEME_LABELS } from '@/domain/vocab'

export interface FamilyVerdictProps {
  /** Complete checker answers */
  inputs: CheckerInputs
  /** The share code of these answers */
  code: string
  /** Called when the user wants to change the answers */
  onEdit: () => void
}

const HEADLINE = { yes: '可以', no: '不可以', confirm: '需要确认' } as const

function beneficiaryPlace(i: CheckerInputs): string {
  if (i.sameProvince === null) return regionName(i.beneficiaryRegion)
  return `${regionName(i.beneficiaryRegion)}（${i.sameProvince ? '和你同一个省' : '和你不在同一个省'}）`
}

/** The checker's answer: 可以 / 不可以 / 需要确认, why in one sentence, what was asked, the rules it rests on. */
export default function FamilyVerdict({ inputs, code, onEdit }: FamilyVerdictProps) {
  const resolved = resolveCheck(inputs, lookupRegion)
  const result = checkEligibility(resolved.input, resolved.rules)
  const scopeName = resolved.inProvince ? '省内共济' : '跨省共济'
  const account = inputs.payerScheme === 'employee' ? (inputs.hasAccount ? ' · 有个人账户' : ' · 没有个人账户') : ''
  return (
    <View className='family-verdict'>
      <View className={`card family-verdict__head family-verdict__head--${result.verdict}`} data-verdict={result.verdict}>
        <Text className='t-title family-verdict__word'>{HEADLINE[result.verdict]}</Text>
        <View>
          <Text className='t-body'>{reasonBody(result.reason)}</Text>
        </View>
      </View>
      <View className='card'>
        <Text className='t-h2'>你问的是</Text>
        <View className='family-verdict__line'>
          <Text className='t-body'>你：{regionName(inputs.payerRegion)} · {SCHEME_LABELS[inputs.payerScheme]}{account}</Text>
        </View>
        <View className='family-verdict__line'>
          <Text className='t-body'>家人：{RELATION_LABELS[inputs.relation]} · {beneficiaryPlace(inputs)} · {SCHEME_LABELS[inputs.beneficiaryScheme]}</Text>
        </View>
        <View className='family-verdict__line'>
          <Text className='t-body'>用途：{PURPOSE_LABELS[inputs.purpose]}</Text>
        </View>
      </View>
      <View className='card'>
        <Text className='t-h2'>依据</Text>
        {familyItems(result.ruleIds).map((item) => (
          <FamilyRule key={item.id} item={item} showBody={false} />
        ))}
        {resolved.scope ? (
          <View className='family-verdict__scope' data-rule='region-scope'>
            <Text className='family-verdict__scope-title'>{regionName(inputs.payerRegion)}的{scopeName}</Text>
            <Text className='t-body family-verdict__scope-text'>{resolved.scope.text}</Text>
            <View>
              <Text className='t-small'>依据：{resolved.scope.provenance.document}</Text>
              <ConfidenceBadge provenance={resolved.scope.provenance} regionId={inputs.payerRegion} />
            </View>
          </View>
        ) : null}
      </View>
      <Button className='btn' onClick={() => Taro.navigateTo({ url: routes.guide(result.guideId) })} data-action='binding-guide'>
        怎么绑定家人（办事指南）
      </Button>
      <ShareButton path={routes.familyChecker(code)} label='把结果发给家人' />
      <Button className='btn btn--plain' onClick={onEdit} data-action='edit-check'>
        修改条件，重新查
      </Button>
    </View>
  )
}
