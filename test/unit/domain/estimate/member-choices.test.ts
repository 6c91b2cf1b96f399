import { memberChoices } from '@/domain/estimate/member-choices'
import type { FamilyMember } from '@/domain/family/member'

const dad: FamilyMember = { nickname: '爸爸', relation: 'father', regionId: 'nanchang', scheme: 'employee', status: 'retired' }

test('a member in a known region fills region, scheme and status', () => {
  expect(memberChoices(dad, ['beijing', 'nanchang'])).toEqual({ ok: true, region: 'nanchang', scheme: 'employee', status: 'retired' })
})

test('a member elsewhere uses 其他地区', () => {
  expect(memberChoices({ ...dad, regionId: 'other' }, ['beijing'])).toMatchObject({ ok: true, region: 'other' })
})

test('an uninsured member cannot be estimated, with a reason naming them', () => {
  const r = memberChoices({ ...dad, scheme: 'none' }, ['nanchang'])
  expect(r.ok).toBe(false)
  if (!r.ok) expect(r.reason).toMatch(/^爸爸还没有参加医保/)
})
