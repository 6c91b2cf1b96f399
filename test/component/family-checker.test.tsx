import { render, screen, fireEvent } from '@testing-library/react'
import Taro, { useShareAppMessage } from '@tarojs/taro'
import Checker from '@/package-family/pages/checker'
import { useFamilyStore } from '@/store/family-store'
import { emptyProfile, useProfileStore } from '@/store/profile-store'
import { CHECKER_MESSAGES, type CheckerInputs } from '@/domain/family/checker'
import { decodeCheckerInputs, encodeCheckerInputs } from '@/domain/family/eligibility-codec'
import { routerParams } from '@test/mocks/taro'

const asked: CheckerInputs = {
  payerRegion: 'beijing', payerScheme: 'employee', hasAccount: true, relation: 'father',
  beneficiaryRegion: 'nanchang', sameProvince: null, beneficiaryScheme: 'resident', purpose: 'medical-bill',
}
const sharedPath = () => {
  const calls = (useShareAppMessage as jest.Mock).mock.calls
  return (calls[calls.length - 1][0] as () => { path: string })().path
}
const option = (group: string, label: string) => {
  const heading = screen.getByText(group)
  const match = Array.from(heading.parentElement?.querySelectorAll('[role=radio]') ?? []).find((el) => el.textContent === label)
  if (!match) throw new Error(`no option ${label} under ${group}`)
  return match
}

beforeEach(() => {
  ;(useShareAppMessage as jest.Mock).mockClear()
  useProfileStore.setState({ ...emptyProfile, regionId: 'beijing', scheme: 'employee', status: 'working', onboarded: true })
})

test('prefills the payer from the profile in one line, editable, and names every unanswered question', () => {
  render(<Checker />)
  expect(screen.getByText('北京 · 职工医保 · 有个人账户')).toBeTruthy()
  fireEvent.click(screen.getByText('修改 ›'))
  expect(option('你在哪里参保', '北京').className).toContain('--on')
  fireEvent.click(option('你的职工医保有个人账户吗', '没有'))
  fireEvent.click(screen.getByText('查看结果'))
  for (const m of [CHECKER_MESSAGES.relation, CHECKER_MESSAGES.beneficiaryRegion, CHECKER_MESSAGES.beneficiaryScheme, CHECKER_MESSAGES.purpose]) {
    expect(screen.getByText(m)).toBeTruthy()
  }
  expect(screen.getByText('还有 4 项没有选，请看上面的红字。')).toBeTruthy()
  expect(sharedPath()).toBe('/package-family/pages/checker/index')
})

test('a roster member fills the family answers; the verdict cites its rules and becomes shareable', () => {
  useFamilyStore.setState({ members: [{ id: 'm-1', nickname: '老爸', relation: 'father', regionId: 'nanchang', scheme: 'resident', status: 'working' }] })
  render(<Checker />)
  fireEvent.click(option('从已添加的家人中选', '老爸'))
  expect(option('家人和你的关系', '父亲').className).toContain('--on')
  fireEvent.click(option('选一项', '家人看病（医院、诊所）'))
  fireEvent.click(screen.getByText('查看结果'))
  expect(screen.getByText('需要确认')).toBeTruthy()
  expect(screen.getByText('家人：父亲 · 南昌 · 居民医保')).toBeTruthy()
  expect(screen.getByText('北京的跨省共济')).toBeTruthy()
  expect(screen.getByText('现行规定：扩大到近亲属')).toBeTruthy()
  expect(screen.getByText(/国办发〔2024〕38号/)).toBeTruthy()
  expect(screen.getAllByText('待核实').length).toBeGreaterThan(0)
  const code = encodeCheckerInputs(asked)
  expect(sharedPath()).toBe(`/package-family/pages/checker/index?q=${code}`)
  expect(sharedPath()).not.toMatch(/老爸/)
  fireEvent.click(screen.getByText('怎么绑定家人（办事指南）'))
  expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/package-guide/pages/detail/index?id=family-binding' })
})

test('a shared link opens cold on the same verdict, even for someone with another profile', () => {
  useProfileStore.setState({ ...emptyProfile })
  routerParams.current = { q: encodeCheckerInputs({ ...asked, purpose: 'cash' }) }
  render(<Checker />)
  expect(screen.getByText('不可以')).toBeTruthy()
  expect(screen.getByText('个人账户的钱不能取成现金，也不能转给家人。')).toBeTruthy()
  expect(screen.getByText('不能取现')).toBeTruthy()
  fireEvent.click(screen.getByText('修改条件，重新查'))
  expect(screen.getByText('北京 · 职工医保 · 有个人账户')).toBeTruthy()
  expect(option('选一项', '取现金或转钱给家人').className).toContain('--on')
})

test('a tampered link opens the checker with its defaults and a notice', () => {
  const code = encodeCheckerInputs(asked)
  routerParams.current = { q: code.replace('beijing', 'beijinh') }
  render(<Checker />)
  expect(screen.getByRole('alert').textContent).toMatch(/不完整或被改动过/)
  expect(screen.queryByText('需要确认')).toBeNull()
  expect(screen.getByText('查看结果')).toBeTruthy()
  expect(screen.getByText('北京 · 职工医保 · 有个人账户')).toBeTruthy()
  expect(decodeCheckerInputs(routerParams.current.q).ok).toBe(false)
})

test('without a profile it asks for the payer’s answers', () => {
  useProfileStore.setState({ ...emptyProfile })
  render(<Checker />)
  expect(screen.queryByText('修改 ›')).toBeNull()
  expect(screen.queryByText('你的职工医保有个人账户吗')).toBeNull()
  fireEvent.click(option('你参加的医保', '职工医保'))
  expect(screen.getByText('你的职工医保有个人账户吗')).toBeTruthy()
  fireEvent.click(screen.getByText('查看结果'))
  expect(screen.getByText(CHECKER_MESSAGES.payerRegion)).toBeTruthy()
  expect(screen.getByText(CHECKER_MESSAGES.hasAccount)).toBeTruthy()
})

test('asks 同省/外省 when the family member’s region is not listed, and uses the answer', () => {
  render(<Checker />)
  fireEvent.click(option('家人和你的关系', '配偶'))
  fireEvent.click(option('家人在哪里参保', '其他地区'))
  fireEvent.click(option('家人参加的医保', '居民医保'))
  fireEvent.click(option('选一项', '代缴家人的居民医保'))
  fireEvent.click(screen.getByText('查看结果'))
  expect(screen.getByText(CHECKER_MESSAGES.sameProvince)).toBeTruthy()
  fireEvent.click(option('家人和你在同一个省参保吗', '同一个省'))
  fireEvent.click(screen.getByText('查看结果'))
  expect(screen.getByText('家人：配偶 · 其他地区（和你同一个省） · 居民医保')).toBeTruthy()
  expect(screen.getByText('北京的省内共济')).toBeTruthy()
})
