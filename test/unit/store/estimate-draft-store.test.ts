import Taro from '@tarojs/taro'
import { memoryStorage } from '@test/mocks/taro'
import { EMPTY_ESTIMATE_DRAFT } from '@/domain/estimate/draft'
import { loadStores } from './load-store'

const boot = () => loadStores('notices', 'draft')
const stored = (key: string) => JSON.parse(memoryStorage.get(key) as string)
const typed = { ...EMPTY_ESTIMATE_DRAFT, region: 'nanchang', level: 2 as const, total: '12345.6', ytd: { ...EMPTY_ESTIMATE_DRAFT.ytd, fundPaid: '100' } }

test('every change is written at once, with the schema version', () => {
  const { draft } = boot()
  draft.useEstimateDraftStore.getState().update({ total: '12' })
  draft.useEstimateDraftStore.getState().updateYtd({ fundPaid: '3' })
  expect(Taro.setStorageSync).toHaveBeenLastCalledWith('estimate-draft', expect.any(String))
  expect(stored('estimate-draft')).toEqual({ state: { draft: { ...EMPTY_ESTIMATE_DRAFT, total: '12', ytd: { ...EMPTY_ESTIMATE_DRAFT.ytd, fundPaid: '3' } } }, version: 1 })
})

test('what was typed is back after a restart, exactly as typed', () => {
  memoryStorage.set('estimate-draft', JSON.stringify({ state: { draft: typed }, version: 1 }))
  const { draft } = boot()
  expect(draft.useEstimateDraftStore.getState().draft).toEqual(typed)
})

test.each([
  ['unparseable JSON', '{"state":'],
  ['a field of the wrong type', JSON.stringify({ state: { draft: { ...typed, level: 4 } }, version: 1 })],
  ['a missing year-to-date block', JSON.stringify({ state: { draft: { ...typed, ytd: null } }, version: 1 })],
  ['an unknown version', JSON.stringify({ state: { draft: typed }, version: 7 })],
])('%s resets this key alone, with a notice', (_case, raw) => {
  memoryStorage.set('estimate-draft', raw)
  memoryStorage.set('history', 'untouched')
  const { draft, notices } = boot()
  expect(draft.useEstimateDraftStore.getState().draft).toEqual(EMPTY_ESTIMATE_DRAFT)
  expect(memoryStorage.get('history')).toBe('untouched')
  expect(notices.useNoticeStore.getState().notices.map((n) => n.text)).toEqual(['您保存的「测算表填写内容」无法读取，已恢复为初始状态；其他数据不受影响。'])
})

test('sanitize keeps only known fields', () => {
  const { draft } = boot()
  expect(draft.sanitizeEstimateDraft({ draft: { ...typed, extra: 'x' } })).toEqual({ draft: typed })
  expect(draft.sanitizeEstimateDraft(null)).toBeNull()
  expect(draft.sanitizeEstimateDraft({ draft: { ...typed, region: '北京' } })).toBeNull()
})

test('clear-all resets the form and wipes storage', () => {
  const mods = loadStores('draft', 'custom', 'clearAll')
  mods.draft.useEstimateDraftStore.getState().replace(typed)
  mods.custom.useCustomPlanStore.getState().setDraft({ ...mods.custom.useCustomPlanStore.getState().draft, deductible: '800' })
  mods.clearAll.clearAllData()
  expect(mods.draft.useEstimateDraftStore.getState().draft).toEqual(EMPTY_ESTIMATE_DRAFT)
  expect(mods.custom.useCustomPlanStore.getState().draft.deductible).toBe('')
  expect(memoryStorage.size).toBe(0)
})
