import { MEMBER_SCHEMES, RELATIONS, STATUSES, isOneOf, type MemberScheme, type Relation, type WorkStatus } from '@/domain/vocab'

/** A roster member as stored on the device: never an ID number, phone number or real name. */
export interface FamilyMember {
  /** 1–12 characters, e.g. 爸爸 */
  nickname: string
  relation: Relation
  /** A region id of the dataset, or 'other' when the member's region is not in it */
  regionId: string
  scheme: MemberScheme
  status: WorkStatus
}

/** Raw form or stored input: any field may be missing or of the wrong type. */
export type MemberDraft = { [K in keyof FamilyMember]?: unknown }

/** Field-level Chinese messages, shown next to the field. */
export const MEMBER_MESSAGES = {
  nicknameEmpty: '请填写称呼，例如“爸爸”',
  nicknameTooLong: '称呼最多 12 个字',
  nicknameDigits: '称呼里不要填身份证号、手机号等号码',
  relation: '请选择与你的关系',
  region: '请选择参保地，找不到可选“其他地区”',
  scheme: '请选择参保类型',
  status: '请选择在职或退休',
} as const

/** Result of validating a draft: the clean member, or a message per invalid field. */
export type MemberResult =
  | { ok: true; member: FamilyMember }
  | { ok: false; errors: Partial<Record<keyof FamilyMember, string>> }

const MAX_NICKNAME = 12
const NUMBER_RUN = /[0-9０-９](?:[\s\-－]*[0-9０-９]){5,}/

function nicknameError(nickname: string): string | undefined {
  const length = Array.from(nickname).length
  if (length === 0) return MEMBER_MESSAGES.nicknameEmpty
  if (NUMBER_RUN.test(nickname)) return MEMBER_MESSAGES.nicknameDigits
  if (length > MAX_NICKNAME) return MEMBER_MESSAGES.nicknameTooLong
  return undefined
}

function isRegion(value: unknown, regionIds?: readonly string[]): value is string {
  if (typeof value !== 'string' || value.trim() === '') return false
  return value === 'other' || regionIds === undefined || regionIds.includes(value)
}

/**
 * Validates a roster member. The nickname is trimmed; 6 or more digits in a row (spaces and dashes
 * between them ignored) are refused, since they look like an ID or phone number.
 * @param draft raw form or stored values
 * @param regionIds the dataset's region ids; when omitted any non-empty region id is accepted
 * @returns the clean member, or a Chinese message for each invalid field
 */
export function validateMember(draft: MemberDraft, regionIds?: readonly string[]): MemberResult {
  const nickname = typeof draft.nickname === 'string' ? draft.nickname.trim() : ''
  const errors: Partial<Record<keyof FamilyMember, string>> = {}
  const nicknameProblem = nicknameError(nickname)
  if (nicknameProblem) errors.nickname = nicknameProblem
  if (!isOneOf(RELATIONS, draft.relation)) errors.relation = MEMBER_MESSAGES.relation
  if (!isRegion(draft.regionId, regionIds)) errors.regionId = MEMBER_MESSAGES.region
  if (!isOneOf(MEMBER_SCHEMES, draft.scheme)) errors.scheme = MEMBER_MESSAGES.scheme
  if (!isOneOf(STATUSES, draft.status)) errors.status = MEMBER_MESSAGES.status
  if (Object.keys(errors).length > 0) return { ok: false, errors }
  const { relation, regionId, scheme, status } = draft as FamilyMember
  return { ok: true, member: { nickname, relation, regionId, scheme, status } }
}
