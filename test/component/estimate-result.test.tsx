import { render, screen, fireEvent } from '@testing-library/react'
import Taro from '@tarojs/taro'
import Result from '@/package-estimate/pages/result'
import { useHistoryStore } from '@/store/history-store'
import { useNoticeStore } from '@/store/notice-store'
import { useEstimateDraftStore } from '@/store/estimate-draft-store'
import { useCustomPlanStore } from '@/store/custom-plan-store'
import { draftFromInputs } from '@/domain/estimate/draft'
import { planToDraft } from '@/domain/estimate/custom-plan-form'
import { decodeEstimateInputs, encodeEstimateInputs } from '@/domain/estimate/codec'
import { setToday } from '@/lib/clock'
import { routerParams } from '@test/mocks/taro'
import { sharedPath } from './estimate-helpers'
import { beijingInputs, customPlan } from '@test/unit/domain/estimate/fixtures'

const open = (code: string) => {
  routerParams.current = { q: code }
  return render(<Result />)
}
const amountOf = (label: string) => screen.getAllByText(label)[0].parentElement?.textContent

beforeEach(() => {
  setToday('2026-03-02')
})
afterAll(() => setToday(null))

test('shows the three amounts, the split, each line with its confidence, and the disclaimer', () => {
  const code = encodeEstimateInputs(beijingInputs())
  open(code)
  expect(document.querySelector('.estimate-title')?.textContent).toBe('北京\u00a0·\u00a0职工在职\u00a0·\u00a0三级医院住院')
  // fund = 85% × 28,700 + 90% × 10,000 + 95% × 7,000 = 40,045; the person pays the other 9,955 of 50,000
  expect(amountOf('医保基金付')).toBe('医保基金付40,045.00 元')
  expect(amountOf('大病保险付')).toBe('大病保险付0.00 元')
  expect(amountOf('自己付')).toBe('自己付9,955.00 元')
  expect(screen.getByText('医保基金付 80.1%')).toBeTruthy()
  expect(screen.getByText('自己付 19.9%')).toBeTruthy()
  expect(screen.getByText('80.09%')).toBeTruthy()
  expect(screen.getByText('统筹基金支付（85%）')).toBeTruthy()
  expect(screen.getByText('1,300.00–30,000.00 元部分按 85% 报销，基金支付 24,395.00 元')).toBeTruthy()
  expect(screen.getAllByText('待核实').length).toBeGreaterThanOrEqual(8)
  expect(screen.getByText('测算仅供参考，以医保结算为准。')).toBeTruthy()
  expect(sharedPath()).toBe(`/package-estimate/pages/result/index?q=${code}`)
})

test('a tapped badge shows the source of the figure', () => {
  open(encodeEstimateInputs(beijingInputs()))
  fireEvent.click(screen.getAllByText('待核实')[0])
  expect(screen.getAllByText(/^来源：/).length).toBe(1)
  expect(screen.getByText('查看本地区全部政策与来源 ›')).toBeTruthy()
})

test('what-if rows give the payment and the difference, and open their own result', () => {
  open(encodeEstimateInputs(beijingInputs()))
  // 一级: one segment at 90%: fund 90% × 45,700 = 41,130 → the person pays 8,870, 1,085 less
  expect(screen.getByText('如果去一级医院')).toBeTruthy()
  expect(screen.getByText('少付 1,085.00 元')).toBeTruthy()
  // 二级 87%: fund 39,759 → 10,241, 286 more
  expect(screen.getByText('多付 286.00 元')).toBeTruthy()
  // 2nd admission: 起付线 650 → fund +552.50
  expect(screen.getByText('如果是今年第 2 次住院')).toBeTruthy()
  expect(screen.getByText('少付 552.50 元')).toBeTruthy()
  fireEvent.click(screen.getByText('如果去一级医院'))
  const url = (Taro.navigateTo as jest.Mock).mock.calls[0][0].url as string
  const decoded = decodeEstimateInputs(url.split('q=')[1])
  expect(decoded.ok && decoded.value).toEqual(beijingInputs({ level: 1 }))
})

test('saving puts the estimate in the history with a readable title', () => {
  const code = encodeEstimateInputs(beijingInputs())
  open(code)
  fireEvent.click(screen.getByText('保存到测算记录'))
  expect(useHistoryStore.getState().items).toEqual([
    { id: expect.any(String), savedAt: '2026-03-02', code, title: '北京 · 职工在职 · 三级医院住院', total: 5_000_000, personal: 995_500 },
  ])
  expect(screen.getByText('已保存到测算记录')).toBeTruthy()
})

test('the 大病保险 reduction reads as paying less, not as a negative amount', () => {
  open(encodeEstimateInputs(beijingInputs({ region: 'hangzhou', total: 50_000_000, selfPay: 0, classB: 0 })))
  expect(amountOf('大病保险付')).toBe('大病保险付57,500.00 元')
  const line = screen.getByText('减：大病保险报销').parentElement!
  expect(line.textContent).toBe('减：大病保险报销自己少付57,500.00 元')
  expect(document.body.textContent).not.toMatch(/-57,500/)
})

test('a tampered link goes to the form with a notice', () => {
  const code = encodeEstimateInputs(beijingInputs())
  open(code.replace('.2z60w.', '.2z60x.'))
  expect(useNoticeStore.getState().notices.map((n) => n.text)).toEqual(['链接已损坏或不完整，已为您打开空白测算表'])
  expect(Taro.switchTab).toHaveBeenCalledWith({ url: '/pages/estimate/index' })
  expect(sharedPath()).toBe('/pages/estimate/index')
})

test('a missing code is treated like a broken link', () => {
  routerParams.current = {}
  render(<Result />)
  expect(Taro.switchTab).toHaveBeenCalledWith({ url: '/pages/estimate/index' })
})

test('a case the dataset cannot price shows its reason and suggests one\'s own parameters', () => {
  open(encodeEstimateInputs(beijingInputs({ scheme: 'resident', visit: 'outpatient' })))
  expect(screen.getByText(/^北京：/)).toBeTruthy()
  fireEvent.click(screen.getByText('填写我的参数'))
  expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/package-estimate/pages/custom/index' })
  expect(screen.queryByText('保存到测算记录')).toBeNull()
})

test('custom parameters are labelled as such, with no dataset badges', () => {
  open(encodeEstimateInputs(beijingInputs({ policy: customPlan })))
  expect(screen.getByText('本次按自己填写的参数（自定义参数）测算。')).toBeTruthy()
  expect(screen.getAllByText('自定义参数').length).toBeGreaterThan(2)
  expect(screen.queryByText('待核实')).toBeNull()
  expect(screen.queryByText('已核实')).toBeNull()
})

test('修改这次的数字 fills the form with these inputs and adopts the link\'s parameters when none are saved', () => {
  const inputs = beijingInputs({ policy: customPlan })
  open(encodeEstimateInputs(inputs))
  fireEvent.click(screen.getByText('修改这次的数字'))
  expect(useEstimateDraftStore.getState().draft).toEqual(draftFromInputs(inputs))
  expect(useCustomPlanStore.getState()).toMatchObject({ plan: customPlan, draft: planToDraft(customPlan) })
  expect(Taro.switchTab).toHaveBeenCalledWith({ url: '/pages/estimate/index' })
})

test('修改 keeps one\'s own saved parameters and says so when the link used others', () => {
  const mine = { ...customPlan, deductible: 50_000 }
  useCustomPlanStore.setState({ plan: mine })
  open(encodeEstimateInputs(beijingInputs({ policy: customPlan })))
  fireEvent.click(screen.getByText('修改这次的数字'))
  expect(useCustomPlanStore.getState().plan).toEqual(mine)
  expect(useNoticeStore.getState().notices[0].text).toMatch(/本机保存的自定义参数与这次测算用的不同/)
})
