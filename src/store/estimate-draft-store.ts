import { create } from 'zustand'
import { persist } from 'zustand/middleware'
import { safePersist } from '@/store/safe-persist'
import { EMPTY_ESTIMATE_DRAFT, type EstimateDraft, type YtdDraft } from '@/domain/estimate/draft'
import { FILINGS, HOSPITAL_LEVELS, isId, isOneOf, LOCATIONS, SCHEMES, STATUSES, VISITS } from '@/domain/vocab'
import { MAX_ADMISSION } from '@/domain/estimate/validate-inputs'

interface DraftData {
  draft: EstimateDraft
}

interface EstimateDraftStore extends DraftData {
  /** Change some fields of the form */
  update: (patch: Partial<EstimateDraft>) => void
  /** Change some year-to-date amounts */
  updateYtd: (patch: Partial<YtdDraft>) => void
  /** Replace the whole form (e.g. to change a shared estimate) */
  replace: (draft: EstimateDraft) => void
  /** Back to a blank form */
  reset: () => void
}

const MAX_TEXT = 200
const text = (v: unknown) => typeof v === 'string' && v.length <= MAX_TEXT
const oneOf = (v: unknown, allowed: readonly unknown[], nullable: boolean) => (nullable && v === null) || isOneOf(allowed, v)

/**
 * Check stored form data field by field.
 * @returns the data, or null when any field is unusable
 */
export function sanitizeEstimateDraft(raw: unknown): DraftData | null {
  const d = (raw as { draft?: unknown } | null)?.draft as Record<string, unknown> | undefined
  if (typeof d !== 'object' || d === null) return null
  const y = d.ytd as Record<string, unknown> | null
  const ok =
    (d.region === null || isId(d.region)) &&
    oneOf(d.scheme, SCHEMES, true) && oneOf(d.status, STATUSES, true) &&
    oneOf(d.visit, VISITS, false) && oneOf(d.level, HOSPITAL_LEVELS, true) &&
    Number.isInteger(d.admission) && (d.admission as number) >= 1 && (d.admission as number) <= MAX_ADMISSION &&
    oneOf(d.location, LOCATIONS, false) &&
    oneOf(d.filing, FILINGS, true) &&
    text(d.total) && text(d.selfPay) && text(d.classB) &&
    typeof y === 'object' && y !== null && text(y.deductiblePaid) && text(y.fundPaid) && text(y.compliantSelfPaid) && text(y.criticalPaid) &&
    typeof d.ytdOpen === 'boolean' && typeof d.useCustom === 'boolean'
  if (!ok) return null
  const { deductiblePaid, fundPaid, compliantSelfPaid, criticalPaid } = y as unknown as YtdDraft
  const { region, scheme, status, visit, level, admission, location, filing, total, selfPay, classB, ytdOpen, useCustom } = d as unknown as EstimateDraft
  return {
    draft: {
      region, scheme, status, visit, level, admission, location, filing, total, selfPay, classB,
      ytd: { deductiblePaid, fundPaid, compliantSelfPaid, criticalPaid }, ytdOpen, useCustom,
    },
  }
}

/** The estimate form as typed, kept on the device on every change so nothing typed is lost. */
export const useEstimateDraftStore = create<EstimateDraftStore>()(
  persist(
    (set) => ({
      draft: EMPTY_ESTIMATE_DRAFT,
      update: (patch) => set((s) => ({ draft: { ...s.draft, ...patch } })),
      updateYtd: (patch) => set((s) => ({ draft: { ...s.draft, ytd: { ...s.draft.ytd, ...patch } } })),
      replace: (draft) => set({ draft }),
      reset: () => set({ draft: EMPTY_ESTIMATE_DRAFT }),
    }),
    safePersist<EstimateDraftStore, DraftData>({
      name: 'estimate-draft',
      label: '测算表填写内容',
      version: 1,
      partialize: (s) => ({ draft: s.draft }),
      sanitize: sanitizeEstimateDraft,
    }),
  ),
)
