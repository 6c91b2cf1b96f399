import { formatExport } from '@/domain/export-text'
import { formatYuan } from '@/domain/money/format'
import { regionName } from '@/data/region-index'
import { today } from '@/lib/clock'
import { profileLabels } from '@/lib/profile-labels'
import { useProfileStore } from '@/store/profile-store'
import { useFamilyStore } from '@/store/family-store'
import { useHistoryStore } from '@/store/history-store'
import { useRemindersStore } from '@/store/reminders-store'
import { startedGuides, useGuideProgressStore } from '@/store/guide-progress-store'
import { RELATION_LABELS, SCHEME_LABELS } from '@/domain/vocab'

/** @returns every piece of the user's data on this device as readable text */
export function exportAllData(): string {
  return formatExport({
    today: today(),
    profile: profileLabels(useProfileStore.getState()),
    members: useFamilyStore.getState().members.map((m) => ({
      nickname: m.nickname,
      relation: RELATION_LABELS[m.relation],
      region: regionName(m.regionId),
      scheme: SCHEME_LABELS[m.scheme],
    })),
    estimates: useHistoryStore.getState().items.map((e) => ({
      savedAt: e.savedAt,
      title: e.title,
      total: formatYuan(e.total),
      personal: formatYuan(e.personal),
    })),
    reminders: useRemindersStore.getState().reminders.map((r) => ({ label: r.label, date: r.date })),
    guides: startedGuides(useGuideProgressStore.getState().guides).map((g) => ({ title: g.title, done: g.stepsDone, total: g.stepsTotal })),
  })
}
