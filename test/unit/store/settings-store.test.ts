import { memoryStorage } from '@test/mocks/taro'
import { loadStores } from './load-store'

const loadSettings = () => loadStores('settings').settings

test('长辈模式 is automatic by default and follows a large system font', () => {
  const { useSettingsStore, useSystemFontStore, elderModeActive } = loadSettings()
  expect(useSettingsStore.getState().elderMode).toBe('auto')
  expect(elderModeActive('auto', false)).toBe(false)
  expect(elderModeActive('auto', true)).toBe(true)
  expect(elderModeActive('off', true)).toBe(false)
  expect(elderModeActive('on', false)).toBe(true)
  useSystemFontStore.setState({ large: true })
  expect(memoryStorage.has('settings')).toBe(false)
  useSettingsStore.getState().setElderMode('off')
  expect(JSON.parse(memoryStorage.get('settings') as string).state).toEqual({ elderMode: 'off' })
})

test('the chosen mode is stored and read back at the next start', () => {
  loadSettings().useSettingsStore.getState().setElderMode('on')
  expect(JSON.parse(memoryStorage.get('settings') as string)).toEqual({ state: { elderMode: 'on' }, version: 1 })
  expect(loadSettings().useSettingsStore.getState().elderMode).toBe('on')
})

test('a stored unknown mode resets to automatic', () => {
  memoryStorage.set('settings', JSON.stringify({ state: { elderMode: 'huge' }, version: 1 }))
  expect(loadSettings().useSettingsStore.getState().elderMode).toBe('auto')
})
