import type { FamilyMember } from '@/domain/family/member'
import type { Scheme, WorkStatus } from '@/domain/vocab'

export type MemberChoices =
  | { ok: true; region: string; scheme: Scheme; status: WorkStatus }
  | { ok: false; reason: string }

/**
 * The estimate form's "who is insured where" for a family member from the roster.
 * @param m the member
 * @param regionIds ids the dataset has; other regions become 'other'
 */
export function memberChoices(m: FamilyMember, regionIds: readonly string[]): MemberChoices {
  if (m.scheme === 'none') return { ok: false, reason: `${m.nickname}还没有参加医保，看病费用不能按医保报销，所以没法测算。可以看看「居民医保参保缴费」指南。` }
  return { ok: true, region: regionIds.includes(m.regionId) ? m.regionId : 'other', scheme: m.scheme, status: m.status }
}
