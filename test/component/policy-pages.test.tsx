import { render, screen, fireEvent } from '@testing-library/react'
import Taro from '@tarojs/taro'
import PolicyIndex from '@/package-policy/pages/index/index'
import PolicyRegion from '@/package-policy/pages/region/index'
import PolicyNational from '@/package-rules/pages/national/index'
import PolicyAbout from '@/package-rules/pages/about/index'
import { useNoticeStore } from '@/store/notice-store'
import { setToday } from '@/lib/clock'
import { routerParams } from '@test/mocks/taro'

beforeEach(() => {
  setToday('2026-11-22')
})
afterAll(() => setToday(null))

const notices = () => useNoticeStore.getState().notices.map((n) => n.text)

test('政策库 filters regions by what is typed and says when nothing matches', () => {
  render(<PolicyIndex />)
  expect(screen.getByText('石家庄')).toBeTruthy()
  expect(screen.getByText('北京')).toBeTruthy()
  const search = screen.getByPlaceholderText('输入城市、省份或拼音首字母')
  fireEvent.change(search, { target: { value: 'sjz' } })
  expect(screen.getByText('石家庄')).toBeTruthy()
  expect(screen.queryByText('北京')).toBeNull()
  fireEvent.change(search, { target: { value: '火星' } })
  expect(screen.getByText('没有找到“火星”。')).toBeTruthy()
  fireEvent.click(screen.getByText('清除'))
  expect(screen.getByText('北京')).toBeTruthy()
})

test('a region page lists its sections with sources and opens the estimate tab', () => {
  routerParams.current = { id: 'beijing' }
  render(<PolicyRegion />)
  expect(screen.getByText('北京医保政策')).toBeTruthy()
  for (const title of ['职工医保住院', '职工门诊共济', '居民医保住院', '居民门诊', '大病保险', '异地就医', '居民医保缴费期', '家庭共济']) {
    expect(screen.getAllByText(title).length).toBeGreaterThan(0)
  }
  expect(screen.getAllByText('待核实').length).toBeGreaterThan(10)
  expect(screen.getAllByText(/另一来源的说法/)).toHaveLength(2)
  expect(notices()).toEqual([])
  fireEvent.click(screen.getByText('用这个地区测算'))
  expect(Taro.switchTab).toHaveBeenCalledWith({ url: '/pages/estimate/index' })
})

test('an unknown or tampered region id shows 未找到该地区 and a notice, never a crash', () => {
  routerParams.current = { id: '北京%' }
  render(<PolicyRegion />)
  expect(screen.getByText('未找到该地区')).toBeTruthy()
  expect(notices()).toHaveLength(1)
  fireEvent.click(screen.getByText('查看全部地区'))
  expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/package-policy/pages/index/index' })
})

test('the national page tells about an unknown topic and still shows every topic', () => {
  routerParams.current = { topic: 'nope' }
  render(<PolicyNational />)
  expect(notices()).toEqual(['链接里的主题没有找到，已为您打开全国政策的开头。'])
  for (const title of ['异地就医', '家庭共济', '大病保险', '零星报销']) expect(screen.getAllByText(title).length).toBeGreaterThan(0)
})

test('数据说明 copies the correction template', () => {
  render(<PolicyAbout />)
  fireEvent.click(screen.getByText('复制纠错模板'))
  const [[arg]] = (Taro.setClipboardData as jest.Mock).mock.calls
  expect(arg.data).toMatch(/地区：\n项目：\n我们显示的数字：\n您看到的数字：\n文件名称和文号：\n链接：/)
})
