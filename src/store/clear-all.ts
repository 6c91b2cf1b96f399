import Taro from '@tarojs/taro'
import { useProfileStore } from '@/store/profile-store'
import { useHistoryStore } from '@/store/history-store'
import { useRemindersStore } from '@/store/reminders-store'
import { useSettingsStore } from '@/store/settings-store'
import { useFamilyStore } from '@/store/family-store'
import { useEstimateDraftStore } from '@/store/estimate-draft-store'
import { useCustomPlanStore } from '@/store/custom-plan-store'
import { useGuideProgressStore } from '@/store/guide-progress-store'

/** Every persisted store's reset: a new persisted store adds its line here. */
const resets: (() => void)[] = [
  () => useProfileStore.getState().reset(),
  () => useHistoryStore.getState().clear(),
  () => useRemindersStore.setState({ reminders: [] }),
  () => useSettingsStore.setState({ elderMode: 'auto' }),
  () => useFamilyStore.getState().clear(),
  () => useEstimateDraftStore.getState().reset(),
  () => useCustomPlanStore.getState().reset(),
  () => useGuideProgressStore.getState().clear(),
]

/** 清除本机数据: every store back to empty, then storage wiped so nothing of the user's remains. */
export function clearAllData(): void {
  resets.forEach((r) => r())
  Taro.clearStorageSync()
}
