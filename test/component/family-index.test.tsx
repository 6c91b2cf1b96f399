import { render, screen, fireEvent, within } from '@testing-library/react'
import Taro, { useShareAppMessage } from '@tarojs/taro'
import FamilyIndex from '@/package-family/pages/index'
import { emptyProfile, useProfileStore } from '@/store/profile-store'
import { setToday } from '@/lib/clock'

beforeEach(() => {
  setToday('2026-12-01')
  useProfileStore.setState({ ...emptyProfile, regionId: 'nanchang', scheme: 'employee', status: 'working', onboarded: true })
})
afterAll(() => setToday(null))

test('explains what 共济 is and is not, who counts under the old and current rule, with their documents', () => {
  render(<FamilyIndex />)
  for (const title of ['家庭共济是什么、不是什么', '谁可以用', '能付什么', '不能付什么', '省内和跨省']) expect(screen.getByText(title)).toBeTruthy()
  expect(screen.getByText('原来的规定：配偶、父母、子女')).toBeTruthy()
  expect(screen.getByText('现行规定：扩大到近亲属')).toBeTruthy()
  expect(screen.getAllByText(/依据：《关于建立健全职工基本医疗保险门诊共济保障机制的指导意见》（国办发〔2021〕14号）/).length).toBeGreaterThan(0)
  expect(screen.getByText(/依据：《关于健全基本医疗保险参保长效机制的指导意见》（国办发〔2024〕38号）/)).toBeTruthy()
  expect(screen.getAllByText('已核实').length).toBeGreaterThan(0)
  expect(screen.getAllByText('待核实').length).toBeGreaterThan(0)
})

test('shows where 省内 and 跨省 共济 are open for the user’s region, and lets them look at another', () => {
  const { container } = render(<FamilyIndex />)
  expect(screen.getByText('你的参保地：南昌')).toBeTruthy()
  expect(screen.getByText(/江西智慧医保 APP/)).toBeTruthy()
  expect(screen.getAllByText('已开通')).toHaveLength(2)
  fireEvent.click(screen.getByText('看看其他地区 ›'))
  const scope = container.querySelector('.family-scope') as HTMLElement
  fireEvent.click(within(scope).getByText('北京'))
  expect(screen.getByText('你的参保地：北京')).toBeTruthy()
  expect(screen.getByText(/北京市省内家庭共济一般已开通/)).toBeTruthy()
})

test('without a profile region it asks for one instead of guessing', () => {
  useProfileStore.setState({ ...emptyProfile })
  render(<FamilyIndex />)
  expect(screen.getByText('你的参保地：未选择')).toBeTruthy()
  expect(screen.getByText(/选择参保地后/)).toBeTruthy()
})

test('leads to the checker and the binding guide, and is shareable', () => {
  render(<FamilyIndex />)
  fireEvent.click(screen.getByText('查一查能不能给家人用'))
  expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: '/package-family/pages/checker/index' })
  fireEvent.click(screen.getAllByText('怎么绑定家人（办事指南）')[0])
  expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: '/package-guide/pages/detail/index?id=family-binding' })
  const share = (useShareAppMessage as jest.Mock).mock.calls.at(-1)?.[0] as () => { path: string }
  expect(share().path).toBe('/package-family/pages/index/index')
})
