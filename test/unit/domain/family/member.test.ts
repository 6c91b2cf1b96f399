import fc from 'fast-check'
import { MEMBER_MESSAGES, validateMember, type MemberDraft } from '@/domain/family/member'
import { RELATION_LABELS, RELATIONS } from '@/domain/vocab'

const valid = { nickname: '爸爸', relation: 'father', regionId: 'r-nanjing', scheme: 'employee', status: 'retired' }
const REGIONS = ['r-nanjing', 'r-suzhou']
const errorsOf = (draft: MemberDraft, regionIds?: readonly string[]) => {
  const result = validateMember(draft, regionIds)
  return result.ok ? {} : result.errors
}

describe('validateMember', () => {
  test('accepts a complete member and trims the nickname', () => {
    expect(validateMember({ ...valid, nickname: '  老妈 ' }, REGIONS)).toEqual({ ok: true, member: { ...valid, nickname: '老妈' } })
  })

  test('accepts every relation, scheme and status, and the region "other"', () => {
    for (const relation of RELATIONS) expect(validateMember({ ...valid, relation }).ok).toBe(true)
    for (const scheme of ['employee', 'resident', 'none']) expect(validateMember({ ...valid, scheme }).ok).toBe(true)
    expect(validateMember({ ...valid, status: 'working' }).ok).toBe(true)
    expect(validateMember({ ...valid, regionId: 'other' }, REGIONS).ok).toBe(true)
  })

  test.each([
    ['', MEMBER_MESSAGES.nicknameEmpty],
    ['   ', MEMBER_MESSAGES.nicknameEmpty],
    [undefined, MEMBER_MESSAGES.nicknameEmpty],
    ['一二三四五六七八九十十一十二十三', MEMBER_MESSAGES.nicknameTooLong],
    ['爸爸13812345678', MEMBER_MESSAGES.nicknameDigits],
    ['11010519491231002X', MEMBER_MESSAGES.nicknameDigits],
    ['妈 138 1234', MEMBER_MESSAGES.nicknameDigits],
    ['哥123-456', MEMBER_MESSAGES.nicknameDigits],
    ['姐１２３４５６', MEMBER_MESSAGES.nicknameDigits],
  ])('nickname %p is refused: %s', (nickname, message) => {
    expect(errorsOf({ ...valid, nickname })).toEqual({ nickname: message })
  })

  test('nickname length counts characters: 12 Chinese characters or emoji pass, 13 do not', () => {
    expect(validateMember({ ...valid, nickname: '一二三四五六七八九十甲乙' }).ok).toBe(true)
    expect(validateMember({ ...valid, nickname: '👴'.repeat(12) }).ok).toBe(true)
    expect(errorsOf({ ...valid, nickname: '👴'.repeat(13) })).toEqual({ nickname: MEMBER_MESSAGES.nicknameTooLong })
  })

  test('short digit runs are fine: 二舅 2 号, 大姐1985', () => {
    expect(validateMember({ ...valid, nickname: '二舅 2 号' }).ok).toBe(true)
    expect(validateMember({ ...valid, nickname: '大姐1985' }).ok).toBe(true)
    expect(validateMember({ ...valid, nickname: '12345' }).ok).toBe(true)
  })

  test('refuses unknown relation, scheme and status values with field messages', () => {
    expect(errorsOf({ ...valid, relation: 'cousin', scheme: 'commercial', status: 'student' })).toEqual({
      relation: MEMBER_MESSAGES.relation,
      scheme: MEMBER_MESSAGES.scheme,
      status: MEMBER_MESSAGES.status,
    })
  })

  test('a region must be in the dataset when the list is given, and never empty', () => {
    expect(errorsOf({ ...valid, regionId: 'r-beijing' }, REGIONS)).toEqual({ regionId: MEMBER_MESSAGES.region })
    expect(validateMember({ ...valid, regionId: 'r-beijing' }).ok).toBe(true)
    expect(errorsOf({ ...valid, regionId: '' })).toEqual({ regionId: MEMBER_MESSAGES.region })
    expect(errorsOf({ ...valid, regionId: 42 })).toEqual({ regionId: MEMBER_MESSAGES.region })
  })

  test('an empty or malformed draft gets a message for every field, never a throw', () => {
    expect(Object.keys(errorsOf({})).sort()).toEqual(['nickname', 'regionId', 'relation', 'scheme', 'status'])
    expect(Object.keys(errorsOf({ nickname: 7, relation: null, regionId: [], scheme: {}, status: true })).length).toBe(5)
  })

  test('every message and relation label is Chinese', () => {
    for (const text of [...Object.values(MEMBER_MESSAGES), ...Object.values(RELATION_LABELS)]) expect(text).toMatch(/[\u4e00-\u9fff]/)
    expect(Object.keys(RELATION_LABELS).sort()).toEqual([...RELATIONS].sort())
  })

  test('property: any nickname holding 6 or more digits in a row is refused', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 3 }), fc.stringMatching(/^[0-9]{6,8}$/), fc.string({ maxLength: 3 }), (a, digits, b) => {
        expect(validateMember({ ...valid, nickname: `${a}${digits}${b}` }).ok).toBe(false)
      }),
    )
  })

  test('property: 1–12 Chinese characters without digits are accepted unchanged', () => {
    const han = fc.integer({ min: 0x4e00, max: 0x9fa5 }).map((c) => String.fromCharCode(c))
    fc.assert(
      fc.property(fc.array(han, { minLength: 1, maxLength: 12 }), (chars) => {
        const nickname = chars.join('')
        expect(validateMember({ ...valid, nickname })).toEqual({ ok: true, member: { ...valid, nickname } })
      }),
    )
  })
})
