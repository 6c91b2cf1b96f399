import { useShareAppMessage, useShareTimeline } from '@tarojs/taro'

/**
 * Make the current page shareable to a chat and to 朋友圈. The page config must set
 * `enableShareAppMessage` (and `enableShareTimeline`).
 * @param title share card title
 * @param path a path built by src/routes.ts
 */
export function useSharePage(title: string, path: string): void {
  useShareAppMessage(() => ({ title, path }))
  useShareTimeline(() => ({ title, query: path.split('?')[1] ?? '' }))
}
