import { useState } from 'react'
import Taro from '@tarojs/taro'
import { View, Text, Button } from '@tarojs/components'
import PageShell from '@/components/page-shell'
import { useSharePage } from '@/hooks/use-share-page'
import { routes } from '@/routes'
import { useProfileStore } from '@/store/profile-store'
import { nextStep, type QuestionId, type WizardAnswers } from '@/domain/guide/wizard'
import { findIndexGuide } from '@/data/guide-index'
import { chineseNumber } from '@/domain/guide/text'
import { profileHints } from '@/package-guide/data/wizard-hints'
import './index.scss'

/** Keep the answers of the first `count` questions on the path. */
function keepFirst(answers: WizardAnswers, path: QuestionId[], count: number): WizardAnswers {
  return Object.fromEntries(path.slice(0, count).map((q) => [q, answers[q]]))
}

export default function Wizard() {
  useSharePage('我该办哪个？回答几个问题，找到要办的事', routes.wizard())
  const [answers, setAnswers] = useState<WizardAnswers>({})
  const scheme = useProfileStore((s) => s.scheme)
  const status = useProfileStore((s) => s.status)
  const hints = profileHints({ scheme, status })
  const step = nextStep(answers)
  const path = step.trail.map((t) => t.question.id)
  const back = () => setAnswers(keepFirst(answers, path, path.length - 1))
  const guide = step.kind === 'result' ? findIndexGuide(step.guideId) : undefined
  const stepIndex = guide && step.kind === 'result' && step.stepId ? guide.steps.findIndex((s) => s.id === step.stepId) : -1
  return (
    <PageShell>
      {step.kind === 'question' ? (
        <View className='card wizard-question' data-question={step.question.id}>
          <Text className='t-small'>第{chineseNumber(step.trail.length + 1)}个问题</Text>
          <Text className='wizard-question__text'>{step.question.text}</Text>
          {step.question.help ? <Text className='t-small'>{step.question.help}</Text> : null}
          <View className='wizard-options'>
            {step.question.options.map((o) => (
              <View
                key={o.value}
                className={`wizard-option ${hints[step.question.id] === o.value ? 'wizard-option--hint' : ''}`}
                onClick={() => setAnswers({ ...answers, [step.question.id]: o.value })}
                data-option={o.value}
              >
                <Text className='wizard-option__label'>{o.label}</Text>
                {hints[step.question.id] === o.value ? <Text className='badge badge--ok'>按您的资料</Text> : null}
              </View>
            ))}
          </View>
        </View>
      ) : (
        <View className='card wizard-result' data-result={step.guideId}>
          <Text className='t-small'>建议您看这份指南</Text>
          <Text className='wizard-result__title'>{guide?.title ?? '办事指南'}</Text>
          <Text className='t-body'>{step.reason}</Text>
          {guide && stepIndex >= 0 ? (
            <Text className='wizard-result__step'>
              重点看第{chineseNumber(stepIndex + 1)}步：{guide.steps[stepIndex].title}
            </Text>
          ) : null}
          <Button className='btn' onClick={() => Taro.navigateTo({ url: routes.guide(step.guideId) })} data-action='open-guide'>
            打开这份指南
          </Button>
        </View>
      )}
      {step.trail.length ? (
        <View className='card wizard-trail' data-section='trail'>
          <Text className='t-h2'>您的回答</Text>
          {step.trail.map((t, i) => (
            <View key={t.question.id} className='wizard-trail__row' onClick={() => setAnswers(keepFirst(answers, path, i))} data-trail={t.question.id}>
              <Text className='wizard-trail__q'>{t.question.text}</Text>
              <View className='wizard-trail__a'>
                <Text>{t.option.label}</Text>
                <Text className='wizard-trail__edit'>改</Text>
              </View>
            </View>
          ))}
          <Button className='btn btn--plain' onClick={back} data-action='back'>
            ‹ 回到上一个问题
          </Button>
          <Button className='btn btn--plain' onClick={() => setAnswers({})} data-action='restart'>
            从头再答
          </Button>
        </View>
      ) : (
        <View className='wizard-intro'>
          <Text className='t-small'>像医保窗口的工作人员一样，问您几个问题，帮您找到该看哪份指南。答错了随时可以改。</Text>
        </View>
      )}
    </PageShell>
  )
}
