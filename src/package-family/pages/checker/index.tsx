import { useEffect, useState } from 'react'
import Taro, { useRouter } from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import PageShell from '@/components/page-shell'
import FamilyCheckerForm from '@/package-family/components/checker-form'
import FamilyVerdict from '@/package-family/components/verdict'
import { isKnownRegion } from '@/package-family/data/region-facts'
import { useSharePage } from '@/hooks/use-share-page'
import { routes } from '@/routes'
import { REGION_INDEX } from '@/data/region-index'
import { notify } from '@/store/notice-store'
import { useProfileStore, type Profile } from '@/store/profile-store'
import { useFamilyStore } from '@/store/family-store'
import { decodeCheckerInputs, encodeCheckerInputs } from '@/domain/family/eligibility-codec'
import { completeDraft, EMPTY_DRAFT, type CheckerDraft, type CheckerInputs } from '@/domain/family/checker'

const REGION_IDS = REGION_INDEX.map((r) => r.id)
const BAD_LINK = '这个查询链接不完整或被改动过，无法显示原来的结果，已为您打开空白的查询。'

function fromProfile(p: Profile): CheckerDraft {
  return { ...EMPTY_DRAFT, payerRegion: p.regionId, payerScheme: p.scheme, hasAccount: p.scheme === 'employee' ? true : null }
}

export default function Checker() {
  const q = useRouter<{ q?: string }>().params?.q
  const profile = useProfileStore()
  const members = useFamilyStore((s) => s.members)
  const [opened] = useState(() => (q ? decodeCheckerInputs(q, REGION_IDS) : null))
  const [shown, setShown] = useState<CheckerInputs | null>(opened?.ok ? opened.value : null)
  const [draft, setDraft] = useState<CheckerDraft>(shown ?? fromProfile(profile))
  const [errors, setErrors] = useState<Partial<Record<keyof CheckerInputs, string>>>({})
  const code = shown ? encodeCheckerInputs(shown) : undefined
  useSharePage('能不能用个人账户给家人付钱', routes.familyChecker(code))
  useEffect(() => {
    if (opened && !opened.ok) notify(BAD_LINK, 'error')
  }, [opened])

  const submit = () => {
    const r = completeDraft(draft, isKnownRegion)
    setErrors(r.ok ? {} : r.errors)
    if (!r.ok) return
    setShown(r.inputs)
    Taro.pageScrollTo?.({ scrollTop: 0, duration: 0 })
  }

  return (
    <PageShell>
      {shown && code ? (
        <FamilyVerdict inputs={shown} code={code} onEdit={() => setShown(null)} />
      ) : (
        <View>
          <View className='card'>
            <Text className='t-title'>能不能给家人用</Text>
            <View>
              <Text className='t-body'>回答三组问题，看看你的职工医保个人账户能不能给这位家人付钱。</Text>
            </View>
          </View>
          <FamilyCheckerForm
            draft={draft}
            onChange={(patch) => setDraft((d) => ({ ...d, ...patch }))}
            errors={errors}
            members={members}
            onSubmit={submit}
          />
        </View>
      )}
    </PageShell>
  )
}
