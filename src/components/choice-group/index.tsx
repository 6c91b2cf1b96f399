import { View, Text } from '@tarojs/components'
import './index.scss'

export interface ChoiceOption<T extends string | number> {
  value: T
  label: string
}

export interface ChoiceGroupProps<T extends string | number> {
  /** ASCII name, used for test hooks (data-choice="name-value") */
  name: string
  /** Question shown above the options */
  label: string
  options: readonly ChoiceOption<T>[]
  /** Selected value, or null for none */
  value: T | null
  onChange: (value: T) => void
  /** Chinese error shown under the options */
  error?: string
}

/** A row of large tappable options: one of them is chosen. */
export default function ChoiceGroup<T extends string | number>({ name, label, options, value, onChange, error }: ChoiceGroupProps<T>) {
  return (
    <View className='choice-group'>
      <Text className='choice-group__label'>{label}</Text>
      <View className='choice-group__options' role='radiogroup'>
        {options.map((o) => (
          <View
            key={String(o.value)}
            className={`choice-group__option ${o.value === value ? 'choice-group__option--on' : ''}`}
            role='radio'
            aria-checked={o.value === value}
            data-choice={`${name}-${o.value}`}
            onClick={() => onChange(o.value)}
          >
            {o.label}
          </View>
        ))}
      </View>
      {error ? <Text className='field-error'>{error}</Text> : null}
    </View>
  )
}
