import { render, screen, fireEvent } from '@testing-library/react'
import Taro from '@tarojs/taro'
import NextThings from '@/pages/home/components/next-things'
import { useGuideProgressStore } from '@/store/guide-progress-store'
import { useRemindersStore } from '@/store/reminders-store'
import { setToday } from '@/lib/clock'

beforeEach(() => {
  setToday('2026-02-13')
})
afterAll(() => setToday(null))

test('nothing started: one calm sentence', () => {
  render(<NextThings />)
  expect(screen.getByText('暂时没有待办。打开一份办事指南，进度和截止日期会出现在这里。')).toBeTruthy()
})

test('guides in progress show 继续 with the count and the next step, and open the guide; finished ones are left out', () => {
  useGuideProgressStore.setState({
    guides: {
      'remote-temporary': { steps: ['check', 'prepare', 'wait'], materials: [] },
      transfer: { steps: ['new-enrol', 'apply', 'track', 'confirm'], materials: [] },
      'late-filing': { steps: [], materials: ['id-proof'] },
    },
  })
  render(<NextThings />)
  expect(screen.getByText('继续：短期去外地（探亲、旅游、出差）：临时外出就医备案 3/6')).toBeTruthy()
  expect(screen.getByText('下一步：在手机上申请备案')).toBeTruthy()
  expect(screen.getByText('继续：已经在外地住院、还没备案：出院前补办 0/6')).toBeTruthy()
  expect(screen.queryByText(/医保关系转移接续/)).toBeNull()
  expect(screen.queryByText(/暂时没有待办/)).toBeNull()
  fireEvent.click(screen.getByText('下一步：在手机上申请备案'))
  expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/package-guide/pages/detail/index?id=remote-temporary' })
})

test('saved deadlines show their date and days left, and a stored impossible date is skipped, not a crash', () => {
  useRemindersStore.setState({
    reminders: [
      { id: 'late-filing-deadline', guideId: 'late-filing', label: '出院前补办：建议补办备案的日期（提醒）', date: '2026-02-24', approximate: false },
      { id: 'bad', guideId: 'late-filing', label: '坏日期', date: '2026-02-31', approximate: false },
    ],
  })
  render(<NextThings />)
  expect(screen.getByText('出院前补办：建议补办备案的日期（提醒）')).toBeTruthy()
  expect(screen.getByText(/2026年2月24日（星期二），还剩 11 天/)).toBeTruthy()
  expect(screen.queryByText('坏日期')).toBeNull()
})
