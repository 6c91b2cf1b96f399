import { create } from 'zustand'

export interface Notice {
  id: number
  text: string
  tone: 'info' | 'error'
}

interface NoticeStore {
  notices: Notice[]
  push: (text: string, tone?: Notice['tone']) => void
  dismiss: (id: number) => void
}

let nextId = 1

/** Messages for the user about storage recovery, failed saves and bad links; shown once by PageShell. */
export const useNoticeStore = create<NoticeStore>()((set) => ({
  notices: [],
  push: (text, tone = 'info') =>
    set((s) => (s.notices.some((n) => n.text === text) ? s : { notices: [...s.notices, { id: nextId++, text, tone }] })),
  dismiss: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
}))

/**
 * Tell the user something once (outside React).
 * @param text Chinese message
 * @param tone info or error
 */
export function notify(text: string, tone: Notice['tone'] = 'info'): void {
  useNoticeStore.getState().push(text, tone)
}
