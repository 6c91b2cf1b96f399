/*
 * Fresh copies of the store modules, as an app start loads them: a test seeds the Taro mock storage (memoryStorage) first,
 * then loads, and the persisted stores hydrate from what it seeded, corrupt data included. Every module named in one call comes
 * from the same jest.isolateModules registry, so e.g. a store and the notice store it reports to are the pair the app would have.
 * Stores loaded this way are reset after each test like any other (test/__mocks__/zustand.ts).
 */
interface StoreModules {
  notices: typeof import('@/store/notice-store')
  profile: typeof import('@/store/profile-store')
  history: typeof import('@/store/history-store')
  reminders: typeof import('@/store/reminders-store')
  settings: typeof import('@/store/settings-store')
  family: typeof import('@/store/family-store')
  draft: typeof import('@/store/estimate-draft-store')
  custom: typeof import('@/store/custom-plan-store')
  progress: typeof import('@/store/guide-progress-store')
  safePersist: typeof import('@/store/safe-persist')
  clearAll: typeof import('@/store/clear-all')
  exporter: typeof import('@/lib/export-data')
}

const loaders: { [K in keyof StoreModules]: () => StoreModules[K] } = {
  notices: () => require('@/store/notice-store'),
  profile: () => require('@/store/profile-store'),
  history: () => require('@/store/history-store'),
  reminders: () => require('@/store/reminders-store'),
  settings: () => require('@/store/settings-store'),
  family: () => require('@/store/family-store'),
  draft: () => require('@/store/estimate-draft-store'),
  custom: () => require('@/store/custom-plan-store'),
  progress: () => require('@/store/guide-progress-store'),
  safePersist: () => require('@/store/safe-persist'),
  clearAll: () => require('@/store/clear-all'),
  exporter: () => require('@/lib/export-data'),
}

/**
 * Load fresh copies of modules, in the order named, as one app start.
 * @param names the modules wanted, e.g. loadStores('custom', 'notices')
 * @returns the modules by name
 */
export function loadStores<K extends keyof StoreModules>(...names: K[]): Pick<StoreModules, K> {
  const mods = {} as Pick<StoreModules, K>
  jest.isolateModules(() => {
    for (const name of names) mods[name] = loaders[name]()
  })
  return mods
}
