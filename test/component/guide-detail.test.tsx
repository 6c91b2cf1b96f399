import { render, screen, fireEvent, act } from '@testing-library/react'
import Taro from '@tarojs/taro'
import GuideDetail from '@/package-guide/pages/detail/index'
import { useGuideProgressStore } from '@/store/guide-progress-store'
import { useRemindersStore } from '@/store/reminders-store'
import { useProfileStore } from '@/store/profile-store'
import { useNoticeStore } from '@/store/notice-store'
import { setToday } from '@/lib/clock'
import { routerParams } from '@test/mocks/taro'

const showModal = Taro.showModal as jest.Mock
const clipboard = () => (Taro.setClipboardData as jest.Mock).mock.calls.at(-1)[0].data as string
const notices = () => useNoticeStore.getState().notices.map((n) => n.text)

beforeEach(() => {
  setToday('2026-02-13')
})
afterAll(() => setToday(null))

function openGuide(id: string) {
  routerParams.current = { id }
  return render(<GuideDetail />)
}
const pickDate = (container: HTMLElement, date: string) =>
  fireEvent.change(container.querySelector('input[data-picker="date"]') as HTMLInputElement, { target: { value: date } })

test('shows title, summary, numbered steps with one action per line, materials, sources and the 12393 line', () => {
  const { container } = openGuide('remote-temporary')
  expect(screen.getByText('短期去外地（探亲、旅游、出差）：临时外出就医备案')).toBeTruthy()
  expect(screen.getByText('第一步')).toBeTruthy()
  expect(screen.getByText('第六步')).toBeTruthy()
  expect(screen.getByText('备案类型选“其他临时外出就医”。').className).toBe('guide-step__action')
  expect(container.querySelectorAll('.guide-step')).toHaveLength(6)
  expect(screen.getByText('要准备的材料（0/2）')).toBeTruthy()
  expect(screen.getByText('各地规定不同')).toBeTruthy()
  expect(screen.getAllByText('已核实').length).toBeGreaterThan(0)
  expect(screen.getAllByText('待核实').length).toBeGreaterThan(0)
  expect(screen.getByText('拿不准的，先别急着付钱或签字，可以打 12393 医保服务热线，或问参保地医保局。')).toBeTruthy()
  expect(notices()).toEqual([])
})

test('tapping a step heading marks it done and back; ticking materials is kept per guide; 重新开始 asks first', async () => {
  const { container } = openGuide('remote-temporary')
  fireEvent.click(screen.getByText('先弄清要不要备案'))
  fireEvent.click(screen.getByText('准备材料'))
  expect(container.querySelectorAll('.guide-step--done')).toHaveLength(2)
  expect(screen.getByText(/已办好 2\/6 步/)).toBeTruthy()
  fireEvent.click(screen.getByText('准备材料'))
  expect(screen.getByText(/已办好 1\/6 步/)).toBeTruthy()
  fireEvent.click(screen.getByText('身份证明'))
  expect(screen.getByText('要准备的材料（1/2）')).toBeTruthy()
  expect(useGuideProgressStore.getState().guides['remote-temporary']).toEqual({ steps: ['check'], materials: ['id-proof'] })

  showModal.mockResolvedValueOnce({ confirm: false, cancel: true })
  fireEvent.click(screen.getByText('重新开始'))
  await act(async () => {})
  expect(useGuideProgressStore.getState().guides['remote-temporary']).toBeDefined()
  fireEvent.click(screen.getByText('重新开始'))
  await act(async () => {})
  expect(showModal).toHaveBeenCalledTimes(2)
  expect(useGuideProgressStore.getState().guides['remote-temporary']).toBeUndefined()
  expect(container.querySelectorAll('.guide-step--done')).toHaveLength(0)
})

test('补办 deadline: 3 working days after admission skip 春节 2026 and count the make-up Saturday; saved as a reminder', () => {
  const { container } = openGuide('late-filing')
  expect(screen.getByText('点这里选择日期')).toBeTruthy()
  // Admitted Thu 2026-02-12: Fri 13 (1), Sat 14 is a make-up working day (2), 15–23 春节 off, Tue 24 (3).
  pickDate(container, '2026-02-12')
  expect(screen.getByText('2026年2月24日（星期二）')).toBeTruthy()
  expect(screen.getByText('今天是 2026年2月13日（星期五），还剩 11 天')).toBeTruthy()
  expect(screen.getByText('默认值，待核实')).toBeTruthy()
  fireEvent.click(screen.getByText('保存为提醒'))
  expect(useRemindersStore.getState().reminders).toEqual([
    { id: 'late-filing-deadline', guideId: 'late-filing', label: '出院前补办：建议补办备案的日期（提醒）', date: '2026-02-24', approximate: false },
  ])
  expect(screen.getByText('已保存提醒：2026年2月24日（星期二），首页“接下来要做”里能看到。')).toBeTruthy()

  expect((screen.getByPlaceholderText('默认 3') as HTMLInputElement).value).toBe('3')
  fireEvent.change(screen.getByPlaceholderText('默认 3'), { target: { value: '5' } })
  expect(screen.getByText('按您填的')).toBeTruthy()
  expect(screen.getByText('2026年2月26日（星期四）')).toBeTruthy()
  fireEvent.click(screen.getByText('更新提醒'))
  expect(useRemindersStore.getState().reminders.map((r) => r.date)).toEqual(['2026-02-26'])
  fireEvent.change(screen.getByPlaceholderText('默认 3'), { target: { value: '99' } })
  expect(screen.getByText('请填 1 到 60 之间的整数；现在先按默认值计算。')).toBeTruthy()
  expect(screen.getByText('2026年2月24日（星期二）')).toBeTruthy()
  fireEvent.click(screen.getByText('删除提醒'))
  expect(useRemindersStore.getState().reminders).toEqual([])
})

test('a year without a holiday notice gets an approximate date with a note', () => {
  const { container } = openGuide('late-filing')
  pickDate(container, '2027-09-30')
  expect(screen.getByText('注意：2027年节假日安排尚未公布，按周末推算，实际日期可能顺延')).toBeTruthy()
})

test('filing validity: the temporary filing lasts at least 6 months from the filing date', () => {
  const { container } = openGuide('remote-temporary')
  pickDate(container, '2026-01-31')
  expect(screen.getByText('临时备案有效期至少到')).toBeTruthy()
  expect(screen.getByText('2026年7月31日（星期五）')).toBeTruthy()
  fireEvent.click(screen.getByText('保存为提醒'))
  expect(useRemindersStore.getState().reminders[0]).toMatchObject({ id: 'remote-temporary-deadline', date: '2026-07-31' })
})

test('复制文字版 copies the steps, ticked materials and the deadline, ending with 12393', () => {
  const { container } = openGuide('late-filing')
  fireEvent.click(screen.getByText('身份证明'))
  pickDate(container, '2026-02-12')
  fireEvent.click(screen.getByText('复制文字版'))
  const text = clipboard()
  expect(text.startsWith('【已经在外地住院、还没备案：出院前补办】')).toBe(true)
  expect(text).toContain('建议补办备案的日期（提醒）：2026年2月24日（星期二）')
  expect(text).toContain('第一步：先告诉医院您还没备案')
  expect(text).toContain('☑ 身份证明')
  expect(text).toContain('☐ 转诊转院证明')
  expect(text.trim().endsWith('可以打 12393 医保服务热线，或问参保地医保局。')).toBe(true)
})

test('the region note links to the user’s 参保地 policy page; related guides open', () => {
  useProfileStore.setState({ regionId: 'nanchang' })
  openGuide('late-filing')
  fireEvent.click(screen.getByText('查看南昌的医保政策和来源 ›'))
  expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: '/package-policy/pages/region/index?id=nanchang' })
  fireEvent.click(screen.getByText('已经出院、费用全自付了：补办备案后手工报销'))
  expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: '/package-guide/pages/detail/index?id=manual-claim-after-discharge' })
})

test('an unknown or tampered id shows 未找到这份指南, a link to the list and a notice', () => {
  openGuide('late-filing%E4')
  expect(screen.getByText('未找到这份指南')).toBeTruthy()
  expect(notices()).toEqual(['链接里的指南没有找到，可能链接不完整或已被改动。请在指南列表里重新选择。'])
  fireEvent.click(screen.getByText('查看全部办事指南'))
  expect(Taro.switchTab).toHaveBeenCalledWith({ url: '/pages/guides/index' })
})

test('a guide without a deadline rule has no date block', () => {
  openGuide('family-binding')
  expect(screen.queryByText('算一算日期')).toBeNull()
  expect(screen.getByText('第一步')).toBeTruthy()
})
