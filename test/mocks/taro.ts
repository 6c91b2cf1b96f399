/* A small stand-in for @tarojs/taro in jest: in-memory storage with spies, navigation spies, no-op hooks. */
// Shared through globalThis so that modules loaded with jest.isolateModules see the same storage and spies.
const g = globalThis as { __taroMock?: { storage: Map<string, unknown>; api: ReturnType<typeof makeApi> } }


function makeApi(memoryStorage: Map<string, unknown>) {
  return {
  getStorageSync: jest.fn((key: string) => (memoryStorage.has(key) ? memoryStorage.get(key) : '')),
  setStorageSync: jest.fn((key: string, value: unknown) => {
    memoryStorage.set(key, value)
  }),
  removeStorageSync: jest.fn((key: string) => {
    memoryStorage.delete(key)
  }),
  getStorageInfoSync: jest.fn(() => ({ keys: [...memoryStorage.keys()], currentSize: 0, limitSize: 10240 })),
  clearStorageSync: jest.fn(() => memoryStorage.clear()),
  getAppBaseInfo: jest.fn(() => ({ fontSizeSetting: 16 })),
  navigateTo: jest.fn(() => Promise.resolve()),
  redirectTo: jest.fn(() => Promise.resolve()),
  switchTab: jest.fn(() => Promise.resolve()),
  navigateBack: jest.fn(() => Promise.resolve()),
  setClipboardData: jest.fn(() => Promise.resolve()),
  showToast: jest.fn(() => Promise.resolve()),
  showModal: jest.fn(() => Promise.resolve({ confirm: true, cancel: false })),
  }
}

if (!g.__taroMock) {
  const storage = new Map<string, unknown>()
  g.__taroMock = { storage, api: makeApi(storage) }
}
export const memoryStorage = g.__taroMock.storage
const Taro = g.__taroMock.api

export const useShareAppMessage = jest.fn()
export const useShareTimeline = jest.fn()
export const useLaunch = jest.fn()
export const useLoad = jest.fn()
export const useDidShow = jest.fn()
export const routerParams: { current: Record<string, string> } = { current: {} }
export const useRouter = jest.fn(() => ({ params: routerParams.current, path: '' }))

/** Clear storage, router params and every spy: test/setup-tests.ts runs this before every test. */
export function resetTaroMock(): void {
  memoryStorage.clear()
  routerParams.current = {}
  Object.values(Taro).forEach((fn) => fn.mockClear())
}

export default Taro
