import { type PropsWithChildren } from 'react'
import { View } from '@tarojs/components'
import { useElderMode } from '@/store/settings-store'
import NoticeBar from '@/components/notice-bar'

export interface PageShellProps {
  /**
   * Extra class for the page root
   * @default ''
   */
  className?: string
}

/** Root of every page: applies 长辈模式 and shows pending notices (storage recovery, bad links). */
export default function PageShell({ className = '', children }: PropsWithChildren<PageShellProps>) {
  const elder = useElderMode()
  return (
    <View className={`page ${elder ? 'page--elder' : ''} ${className}`} data-elder={elder ? 'on' : 'off'}>
      <NoticeBar />
      {children}
    </View>
  )
}
