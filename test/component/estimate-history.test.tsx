import { render, screen, fireEvent, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import History from '@/package-estimate/pages/history'
import { useHistoryStore } from '@/store/history-store'
import { encodeEstimateInputs } from '@/domain/estimate/codec'
import { sharedPath } from './estimate-helpers'
import { beijingInputs } from '@test/unit/domain/estimate/fixtures'

const code = encodeEstimateInputs(beijingInputs())
const item = { id: 'a', savedAt: '2026-03-02', code, title: '北京 · 职工在职 · 三级医院住院', total: 5_000_000, personal: 995_500 }

test('empty: one sentence and a button to the form', () => {
  render(<History />)
  expect(screen.getByText('还没有保存的测算，算一次后点「保存到测算记录」就会出现在这里。')).toBeTruthy()
  fireEvent.click(screen.getByText('去测算'))
  expect(Taro.switchTab).toHaveBeenCalledWith({ url: '/pages/estimate/index' })
  expect(sharedPath()).toBe('/package-estimate/pages/history/index')
})

test('lists saved estimates with date, total and personal share, and opens one', () => {
  useHistoryStore.setState({ items: [item] })
  render(<History />)
  expect(document.querySelector('.estimate-title')?.textContent).toBe('北京\u00a0·\u00a0职工在职\u00a0·\u00a0三级医院住院')
  expect(screen.getByText('保存于 2026-03-02')).toBeTruthy()
  expect(screen.getByText('50,000.00 元')).toBeTruthy()
  expect(screen.getByText('9,955.00 元')).toBeTruthy()
  fireEvent.click(screen.getByText('保存于 2026-03-02'))
  expect(Taro.navigateTo).toHaveBeenCalledWith({ url: `/package-estimate/pages/result/index?q=${code}` })
})

test('deletes one after confirming, and keeps it when cancelled', async () => {
  useHistoryStore.setState({ items: [item, { ...item, id: 'b', title: '南昌 · 居民医保 · 二级医院住院' }] })
  render(<History />)
  ;(Taro.showModal as jest.Mock).mockResolvedValueOnce({ confirm: false, cancel: true })
  fireEvent.click(screen.getAllByText('删除')[0])
  await waitFor(() => expect(Taro.showModal).toHaveBeenCalledTimes(1))
  expect(useHistoryStore.getState().items).toHaveLength(2)
  fireEvent.click(screen.getAllByText('删除')[0])
  await waitFor(() => expect(useHistoryStore.getState().items.map((i) => i.id)).toEqual(['b']))
  expect(Array.from(document.querySelectorAll('.estimate-title')).map((t) => t.textContent?.replace(/\u00a0/g, ' '))).toEqual(['南昌 · 居民医保 · 二级医院住院'])
})
