import type { PersistOptions, PersistStorage, StorageValue } from 'zustand/middleware'
import { taroStorage } from '@/store/taro-storage'
import { notify } from '@/store/notice-store'

/** WeChat limit for one storage key. */
export const MAX_KEY_BYTES = 1024 * 1024

/** UTF-8 byte length of a string. */
export function utf8Bytes(text: string): number {
  let bytes = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c < 0x80) bytes += 1
    else if (c < 0x800) bytes += 2
    else if (c >= 0xd800 && c <= 0xdbff) {
      bytes += 4
      i++
    } else bytes += 3
  }
  return bytes
}

function isStorageValue(v: unknown): v is StorageValue<unknown> {
  return typeof v === 'object' && v !== null && 'state' in v && typeof (v as { version?: unknown }).version === 'number'
}

function corrupted(label: string): string {
  return `您保存的「${label}」无法读取，已恢复为初始状态；其他数据不受影响。`
}

function storageFor<P>(label: string): PersistStorage<P> {
  return {
    getItem: (name) => {
      let raw: string | null
      try {
        raw = taroStorage.getItem(name)
      } catch {
        notify(corrupted(label), 'error')
        return null
      }
      if (raw === null) return null
      try {
        const parsed: unknown = JSON.parse(raw)
        if (!isStorageValue(parsed)) throw new Error('shape')
        return parsed as StorageValue<P>
      } catch {
        taroStorage.removeItem(name)
        notify(corrupted(label), 'error')
        return null
      }
    },
    setItem: (name, value) => {
      const text = JSON.stringify(value)
      if (utf8Bytes(text) > MAX_KEY_BYTES) {
        notify(`「${label}」内容太多，超过了单项 1 MB 的存储上限，这次没有保存；之前保存的内容没有改动。`, 'error')
        return
      }
      try {
        taroStorage.setItem(name, text)
      } catch {
        notify(`「${label}」保存失败，手机存储空间可能已满；之前保存的内容没有改动。`, 'error')
      }
    },
    removeItem: (name) => taroStorage.removeItem(name),
  }
}

export interface SafePersistConfig<S, P> {
  /** Storage key, ASCII */
  name: string
  /** Chinese name of this data for messages, e.g. 个人资料 */
  label: string
  version: number
  /** Only user data: what is stored */
  partialize: (state: S) => P
  /** Checks stored data of the current version; null when it is unusable */
  sanitize: (persisted: unknown) => P | null
  /** Upgrades data of an older version; null when it cannot */
  migrate?: (persisted: unknown, fromVersion: number) => P | null
}

/**
 * Persist options shared by every store: versioned, migrated, and corruption-safe per key.
 * Unreadable, malformed or unmigratable data resets this key alone and tells the user once.
 * @returns options for zustand's persist middleware
 */
export function safePersist<S, P>(cfg: SafePersistConfig<S, P>): PersistOptions<S, P> {
  const reset = () => {
    taroStorage.removeItem(cfg.name)
    notify(corrupted(cfg.label), 'error')
  }
  return {
    name: cfg.name,
    version: cfg.version,
    storage: storageFor<P>(cfg.label),
    partialize: cfg.partialize,
    migrate: (persisted, fromVersion) => {
      const upgraded = fromVersion < cfg.version && cfg.migrate ? cfg.migrate(persisted, fromVersion) : null
      if (upgraded === null) reset()
      return upgraded as P
    },
    merge: (persisted, current) => {
      if (persisted === undefined || persisted === null) return current
      const clean = cfg.sanitize(persisted)
      if (clean === null) {
        reset()
        return current
      }
      return { ...current, ...clean }
    },
  }
}
