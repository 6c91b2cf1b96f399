import type { Guide, Material } from '@/data/guide-types'

/** What the user has done in one guide: ids of finished steps and of materials ticked off. */
export interface GuideProgress {
  steps: string[]
  materials: string[]
}

/** Counts for the progress bar and the "3/6" labels. */
export interface ProgressCounts {
  stepsDone: number
  stepsTotal: number
  materialsDone: number
  materialsTotal: number
  /** e.g. 3/6 */
  stepsLabel: string
  materialsLabel: string
  /** Every step done */
  complete: boolean
}

/** No step done, no material ticked. */
export const EMPTY_PROGRESS: GuideProgress = { steps: [], materials: [] }

function toggle(list: readonly string[], id: string): string[] {
  return list.includes(id) ? list.filter((x) => x !== id) : [...list, id]
}

/**
 * Mark a step done, or not done again.
 * @param progress current progress (not changed)
 * @param stepId the step's id
 */
export function toggleStep(progress: GuideProgress, stepId: string): GuideProgress {
  return { ...progress, steps: toggle(progress.steps, stepId) }
}

/**
 * Tick a material off, or untick it.
 * @param progress current progress (not changed)
 * @param materialId the material's id
 */
export function toggleMaterial(progress: GuideProgress, materialId: string): GuideProgress {
  return { ...progress, materials: toggle(progress.materials, materialId) }
}

/** @returns empty progress, for the 重新开始 button */
export function resetProgress(): GuideProgress {
  return { steps: [], materials: [] }
}

/**
 * Every material of a guide once, in first-mention order (a material needed in two steps is one item).
 * @param guide the guide
 */
export function guideMaterials(guide: Guide): Material[] {
  const seen = new Map<string, Material>()
  for (const step of guide.steps) for (const m of step.materials) if (!seen.has(m.id)) seen.set(m.id, m)
  return [...seen.values()]
}

/**
 * Keep only ids the guide still has, once each, in the guide's order (stored progress may predate a content change).
 * @param guide the guide
 * @param progress stored progress
 */
export function sanitizeProgress(guide: Guide, progress: GuideProgress): GuideProgress {
  const steps = guide.steps.map((s) => s.id).filter((id) => progress.steps.includes(id))
  const materials = guideMaterials(guide).map((m) => m.id).filter((id) => progress.materials.includes(id))
  return { steps, materials }
}

/**
 * Done and total counts of steps and materials; ids the guide no longer has are not counted.
 * @param guide the guide
 * @param progress stored progress
 */
export function progressCounts(guide: Guide, progress: GuideProgress): ProgressCounts {
  const clean = sanitizeProgress(guide, progress)
  const stepsTotal = guide.steps.length
  const materialsTotal = guideMaterials(guide).length
  return {
    stepsDone: clean.steps.length,
    stepsTotal,
    materialsDone: clean.materials.length,
    materialsTotal,
    stepsLabel: `${clean.steps.length}/${stepsTotal}`,
    materialsLabel: `${clean.materials.length}/${materialsTotal}`,
    complete: stepsTotal > 0 && clean.steps.length === stepsTotal,
  }
}
