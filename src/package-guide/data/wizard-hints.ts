import type { QuestionId, WizardAnswers } from '@/domain/guide/wizard'
import type { Profile } from '@/store/profile-store'

/**
 * Answers the profile suggests, shown as 按您的资料 on the matching option. The wizard asks about the person who
 * needs care, who may be a parent, so these are suggestions the user confirms with a tap, never answers given for them.
 * @param profile the user's profile
 * @returns suggested option values by question id
 */
export function profileHints(profile: Pick<Profile, 'scheme' | 'status'>): WizardAnswers {
  const hints: Partial<Record<QuestionId, string>> = {}
  if (profile.status === 'retired') hints.stay = 'retired'
  if (profile.scheme === 'resident') hints['resident-who'] = 'regular'
  return hints
}
