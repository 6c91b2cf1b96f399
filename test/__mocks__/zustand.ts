/*
 * Manual mock of the zustand package, after the zustand testing guide (docs/learn/guides/testing.md, "Jest"): every store made
 * with `create` or `createStore` records its initial state, and after each test every store is set back to it and the Taro mock
 * storage the persisted stores write to is emptied, so neither store state nor persisted state leaks from one test to the next.
 *
 * Jest uses it in place of node_modules/zustand without any jest.mock call because it sits in a `__mocks__` folder directly
 * under a jest root (`<rootDir>/test`, see jest.config.js). Inside this file `zustand` is the real package.
 *
 * The reset list and the hook live on globalThis: modules loaded again with jest.isolateModules load this mock again, and their
 * stores join the same list instead of registering a second hook (hooks cannot be added inside a test). test/setup-tests.ts
 * loads this mock before any test so that the hook is always registered at the top level of the test file.
 */
import { act } from 'react'
import type * as Zustand from 'zustand'
import { memoryStorage } from '@test/mocks/taro'

export * from 'zustand'

const { create: actualCreate, createStore: actualCreateStore } = jest.requireActual<typeof Zustand>('zustand')

const g = globalThis as { __zustandStoreResets?: Set<() => void> }

/** Reset functions of every store created in this test file (including isolated copies). */
export const storeResetFns: Set<() => void> = g.__zustandStoreResets ?? new Set()

/** Puts every store back to its initial state, then empties the Taro storage that the reset itself wrote to. */
export function resetAllStores(): void {
  act(() => {
    storeResetFns.forEach((resetFn) => resetFn())
  })
  memoryStorage.clear()
}

if (!g.__zustandStoreResets) {
  g.__zustandStoreResets = storeResetFns
  afterEach(resetAllStores)
}

function track<S extends Zustand.StoreApi<unknown>>(store: S): S {
  // getInitialState() is the state as written in the store's definition: persist keeps it apart from the hydrated state.
  const initialState = store.getInitialState()
  storeResetFns.add(() => store.setState(initialState, true))
  return store
}

const createUncurried = <T>(stateCreator: Zustand.StateCreator<T>) => track(actualCreate(stateCreator))

/** `create`, recording each store for the reset after each test; curried form `create<T>()(...)` included. */
export const create = (<T>(stateCreator?: Zustand.StateCreator<T>) =>
  typeof stateCreator === 'function' ? createUncurried(stateCreator) : createUncurried) as typeof Zustand.create

const createStoreUncurried = <T>(stateCreator: Zustand.StateCreator<T>) => track(actualCreateStore(stateCreator))

/** `createStore`, recording each store for the reset after each test; curried form included. */
export const createStore = (<T>(stateCreator?: Zustand.StateCreator<T>) =>
  typeof stateCreator === 'function' ? createStoreUncurried(stateCreator) : createStoreUncurried) as typeof Zustand.createStore
