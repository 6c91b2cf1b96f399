import { render, screen, fireEvent } from '@testing-library/react'
import Taro from '@tarojs/taro'
import Wizard from '@/package-guide/pages/wizard/index'
import { useProfileStore } from '@/store/profile-store'
import { WIZARD_QUESTIONS, nextStep, type WizardAnswers } from '@/domain/guide/wizard'
import { findIndexGuide } from '@/data/guide-index'
import { profileHints } from '@/package-guide/data/wizard-hints'

test('one question per screen; answering walks to a guide with its reason and an open button', () => {
  const { container } = render(<Wizard />)
  const questions = () => [...container.querySelectorAll('.wizard-question__text')].map((q) => q.textContent)
  expect(screen.getByText('第一个问题')).toBeTruthy()
  expect(questions()).toEqual(['您想办哪一类事？'])
  fireEvent.click(screen.getByText('看病、住院和报销（本地或外地）'))
  expect(screen.getByText('第二个问题')).toBeTruthy()
  expect(questions()).toEqual(['看病的地方和参保地（交医保的地方）是什么关系？'])
  fireEvent.click(screen.getByText('不在同一个省'))
  fireEvent.click(screen.getByText('已经在那边住院，还没出院'))
  fireEvent.click(screen.getByText('没办过'))
  expect(screen.getByText('建议您看这份指南')).toBeTruthy()
  expect(screen.getByText('已经在外地住院、还没备案：出院前补办')).toBeTruthy()
  expect(screen.getByText('还没出院就来得及：出院结算前补办好备案，医院就能直接结算。')).toBeTruthy()
  fireEvent.click(screen.getByText('打开这份指南'))
  expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/package-guide/pages/detail/index?id=late-filing' })
})

test('the trail shows every answer; 回到上一个问题 and 改 go back; 从头再答 starts over', () => {
  render(<Wizard />)
  fireEvent.click(screen.getByText('看病、住院和报销（本地或外地）'))
  fireEvent.click(screen.getByText('不在同一个省'))
  expect(screen.getByText('您的回答')).toBeTruthy()
  expect(screen.getByText('看病、住院和报销（本地或外地）')).toBeTruthy()
  expect(screen.getByText('现在是什么情况？')).toBeTruthy()
  fireEvent.click(screen.getByText('‹ 回到上一个问题'))
  expect(screen.getByText('看病的地方和参保地（交医保的地方）是什么关系？')).toBeTruthy()
  fireEvent.click(screen.getByText('同一个省，不同城市'))
  fireEvent.click(screen.getAllByText('改')[0])
  expect(screen.getByText('您想办哪一类事？')).toBeTruthy()
  fireEvent.click(screen.getByText('交居民医保（含新生儿、学生）'))
  fireEvent.click(screen.getByText('刚出生的宝宝'))
  expect(screen.getByText('居民医保参保缴费：新生儿、学生、错过缴费期')).toBeTruthy()
  expect(screen.getByText('重点看第四步：新生儿参保')).toBeTruthy()
  fireEvent.click(screen.getByText('从头再答'))
  expect(screen.getByText('第一个问题')).toBeTruthy()
})

test('the profile suggests answers (退休 → 养老长住) without answering for the user', () => {
  useProfileStore.setState({ status: 'retired', scheme: 'employee' })
  expect(profileHints({ status: 'retired', scheme: 'employee' })).toEqual({ stay: 'retired' })
  expect(profileHints({ status: null, scheme: 'resident' })).toEqual({ 'resident-who': 'regular' })
  render(<Wizard />)
  for (const label of ['看病、住院和报销（本地或外地）', '不在同一个省', '还没去，打算去那边', '不是']) fireEvent.click(screen.getByText(label))
  expect(screen.getByText('您去那边是？')).toBeTruthy()
  const hinted = screen.getByText('按您的资料').closest('.wizard-option') as HTMLElement
  expect(hinted.textContent).toContain('退休了，去那边养老、长住')
  fireEvent.click(screen.getByText('短期出门：探亲、旅游、出差'))
  expect(screen.getByText('短期去外地（探亲、旅游、出差）：临时外出就医备案')).toBeTruthy()
})

test('every path through the questions ends in a guide that the index knows', () => {
  const walk = (answers: WizardAnswers): number => {
    const step = nextStep(answers)
    if (step.kind === 'result') {
      expect(findIndexGuide(step.guideId)).toBeDefined()
      return 1
    }
    return step.question.options.reduce((n, o) => n + walk({ ...answers, [step.question.id]: o.value }), 0)
  }
  expect(walk({})).toBeGreaterThanOrEqual(Object.keys(WIZARD_QUESTIONS).length)
})
