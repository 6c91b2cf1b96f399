import { create } from 'zustand'
import { persist } from 'zustand/middleware'
import { safePersist } from '@/store/safe-persist'

export type ElderPreference = 'auto' | 'on' | 'off'

interface SettingsData {
  elderMode: ElderPreference
}

interface SettingsStore extends SettingsData {
  /** Not stored: detected at launch from the system font size */
  systemLargeFont: boolean
  setElderMode: (mode: ElderPreference) => void
  setSystemLargeFont: (large: boolean) => void
}

const PREFS: readonly ElderPreference[] = ['auto', 'on', 'off']

function sanitizeSettings(raw: unknown): SettingsData | null {
  const mode = (raw as { elderMode?: unknown } | null)?.elderMode
  return PREFS.includes(mode as ElderPreference) ? { elderMode: mode as ElderPreference } : null
}

/** App settings kept on the device: 长辈模式 preference. */
export const useSettingsStore = create<SettingsStore>()(
  persist(
    (set) => ({
      elderMode: 'auto',
      systemLargeFont: false,
      setElderMode: (elderMode) => set({ elderMode }),
      setSystemLargeFont: (systemLargeFont) => set({ systemLargeFont }),
    }),
    safePersist<SettingsStore, SettingsData>({
      name: 'settings',
      label: '显示设置',
      version: 1,
      partialize: (s) => ({ elderMode: s.elderMode }),
      sanitize: sanitizeSettings,
    }),
  ),
)

/**
 * @param s settings state
 * @returns whether 长辈模式 is in effect: chosen on, or automatic with a large system font
 */
export function elderModeActive(s: Pick<SettingsStore, 'elderMode' | 'systemLargeFont'>): boolean {
  return s.elderMode === 'on' || (s.elderMode === 'auto' && s.systemLargeFont)
}

/** @returns whether 长辈模式 is in effect (React hook) */
export function useElderMode(): boolean {
  return useSettingsStore(elderModeActive)
}
