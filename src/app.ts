import { type PropsWithChildren } from 'react'
import { useLaunch } from '@tarojs/taro'
import '@/lib/dayjs-setup'
import { detectLargeSystemFont } from '@/lib/system-font'
import { useSystemFontStore } from '@/store/settings-store'
import './app.scss'

function App({ children }: PropsWithChildren) {
  useLaunch(() => {
    useSystemFontStore.setState({ large: detectLargeSystemFont() })
  })
  return children
}

export default App
