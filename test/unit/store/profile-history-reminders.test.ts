import { memoryStorage } from '@test/mocks/taro'
import { loadStores } from './load-store'

const load = () => loadStores('profile', 'history', 'reminders')

test('the profile keeps only its five fields, and a bad region id resets it', () => {
  load().profile.useProfileStore.getState().update({ regionId: 'beijing', scheme: 'employee', status: 'retired', ageBand: '60-69', onboarded: true })
  expect(JSON.parse(memoryStorage.get('profile') as string)).toEqual({
    state: { regionId: 'beijing', scheme: 'employee', status: 'retired', ageBand: '60-69', onboarded: true },
    version: 1,
  })
  memoryStorage.set('profile', JSON.stringify({ state: { regionId: '北京', scheme: 'employee', status: null, ageBand: null, onboarded: true }, version: 1 }))
  expect(load().profile.useProfileStore.getState().regionId).toBeNull()
})

test('history is capped, newest first, and saving the same inputs again moves them to the top', () => {
  const { useHistoryStore, HISTORY_CAP } = load().history
  for (let i = 0; i < HISTORY_CAP + 5; i++) useHistoryStore.getState().save({ savedAt: '2026-03-01', code: `1.code${i}`, title: `t${i}`, total: 100, personal: 10 })
  useHistoryStore.getState().save({ savedAt: '2026-03-02', code: '1.code10', title: 't10', total: 100, personal: 10 })
  const items = useHistoryStore.getState().items
  expect(items).toHaveLength(HISTORY_CAP)
  expect(items[0].code).toBe('1.code10')
  expect(items.filter((i) => i.code === '1.code10')).toHaveLength(1)
})

test('reminders are kept sorted by date and one per id', () => {
  const { useRemindersStore } = load().reminders
  const r = (id: string, date: string) => ({ id, guideId: 'late-filing', label: id, date, approximate: false })
  useRemindersStore.getState().upsert(r('b', '2026-05-01'))
  useRemindersStore.getState().upsert(r('a', '2026-04-01'))
  useRemindersStore.getState().upsert(r('b', '2026-03-01'))
  expect(useRemindersStore.getState().reminders.map((x) => `${x.id}:${x.date}`)).toEqual(['b:2026-03-01', 'a:2026-04-01'])
})
