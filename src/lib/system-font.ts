import Taro from '@tarojs/taro'

/** A system font at or above this size (px) switches 长辈模式 on automatically (WeChat 标准 is 16–17). */
export const LARGE_FONT_PX = 20

/**
 * Whether the user has enlarged the system / browser font.
 * WeChat: getAppBaseInfo().fontSizeSetting. H5: the computed size of `font-size: medium`, which follows the
 * browser's font size setting.
 * @returns true when the font is large enough to warrant 长辈模式
 */
export function detectLargeSystemFont(): boolean {
  try {
    if (process.env.TARO_ENV === 'h5') {
      const probe = document.createElement('div')
      probe.style.cssText = 'position:absolute;visibility:hidden;font-size:medium'
      document.body.appendChild(probe)
      const px = parseFloat(getComputedStyle(probe).fontSize)
      probe.remove()
      return px >= LARGE_FONT_PX
    }
    const info = Taro.getAppBaseInfo?.() as { fontSizeSetting?: number } | undefined
    return (info?.fontSizeSetting ?? 0) >= LARGE_FONT_PX
  } catch {
    return false
  }
}
