import { useEffect, useState } from 'react'
import Taro from '@tarojs/taro'
import { View, Text, Button, Image, Canvas } from '@tarojs/components'
import type { Guide } from '@/data/guide-types'
import type { GuideDeadline } from '@/domain/guide/deadlines'
import { layoutGuideCard } from '@/domain/guide/card'
import { notify } from '@/store/notice-store'
import { CARD_WIDTH, drawCard, measureWith, type CardContext } from '@/package-guide/components/card-maker/draw'
import './index.scss'

export interface GuideCardMakerProps {
  guide: Guide
  /** The computed deadline, printed on the card when set */
  deadline?: GuideDeadline
}

const CANVAS_ID = 'guide-card-canvas'
const FAILED = '办事卡没有生成成功，可以先用“复制文字版”发给家人。'

interface CardCanvas {
  width: number
  height: number
  getContext: (kind: '2d') => unknown
}

/** Lay the card out on `canvas` and paint it. */
function paint(canvas: CardCanvas, guide: Guide, deadline?: GuideDeadline): void {
  const ctx = canvas.getContext('2d') as CardContext
  const layout = layoutGuideCard({ guide, deadline, width: CARD_WIDTH, measure: measureWith(ctx) })
  canvas.width = CARD_WIDTH
  canvas.height = Math.ceil(layout.height)
  drawCard(ctx, layout)
}

/** H5: an off-screen canvas turned into a PNG data URL. */
function makeH5(guide: Guide, deadline?: GuideDeadline): string {
  const canvas = document.createElement('canvas')
  paint(canvas as unknown as CardCanvas, guide, deadline)
  return canvas.toDataURL('image/png')
}

/** WeChat: the page's Canvas 2d node, then a temporary PNG file. */
function makeWeapp(guide: Guide, deadline: GuideDeadline | undefined, done: (path: string) => void): void {
  Taro.createSelectorQuery()
    .select(`#${CANVAS_ID}`)
    .fields({ node: true, size: true })
    .exec((res: { node?: CardCanvas }[]) => {
      const canvas = res?.[0]?.node
      if (!canvas) return notify(FAILED, 'error')
      try {
        paint(canvas, guide, deadline)
      } catch {
        return notify(FAILED, 'error')
      }
      Taro.canvasToTempFilePath({
        canvas: canvas as unknown as Taro.canvasToTempFilePath.Option['canvas'],
        fileType: 'png',
        success: (r) => done(r.tempFilePath),
        fail: () => notify(FAILED, 'error'),
      })
    })
}

/** 生成办事卡: draws the guide as a PNG (steps, materials, deadline, 12393) to save or send; shows it with a 长按保存 hint. */
export default function GuideCardMaker({ guide, deadline }: GuideCardMakerProps) {
  const [src, setSrc] = useState('')
  const weapp = process.env.TARO_ENV === 'weapp'
  useEffect(() => setSrc(''), [guide, deadline])
  const make = () => {
    if (weapp) {
      makeWeapp(guide, deadline, (path) => {
        setSrc(path)
        Taro.previewImage({ urls: [path] })
      })
      return
    }
    try {
      setSrc(makeH5(guide, deadline))
    } catch {
      notify(FAILED, 'error')
    }
  }
  const saveToAlbum = () =>
    Taro.saveImageToPhotosAlbum({ filePath: src })
      .then(() => Taro.showToast({ title: '已保存到相册', icon: 'none' }))
      .catch(() => Taro.showToast({ title: '没能保存，请点图片后长按保存', icon: 'none' }))
  return (
    <View className='guide-card'>
      <Button className='btn btn--plain' onClick={make} data-action='make-card'>
        {src ? '重新生成办事卡' : '生成办事卡（图片）'}
      </Button>
      {weapp ? <Canvas type='2d' id={CANVAS_ID} className='guide-card__canvas' /> : null}
      {src ? (
        <View className='guide-card__result' data-card-ready='yes'>
          <Text className='guide-card__hint'>{weapp ? '点图片可以放大，长按保存或发给家人。' : '长按图片保存到手机，或直接发给家人。'}</Text>
          <Image className='guide-card__image' src={src} mode='widthFix' showMenuByLongpress />
          {weapp ? (
            <Button className='btn' onClick={saveToAlbum} data-action='save-card'>
              保存到相册
            </Button>
          ) : null}
        </View>
      ) : null}
    </View>
  )
}
