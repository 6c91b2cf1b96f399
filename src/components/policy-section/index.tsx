import { View, Text } from '@tarojs/components'
import PolicyRowView from '@/components/policy-row'
import type { PolicySection } from '@/domain/policy/rows'
import './index.scss'

export interface PolicySectionViewProps {
  /** A section built by src/domain/policy-rows*.ts */
  section: PolicySection
  /** Element id, unique across pages, for scrolling to the section (`#${anchor}`) */
  anchor: string
  /**
   * Mark the section as the one the link asked for
   * @default false
   */
  highlighted?: boolean
}

/** A card with one section of a policy page: its groups, their notes and rows. */
export default function PolicySectionView({ section, anchor, highlighted = false }: PolicySectionViewProps) {
  return (
    <View id={anchor} className={`card policy-section ${highlighted ? 'policy-section--highlighted' : ''}`} data-section={section.id}>
      <Text className='t-h2 policy-section__title'>{section.title}</Text>
      {section.groups.map((g) => (
        <View key={g.id} className='policy-section__group' data-group={g.id}>
          {g.title ? <Text className='policy-section__group-title'>{g.title}</Text> : null}
          {g.note ? <Text className='policy-section__note t-small'>{g.note}</Text> : null}
          {g.rows.map((r) => (
            <PolicyRowView key={r.id} row={r} />
          ))}
        </View>
      ))}
    </View>
  )
}
