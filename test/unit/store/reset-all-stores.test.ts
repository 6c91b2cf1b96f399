// Proves that jest uses test/__mocks__/zustand.ts: whatever one test leaves in a store or in storage, the next test does not see.
import Taro from '@tarojs/taro'
import { create, createStore } from 'zustand'
import { memoryStorage } from '@test/mocks/taro'
import { emptyProfile, useProfileStore } from '@/store/profile-store'
import { loadStores } from './load-store'

const useCounter = create<{ count: number; add: () => void }>()((set) => ({ count: 0, add: () => set((s) => ({ count: s.count + 1 })) }))
const useFlag = create(() => ({ on: false }))
const vanilla = createStore<{ items: string[] }>()(() => ({ items: [] }))
let fresh!: ReturnType<typeof loadStores<'settings'>>

test('zustand is the reset-all-stores mock', () => {
  const zustand = require('zustand') as { storeResetFns?: Set<() => void> }
  expect(zustand.storeResetFns).toBeInstanceOf(Set)
  // the three stores above and the profile store (its notice store is created too)
  expect(zustand.storeResetFns?.size).toBeGreaterThanOrEqual(4)
})

test('one test changes stores of every kind and persists some', () => {
  useCounter.getState().add()
  useFlag.setState({ on: true })
  vanilla.setState({ items: ['a'] })
  useProfileStore.getState().update({ regionId: 'beijing', onboarded: true })
  fresh = loadStores('settings')
  fresh.settings.useSettingsStore.getState().setElderMode('on')
  expect([useCounter.getState().count, useFlag.getState().on, vanilla.getState().items]).toEqual([1, true, ['a']])
  expect([...memoryStorage.keys()].sort()).toEqual(['profile', 'settings'])
})

test('the next test finds every store at its initial state, nothing in storage and no recorded writes', () => {
  expect([useCounter.getState().count, useFlag.getState().on, vanilla.getState().items]).toEqual([0, false, []])
  expect(useProfileStore.getState()).toMatchObject(emptyProfile)
  expect(fresh.settings.useSettingsStore.getState().elderMode).toBe('auto')
  expect(memoryStorage.size).toBe(0)
  expect(Taro.setStorageSync).not.toHaveBeenCalled()
  expect(loadStores('settings').settings.useSettingsStore.getState().elderMode).toBe('auto')
})
