import { create } from 'zustand'
import { persist } from 'zustand/middleware'
import { safePersist } from '@/store/safe-persist'
import type { Guide } from '@/data/guide-types'
import { findIndexGuide } from '@/data/guide-index'
import { EMPTY_PROGRESS, progressCounts, sanitizeProgress, toggleMaterial, toggleStep, type GuideProgress } from '@/domain/guide/progress'
import { isId } from '@/domain/vocab'

/** Progress of every started guide, by guide id; the most recently touched guide comes first. */
export type ProgressByGuide = Record<string, GuideProgress>

interface GuideProgressData {
  guides: ProgressByGuide
}

interface GuideProgressStore extends GuideProgressData {
  /** Mark a step done, or not done again */
  toggleStep: (guideId: string, stepId: string) => void
  /** Tick a material off, or untick it */
  toggleMaterial: (guideId: string, materialId: string) => void
  /** Start one guide over (重新开始) */
  reset: (guideId: string) => void
  /** Forget every guide's progress */
  clear: () => void
}

const MAX_GUIDES = 50
const MAX_IDS = 50
const ids = (v: unknown) => Array.isArray(v) && v.length <= MAX_IDS && v.every(isId)
const isEmpty = (p: GuideProgress) => p.steps.length === 0 && p.materials.length === 0

/**
 * Check stored progress: a map of guide id → { steps, materials } of ASCII ids. Guides no longer bundled are
 * dropped, and each guide keeps only the step and material ids it still has (sanitizeProgress).
 * @returns the data, or null when its shape is unusable
 */
export function sanitizeGuideProgress(raw: unknown): GuideProgressData | null {
  const map = (raw as { guides?: unknown } | null)?.guides
  if (typeof map !== 'object' || map === null || Array.isArray(map)) return null
  const entries = Object.entries(map as Record<string, unknown>)
  if (entries.length > MAX_GUIDES) return null
  const guides: ProgressByGuide = {}
  for (const [id, value] of entries) {
    const p = value as Partial<GuideProgress> | null
    if (typeof p !== 'object' || p === null || !ids(p.steps) || !ids(p.materials)) return null
    const guide = findIndexGuide(id)
    if (!guide) continue
    const clean = sanitizeProgress(guide, p as GuideProgress)
    if (!isEmpty(clean)) guides[id] = clean
  }
  return { guides }
}

/** The map with `guideId` set to `progress` and moved to the front (or removed when empty). */
function touch(guides: ProgressByGuide, guideId: string, progress: GuideProgress): ProgressByGuide {
  const rest = Object.fromEntries(Object.entries(guides).filter(([id]) => id !== guideId))
  return isEmpty(progress) ? rest : { [guideId]: progress, ...rest }
}

/** One started guide as 首页 and the data export show it. */
export interface GuideInProgress {
  id: string
  title: string
  stepsDone: number
  stepsTotal: number
  /** e.g. 3/6 */
  stepsLabel: string
  /** Title of the first step not done yet; null when every step is done */
  nextStep: string | null
  complete: boolean
}

/**
 * The started guides, most recently touched first, with their counts and next step.
 * @param guides stored progress by guide id
 * @param find looks a guide up by id (the main-package index by default)
 */
export function startedGuides(guides: ProgressByGuide, find: (id: string) => Guide | undefined = findIndexGuide): GuideInProgress[] {
  return Object.entries(guides).flatMap(([id, progress]) => {
    const guide = find(id)
    if (!guide) return []
    const counts = progressCounts(guide, progress)
    const next = guide.steps.find((s) => !progress.steps.includes(s.id))
    return [{ id, title: guide.title, stepsDone: counts.stepsDone, stepsTotal: counts.stepsTotal, stepsLabel: counts.stepsLabel, nextStep: next?.title ?? null, complete: counts.complete }]
  })
}

/** Progress per guide (finished steps, ticked materials), kept on the device. */
export const useGuideProgressStore = create<GuideProgressStore>()(
  persist(
    (set) => ({
      guides: {},
      toggleStep: (guideId, stepId) =>
        set((s) => ({ guides: touch(s.guides, guideId, toggleStep(s.guides[guideId] ?? EMPTY_PROGRESS, stepId)) })),
      toggleMaterial: (guideId, materialId) =>
        set((s) => ({ guides: touch(s.guides, guideId, toggleMaterial(s.guides[guideId] ?? EMPTY_PROGRESS, materialId)) })),
      reset: (guideId) => set((s) => ({ guides: touch(s.guides, guideId, EMPTY_PROGRESS) })),
      clear: () => set({ guides: {} }),
    }),
    safePersist<GuideProgressStore, GuideProgressData>({
      name: 'guide-progress',
      label: '办事进度',
      version: 1,
      partialize: (s) => ({ guides: s.guides }),
      sanitize: sanitizeGuideProgress,
    }),
  ),
)
