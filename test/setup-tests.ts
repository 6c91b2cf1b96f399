/*
 * Runs before every test file of both jest projects (setupFilesAfterEnv in jest.config.js).
 *
 * Loading zustand here loads its mock (test/__mocks__/zustand.ts) at the top level of every test file, so its afterEach hook
 * (every store back to its initial state, then the Taro mock storage emptied) is registered even in files that first create
 * stores inside a test with jest.isolateModules.
 */
import 'zustand'
import { resetTaroMock } from '@test/mocks/taro'

// The Taro spies and router params start clean in every test (the storage too, already emptied after the last test).
beforeEach(() => resetTaroMock())
