import { create } from 'zustand'
import { persist } from 'zustand/middleware'
import { safePersist } from '@/store/safe-persist'
import { ELDER_PREFERENCES, isOneOf, type ElderPreference } from '@/domain/vocab'

interface SettingsData {
  elderMode: ElderPreference
}

interface SettingsStore extends SettingsData {
  setElderMode: (mode: ElderPreference) => void
}

function sanitizeSettings(raw: unknown): SettingsData | null {
  const mode = (raw as { elderMode?: unknown } | null)?.elderMode
  return isOneOf(ELDER_PREFERENCES, mode) ? { elderMode: mode } : null
}

/** App settings kept on the device: 长辈模式 preference. */
export const useSettingsStore = create<SettingsStore>()(
  persist(
    (set) => ({
      elderMode: 'auto',
      setElderMode: (elderMode) => set({ elderMode }),
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

/** Detected at launch from the system font size; never stored (nothing is written until the user chooses). */
export const useSystemFontStore = create<{ large: boolean }>()(() => ({ large: false }))

/**
 * @param elderMode the stored preference
 * @param systemLarge whether the system font is enlarged
 * @returns whether 长辈模式 is in effect: chosen on, or automatic with a large system font
 */
export function elderModeActive(elderMode: ElderPreference, systemLarge: boolean): boolean {
  return elderMode === 'on' || (elderMode === 'auto' && systemLarge)
}

/** @returns whether 长辈模式 is in effect (React hook) */
export function useElderMode(): boolean {
  const mode = useSettingsStore((s) => s.elderMode)
  const large = useSystemFontStore((s) => s.large)
  return elderModeActive(mode, large)
}
