import { View, Text } from '@tarojs/components'
import { type GuideStep } from '@/data/guide-types'
import { chineseNumber } from '@/domain/guide/text'
import './index.scss'
import { PLACE_LABELS } from '@/domain/vocab'

export interface GuideStepsProps {
  steps: GuideStep[]
  /** Ids of the steps marked done */
  done: string[]
  /** Tap on a step's heading: mark it done, or not done again */
  onToggle: (stepId: string) => void
}

/** The numbered steps of a guide: one action per line, where to go, what to bring, tips; the heading ticks the step off. */
export default function GuideSteps({ steps, done, onToggle }: GuideStepsProps) {
  return (
    <View className='guide-steps' data-section='steps'>
      {steps.map((step, i) => {
        const isDone = done.includes(step.id)
        return (
          <View key={step.id} className={`card guide-step ${isDone ? 'guide-step--done' : ''}`} data-step={step.id} data-done={isDone ? 'yes' : 'no'}>
            <View className='guide-step__head' onClick={() => onToggle(step.id)} role='checkbox' aria-checked={isDone}>
              <Text className='guide-step__box'>{isDone ? '✓' : ''}</Text>
              <View className='guide-step__heading'>
                <Text className='guide-step__num'>第{chineseNumber(i + 1)}步</Text>
                <Text className='guide-step__title'>{step.title}</Text>
                <Text className='guide-step__state'>{isDone ? '已办好（点一下取消）' : '办好了就点一下'}</Text>
              </View>
            </View>
            <View className='guide-step__actions'>
              {step.actions.map((a) => (
                <Text key={a} className='guide-step__action'>
                  {a}
                </Text>
              ))}
            </View>
            {step.where.length ? (
              <Text className='guide-step__where'>在哪办：{step.where.map((w) => PLACE_LABELS[w]).join('、')}</Text>
            ) : null}
            {step.materials.length ? <Text className='guide-step__where'>要带：{step.materials.map((m) => m.name).join('；')}</Text> : null}
            {step.tips.map((t) => (
              <Text key={t} className='guide-step__tip'>
                提示：{t}
              </Text>
            ))}
          </View>
        )
      })}
    </View>
  )
}
