import { View, Text } from '@tarojs/components'
import type { Material } from '@/data/guide-types'
import './index.scss'

export interface GuideMaterialsProps {
  /** Every material of the guide once (guideMaterials) */
  materials: Material[]
  /** Ids of the materials ticked off */
  ticked: string[]
  /** Tick a material off, or untick it */
  onToggle: (materialId: string) => void
}

/** The materials checklist: tap a row to tick it off. */
export default function GuideMaterials({ materials, ticked, onToggle }: GuideMaterialsProps) {
  if (!materials.length) return null
  return (
    <View className='card guide-materials' data-section='materials'>
      <Text className='t-h2'>
        要准备的材料（{ticked.length}/{materials.length}）
      </Text>
      <View>
        <Text className='t-small'>准备好一样，点一下打勾。</Text>
      </View>
      {materials.map((m) => {
        const on = ticked.includes(m.id)
        return (
          <View
            key={m.id}
            className={`guide-material ${on ? 'guide-material--on' : ''}`}
            onClick={() => onToggle(m.id)}
            role='checkbox'
            aria-checked={on}
            data-material={m.id}
            data-ticked={on ? 'yes' : 'no'}
          >
            <Text className='guide-material__box'>{on ? '✓' : ''}</Text>
            <View className='guide-material__main'>
              <Text className='guide-material__name'>{m.name}</Text>
              {m.note ? <Text className='guide-material__note'>{m.note}</Text> : null}
            </View>
          </View>
        )
      })}
    </View>
  )
}
