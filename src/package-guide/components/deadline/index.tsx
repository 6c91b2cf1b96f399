import { useEffect, useMemo, useState } from 'react'
import Taro from '@tarojs/taro'
import { View, Text, Picker, Input, Button } from '@tarojs/components'
import ConfidenceBadge from '@/components/confidence-badge'
import { type DeadlineRule } from '@/data/guide-types'
import type { HolidayCalendar } from '@/domain/calendar'
import { daysLeft, formatDateCn, parseDate, type GuideDeadline } from '@/domain/guide/deadlines'
import { today } from '@/lib/clock'
import { useRemindersStore } from '@/store/reminders-store'
import { readDeadline } from '@/domain/guide/read-deadline'
import './index.scss'
import { ANCHOR_LABELS } from '@/domain/vocab'

export interface GuideDeadlineProps {
  /** ASCII guide id: the reminder is saved as `${guideId}-deadline` */
  guideId: string
  /** Short name of the guide for the reminder's label */
  guideName: string
  rule: DeadlineRule
  calendar: HolidayCalendar
  /** Called with the computed deadline (or undefined) whenever it changes, for the text version and the card */
  onChange?: (deadline: GuideDeadline | undefined) => void
}

function daysText(days: number): string {
  if (days > 0) return `还剩 ${days} 天`
  if (days === 0) return '就是今天'
  return `已经过了 ${-days} 天`
}

/** The deadline block of a guide: pick the date it counts from, (for local rules) the 参保地 number, see the date and save it as a reminder. */
export default function GuideDeadlineBlock({ guideId, guideName, rule, calendar, onChange }: GuideDeadlineProps) {
  const [anchor, setAnchor] = useState('')
  const defaultAmount = rule.kind === 'months' ? rule.months : rule.days
  const [localText, setLocalText] = useState(String(defaultAmount))
  const [edited, setEdited] = useState(false)
  const reminderId = `${guideId}-deadline`
  const saved = useRemindersStore((s) => s.reminders.find((r) => r.id === reminderId && parseDate(r.date).ok))
  const { deadline, localError } = useMemo(() => readDeadline(rule, anchor, edited ? localText : '', calendar), [rule, anchor, localText, edited, calendar])
  const now = today()
  useEffect(() => onChange?.(deadline), [deadline, onChange])
  const save = () => {
    if (!deadline) return
    useRemindersStore.getState().upsert({ id: reminderId, guideId, label: `${guideName}：${deadline.label}`, date: deadline.date, approximate: deadline.approximate })
    Taro.showToast({ title: '已保存，首页能看到', icon: 'none' })
  }
  const anchorLabel = ANCHOR_LABELS[rule.from]
  return (
    <View className='card guide-deadline' data-section='deadline'>
      <Text className='t-h2'>算一算日期</Text>
      <View>
        <Text className='t-small'>选好{anchorLabel}，自动算出“{deadline?.label ?? rule.label}”。</Text>
      </View>
      <Picker mode='date' value={anchor || now} start='2020-01-01' end='2035-12-31' onChange={(e) => setAnchor(String(e.detail.value))}>
        <View className='guide-deadline__field' data-field='anchor'>
          <Text className='guide-deadline__field-label'>{anchorLabel}</Text>
          <Text className={`guide-deadline__field-value ${anchor ? '' : 'guide-deadline__field-value--empty'}`}>
            {anchor ? formatDateCn(anchor) : '点这里选择日期'}
          </Text>
        </View>
      </Picker>
      {rule.local ? (
        <View className='guide-deadline__local'>
          <Text className='guide-deadline__field-label'>{rule.local.prompt}</Text>
          <View className='guide-deadline__local-row'>
            <Input
              id='deadline-local'
              className='guide-deadline__input'
              type='number'
              value={localText}
              placeholder={`默认 ${defaultAmount}`}
              onInput={(e) => {
                setEdited(true)
                setLocalText(e.detail.value)
              }}
            />
            {deadline?.basis === 'user' ? <Text className='badge badge--ok'>按您填的</Text> : <Text className='badge badge--warn'>默认值，待核实</Text>}
          </View>
          {localError ? <Text className='guide-deadline__error'>{localError}</Text> : null}
        </View>
      ) : null}
      {deadline ? (
        <View className='guide-deadline__result' data-deadline={deadline.date} data-approximate={deadline.approximate ? 'yes' : 'no'}>
          <Text className='guide-deadline__label'>{deadline.label}</Text>
          <Text className='guide-deadline__date'>{formatDateCn(deadline.date)}</Text>
          <Text className='guide-deadline__left' data-days-left={daysLeft(deadline.date, now)}>
            今天是 {formatDateCn(now)}，{daysText(daysLeft(deadline.date, now))}
          </Text>
          <Text className='t-small guide-deadline__rule'>
            按{deadline.rule}计算{rule.kind === 'working-days' ? '，已跳过周末和法定节假日，调休上班的周末算工作日' : ''}。
          </Text>
          {deadline.note ? <Text className='guide-deadline__approx'>注意：{deadline.note}</Text> : null}
        </View>
      ) : null}
      {rule.note ? (
        <View className='guide-deadline__note t-small'>
          <Text>{rule.note}</Text>
        </View>
      ) : null}
      <View className='guide-deadline__source'>
        <ConfidenceBadge provenance={rule.provenance} />
        <Text className='t-small'> 依据：{rule.provenance.document}</Text>
      </View>
      {deadline ? (
        <Button className='btn' onClick={save} data-action='save-reminder'>
          {saved ? '更新提醒' : '保存为提醒'}
        </Button>
      ) : null}
      {saved ? (
        <View className='guide-deadline__saved' data-saved={saved.date}>
          <Text className='t-small'>已保存提醒：{formatDateCn(saved.date)}，首页“接下来要做”里能看到。</Text>
          <Text className='guide-deadline__remove' onClick={() => useRemindersStore.getState().remove(reminderId)} data-action='remove-reminder'>
            删除提醒
          </Text>
        </View>
      ) : null}
    </View>
  )
}
