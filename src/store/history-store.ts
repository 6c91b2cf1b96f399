import { create } from 'zustand'
import { persist } from 'zustand/middleware'
import { safePersist } from '@/store/safe-persist'
import { isIsoDate } from '@/domain/vocab'

/** At most this many saved estimates (a few KB each at most, far under the 1 MB key limit). */
export const HISTORY_CAP = 30

export interface SavedEstimate {
  id: string
  /** ISO date the estimate was saved */
  savedAt: string
  /** Share code of the inputs: opening it reproduces the result */
  code: string
  /** Short Chinese title, e.g. 北京 · 职工在职 · 三级医院住院 */
  title: string
  total: number
  personal: number
}

interface HistoryStore {
  items: SavedEstimate[]
  save: (item: Omit<SavedEstimate, 'id'>) => void
  remove: (id: string) => void
  clear: () => void
}

const ASCII_CODE = /^[A-Za-z0-9._~-]{1,2000}$/
const isFen = (n: unknown) => Number.isSafeInteger(n) && (n as number) >= 0

function validItem(x: unknown): x is SavedEstimate {
  const r = x as Record<string, unknown>
  return (
    typeof r === 'object' && r !== null && typeof r.id === 'string' && typeof r.title === 'string' &&
    isIsoDate(r.savedAt) &&
    typeof r.code === 'string' && ASCII_CODE.test(r.code) && isFen(r.total) && isFen(r.personal)
  )
}

/** @returns stored history, or null when it is not a list of valid items */
export function sanitizeHistory(raw: unknown): { items: SavedEstimate[] } | null {
  const items = (raw as { items?: unknown } | null)?.items
  return Array.isArray(items) && items.every(validItem) ? { items: items.slice(0, HISTORY_CAP) } : null
}

/** Saved estimates, newest first; saving the same inputs again moves them to the top. */
export const useHistoryStore = create<HistoryStore>()(
  persist(
    (set) => ({
      items: [],
      save: (item) =>
        set((s) => ({
          items: [{ ...item, id: `${item.savedAt}-${item.code.slice(-8)}` }, ...s.items.filter((i) => i.code !== item.code)].slice(0, HISTORY_CAP),
        })),
      remove: (id) => set((s) => ({ items: s.items.filter((i) => i.id !== id) })),
      clear: () => set({ items: [] }),
    }),
    safePersist<HistoryStore, { items: SavedEstimate[] }>({
      name: 'history',
      label: '测算记录',
      version: 1,
      partialize: (s) => ({ items: s.items }),
      sanitize: sanitizeHistory,
    }),
  ),
)
