// Proves that the zustand mock (test/__mocks__/zustand.ts) also resets stores of mounted components between component tests.
import { render, screen, act } from '@testing-library/react'
import PageShell from '@/components/page-shell'
import { notify } from '@/store/notice-store'
import { useSettingsStore } from '@/store/settings-store'
import { memoryStorage } from '@test/mocks/taro'

const shell = () => render(<PageShell>内容</PageShell>).container.firstElementChild as HTMLElement

test('one test shows a notice and turns 长辈模式 on, which is stored', () => {
  const root = shell()
  act(() => {
    notify('这条提示只属于这个测试。')
    useSettingsStore.getState().setElderMode('on')
  })
  expect(screen.getByText('这条提示只属于这个测试。')).toBeTruthy()
  expect(root.className).toContain('page--elder')
  expect(JSON.parse(memoryStorage.get('settings') as string).state).toEqual({ elderMode: 'on' })
})

test('the next test starts with no notice, 长辈模式 automatic and nothing stored', () => {
  const root = shell()
  expect(screen.queryByText('这条提示只属于这个测试。')).toBeNull()
  expect(root.className).not.toContain('page--elder')
  expect(useSettingsStore.getState().elderMode).toBe('auto')
  expect(memoryStorage.size).toBe(0)
})
