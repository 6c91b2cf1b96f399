import Taro from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import './index.scss'

export interface PolicyTocProps {
  /** Sections in page order */
  items: readonly { id: string; title: string }[]
  /** Prefix of the section element ids: the section `x` has the id `${prefix}-x` */
  prefix: string
}

/**
 * Scroll the page to a policy section.
 * @param selector CSS selector of the section element
 * @param duration animation time in ms
 */
export function scrollToSection(selector: string, duration = 200): void {
  Taro.pageScrollTo?.({ selector, duration })?.catch?.(() => undefined)
}

/** Tappable section titles at the top of a long policy page. */
export default function PolicyToc({ items, prefix }: PolicyTocProps) {
  return (
    <View className='policy-toc'>
      {items.map((s) => (
        <Text key={s.id} className='policy-toc__item' onClick={() => scrollToSection(`#${prefix}-${s.id}`)} data-toc={s.id}>
          {s.title}
        </Text>
      ))}
    </View>
  )
}
