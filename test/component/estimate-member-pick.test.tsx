import { render, screen, fireEvent } from '@testing-library/react'
import EstimateMemberPick from '@/pages/estimate/components/member-pick'
import { useFamilyStore } from '@/store/family-store'

test('hidden while the roster is empty', () => {
  const { container } = render(<EstimateMemberPick onPick={jest.fn()} />)
  expect(container.textContent).toBe('')
})

test('picking a family member fills the form with their region, scheme and status; 自己 returns to the profile', () => {
  useFamilyStore.setState({
    members: [
      { id: 'm1', nickname: '爸爸', relation: 'father', regionId: 'nanchang', scheme: 'employee', status: 'retired' },
      { id: 'm2', nickname: '小宝', relation: 'child', regionId: 'beijing', scheme: 'none', status: 'working' },
    ],
  })
  const onPick = jest.fn()
  render(<EstimateMemberPick onPick={onPick} />)
  fireEvent.click(screen.getByText('爸爸（父亲）'))
  expect(onPick).toHaveBeenLastCalledWith({ region: 'nanchang', scheme: 'employee', status: 'retired' })
  fireEvent.click(screen.getByText('自己'))
  expect(onPick).toHaveBeenLastCalledWith({ region: null, scheme: null, status: null })
  fireEvent.click(screen.getByText(/^小宝/))
  expect(onPick).toHaveBeenCalledTimes(2)
  expect(screen.getByText(/小宝还没有参加医保/)).toBeTruthy()
})
