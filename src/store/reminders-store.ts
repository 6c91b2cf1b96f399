import { create } from 'zustand'
import { persist } from 'zustand/middleware'
import { safePersist } from '@/store/safe-persist'
import { isIsoDate } from '@/domain/vocab'

export interface Reminder {
  /** Stable id: one reminder per guide and kind */
  id: string
  guideId: string
  /** e.g. 临时备案到期, 补办备案截止 */
  label: string
  /** ISO date of the deadline */
  date: string
  /** The date may move once the year's holiday notice is published */
  approximate: boolean
}

interface RemindersStore {
  reminders: Reminder[]
  upsert: (r: Reminder) => void
  remove: (id: string) => void
}

function valid(x: unknown): x is Reminder {
  const r = x as Record<string, unknown>
  return (
    typeof r === 'object' && r !== null && typeof r.id === 'string' && typeof r.guideId === 'string' &&
    typeof r.label === 'string' && isIsoDate(r.date) && typeof r.approximate === 'boolean'
  )
}

/** @returns stored reminders, or null when unusable */
export function sanitizeReminders(raw: unknown): { reminders: Reminder[] } | null {
  const list = (raw as { reminders?: unknown } | null)?.reminders
  return Array.isArray(list) && list.length <= 100 && list.every(valid) ? { reminders: list } : null
}

/** Deadlines the user chose to keep (filing expiry, 补办 deadline); shown on 首页 with days left. */
export const useRemindersStore = create<RemindersStore>()(
  persist(
    (set) => ({
      reminders: [],
      upsert: (r) => set((s) => ({ reminders: [...s.reminders.filter((x) => x.id !== r.id), r].sort((a, b) => a.date.localeCompare(b.date)) })),
      remove: (id) => set((s) => ({ reminders: s.reminders.filter((x) => x.id !== id) })),
    }),
    safePersist<RemindersStore, { reminders: Reminder[] }>({
      name: 'reminders',
      label: '提醒',
      version: 1,
      partialize: (s) => ({ reminders: s.reminders }),
      sanitize: sanitizeReminders,
    }),
  ),
)
