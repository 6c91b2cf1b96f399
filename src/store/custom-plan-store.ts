import { create } from 'zustand'
import { persist } from 'zustand/middleware'
import { safePersist } from '@/store/safe-persist'
import { validatePlan } from '@/domain/estimator/validate-plan'
import { EMPTY_CUSTOM_DRAFT, type CustomPlanDraft, type SegmentDraft } from '@/domain/estimate/custom-plan-form'
import { REMOTE_FILINGS } from '@/domain/vocab'
import type { Plan } from '@/domain/estimator/types'

interface CustomPlanData {
  /** The form as typed, saved on every change */
  draft: CustomPlanDraft
  /** The last parameters that passed the checks; what estimates use */
  plan: Plan | null
}

interface CustomPlanStore extends CustomPlanData {
  /** Keep the form as typed */
  setDraft: (draft: CustomPlanDraft) => void
  /** Keep checked parameters for estimates */
  save: (plan: Plan) => void
  /** Back to a blank form and no saved parameters */
  reset: () => void
}

const MAX_ROWS = 20
const text = (v: unknown) => typeof v === 'string' && v.length <= 200
const rowsOk = (v: unknown) =>
  Array.isArray(v) && v.length >= 1 && v.length <= MAX_ROWS && v.every((r: SegmentDraft) => typeof r === 'object' && r !== null && text(r.upTo) && text(r.ratio))

function draftOk(d: Record<string, unknown> | null | undefined): boolean {
  if (typeof d !== 'object' || d === null) return false
  const remote = d.remote as Record<string, unknown> | null
  return (
    text(d.deductible) && (d.deductibleMode === 'per-admission' || d.deductibleMode === 'annual') && rowsOk(d.segments) &&
    text(d.annualCap) && text(d.classBRatio) && ['none', 'points', 'pre-self-pay', 'times'].includes(d.remoteMode as string) &&
    typeof remote === 'object' && remote !== null && REMOTE_FILINGS.every((k) => text(remote[k])) &&
    typeof d.criticalOn === 'boolean' && text(d.criticalThreshold) && rowsOk(d.criticalSegments) && text(d.criticalCap)
  )
}

function planOk(p: unknown): p is Plan {
  if (p === null) return true
  if (typeof p !== 'object') return false
  try {
    return validatePlan(p as Plan).length === 0
  } catch {
    return false
  }
}

/**
 * Check stored custom parameters: the form's text fields and a plan that passes validatePlan.
 * @returns the data, or null when unusable
 */
export function sanitizeCustomPlan(raw: unknown): CustomPlanData | null {
  const r = raw as { draft?: Record<string, unknown>; plan?: unknown } | null
  if (!r || !draftOk(r.draft) || r.plan === undefined || !planOk(r.plan)) return null
  return { draft: r.draft as unknown as CustomPlanDraft, plan: r.plan }
}

/** The user's own local figures (自定义参数), used instead of the dataset when they choose. */
export const useCustomPlanStore = create<CustomPlanStore>()(
  persist(
    (set) => ({
      draft: EMPTY_CUSTOM_DRAFT,
      plan: null,
      setDraft: (draft) => set({ draft }),
      save: (plan) => set({ plan }),
      reset: () => set({ draft: EMPTY_CUSTOM_DRAFT, plan: null }),
    }),
    safePersist<CustomPlanStore, CustomPlanData>({
      name: 'custom-plan',
      label: '自定义参数',
      version: 1,
      partialize: (s) => ({ draft: s.draft, plan: s.plan }),
      sanitize: sanitizeCustomPlan,
    }),
  ),
)
