import Taro from '@tarojs/taro'
import { Button } from '@tarojs/components'
import { h5Url } from '@/routes'

export interface ShareButtonProps {
  /** Path from src/routes.ts that reproduces this page */
  path: string
  /**
   * Button text
   * @default '发给家人'
   */
  label?: string
}

/** WeChat: opens the share sheet. H5: copies a link that opens this page as it is now. */
export default function ShareButton({ path, label = '发给家人' }: ShareButtonProps) {
  if (process.env.TARO_ENV === 'weapp') {
    return (
      <Button className='btn btn--plain' openType='share'>
        {label}
      </Button>
    )
  }
  const copy = () => {
    const url = h5Url(path, window.location.origin + window.location.pathname.replace(/\/$/, ''))
    Taro.setClipboardData({ data: url }).catch(() => Taro.showToast({ title: '复制失败，请手动复制地址栏', icon: 'none' }))
  }
  return (
    <Button className='btn btn--plain' onClick={copy} data-share-path={path}>
      {label}（复制链接）
    </Button>
  )
}
