import { create } from 'zustand'
import { persist } from 'zustand/middleware'
import { safePersist } from '@/store/safe-persist'
import { validateMember, type FamilyMember } from '@/domain/family/member'
import { isId } from '@/domain/vocab'

export const FAMILY_CAP = 20

export interface StoredMember extends FamilyMember {
  id: string
}

interface FamilyStore {
  members: StoredMember[]
  /** Adds or replaces (same id) a member already checked with validateMember */
  upsert: (m: StoredMember) => void
  remove: (id: string) => void
  clear: () => void
}

/** @returns stored members, or null when any member fails the same checks as the form */
export function sanitizeFamily(raw: unknown): { members: StoredMember[] } | null {
  const list = (raw as { members?: unknown } | null)?.members
  if (!Array.isArray(list) || list.length > FAMILY_CAP) return null
  const members: StoredMember[] = []
  for (const m of list) {
    const id = (m as { id?: unknown })?.id
    const checked = validateMember(m as Record<string, unknown>)
    if (!isId(id) || !checked.ok) return null
    members.push({ id, ...checked.member })
  }
  return { members }
}

/** Family roster: nickname, relation, region, insurance — never ID or phone numbers. Kept on the device. */
export const useFamilyStore = create<FamilyStore>()(
  persist(
    (set) => ({
      members: [],
      upsert: (m) =>
        set((s) => ({
          members: s.members.some((x) => x.id === m.id) ? s.members.map((x) => (x.id === m.id ? m : x)) : [...s.members, m].slice(0, FAMILY_CAP),
        })),
      remove: (id) => set((s) => ({ members: s.members.filter((m) => m.id !== id) })),
      clear: () => set({ members: [] }),
    }),
    safePersist<FamilyStore, { members: StoredMember[] }>({
      name: 'family',
      label: '家人',
      version: 1,
      partialize: (s) => ({ members: s.members }),
      sanitize: sanitizeFamily,
    }),
  ),
)
