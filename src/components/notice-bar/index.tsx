import { View, Text } from '@tarojs/components'
import { useNoticeStore } from '@/store/notice-store'
import './index.scss'

/** Pending notices, each closable; a notice is shown until the user closes it. */
export default function NoticeBar() {
  const notices = useNoticeStore((s) => s.notices)
  const dismiss = useNoticeStore((s) => s.dismiss)
  if (notices.length === 0) return null
  return (
    <View className='notice-bar'>
      {notices.map((n) => (
        <View key={n.id} className={`notice-bar__item notice-bar__item--${n.tone}`} role='alert'>
          <Text className='notice-bar__text'>{n.text}</Text>
          <Text className='notice-bar__close' onClick={() => dismiss(n.id)}>
            知道了
          </Text>
        </View>
      ))}
    </View>
  )
}
