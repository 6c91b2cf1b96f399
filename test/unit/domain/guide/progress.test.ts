import fc from 'fast-check'
import content from '@/data/guides.json'
import type { Guide, GuideContent } from '@/data/guide-types'
import {
  EMPTY_PROGRESS, guideMaterials, progressCounts, resetProgress, sanitizeProgress, toggleMaterial, toggleStep, type GuideProgress,
} from '@/domain/guide/progress'

const guides = (content as GuideContent).guides
const get = (id: string): Guide => guides.find((g) => g.id === id) as Guide
const claim = get('manual-claim')

describe('toggleStep and toggleMaterial', () => {
  test('add an id, then remove it, without changing the input', () => {
    const p1 = toggleStep(EMPTY_PROGRESS, 'when')
    expect(p1).toEqual({ steps: ['when'], materials: [] })
    expect(EMPTY_PROGRESS).toEqual({ steps: [], materials: [] })
    expect(toggleStep(p1, 'when')).toEqual({ steps: [], materials: [] })
    const p2 = toggleMaterial(p1, 'invoice')
    expect(p2).toEqual({ steps: ['when'], materials: ['invoice'] })
    expect(p1.materials).toEqual([])
    expect(toggleMaterial(p2, 'invoice').materials).toEqual([])
  })

  test('property: toggling the same id twice gives back the same set', () => {
    const ids = fc.constantFrom('a', 'b', 'c', 'd')
    fc.assert(
      fc.property(fc.uniqueArray(ids), fc.uniqueArray(ids), ids, (steps, materials, id) => {
        const p: GuideProgress = { steps, materials }
        expect(new Set(toggleStep(toggleStep(p, id), id).steps)).toEqual(new Set(steps))
        expect(new Set(toggleMaterial(toggleMaterial(p, id), id).materials)).toEqual(new Set(materials))
        expect(toggleStep(p, id).steps.includes(id)).toBe(!steps.includes(id))
      }),
    )
  })

  test('resetProgress empties everything and returns a fresh object', () => {
    const r = resetProgress()
    expect(r).toEqual({ steps: [], materials: [] })
    expect(r).not.toBe(EMPTY_PROGRESS)
  })
})

describe('guideMaterials', () => {
  test('lists each material once in first-mention order', () => {
    const ids = guideMaterials(claim).map((m) => m.id)
    expect(ids.slice(0, 6)).toEqual(['id-proof', 'invoice', 'inpatient-list', 'diagnosis', 'outpatient-list', 'prescription'])
    expect(new Set(ids).size).toBe(ids.length)
    expect(claim.steps.flatMap((s) => s.materials).length).toBeGreaterThan(ids.length)
  })

  test('a guide with one material', () => {
    expect(guideMaterials(get('remote-temporary')).map((m) => m.name)).toEqual(['身份证明', '医保电子凭证或社会保障卡'])
  })
})

describe('progressCounts', () => {
  test('empty progress: 0/6 steps and 0/11 materials for 手工报销', () => {
    expect(progressCounts(claim, EMPTY_PROGRESS)).toEqual({
      stepsDone: 0, stepsTotal: 6, materialsDone: 0, materialsTotal: 11, stepsLabel: '0/6', materialsLabel: '0/11', complete: false,
    })
  })

  test('counts done ids, ignores ids the guide does not have, and is complete when every step is done', () => {
    let p: GuideProgress = { steps: ['when', 'inpatient', 'gone'], materials: ['invoice', 'nope'] }
    expect(progressCounts(claim, p)).toMatchObject({ stepsLabel: '2/6', materialsLabel: '1/11', complete: false })
    for (const s of claim.steps) if (!p.steps.includes(s.id)) p = toggleStep(p, s.id)
    expect(progressCounts(claim, p)).toMatchObject({ stepsDone: 6, stepsLabel: '6/6', complete: true })
  })
})

describe('sanitizeProgress', () => {
  test('keeps known ids once, in the guide order', () => {
    const p = { steps: ['wait', 'x', 'when', 'wait'], materials: ['diagnosis', 'id-proof', 'zzz'] }
    expect(sanitizeProgress(claim, p)).toEqual({ steps: ['when', 'wait'], materials: ['id-proof', 'diagnosis'] })
  })
})
