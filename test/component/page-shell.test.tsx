import { render, screen, fireEvent, act } from '@testing-library/react'
import PageShell from '@/components/page-shell'
import { notify } from '@/store/notice-store'
import { useSettingsStore, useSystemFontStore } from '@/store/settings-store'

test('shows a notice once and removes it when closed', () => {
  render(<PageShell>内容</PageShell>)
  act(() => {
    notify('您保存的「家人」无法读取，已恢复为初始状态；其他数据不受影响。', 'error')
    notify('您保存的「家人」无法读取，已恢复为初始状态；其他数据不受影响。', 'error')
  })
  expect(screen.getAllByText(/「家人」无法读取/)).toHaveLength(1)
  fireEvent.click(screen.getByText('知道了'))
  expect(screen.queryByText(/「家人」无法读取/)).toBeNull()
  expect(screen.getByText('内容')).toBeTruthy()
})

test('applies 长辈模式 when chosen or when the system font is large', () => {
  const { container } = render(<PageShell>内容</PageShell>)
  const root = () => container.firstElementChild as HTMLElement
  expect(root().className).not.toContain('page--elder')
  act(() => useSystemFontStore.setState({ large: true }))
  expect(root().className).toContain('page--elder')
  act(() => useSettingsStore.getState().setElderMode('off'))
  expect(root().className).not.toContain('page--elder')
})
