import Taro from '@tarojs/taro'

/**
 * Synchronous string storage over Taro storage (WeChat storage or localStorage on H5).
 * Synchronous so persisted stores hydrate at creation. WeChat returns '' for a missing key, hence `|| null`.
 */
export const taroStorage = {
  /** @returns the stored string, or null when missing or not a string */
  getItem(key: string): string | null {
    const value: unknown = Taro.getStorageSync(key)
    if (value === '' || value === undefined || value === null) return null
    return typeof value === 'string' ? value : JSON.stringify(value)
  },
  /** Throws when the platform refuses the write (quota). */
  setItem(key: string, value: string): void {
    Taro.setStorageSync(key, value)
  },
  removeItem(key: string): void {
    Taro.removeStorageSync(key)
  },
}
