import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import './index.scss'

export interface HelpTipProps {
  /** The question shown as a link, e.g. 什么是乙类？ */
  question: string
  /** Plain-words answer */
  answer: string
}

/** A "what does this mean?" link that opens its answer in place. */
export default function HelpTip({ question, answer }: HelpTipProps) {
  const [open, setOpen] = useState(false)
  return (
    <View className='help-tip'>
      <Text className='help-tip__q' onClick={() => setOpen(!open)}>
        {open ? '收起' : question}
      </Text>
      {open ? <View className='help-tip__a t-small'>{answer}</View> : null}
    </View>
  )
}
