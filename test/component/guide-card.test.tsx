import { render, screen, fireEvent } from '@testing-library/react'
import GuideCardMaker from '@/package-guide/components/card-maker'
import { drawCard, measureWith, cardFont, CARD_WIDTH, type CardContext } from '@/package-guide/components/card-maker/draw'
import { layoutGuideCard } from '@/domain/guide/card'
import { findGuide } from '@/package-guide/data/guides'
import { useNoticeStore } from '@/store/notice-store'

/** A 2D context that records what is painted; every character is `size` px wide. */
function recorder() {
  const calls: string[] = []
  const ctx: CardContext & { calls: string[] } = {
    calls,
    font: '',
    fillStyle: '',
    textBaseline: '',
    measureText: (t: string) => ({ width: [...t].length * Number(/(\d+(\.\d+)?)px/.exec(ctx.font)?.[1] ?? 0) }),
    fillRect: (x, y, w, h) => void calls.push(`rect ${x},${y},${w},${h} ${ctx.fillStyle}`),
    fillText: (t, x, y) => void calls.push(`text ${t} @${x},${y} ${ctx.font}`),
    beginPath: () => void calls.push('path'),
    moveTo: () => undefined,
    arcTo: () => undefined,
    closePath: () => undefined,
    fill: () => void calls.push(`fill ${ctx.fillStyle}`),
  }
  return ctx
}

const guide = findGuide('late-filing')!

beforeEach(() => {
  jest.restoreAllMocks()
})

test('drawCard paints every laid-out op in order, top baseline, rounded boxes as paths', () => {
  const ctx = recorder()
  const layout = layoutGuideCard({ guide, width: CARD_WIDTH, measure: measureWith(ctx) })
  drawCard(ctx, layout)
  expect(ctx.textBaseline).toBe('top')
  const texts = ctx.calls.filter((c) => c.startsWith('text '))
  expect(texts).toHaveLength(layout.ops.filter((o) => o.type === 'text').length)
  expect(texts[0]).toContain('医保小帮手 · 办事卡')
  expect(texts.some((t) => t.includes('第一步  先告诉医院您还没备案') && t.includes('bold'))).toBe(true)
  expect(texts.at(-1)).toMatch(/12393|参保地医保局/)
  expect(ctx.calls[0]).toBe(`rect 0,0,750,${layout.height} #ffffff`)
  expect(cardFont(28)).toMatch(/^28px /)
})

test('rounded rectangles (the deadline box) are filled as paths', () => {
  const ctx = recorder()
  drawCard(ctx, { width: 100, height: 100, ops: [{ type: 'rect', x: 0, y: 0, width: 100, height: 50, color: '#fff4e5', radius: 8 }] })
  expect(ctx.calls).toEqual(['path', 'fill #fff4e5'])
})

test('H5: 生成办事卡 draws on a canvas and shows the PNG with a 长按保存 hint', () => {
  const ctx = recorder()
  jest.spyOn(HTMLCanvasElement.prototype, 'getContext').mockImplementation(() => ctx as unknown as RenderingContext)
  const toDataURL = jest.spyOn(HTMLCanvasElement.prototype, 'toDataURL').mockImplementation(function (this: HTMLCanvasElement) {
    return `data:image/png;base64,${this.width}x${this.height}`
  })
  const { container } = render(<GuideCardMaker guide={guide} />)
  fireEvent.click(screen.getByText('生成办事卡（图片）'))
  expect(toDataURL).toHaveBeenCalledWith('image/png')
  const src = container.querySelector('img')?.getAttribute('src')
  expect(src).toMatch(/^data:image\/png;base64,750x\d+$/)
  expect(screen.getByText('长按图片保存到手机，或直接发给家人。')).toBeTruthy()
  expect(screen.getByText('重新生成办事卡')).toBeTruthy()
})

test('H5: a canvas failure leaves a notice pointing to 复制文字版, no crash', () => {
  jest.spyOn(HTMLCanvasElement.prototype, 'getContext').mockImplementation(() => {
    throw new Error('no canvas')
  })
  const { container } = render(<GuideCardMaker guide={guide} />)
  fireEvent.click(screen.getByText('生成办事卡（图片）'))
  expect(container.querySelector('img')).toBeNull()
  expect(useNoticeStore.getState().notices.map((n) => n.text)).toEqual(['办事卡没有生成成功，可以先用“复制文字版”发给家人。'])
})
