import content from '@/data/guides.json'
import { GUIDE_IDS, type GuideContent } from '@/data/guide-types'
import { FIRST_QUESTION, WIZARD_QUESTIONS, nextStep, type WizardAnswers, type WizardQuestion } from '@/domain/guide/wizard'

const guides = (content as GuideContent).guides
const CJK = /[\u4e00-\u9fff]/

type Ended = { answers: WizardAnswers; guideId: string; stepId?: string; reason: string }

/** Every answer combination the wizard can be walked through, by following nextStep itself. */
function allPaths(answers: WizardAnswers = {}, out: Ended[] = []): Ended[] {
  const step = nextStep(answers)
  if (step.kind === 'result') {
    out.push({ answers, guideId: step.guideId, stepId: step.stepId, reason: step.reason })
    return out
  }
  for (const o of step.question.options) allPaths({ ...answers, [step.question.id]: o.value }, out)
  return out
}

const paths = allPaths()
const route = (answers: WizardAnswers) => {
  const step = nextStep(answers)
  if (step.kind !== 'result') throw new Error(`still asking ${step.question.id}`)
  return step
}

describe('wizard data', () => {
  test('questions are keyed by their id, in Chinese, with unique ASCII values', () => {
    for (const [id, q] of Object.entries(WIZARD_QUESTIONS) as [string, WizardQuestion][]) {
      expect(q.id).toBe(id)
      expect(q.text).toMatch(CJK)
      expect(q.options.length).toBeGreaterThanOrEqual(2)
      expect(new Set(q.options.map((o) => o.value)).size).toBe(q.options.length)
      for (const o of q.options) {
        expect(o.value).toMatch(/^[a-z-]+$/)
        expect(o.label).toMatch(CJK)
        if ('question' in o.next) expect(WIZARD_QUESTIONS[o.next.question]).toBeDefined()
      }
    }
  })

  test('every question is reachable from the first one', () => {
    const asked = new Set(paths.flatMap((p) => Object.keys(p.answers)))
    expect(asked).toEqual(new Set(Object.keys(WIZARD_QUESTIONS)))
    expect(nextStep({})).toMatchObject({ kind: 'question', question: { id: FIRST_QUESTION }, trail: [] })
  })
})

describe('every path', () => {
  test('there are 38 complete answer combinations', () => {
    expect(paths).toHaveLength(38)
  })

  test('each ends in an existing guide (and step), with a Chinese reason', () => {
    for (const p of paths) {
      const guide = guides.find((g) => g.id === p.guideId)
      expect(guide).toBeDefined()
      if (p.stepId) expect(guide?.steps.map((s) => s.id)).toContain(p.stepId)
      expect(p.reason).toMatch(CJK)
    }
  })

  test('together the paths reach every guide', () => {
    expect(new Set(paths.map((p) => p.guideId))).toEqual(new Set(GUIDE_IDS))
  })

  test('the trail lists exactly the answered questions, in order', () => {
    for (const p of paths) {
      const step = route(p.answers)
      expect(step.trail.map((t) => t.question.id)).toEqual(Object.keys(p.answers))
      expect(step.trail.map((t) => t.option.value)).toEqual(Object.values(p.answers))
    }
  })
})

describe('specific routes', () => {
  const far = { need: 'treatment', where: 'cross-province' }

  test.each([
    [{ ...far, stage: 'planning', referral: 'no', stay: 'retired' }, 'remote-retired'],
    [{ ...far, stage: 'planning', referral: 'no', stay: 'living' }, 'remote-long-term'],
    [{ ...far, stage: 'planning', referral: 'no', stay: 'working' }, 'remote-work'],
    [{ ...far, stage: 'planning', referral: 'no', stay: 'trip' }, 'remote-temporary'],
    [{ ...far, stage: 'planning', referral: 'yes' }, 'remote-referral'],
    [{ ...far, stage: 'emergency' }, 'remote-emergency'],
    [{ ...far, stage: 'admitted', 'admitted-filed': 'no' }, 'late-filing'],
    [{ ...far, stage: 'admitted', 'admitted-filed': 'unsure' }, 'late-filing'],
    [{ ...far, stage: 'admitted', 'admitted-filed': 'yes' }, 'manual-claim'],
    [{ ...far, stage: 'discharged', 'discharged-filed': 'no' }, 'manual-claim-after-discharge'],
    [{ ...far, stage: 'discharged', 'discharged-filed': 'yes' }, 'manual-claim'],
    [{ ...far, stage: 'settled' }, 'critical-illness'],
    [{ need: 'treatment', where: 'same-city', 'local-need': 'paid-full' }, 'manual-claim'],
    [{ need: 'treatment', where: 'same-city', 'local-need': 'big-bill' }, 'critical-illness'],
    [{ need: 'family' }, 'family-binding'],
    [{ need: 'chronic' }, 'chronic-outpatient'],
    [{ need: 'retirement' }, 'retirement'],
    [{ need: 'transfer' }, 'transfer'],
  ] as [WizardAnswers, string][])('%j → %s', (answers, guideId) => {
    expect(route(answers).guideId).toBe(guideId)
  })

  test('居民医保 answers open the matching step', () => {
    expect(route({ need: 'resident', 'resident-who': 'newborn' })).toMatchObject({ guideId: 'resident-enrolment', stepId: 'newborn' })
    expect(route({ need: 'resident', 'resident-who': 'student' })).toMatchObject({ stepId: 'student' })
    expect(route({ need: 'resident', 'resident-who': 'missed' })).toMatchObject({ stepId: 'missed' })
    expect(route({ need: 'resident', 'resident-who': 'family-pay' })).toMatchObject({ guideId: 'family-binding', stepId: 'pay-contribution' })
  })

  test('省内异地 reaches the same guides and adds that filing rules differ by province', () => {
    const inProvince = route({ need: 'treatment', where: 'in-province', stage: 'admitted', 'admitted-filed': 'no' })
    const crossProvince = route({ ...far, stage: 'admitted', 'admitted-filed': 'no' })
    expect(inProvince.guideId).toBe('late-filing')
    expect(inProvince.reason).toBe(`${crossProvince.reason}省内跨市看病要不要备案，各地不同，先问参保地医保局。`)
    expect(route({ need: 'treatment', where: 'same-city', 'local-need': 'chronic' }).reason).not.toContain('省内')
  })

  test('an unknown value leaves its question open; answers off the path are ignored', () => {
    expect(nextStep({ need: 'treatment', where: 'moon' })).toMatchObject({ kind: 'question', question: { id: 'where' } })
    expect(route({ need: 'family', where: 'cross-province', stay: 'trip' }).guideId).toBe('family-binding')
    expect(nextStep({ need: 'treatment', where: 'cross-province', stay: 'trip' })).toMatchObject({ kind: 'question', question: { id: 'stage' } })
  })

  test('a table with a cycle throws instead of looping', () => {
    const loop = {
      ...WIZARD_QUESTIONS,
      need: { ...WIZARD_QUESTIONS.need, options: [{ value: 'x', label: '循环', next: { question: 'need' as const } }] },
    }
    expect(() => nextStep({ need: 'x' }, loop)).toThrow('cycle')
  })
})
