import { View, Text, Input } from '@tarojs/components'
import HelpTip from '@/components/help-tip'
import './index.scss'

export interface AmountFieldProps {
  /** ASCII id for the input (test hook and label target) */
  id: string
  label: string
  /** Text as typed, in 元 */
  value: string
  onInput: (text: string) => void
  /** Chinese error shown under the field */
  error?: string
  /** Optional "what is this?" help */
  help?: { question: string; answer: string }
  /**
   * Placeholder text
   * @default '0.00'
   */
  placeholder?: string
  /**
   * Unit after the input
   * @default '元'
   */
  unit?: string
}

/** A money (or number) input with its label, unit, help and error. Keeps exactly what was typed. */
export default function AmountField({ id, label, value, onInput, error, help, placeholder = '0.00', unit = '元' }: AmountFieldProps) {
  return (
    <View className={`amount-field ${error ? 'amount-field--error' : ''}`}>
      <Text className='amount-field__label'>{label}</Text>
      {help ? <HelpTip question={help.question} answer={help.answer} /> : null}
      <View className='amount-field__box input-box'>
        <Input
          id={id}
          className='amount-field__input'
          type='digit'
          value={value}
          placeholder={placeholder}
          onInput={(e) => onInput(e.detail.value)}
        />
        <Text className='amount-field__unit'>{unit}</Text>
      </View>
      {error ? <Text className='field-error' data-error-for={id}>{error}</Text> : null}
    </View>
  )
}
