import { render, screen, fireEvent, act } from '@testing-library/react'
import Taro from '@tarojs/taro'
import Members from '@/package-family/pages/members'
import { useFamilyStore } from '@/store/family-store'
import { MEMBER_MESSAGES } from '@/domain/family/member'

const showModal = Taro.showModal as jest.Mock

const typeNickname = (text: string) => fireEvent.change(screen.getByPlaceholderText('例如：爸爸、老伴'), { target: { value: text } })

test('explains that nothing but a nickname is kept, and starts empty', () => {
  render(<Members />)
  expect(screen.getByText(/不保存姓名、身份证号和手机号/)).toBeTruthy()
  expect(screen.getByText('还没有添加家人。')).toBeTruthy()
})

test('shows a Chinese error at each missing field, and refuses number-like nicknames', () => {
  render(<Members />)
  fireEvent.click(screen.getByText('添加家人'))
  fireEvent.click(screen.getByText('保存'))
  for (const m of [MEMBER_MESSAGES.nicknameEmpty, MEMBER_MESSAGES.relation, MEMBER_MESSAGES.region, MEMBER_MESSAGES.scheme]) {
    expect(screen.getByText(m)).toBeTruthy()
  }
  typeNickname('爸爸 138 0013 8000')
  fireEvent.click(screen.getByText('保存'))
  expect(screen.getByText(MEMBER_MESSAGES.nicknameDigits)).toBeTruthy()
  expect(useFamilyStore.getState().members).toEqual([])
})

test('adds a member, asking 在职/退休 only for 职工医保, and lists it', () => {
  render(<Members />)
  fireEvent.click(screen.getByText('添加家人'))
  typeNickname(' 爸爸 ')
  fireEvent.click(screen.getByText('父亲'))
  fireEvent.click(screen.getByText('北京'))
  expect(screen.queryByText('在职还是退休')).toBeNull()
  fireEvent.click(screen.getByText('职工医保'))
  fireEvent.click(screen.getByText('保存'))
  expect(screen.getByText(MEMBER_MESSAGES.status)).toBeTruthy()
  fireEvent.click(screen.getByText('退休'))
  fireEvent.click(screen.getByText('保存'))
  const [stored] = useFamilyStore.getState().members
  expect(stored).toMatchObject({ nickname: '爸爸', relation: 'father', regionId: 'beijing', scheme: 'employee', status: 'retired' })
  expect(stored.id).toMatch(/^[a-z0-9-]{1,40}$/)
  expect(screen.getByText('爸爸')).toBeTruthy()
  expect(screen.getByText('父亲 · 北京 · 职工医保 · 退休')).toBeTruthy()
})

test('edits a member in place', () => {
  useFamilyStore.setState({ members: [{ id: 'm-1', nickname: '妈妈', relation: 'mother', regionId: 'other', scheme: 'resident', status: 'working' }] })
  render(<Members />)
  expect(screen.getByText('母亲 · 其他地区 · 居民医保')).toBeTruthy()
  fireEvent.click(screen.getByText('修改'))
  expect((screen.getByPlaceholderText('例如：爸爸、老伴') as HTMLInputElement).value).toBe('妈妈')
  fireEvent.click(screen.getByText('南昌'))
  fireEvent.click(screen.getByText('保存'))
  expect(useFamilyStore.getState().members).toEqual([{ id: 'm-1', nickname: '妈妈', relation: 'mother', regionId: 'nanchang', scheme: 'resident', status: 'working' }])
})

test('deletes only after the user confirms', async () => {
  useFamilyStore.setState({ members: [{ id: 'm-1', nickname: '妈妈', relation: 'mother', regionId: 'beijing', scheme: 'none', status: 'working' }] })
  render(<Members />)
  showModal.mockResolvedValueOnce({ confirm: false, cancel: true })
  await act(async () => fireEvent.click(screen.getByText('删除')))
  expect(showModal).toHaveBeenLastCalledWith(expect.objectContaining({ content: '确定删除“妈妈”吗？' }))
  expect(useFamilyStore.getState().members).toHaveLength(1)
  await act(async () => fireEvent.click(screen.getByText('删除')))
  expect(useFamilyStore.getState().members).toEqual([])
  expect(screen.getByText('还没有添加家人。')).toBeTruthy()
})
