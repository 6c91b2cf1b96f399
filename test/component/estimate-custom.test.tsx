import { render, screen, fireEvent } from '@testing-library/react'
import Taro from '@tarojs/taro'
import Custom from '@/package-estimate/pages/custom'
import { emptyProfile, useProfileStore } from '@/store/profile-store'
import { useEstimateDraftStore } from '@/store/estimate-draft-store'
import { useCustomPlanStore } from '@/store/custom-plan-store'
import { EMPTY_ESTIMATE_DRAFT } from '@/domain/estimate/draft'
import { messages } from '@/domain/errors'
import { memoryStorage } from '@test/mocks/taro'
import { option, sharedPath, type } from './estimate-helpers'
import { PERCENT_FORMAT } from '@/domain/money/parse'

beforeEach(() => {
  useProfileStore.setState({ ...emptyProfile, regionId: 'beijing', scheme: 'employee', status: 'working', onboarded: true })
  useEstimateDraftStore.setState({ draft: { ...EMPTY_ESTIMATE_DRAFT, level: 3 } })
})

test('fills, checks and saves one\'s own parameters, then goes back to the form with them switched on', () => {
  render(<Custom />)
  expect(sharedPath()).toBe('/package-estimate/pages/custom/index')
  expect(screen.getByText('还没有保存。')).toBeTruthy()
  type('deductible', '800')
  type('seg-0-ratio', '85')
  type('classBRatio', '10')
  expect(JSON.parse(memoryStorage.get('custom-plan') as string).state.draft.deductible).toBe('800')
  fireEvent.click(screen.getByText('保存并使用'))
  expect(useCustomPlanStore.getState().plan).toEqual({
    deductible: 80000, deductibleMode: 'per-admission', segments: [{ upTo: null, ratio: 8500 }],
    annualCap: null, classBSelfPayRatio: 1000, remote: null, critical: null,
  })
  expect(useEstimateDraftStore.getState().draft.useCustom).toBe(true)
  expect(Taro.switchTab).toHaveBeenCalledWith({ url: '/pages/estimate/index' })
})

test('bad figures get Chinese messages at their fields and nothing is saved', () => {
  render(<Custom />)
  fireEvent.click(screen.getByText('加一段'))
  type('seg-0-upTo', '30000')
  type('seg-0-ratio', '185')
  type('seg-1-ratio', '90')
  fireEvent.click(option('报销怎么变', '比例降低几个百分点'))
  fireEvent.click(screen.getByText('保存并使用'))
  expect(screen.getByText(messages.amountMissing)).toBeTruthy()
  expect(screen.getAllByText(PERCENT_FORMAT)).toHaveLength(5)
  expect(screen.getByText('还有 6 处需要修改，请看上面的红字。')).toBeTruthy()
  expect(useCustomPlanStore.getState().plan).toBeNull()
  expect(Taro.switchTab).not.toHaveBeenCalled()
})

test('rows are added and removed; 大病保险 has its own table', () => {
  render(<Custom />)
  fireEvent.click(screen.getByText('加一段'))
  expect(screen.getByText('第 2 段（以上全部）')).toBeTruthy()
  fireEvent.click(screen.getAllByText('删除这段')[0])
  expect(screen.getByText('只有一个比例')).toBeTruthy()
  expect(screen.queryByText('一年自己付超过多少后开始报（起付标准）')).toBeNull()
  fireEvent.click(option('要不要算', '算大病保险'))
  expect(screen.getByText('一年自己付超过多少后开始报（起付标准）')).toBeTruthy()
})

test('starts from the region\'s figures for the case on the form', () => {
  render(<Custom />)
  fireEvent.click(screen.getByText('用北京的内置数字填好'))
  expect(screen.getByText('已填好，请对照当地文件逐项核对、修改，再保存。')).toBeTruthy()
  expect((document.getElementById('deductible') as HTMLInputElement).value).toBe('1300')
  expect((document.getElementById('seg-0-upTo') as HTMLInputElement).value).toBe('30000')
  expect((document.getElementById('seg-2-ratio') as HTMLInputElement).value).toBe('95')
  fireEvent.click(screen.getByText('保存并使用'))
  expect(useCustomPlanStore.getState().plan?.segments).toEqual([{ upTo: 3000000, ratio: 8500 }, { upTo: 4000000, ratio: 9000 }, { upTo: null, ratio: 9500 }])
})

test('a case the dataset cannot price says why instead of filling', () => {
  useEstimateDraftStore.setState({ draft: { ...EMPTY_ESTIMATE_DRAFT, scheme: 'resident', visit: 'outpatient' } })
  render(<Custom />)
  fireEvent.click(screen.getByText('用北京的内置数字填好'))
  expect(screen.getByText(/^北京：/)).toBeTruthy()
  expect((document.getElementById('deductible') as HTMLInputElement).value).toBe('')
})

test('saved parameters show whether the form has unsaved changes', () => {
  render(<Custom />)
  type('deductible', '800')
  type('seg-0-ratio', '85')
  fireEvent.click(screen.getByText('保存并使用'))
  expect(screen.getByText('已保存，测算时会用这些数字。')).toBeTruthy()
  type('deductible', '900')
  expect(screen.getByText('有改动还没保存。')).toBeTruthy()
})
