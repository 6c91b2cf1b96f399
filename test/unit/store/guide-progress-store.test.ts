import { memoryStorage } from '@test/mocks/taro'
import type { Guide } from '@/data/guide-types'
import { loadStores } from './load-store'

const boot = () => loadStores('notices', 'reminders', 'progress')

const stored = (key: string) => JSON.parse(memoryStorage.get(key) as string)
const seed = (key: string, state: unknown, version = 1) => memoryStorage.set(key, JSON.stringify({ state, version }))
const REMINDERS = { reminders: [{ id: 'late-filing-deadline', guideId: 'late-filing', label: '补办', date: '2026-02-24', approximate: false }] }

test('ticking steps and materials is stored under guide-progress, version 1, the last touched guide first', () => {
  const { useGuideProgressStore } = boot().progress
  const s = useGuideProgressStore.getState()
  s.toggleStep('late-filing', 'tell-hospital')
  s.toggleMaterial('remote-temporary', 'id-proof')
  s.toggleStep('late-filing', 'choose-type')
  expect(stored('guide-progress')).toEqual({
    state: {
      guides: {
        'late-filing': { steps: ['tell-hospital', 'choose-type'], materials: [] },
        'remote-temporary': { steps: [], materials: ['id-proof'] },
      },
    },
    version: 1,
  })
  expect(Object.keys(stored('guide-progress').state.guides)).toEqual(['late-filing', 'remote-temporary'])
})

test('progress is read back at the next start; untick and reset remove it', () => {
  boot().progress.useGuideProgressStore.getState().toggleStep('transfer', 'new-enrol')
  const { useGuideProgressStore } = boot().progress
  expect(useGuideProgressStore.getState().guides).toEqual({ transfer: { steps: ['new-enrol'], materials: [] } })
  useGuideProgressStore.getState().toggleStep('transfer', 'new-enrol')
  expect(useGuideProgressStore.getState().guides).toEqual({})
  useGuideProgressStore.getState().toggleStep('transfer', 'apply')
  useGuideProgressStore.getState().toggleStep('retirement', 'apply')
  useGuideProgressStore.getState().reset('transfer')
  expect(Object.keys(useGuideProgressStore.getState().guides)).toEqual(['retirement'])
  useGuideProgressStore.getState().clear()
  expect(stored('guide-progress').state).toEqual({ guides: {} })
})

test('ids the guides no longer have are dropped quietly; everything else is kept', () => {
  seed('guide-progress', {
    guides: {
      'late-filing': { steps: ['apply', 'old-step', 'tell-hospital'], materials: ['id-proof', 'old-material'] },
      'removed-guide': { steps: ['a'], materials: [] },
      transfer: { steps: ['gone'], materials: [] },
    },
  })
  const { progress, notices } = boot()
  expect(progress.useGuideProgressStore.getState().guides).toEqual({ 'late-filing': { steps: ['tell-hospital', 'apply'], materials: ['id-proof'] } })
  expect(notices.useNoticeStore.getState().notices).toEqual([])
})

test.each([
  ['not JSON', '{oops'],
  ['a list instead of a map', JSON.stringify({ state: { guides: [] }, version: 1 })],
  ['steps that are not ids', JSON.stringify({ state: { guides: { transfer: { steps: [1], materials: [] } } }, version: 1 })],
  ['missing materials', JSON.stringify({ state: { guides: { transfer: { steps: ['apply'] } } }, version: 1 })],
  ['an unknown version', JSON.stringify({ state: { guides: {} }, version: 9 })],
])('corrupt progress (%s) resets only its own key, with one notice', (_, raw) => {
  memoryStorage.set('guide-progress', raw)
  seed('reminders', REMINDERS)
  const { progress, reminders, notices } = boot()
  expect(progress.useGuideProgressStore.getState().guides).toEqual({})
  if (memoryStorage.has('guide-progress')) expect(stored('guide-progress').state).toEqual({ guides: {} })
  expect(reminders.useRemindersStore.getState().reminders).toEqual(REMINDERS.reminders)
  expect(stored('reminders').state).toEqual(REMINDERS)
  expect(notices.useNoticeStore.getState().notices.map((n) => n.text)).toEqual(['您保存的「办事进度」无法读取，已恢复为初始状态；其他数据不受影响。'])
  progress.useGuideProgressStore.getState().toggleStep('transfer', 'apply')
  expect(stored('guide-progress').state.guides).toEqual({ transfer: { steps: ['apply'], materials: [] } })
})

test('startedGuides: title, 3/6 and the first step not done, most recent first; unknown guides are skipped', () => {
  const { startedGuides } = boot().progress
  const list = startedGuides({
    'remote-temporary': { steps: ['check', 'prepare', 'wait'], materials: [] },
    nope: { steps: ['x'], materials: [] },
    transfer: { steps: ['new-enrol', 'apply', 'track', 'confirm'], materials: [] },
  })
  expect(list).toEqual([
    { id: 'remote-temporary', title: '短期去外地（探亲、旅游、出差）：临时外出就医备案', stepsDone: 3, stepsTotal: 6, stepsLabel: '3/6', nextStep: '在手机上申请备案', complete: false },
    { id: 'transfer', title: '医保关系转移接续：换城市工作后把医保接上', stepsDone: 4, stepsTotal: 4, stepsLabel: '4/4', nextStep: null, complete: true },
  ])
  const tiny = { id: 'x', title: '甲', steps: [{ id: 'a', title: '第一件事', materials: [] }] } as unknown as Guide
  expect(startedGuides({ x: { steps: [], materials: ['m'] } }, () => tiny)[0].nextStep).toBe('第一件事')
})

test('清除本机数据 empties the progress, and the export lists started guides', () => {
  const { progress, clearAll, exporter } = loadStores('progress', 'clearAll', 'exporter')
  progress.useGuideProgressStore.getState().toggleStep('transfer', 'apply')
  expect(exporter.exportAllData()).toContain('医保关系转移接续：换城市工作后把医保接上：已完成 1/4 步')
  clearAll.clearAllData()
  expect(progress.useGuideProgressStore.getState().guides).toEqual({})
  expect(exporter.exportAllData()).toMatch(/【办事进度】\n（无）/)
})
