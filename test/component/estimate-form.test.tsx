import { act, render, screen, fireEvent } from '@testing-library/react'
import Taro from '@tarojs/taro'
import Estimate from '@/pages/estimate'
import { emptyProfile, useProfileStore } from '@/store/profile-store'
import { useCustomPlanStore } from '@/store/custom-plan-store'
import { FORM_MESSAGES } from '@/domain/estimate/form'
import { decodeEstimateInputs } from '@/domain/estimate/codec'
import { messages } from '@/domain/errors'
import { memoryStorage } from '@test/mocks/taro'
import { option, sharedPath, type } from './estimate-helpers'
import { beijingInputs, customPlan } from '@test/unit/domain/estimate/fixtures'

const navigatedCode = () => {
  const url = (Taro.navigateTo as jest.Mock).mock.calls[0][0].url as string
  expect(url.startsWith('/package-estimate/pages/result/index?q=')).toBe(true)
  return url.split('q=')[1]
}

beforeEach(() => {
  useProfileStore.setState({ ...emptyProfile, regionId: 'beijing', scheme: 'employee', status: 'working', onboarded: true })
})

test('prefills 参保地, 医保 and 在职 from the profile and shares the tab', () => {
  render(<Estimate />)
  expect(option('在哪里参保', '北京').className).toContain('--on')
  expect(option('参加的医保', '职工医保').className).toContain('--on')
  expect(option('在职还是退休', '在职').className).toContain('--on')
  expect(sharedPath()).toBe('/pages/estimate/index')
})

test('a filled form opens the result with the inputs encoded in the link', () => {
  render(<Estimate />)
  fireEvent.click(option('医院等级', '三级'))
  type('total', '50000')
  type('selfPay', '2000')
  type('classB', '10000')
  fireEvent.click(screen.getByText('开始测算'))
  expect(decodeEstimateInputs(navigatedCode())).toEqual({ ok: true, value: beijingInputs() })
})

test('bad input gets a Chinese message at the field and nothing is opened', () => {
  render(<Estimate />)
  fireEvent.click(screen.getByText('开始测算'))
  expect(screen.getByText(FORM_MESSAGES.level)).toBeTruthy()
  expect(screen.getByText(messages.amountMissing)).toBeTruthy()
  expect(screen.getByText('还有 2 处需要修改，请看上面的红字。')).toBeTruthy()
  fireEvent.click(option('医院等级', '二级'))
  type('total', '1000')
  expect(screen.queryByText(messages.amountMissing)).toBeNull()
  expect(screen.queryByText(FORM_MESSAGES.level)).toBeNull()
  type('selfPay', '2000')
  fireEvent.click(screen.getByText('开始测算'))
  expect(screen.getByText(messages.selfPayOverTotal)).toBeTruthy()
  type('selfPay', '12.345')
  fireEvent.click(screen.getByText('开始测算'))
  expect(screen.getByText(messages.amountFormat)).toBeTruthy()
  expect(Taro.navigateTo).not.toHaveBeenCalled()
})

test('备案 is asked only when treated away from home', () => {
  render(<Estimate />)
  expect(screen.queryByText('有没有办异地就医备案')).toBeNull()
  fireEvent.click(option('在哪里看病', '外省（跨省）'))
  expect(screen.getByText('有没有办异地就医备案')).toBeTruthy()
  fireEvent.click(screen.getByText('开始测算'))
  expect(screen.getByText(FORM_MESSAGES.filing)).toBeTruthy()
})

test('居民医保 hides 在职/退休; 门诊 hides the admission question', () => {
  render(<Estimate />)
  fireEvent.click(option('参加的医保', '居民医保'))
  expect(screen.queryByText('在职还是退休')).toBeNull()
  expect(screen.getByText('今年第几次住院')).toBeTruthy()
  fireEvent.click(option('住院还是门诊', '门诊'))
  expect(screen.queryByText('今年第几次住院')).toBeNull()
})

test('今年已经用了多少 is folded until opened, and its amounts travel in the link', () => {
  render(<Estimate />)
  expect(document.getElementById('ytd-fund')).toBeNull()
  fireEvent.click(screen.getByText('展开 ›'))
  type('ytd-fund', '100000')
  fireEvent.click(option('医院等级', '三级'))
  type('total', '50000')
  fireEvent.click(screen.getByText('开始测算'))
  const decoded = decodeEstimateInputs(navigatedCode())
  expect(decoded.ok && decoded.value.ytd.fundPaid).toBe(10_000_000)
})

test('what is typed is stored on every change, so it survives a reload', () => {
  render(<Estimate />)
  type('total', '88.5')
  const stored = JSON.parse(memoryStorage.get('estimate-draft') as string)
  expect(stored.version).toBe(1)
  expect(stored.state.draft.total).toBe('88.5')
})

test('the custom switch needs saved parameters, then prices with them', () => {
  render(<Estimate />)
  fireEvent.click(screen.getByRole('switch'))
  fireEvent.click(option('医院等级', '一级'))
  type('total', '1000')
  fireEvent.click(screen.getByText('开始测算'))
  expect(screen.getByText(FORM_MESSAGES.customMissing)).toBeTruthy()
  fireEvent.click(screen.getByText('填写我的参数 ›'))
  expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/package-estimate/pages/custom/index' })
  ;(Taro.navigateTo as jest.Mock).mockClear()
  act(() => useCustomPlanStore.setState({ plan: customPlan }))
  expect(screen.getByText('已保存：起付线 1,000.00 元，报销比例 80% / 90%')).toBeTruthy()
  fireEvent.click(screen.getByText('开始测算'))
  const decoded = decodeEstimateInputs(navigatedCode())
  expect(decoded.ok && decoded.value.policy).toEqual(customPlan)
})

test('其他地区 asks for one\'s own parameters', () => {
  render(<Estimate />)
  fireEvent.click(option('在哪里参保', '其他地区'))
  fireEvent.click(screen.getByText('开始测算'))
  expect(screen.getByText(FORM_MESSAGES.regionOther)).toBeTruthy()
})

test('each term has help in plain words', () => {
  render(<Estimate />)
  fireEvent.click(screen.getByText('什么是乙类？'))
  expect(screen.getByText(/乙类是医保目录里「报一部分」的药和项目/)).toBeTruthy()
  fireEvent.click(screen.getByText('结算单上哪里是全自费？'))
  expect(screen.getByText(/结算单上的「全自费」或「自费」一栏/)).toBeTruthy()
  fireEvent.click(screen.getByText('什么是起付线？为什么问第几次？'))
  expect(screen.getByText(/起付线就是「门槛费」/)).toBeTruthy()
  fireEvent.click(option('在哪里看病', '省内其他城市'))
  fireEvent.click(screen.getByText('备案是什么意思？'))
  expect(screen.getByText(/叫「异地就医备案」/)).toBeTruthy()
})
