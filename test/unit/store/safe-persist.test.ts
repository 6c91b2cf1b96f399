import Taro from '@tarojs/taro'
import { memoryStorage } from '@test/mocks/taro'
import { create } from 'zustand'
import { persist } from 'zustand/middleware'
import { loadStores } from './load-store'

type Notes = { notes: string[] }
type NotesStore = Notes & { add: (n: string) => void }

/** Loads fresh copies of the store modules, as an app start would, after storage has been seeded. */
function boot() {
  const { notices, safePersist } = loadStores('notices', 'safePersist')
  return { useNotes: makeStore(safePersist), notices }
}

function makeStore({ safePersist }: typeof import('@/store/safe-persist')) {
  return create<NotesStore>()(
    persist((set) => ({ notes: [], add: (n) => set((s) => ({ notes: [...s.notes, n] })) }), safePersist<NotesStore, Notes>({
      name: 'notes',
      label: '笔记',
      version: 2,
      partialize: (s) => ({ notes: s.notes }),
      sanitize: (raw) => {
        const notes = (raw as Notes | null)?.notes
        return Array.isArray(notes) && notes.every((n) => typeof n === 'string') ? { notes } : null
      },
      migrate: (raw, from) => (from === 1 && typeof (raw as { text?: unknown }).text === 'string' ? { notes: [(raw as { text: string }).text] } : null),
    })),
  )
}

const stored = (key: string) => JSON.parse(memoryStorage.get(key) as string)

test('writes only user data with the schema version', () => {
  const { useNotes } = boot()
  useNotes.getState().add('带上身份证')
  expect(Taro.setStorageSync).toHaveBeenLastCalledWith('notes', expect.any(String))
  expect(stored('notes')).toEqual({ state: { notes: ['带上身份证'] }, version: 2 })
})

test('hydrates synchronously at creation', () => {
  memoryStorage.set('notes', JSON.stringify({ state: { notes: ['a'] }, version: 2 }))
  const { useNotes } = boot()
  expect(useNotes.getState().notes).toEqual(['a'])
})

test('migrates data of an older version', () => {
  memoryStorage.set('notes', JSON.stringify({ state: { text: '旧笔记' }, version: 1 }))
  const { useNotes, notices } = boot()
  expect(useNotes.getState().notes).toEqual(['旧笔记'])
  expect(stored('notes')).toEqual({ state: { notes: ['旧笔记'] }, version: 2 })
  expect(notices.useNoticeStore.getState().notices).toEqual([])
})

test.each([
  ['unparseable JSON', '{"state": {"notes": ['],
  ['not a storage envelope', JSON.stringify(['x'])],
  ['wrong shape', JSON.stringify({ state: { notes: 'x' }, version: 2 })],
  ['unknown future version', JSON.stringify({ state: { notes: ['x'] }, version: 9 })],
  ['old version that cannot migrate', JSON.stringify({ state: { other: 1 }, version: 1 })],
])('%s resets this key alone and tells the user once', (_case, raw) => {
  memoryStorage.set('notes', raw)
  memoryStorage.set('profile', 'untouched')
  const { useNotes, notices } = boot()
  expect(useNotes.getState().notes).toEqual([])
  expect(memoryStorage.get('profile')).toBe('untouched')
  const shown = notices.useNoticeStore.getState().notices
  expect(shown).toHaveLength(1)
  expect(shown[0].text).toContain('「笔记」无法读取')
  expect(shown[0].tone).toBe('error')
  if (memoryStorage.has('notes')) expect(stored('notes').state).toEqual({ notes: [] })
})

test('a failed write keeps the previous data and shows an error', () => {
  memoryStorage.set('notes', JSON.stringify({ state: { notes: ['已保存'] }, version: 2 }))
  const { useNotes, notices } = boot()
  ;(Taro.setStorageSync as jest.Mock).mockImplementationOnce(() => {
    throw new Error('setStorageSync:fail exceed storage max size 10Mb')
  })
  useNotes.getState().add('新的')
  expect(stored('notes').state.notes).toEqual(['已保存'])
  expect(notices.useNoticeStore.getState().notices[0].text).toContain('保存失败')
  expect(useNotes.getState().notes).toEqual(['已保存', '新的'])
})

test('a value over 1 MB is not written and the user is told', () => {
  memoryStorage.set('notes', JSON.stringify({ state: { notes: ['已保存'] }, version: 2 }))
  const { useNotes, notices } = boot()
  useNotes.getState().add('医'.repeat(350_000))
  expect(stored('notes').state.notes).toEqual(['已保存'])
  expect(notices.useNoticeStore.getState().notices[0].text).toContain('1 MB')
})

test('utf8Bytes counts Chinese as three bytes and astral characters as four', () => {
  const { utf8Bytes } = require('@/store/safe-persist') as typeof import('@/store/safe-persist')
  expect(utf8Bytes('a医😀')).toBe(1 + 3 + 4)
})
