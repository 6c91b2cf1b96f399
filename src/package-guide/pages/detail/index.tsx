import { useEffect, useMemo, useState } from 'react'
import Taro, { useRouter } from '@tarojs/taro'
import { View, Text, Button } from '@tarojs/components'
import PageShell from '@/components/page-shell'
import LinkRow from '@/components/link-row'
import ShareButton from '@/components/share-button'
import PolicySource from '@/components/policy-source'
import ConfidenceBadge from '@/components/confidence-badge'
import GuideSteps from '@/package-guide/components/steps'
import GuideMaterials from '@/package-guide/components/materials'
import GuideDeadlineBlock from '@/package-guide/components/deadline'
import GuideRegionNote from '@/package-guide/components/region-note'
import GuideCardMaker from '@/package-guide/components/card-maker'
import { useSharePage } from '@/hooks/use-share-page'
import { h5Url, routes, tabs } from '@/routes'
import { notify } from '@/store/notice-store'
import { useProfileStore } from '@/store/profile-store'
import { useGuideProgressStore } from '@/store/guide-progress-store'
import { EMPTY_PROGRESS, guideMaterials, progressCounts, sanitizeProgress } from '@/domain/guide/progress'
import { guideText } from '@/domain/guide/text'
import type { GuideDeadline } from '@/domain/guide/deadlines'
import { findGuide, HOLIDAYS, HOTLINE } from '@/package-guide/data/guides'
import './index.scss'

const NOT_FOUND = '链接里的指南没有找到，可能链接不完整或已被改动。请在指南列表里重新选择。'

/** The H5 address of this guide for the text version; WeChat text cannot open the mini-program, so none there. */
function pageLink(path: string): string | undefined {
  if (process.env.TARO_ENV !== 'h5') return undefined
  return h5Url(path, window.location.origin + window.location.pathname.replace(/\/$/, ''))
}

export default function GuideDetail() {
  const id = useRouter<{ id?: string }>().params?.id ?? ''
  const guide = useMemo(() => findGuide(id), [id])
  const stored = useGuideProgressStore((s) => (guide ? s.guides[guide.id] : undefined)) ?? EMPTY_PROGRESS
  const regionId = useProfileStore((s) => s.regionId)
  const [deadline, setDeadline] = useState<GuideDeadline | undefined>()
  useSharePage(guide ? guide.title : '医保办事指南', guide ? routes.guide(guide.id) : tabs.guides)
  useEffect(() => {
    if (!guide) notify(NOT_FOUND, 'error')
  }, [guide])

  if (!guide) {
    return (
      <PageShell>
        <View className='card' data-section='not-found'>
          <Text className='t-title'>未找到这份指南</Text>
          <View>
            <Text className='t-body'>指南列表里没有这一份。可以在列表里找，或者回答几个问题让我们帮您找。</Text>
          </View>
        </View>
        <LinkRow title='查看全部办事指南' desc='按类别列出，可以搜索' to={tabs.guides} tab />
        <LinkRow title='我该办哪个？' desc='回答几个简单问题' to={routes.wizard()} />
      </PageShell>
    )
  }
  const progress = sanitizeProgress(guide, stored)
  const counts = progressCounts(guide, progress)
  const { toggleStep, toggleMaterial, reset } = useGuideProgressStore.getState()
  const path = routes.guide(guide.id)
  const confirmReset = () =>
    Taro.showModal({ title: '重新开始这份指南？', content: '已打勾的步骤和材料会清空；保存的提醒不变。', confirmText: '清空', cancelText: '不清空' })
      .then((r) => r.confirm && reset(guide.id))
  const copyText = () =>
    Taro.setClipboardData({ data: guideText(guide, { deadline, progress, link: pageLink(path) }) })
      .then(() => Taro.showToast({ title: '已复制，可以粘贴发给家人', icon: 'none' }))
      .catch(() => Taro.showToast({ title: '复制失败，请稍后再试', icon: 'none' }))
  const related = guide.related.map(findGuide).filter((g) => g !== undefined)
  return (
    <PageShell>
      <View className='card' data-section='summary'>
        <Text className='t-title'>{guide.title}</Text>
        <View>
          <Text className='t-body'>{guide.summary}</Text>
        </View>
        <View className='guide-progress' data-progress={counts.stepsLabel}>
          <Text className='guide-progress__text'>
            已办好 {counts.stepsLabel} 步{counts.materialsTotal ? `，材料备齐 ${counts.materialsLabel}` : ''}
          </Text>
          {progress.steps.length || progress.materials.length ? (
            <Text className='guide-progress__reset' onClick={confirmReset} data-action='reset'>
              重新开始
            </Text>
          ) : null}
        </View>
        <Text className='t-small'>办好一步，就点一下那一步的标题打勾；进度只保存在这台手机上。</Text>
      </View>
      {guide.deadline ? (
        <GuideDeadlineBlock guideId={guide.id} guideName={guide.title.split('：').pop() ?? guide.title} rule={guide.deadline} calendar={HOLIDAYS} onChange={setDeadline} />
      ) : null}
      <GuideSteps steps={guide.steps} done={progress.steps} onToggle={(stepId) => toggleStep(guide.id, stepId)} />
      <GuideMaterials materials={guideMaterials(guide)} ticked={progress.materials} onToggle={(m) => toggleMaterial(guide.id, m)} />
      {guide.localNote ? <GuideRegionNote note={guide.localNote} regionId={regionId} /> : null}
      <View className='card' data-section='share'>
        <Text className='t-h2'>发给家人</Text>
        <ShareButton path={path} />
        <Button className='btn btn--plain' onClick={copyText} data-action='copy-text'>
          复制文字版
        </Button>
        <GuideCardMaker guide={guide} deadline={deadline} />
      </View>
      {related.length ? (
        <View className='guide-related' data-section='related'>
          <Text className='guide-related__title'>相关的事</Text>
          {related.map((g) => (
            <LinkRow key={g.id} title={g.title} to={routes.guide(g.id)} />
          ))}
        </View>
      ) : null}
      <View className='card' data-section='sources'>
        <Text className='t-h2'>依据</Text>
        {guide.sources.map((p, i) => (
          <PolicySource key={`${i}-${p.document}`} provenance={p} caption='来源' />
        ))}
      </View>
      <View className='card guide-ending' data-section='ending'>
        <Text className='guide-ending__text'>{guide.ending}</Text>
        <View className='guide-ending__badge'>
          <ConfidenceBadge provenance={HOTLINE.provenance} />
          <Text className='t-small'> 热线号码 {HOTLINE.number}</Text>
        </View>
      </View>
    </PageShell>
  )
}
