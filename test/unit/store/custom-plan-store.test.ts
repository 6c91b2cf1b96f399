import Taro from '@tarojs/taro'
import { memoryStorage } from '@test/mocks/taro'
import { EMPTY_CUSTOM_DRAFT, planToDraft } from '@/domain/estimate/custom-plan-form'
import { customPlan } from '@test/unit/domain/estimate/fixtures'
import { loadStores } from './load-store'

const boot = () => loadStores('notices', 'custom')
const stored = (key: string) => JSON.parse(memoryStorage.get(key) as string)

test('the typed form and the saved plan are written with the schema version', () => {
  const { custom } = boot()
  custom.useCustomPlanStore.getState().setDraft(planToDraft(customPlan))
  custom.useCustomPlanStore.getState().save(customPlan)
  expect(Taro.setStorageSync).toHaveBeenLastCalledWith('custom-plan', expect.any(String))
  expect(stored('custom-plan')).toEqual({ state: { draft: planToDraft(customPlan), plan: customPlan }, version: 1 })
})

test('they are back after a restart', () => {
  memoryStorage.set('custom-plan', JSON.stringify({ state: { draft: { ...EMPTY_CUSTOM_DRAFT, deductible: '8' }, plan: customPlan }, version: 1 }))
  const { custom } = boot()
  expect(custom.useCustomPlanStore.getState()).toMatchObject({ draft: { ...EMPTY_CUSTOM_DRAFT, deductible: '8' }, plan: customPlan })
})

test.each([
  ['unparseable JSON', 'nope{'],
  ['a plan that fails validatePlan', JSON.stringify({ state: { draft: EMPTY_CUSTOM_DRAFT, plan: { ...customPlan, segments: [] } }, version: 1 })],
  ['a plan with a ratio above 100%', JSON.stringify({ state: { draft: EMPTY_CUSTOM_DRAFT, plan: { ...customPlan, classBSelfPayRatio: 12000 } }, version: 1 })],
  ['a form with no rows', JSON.stringify({ state: { draft: { ...EMPTY_CUSTOM_DRAFT, segments: [] }, plan: null }, version: 1 })],
  ['a missing plan', JSON.stringify({ state: { draft: EMPTY_CUSTOM_DRAFT }, version: 1 })],
])('%s resets this key alone, with a notice', (_case, raw) => {
  memoryStorage.set('custom-plan', raw)
  memoryStorage.set('estimate-draft', 'untouched')
  const { custom, notices } = boot()
  expect(custom.useCustomPlanStore.getState()).toMatchObject({ draft: EMPTY_CUSTOM_DRAFT, plan: null })
  expect(memoryStorage.get('estimate-draft')).toBe('untouched')
  expect(notices.useNoticeStore.getState().notices.map((n) => n.text)).toEqual(['您保存的「自定义参数」无法读取，已恢复为初始状态；其他数据不受影响。'])
})
