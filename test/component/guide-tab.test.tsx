import { render, screen, fireEvent, within } from '@testing-library/react'
import Taro from '@tarojs/taro'
import Guides from '@/pages/guides/index'
import { useGuideProgressStore } from '@/store/guide-progress-store'
import { CATEGORY_LABELS } from '@/domain/vocab'

const search = () => screen.getByPlaceholderText('说说您要办什么')
const rowOf = (title: string) => screen.getByText(title).closest('.guide-row') as HTMLElement

test('lists all fifteen guides under their category headings, with the wizard entry first', () => {
  const { container } = render(<Guides />)
  for (const label of Object.values(CATEGORY_LABELS)) expect(screen.getByText(label)).toBeTruthy()
  expect(container.querySelectorAll('.guide-row')).toHaveLength(15)
  expect(screen.getByText('我该办哪个？')).toBeTruthy()
  expect(within(rowOf('短期去外地（探亲、旅游、出差）：临时外出就医备案')).getByText('共 6 步')).toBeTruthy()
  fireEvent.click(screen.getByText('我该办哪个？'))
  expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: '/package-guide/pages/wizard/index' })
})

test('shows each started guide’s progress, like 3/6, and 已全部完成 when every step is done', () => {
  useGuideProgressStore.setState({
    guides: {
      'remote-temporary': { steps: ['check', 'prepare', 'apply'], materials: [] },
      transfer: { steps: ['new-enrol', 'apply', 'track', 'confirm'], materials: [] },
    },
  })
  render(<Guides />)
  expect(within(rowOf('短期去外地（探亲、旅游、出差）：临时外出就医备案')).getByText('已完成 3/6 步')).toBeTruthy()
  expect(within(rowOf('医保关系转移接续：换城市工作后把医保接上')).getByText('已全部完成 4/4')).toBeTruthy()
})

test('search ranks the guides for plain-words questions and opens the best one', () => {
  const { container } = render(<Guides />)
  const first = () => container.querySelector('.guide-row .guide-row__title')?.textContent
  for (const [query, title] of [
    ['在外地住院了怎么报销', '已经在外地住院、还没备案：出院前补办'],
    ['爸妈去外地养老怎么备案', '退休后去外地养老：异地安置退休备案'],
    ['医保卡给孩子用', '家庭共济：用自己的医保个人账户给家人付费'],
    ['已经出院了还能报吗', '已经出院、费用全自付了：补办备案后手工报销'],
  ]) {
    fireEvent.change(search(), { target: { value: query } })
    expect(screen.getByText(/找到 \d+ 份相关指南/)).toBeTruthy()
    expect(first()).toBe(title)
  }
  fireEvent.click(container.querySelector('.guide-row') as HTMLElement)
  expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: '/package-guide/pages/detail/index?id=manual-claim-after-discharge' })
})

test('a query that matches nothing says so and points to the wizard; 清除 brings the list back', () => {
  const { container } = render(<Guides />)
  fireEvent.change(search(), { target: { value: 'xyz' } })
  expect(screen.getByText('没有找到和“xyz”相关的指南。')).toBeTruthy()
  expect(container.querySelectorAll('.guide-row')).toHaveLength(0)
  fireEvent.click(screen.getByText('清除'))
  expect(container.querySelectorAll('.guide-row')).toHaveLength(15)
})
