import { create } from 'zustand'
import { persist } from 'zustand/middleware'
import { safePersist } from '@/store/safe-persist'
import { AGE_BANDS, SCHEMES, STATUSES, isId, isOneOf, type AgeBand, type Scheme, type WorkStatus } from '@/domain/vocab'

export interface Profile {
  /** Dataset region id, 'other' (national defaults) or null when not set */
  regionId: string | null
  scheme: Scheme | null
  status: WorkStatus | null
  ageBand: AgeBand | null
  /** The first-launch questions were answered or skipped */
  onboarded: boolean
}

interface ProfileStore extends Profile {
  update: (patch: Partial<Profile>) => void
  reset: () => void
}

export const emptyProfile: Profile = { regionId: null, scheme: null, status: null, ageBand: null, onboarded: false }

function oneOf<T extends readonly unknown[]>(v: unknown, allowed: T): T[number] | null | undefined {
  if (v === null) return null
  return isOneOf(allowed, v) ? v : undefined
}

/**
 * Check stored profile data.
 * @returns the profile, or null when any field is unusable
 */
export function sanitizeProfile(raw: unknown): Profile | null {
  if (typeof raw !== 'object' || raw === null) return null
  const r = raw as Record<string, unknown>
  const regionId = r.regionId === null ? null : isId(r.regionId) ? r.regionId : undefined
  const scheme = oneOf(r.scheme, SCHEMES)
  const status = oneOf(r.status, STATUSES)
  const ageBand = oneOf(r.ageBand, AGE_BANDS)
  if (regionId === undefined || scheme === undefined || status === undefined || ageBand === undefined) return null
  if (typeof r.onboarded !== 'boolean') return null
  return { regionId, scheme, status, ageBand, onboarded: r.onboarded }
}

/** Who the user is (region, scheme, 在职/退休, age band): fills every form. Never names or ID numbers. */
export const useProfileStore = create<ProfileStore>()(
  persist(
    (set) => ({
      ...emptyProfile,
      update: (patch) => set(patch),
      reset: () => set(emptyProfile),
    }),
    safePersist<ProfileStore, Profile>({
      name: 'profile',
      label: '个人资料',
      version: 1,
      partialize: ({ regionId, scheme, status, ageBand, onboarded }) => ({ regionId, scheme, status, ageBand, onboarded }),
      sanitize: sanitizeProfile,
    }),
  ),
)
