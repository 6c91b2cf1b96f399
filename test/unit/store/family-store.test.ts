import { memoryStorage } from '@test/mocks/taro'
import { loadStores } from './load-store'

const load = () => loadStores('family', 'notices')

const dad = { id: 'm1', nickname: '爸爸', relation: 'father', regionId: 'nanchang', scheme: 'employee', status: 'retired' } as const
const stored = () => JSON.parse(memoryStorage.get('family') as string)

test('members are stored with the schema version and read back at the next start', () => {
  load().family.useFamilyStore.getState().upsert({ ...dad })
  expect(stored()).toEqual({ state: { members: [dad] }, version: 1 })
  expect(load().family.useFamilyStore.getState().members).toEqual([dad])
})

test('editing replaces the member with the same id; removing deletes it', () => {
  const { useFamilyStore } = load().family
  useFamilyStore.getState().upsert({ ...dad })
  useFamilyStore.getState().upsert({ ...dad, nickname: '老爸' })
  expect(useFamilyStore.getState().members.map((m) => m.nickname)).toEqual(['老爸'])
  useFamilyStore.getState().remove('m1')
  expect(stored().state.members).toEqual([])
})

test.each([
  ['an ID number hidden in a nickname', { ...dad, nickname: '爸爸110101195001011234' }],
  ['an unknown relation', { ...dad, relation: 'boss' }],
  ['a missing id', { ...dad, id: undefined }],
])('stored data with %s resets the roster alone, with one notice', (_c, bad) => {
  memoryStorage.set('family', JSON.stringify({ state: { members: [bad] }, version: 1 }))
  memoryStorage.set('profile', 'kept')
  const { family, notices } = load()
  expect(family.useFamilyStore.getState().members).toEqual([])
  expect(memoryStorage.get('profile')).toBe('kept')
  expect(notices.useNoticeStore.getState().notices.map((n) => n.text)).toEqual([expect.stringContaining('「家人」无法读取')])
})
