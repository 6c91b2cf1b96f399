import Taro from '@tarojs/taro'
import { View, Text, Button } from '@tarojs/components'
import PageShell from '@/components/page-shell'
import LinkRow from '@/components/link-row'
import PolicySource from '@/components/policy-source'
import { useSharePage } from '@/hooks/use-share-page'
import { routes } from '@/routes'
import summary from '@/data/generated/summary.json'
import holidaysJson from '@/data/holidays.json'
import type { HolidayCalendar } from '@/domain/calendar'
import { correctionTemplate } from '@/domain/policy/correction-template'
import './index.scss'

const HOLIDAYS = holidaysJson as unknown as HolidayCalendar
const COUNTS = summary.figures
const TEMPLATE = correctionTemplate(summary.checkedAt)

const MARKS = [
  { tone: 'ok', label: '已核实', text: '在官方文件或官方网页上读到了原文（或可靠转引的官方原文）。' },
  { tone: 'warn', label: '待核实', text: '来自第三方汇编、凭记忆整理，或还没有和官方原文核对过，只能参考。' },
  { tone: 'stale', label: '可能已过期', text: '已经超过了应当复核的日期，政策可能已经调整。' },
] as const

function copyTemplate() {
  Taro.setClipboardData({ data: TEMPLATE })
    .then(() => Taro.showToast({ title: '已复制，填好后发给我们', icon: 'none' }))
    .catch(() => Taro.showToast({ title: '复制失败，请长按下面的文字复制', icon: 'none' }))
}

export default function PolicyAbout() {
  useSharePage('医保小帮手的数据从哪里来', routes.policyAbout())
  return (
    <PageShell>
      <View className='card' data-section='marks'>
        <Text className='t-title'>数据说明</Text>
        <View>
          <Text className='t-body'>这里的每一个数字都写明了来源，并用标记说明有多可靠：</Text>
        </View>
        {MARKS.map((m) => (
          <View key={m.tone} className='about-mark'>
            <Text className={`badge badge--${m.tone}`}>{m.label}</Text>
            <Text className='about-mark__text'>{m.text}</Text>
          </View>
        ))}
        <Text className='t-small'>点一下数字旁边的标记，可以看到来源文件、文号、链接和核对日期。</Text>
      </View>
      <View className='card' data-section='authority'>
        <Text className='t-h2'>以当地医保局为准</Text>
        <View>
          <Text className='t-body'>
            医保政策由各地制定，经常调整。办事和报销以参保地医保局（医疗保障局）的规定和窗口答复为准。拿不准时，可以拨打全国医保服务热线 12393 咨询。
          </Text>
        </View>
      </View>
      <View className='card' data-section='report'>
        <Text className='t-h2'>发现数字不对？</Text>
        <View>
          <Text className='t-body'>请复制下面的模板，填好后通过小程序右上角“···”里的“反馈与投诉”发给我们。附上文件名称、文号和链接，我们核对后会更正。</Text>
        </View>
        <Text className='about-template' userSelect>
          {TEMPLATE}
        </Text>
        <Button className='btn' onClick={copyTemplate} data-action='copy-template'>
          复制纠错模板
        </Button>
      </View>
      <View className='card' data-section='dataset'>
        <Text className='t-h2'>数据核对日期</Text>
        <View>
          <Text className='t-body'>本机数据最近一次核对：{summary.checkedAt}。</Text>
        </View>
        <View>
          <Text className='t-body'>
            共 {COUNTS.total} 项数字，其中已核实 {COUNTS.verified} 项，待核实 {COUNTS.unverified} 项。
          </Text>
        </View>
      </View>
      <View className='card' data-section='holidays'>
        <Text className='t-h2'>节假日安排的来源</Text>
        <View>
          <Text className='t-body'>计算“几个工作日内”的截止日期时，按国务院办公厅每年公布的节假日和调休上班日计算：</Text>
        </View>
        {HOLIDAYS.years.map((y) => (
          <View key={y.year} className='about-holiday' data-year={y.year}>
            <Text className='about-holiday__year'>{y.year} 年（{y.publishedAt} 发布）</Text>
            <PolicySource provenance={y.provenance} caption='文件' />
          </View>
        ))}
      </View>
      <View className='card' data-section='disclaimer'>
        <Text className='t-h2'>免责声明</Text>
        <View>
          <Text className='t-body'>
            本程序帮助您了解医保政策、估算费用，不是官方服务，也不代办任何业务。测算结果只是估计，实际报销金额以医保结算为准。您填写的信息只保存在本机，不会上传。
          </Text>
        </View>
      </View>
      <LinkRow title='政策库' desc='各地参数和来源' to={routes.policies()} />
      <LinkRow title='全国政策' desc='异地就医、家庭共济、大病保险等' to={routes.policyNational()} />
    </PageShell>
  )
}
