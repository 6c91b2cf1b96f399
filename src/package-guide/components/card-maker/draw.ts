import type { CardLayout, MeasureText } from '@/domain/guide/card'

/** Card width in canvas px: the 750 design width, so the PNG reads well on a phone. */
export const CARD_WIDTH = 750

const FAMILY = "'PingFang SC', 'Noto Sans CJK SC', 'Source Han Sans SC', 'Microsoft YaHei', sans-serif"

/** The part of a 2D canvas context the card uses (the same on H5 and on WeChat's Canvas 2d). */
export interface CardContext {
  font: string
  fillStyle: unknown
  textBaseline: string
  measureText: (text: string) => { width: number }
  fillRect: (x: number, y: number, w: number, h: number) => void
  fillText: (text: string, x: number, y: number) => void
  beginPath: () => void
  moveTo: (x: number, y: number) => void
  arcTo: (x1: number, y1: number, x2: number, y2: number, r: number) => void
  closePath: () => void
  fill: () => void
}

/**
 * The CSS font for a card text.
 * @param size px
 * @param bold bold weight
 */
export function cardFont(size: number, bold = false): string {
  return `${bold ? 'bold ' : ''}${size}px ${FAMILY}`
}

/**
 * A measure function over a canvas context, for layoutGuideCard.
 * @param ctx the context the card is drawn on
 */
export function measureWith(ctx: CardContext): MeasureText {
  return (text, size) => {
    ctx.font = cardFont(size, true)
    return ctx.measureText(text).width
  }
}

/**
 * Paint a laid-out card: rectangles (rounded when asked) and lines of text, in order.
 * @param ctx a 2D context of a canvas at least layout.width × layout.height
 * @param layout from layoutGuideCard
 */
export function drawCard(ctx: CardContext, layout: CardLayout): void {
  ctx.textBaseline = 'top'
  for (const op of layout.ops) {
    if (op.type === 'rect') {
      ctx.fillStyle = op.color
      const r = Math.min(op.radius ?? 0, op.width / 2, op.height / 2)
      if (r > 0) {
        ctx.beginPath()
        ctx.moveTo(op.x + r, op.y)
        ctx.arcTo(op.x + op.width, op.y, op.x + op.width, op.y + op.height, r)
        ctx.arcTo(op.x + op.width, op.y + op.height, op.x, op.y + op.height, r)
        ctx.arcTo(op.x, op.y + op.height, op.x, op.y, r)
        ctx.arcTo(op.x, op.y, op.x + op.width, op.y, r)
        ctx.closePath()
        ctx.fill()
      } else ctx.fillRect(op.x, op.y, op.width, op.height)
    } else {
      ctx.font = cardFont(op.fontSize, op.bold)
      ctx.fillStyle = op.color
      ctx.fillText(op.text, op.x, op.y)
    }
  }
}
