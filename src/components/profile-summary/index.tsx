import { View, Text } from '@tarojs/components'
import { useProfileStore } from '@/store/profile-store'
import { profileLabels } from '@/lib/profile-labels'

export interface ProfileSummaryProps {
  /** Called when the user taps 修改 */
  onEdit: () => void
}

/** One line about who the user is, with 修改; or a prompt to fill it in. */
export default function ProfileSummary({ onEdit }: ProfileSummaryProps) {
  const profile = useProfileStore()
  const l = profileLabels(profile)
  const empty = !profile.regionId && !profile.scheme
  return (
    <View className='profile-summary' onClick={onEdit} data-action='edit-profile'>
      {empty ? (
        <Text className='t-body'>还没有填写参保信息。填好后，测算和指南会自动按您的情况显示。</Text>
      ) : (
        <Text className='t-body'>
          {l.region} · {l.scheme}
          {profile.scheme === 'employee' ? ` · ${l.status}` : ''} · {l.ageBand}
        </Text>
      )}
      <View>
        <Text className='link-text'>{empty ? '去填写 ›' : '修改 ›'}</Text>
      </View>
    </View>
  )
}
