import { useEffect, useMemo, useState } from 'react'
import Taro, { useRouter } from '@tarojs/taro'
import { View, Text, Button } from '@tarojs/components'
import PageShell from '@/components/page-shell'
import ShareButton from '@/components/share-button'
import EstimateSummary from '@/package-estimate/components/summary'
import EstimateLines from '@/package-estimate/components/lines'
import EstimateWhatIf from '@/package-estimate/components/what-if'
import EstimateTitle from '@/package-estimate/components/title'
import { routes, tabs } from '@/routes'
import { useSharePage } from '@/hooks/use-share-page'
import { today } from '@/lib/clock'
import { findLeanRegion } from '@/data/lean'
import { regionName } from '@/data/region-index'
import { notify } from '@/store/notice-store'
import { useHistoryStore } from '@/store/history-store'
import { useEstimateDraftStore } from '@/store/estimate-draft-store'
import { useCustomPlanStore } from '@/store/custom-plan-store'
import type { EstimateInputs } from '@/domain/estimator/types'
import { decodeEstimateInputs, encodeEstimateInputs } from '@/domain/estimate/codec'
import { priceEstimate } from '@/domain/estimate/price'
import { estimateTitle } from '@/domain/estimate/title'
import { whatIfRows, type WhatIfRow } from '@/domain/estimate/what-if'
import { draftFromInputs } from '@/domain/estimate/draft'
import { planToDraft, samePlan } from '@/domain/estimate/custom-plan-form'
import './index.scss'

const BAD_LINK = '链接已损坏或不完整，已为您打开空白测算表'
const OTHER_CUSTOM = '本机保存的自定义参数与这次测算用的不同，修改后会按本机保存的参数测算。'

function editInputs(inputs: EstimateInputs): void {
  const custom = useCustomPlanStore.getState()
  if (inputs.policy !== null && custom.plan === null) {
    custom.setDraft(planToDraft(inputs.policy))
    custom.save(inputs.policy)
  } else if (inputs.policy !== null && custom.plan !== null && !samePlan(custom.plan, inputs.policy)) notify(OTHER_CUSTOM)
  useEstimateDraftStore.getState().replace(draftFromInputs(inputs))
  Taro.switchTab({ url: tabs.estimate })
}

function openVariant(row: WhatIfRow): void {
  const url = routes.estimateResult(encodeEstimateInputs(row.inputs))
  if ((Taro.getCurrentPages?.().length ?? 0) >= 9) Taro.redirectTo({ url })
  else Taro.navigateTo({ url })
}

export default function EstimateResultPage() {
  const q = useRouter<{ q?: string }>().params?.q
  const [decoded] = useState(() => decodeEstimateInputs(q))
  const inputs = decoded.ok ? decoded.value : null
  const priced = useMemo(() => (inputs ? priceEstimate(inputs, findLeanRegion) : null), [inputs])
  const broken = inputs === null || (priced !== null && !priced.ok && priced.kind === 'unknown-region')
  const title = inputs ? estimateTitle(inputs, regionName(inputs.region)) : '报销测算'
  const code = inputs ? encodeEstimateInputs(inputs) : null
  const saveItem = useHistoryStore((s) => s.save)
  const saved = useHistoryStore((s) => code !== null && s.items.some((i) => i.code === code))
  useSharePage(`报销测算：${title}`, code ? routes.estimateResult(code) : tabs.estimate)
  useEffect(() => {
    if (!broken) return
    notify(BAD_LINK, 'error')
    Taro.switchTab({ url: tabs.estimate })
  }, [broken])
  const rows = useMemo(() => {
    if (!inputs || !priced?.ok) return []
    return whatIfRows(inputs, priced.result.personal, (v) => {
      const p = priceEstimate(v, findLeanRegion)
      return p.ok ? p.result.personal : null
    })
  }, [inputs, priced])

  if (broken || !inputs || !priced || !code) return <PageShell />
  const head = (
    <View className='card'>
      <EstimateTitle title={title} />
      {inputs.policy !== null ? (
        <View>
          <Text className='t-small'>本次按自己填写的参数（自定义参数）测算。</Text>
        </View>
      ) : null}
    </View>
  )
  if (!priced.ok) {
    return (
      <PageShell>
        {head}
        <View className='card' data-section='unavailable'>
          <Text className='t-body'>{priced.reason}</Text>
          <View>
            <Text className='t-small'>可以改用自己的参数：照当地医保局公布的数字填一次，就能测算。</Text>
          </View>
          <Button className='btn' onClick={() => Taro.navigateTo({ url: routes.estimateCustom() })}>填写我的参数</Button>
          <Button className='btn btn--plain' onClick={() => editInputs(inputs)}>返回修改</Button>
        </View>
      </PageShell>
    )
  }
  const save = () => {
    saveItem({ savedAt: today(), code, title, total: inputs.total, personal: priced.result.personal })
    Taro.showToast({ title: '已保存', icon: 'none' })
  }
  return (
    <PageShell className='estimate-result'>
      {head}
      <EstimateSummary result={priced.result} total={inputs.total} />
      <Text className='estimate-result__disclaimer' data-section='disclaimer'>测算仅供参考，以医保结算为准。</Text>
      {priced.caveat ? (
        <Text className='estimate-result__caveat' data-section='caveat'>
          {priced.caveat}
        </Text>
      ) : null}
      <EstimateLines lines={priced.result.lines} figures={priced.figures} regionId={inputs.region} />
      <EstimateWhatIf rows={rows} onOpen={openVariant} />
      <Button className='btn' onClick={save} data-action='save-estimate'>
        {saved ? '已保存到测算记录' : '保存到测算记录'}
      </Button>
      <ShareButton path={routes.estimateResult(code)} />
      <Button className='btn btn--plain' onClick={() => editInputs(inputs)} data-action='edit-estimate'>
        修改这次的数字
      </Button>
      <Button className='btn btn--plain' onClick={() => Taro.navigateTo({ url: routes.estimateHistory() })} data-action='open-history'>
        查看测算记录
      </Button>
    </PageShell>
  )
}
