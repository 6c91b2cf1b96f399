import { useEffect } from 'react'
import { useRouter } from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import PageShell from '@/components/page-shell'
import LinkRow from '@/components/link-row'
import PolicySectionView from '@/components/policy-section'
import PolicyToc, { scrollToSection } from '@/components/policy-toc'
import { useSharePage } from '@/hooks/use-share-page'
import { routes } from '@/routes'
import { national } from '@/data/national-rules'
import { isNationalTopic, nationalSections, NATIONAL_TOPICS } from '@/domain/policy/rows-national'
import { notify } from '@/store/notice-store'

const SECTIONS = nationalSections(national)
const BAD_TOPIC = '链接里的主题没有找到，已为您打开全国政策的开头。'
/** Wait for the page to slide in before scrolling to the linked topic. */
const SCROLL_DELAY_MS = 400

export default function PolicyNational() {
  const raw = useRouter<{ topic?: string }>().params?.topic
  const topic = isNationalTopic(raw) ? raw : undefined
  const title = NATIONAL_TOPICS.find((t) => t.id === topic)?.title
  useSharePage(title ? `全国政策：${title}` : '全国医保政策和来源', routes.policyNational(topic))
  useEffect(() => {
    if (raw && !topic) notify(BAD_TOPIC, 'error')
    if (!topic) return undefined
    const timer = setTimeout(() => scrollToSection(`#national-${topic}`, 0), SCROLL_DELAY_MS)
    return () => clearTimeout(timer)
  }, [raw, topic])

  return (
    <PageShell>
      <View className='card'>
        <Text className='t-title'>全国政策</Text>
        <View>
          <Text className='t-body'>全国都适用的规定。各地在此基础上有自己的细则，办事以参保地医保局为准。</Text>
        </View>
      </View>
      <PolicyToc items={NATIONAL_TOPICS} prefix='national' />
      {SECTIONS.map((s) => (
        <PolicySectionView key={s.id} section={s} anchor={`national-${s.id}`} highlighted={s.id === topic} />
      ))}
      <LinkRow title='各地政策' desc='各地起付线、报销比例和来源' to={routes.policies()} />
      <LinkRow title='数据说明和纠错' desc='标记的意思；发现数字不对怎么告诉我们' to={routes.policyAbout()} />
    </PageShell>
  )
}
