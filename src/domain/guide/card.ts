import type { Guide } from '@/data/guide-types'
import { formatDateCn, type GuideDeadline } from '@/domain/guide/deadlines'
import { chineseNumber } from '@/domain/guide/text'
import { guideMaterials } from '@/domain/guide/progress'

/** Width in px of `text` drawn at `fontSize` px (the page passes the canvas's measureText). */
export type MeasureText = (text: string, fontSize: number) => number

/** A filled rectangle. */
export interface RectOp {
  type: 'rect'
  x: number
  y: number
  width: number
  height: number
  color: string
  radius?: number
}

/** One line of text; `y` is the top of the line box (draw with textBaseline 'top'). */
export interface TextOp {
  type: 'text'
  x: number
  y: number
  text: string
  fontSize: number
  color: string
  bold?: boolean
}

/** One drawing operation, in painting order. */
export type DrawOp = RectOp | TextOp

/** The laid-out card: draw `ops` in order on a canvas `width` × `height`. */
export interface CardLayout {
  width: number
  height: number
  ops: DrawOp[]
}

/** What goes on the card. */
export interface CardInput {
  guide: Guide
  deadline?: GuideDeadline
  /** Canvas width in px */
  width: number
  measure: MeasureText
}

const COLORS = { page: '#ffffff', brand: '#14705a', onBrand: '#ffffff', text: '#1f2329', muted: '#5c6670', warnBg: '#fff4e5', warn: '#ad4e00', rule: '#e5e6eb' }
const CLOSING = /^[，。、；：！？）》」』”’,.;:!?)\]%]$/
const OPENING = /^[（《「『“‘(\[]$/
const TOKEN = /[A-Za-z0-9.%-]+|[\s\S]/gu

function tokenize(text: string, maxWidth: number, fontSize: number, measure: MeasureText): string[] {
  return (text.match(TOKEN) ?? []).flatMap((t) => (t.length > 1 && measure(t, fontSize) > maxWidth ? [...t] : [t]))
}

// Where to end the line when `tok` does not fit: before the character a closing mark follows, and before
// any opening marks; if that carried part would not fit on the next line, end the line where it is.
function breakAt(cur: string[], tok: string, maxWidth: number, fontSize: number, measure: MeasureText): number {
  let k = cur.length
  if (CLOSING.test(tok)) {
    while (k > 1 && CLOSING.test(cur[k - 1])) k--
    if (k > 1) k--
  }
  while (k > 1 && OPENING.test(cur[k - 1])) k--
  return measure(cur.slice(k).join('') + tok, fontSize) <= maxWidth ? k : cur.length
}

/**
 * Break text into lines no wider than `maxWidth` by measured width: Chinese between any two characters,
 * Latin words and numbers kept whole when they fit; a closing mark never starts a line and an opening mark
 * never ends one. A single character wider than `maxWidth` gets a line of its own.
 * @param text the text
 * @param maxWidth px
 * @param fontSize px
 * @param measure the width function
 */
export function wrapText(text: string, maxWidth: number, fontSize: number, measure: MeasureText): string[] {
  const lines: string[] = []
  let cur: string[] = []
  for (const tok of tokenize(text, maxWidth, fontSize, measure)) {
    if (!cur.length || measure(cur.join('') + tok, fontSize) <= maxWidth) {
      cur.push(tok)
      continue
    }
    const k = breakAt(cur, tok, maxWidth, fontSize, measure)
    lines.push(cur.slice(0, k).join(''))
    cur = [...cur.slice(k), tok]
  }
  if (cur.length) lines.push(cur.join(''))
  return lines
}

/**
 * Lay out the PNG 办事卡 of a guide: a title band, the deadline box, the steps with one action per line,
 * the materials checklist, the local note and the 12393 line, all scaled to `width` (750 = design size).
 * @param input guide, optional deadline, canvas width and measure function
 */
export function layoutGuideCard({ guide, deadline, width, measure }: CardInput): CardLayout {
  const s = width / 750
  const pad = 40 * s
  const inner = width - 2 * pad
  const ops: DrawOp[] = []
  const page: RectOp = { type: 'rect', x: 0, y: 0, width, height: 0, color: COLORS.page }
  ops.push(page)
  let y = 0

  const para = (text: string, size: number, color: string, opts: { bold?: boolean; x?: number; width?: number; prefix?: string } = {}) => {
    const x = opts.x ?? pad
    const prefixWidth = opts.prefix ? measure(opts.prefix, size * s) : 0
    const lines = wrapText(text, (opts.width ?? inner) - prefixWidth, size * s, measure)
    lines.forEach((line, i) => {
      if (i === 0 && opts.prefix) ops.push({ type: 'text', x, y, text: opts.prefix, fontSize: size * s, color, bold: opts.bold })
      ops.push({ type: 'text', x: x + prefixWidth, y, text: line, fontSize: size * s, color, bold: opts.bold })
      y += size * s * 1.5
    })
  }
  const gap = (n: number) => { y += n * s }

  const band: RectOp = { type: 'rect', x: 0, y: 0, width, height: 0, color: COLORS.brand }
  ops.push(band)
  gap(32)
  para('医保小帮手 · 办事卡', 24, COLORS.onBrand)
  gap(8)
  para(guide.title, 40, COLORS.onBrand, { bold: true })
  gap(24)
  band.height = y
  gap(28)
  para(guide.summary, 28, COLORS.muted)

  if (deadline) {
    gap(24)
    const box: RectOp = { type: 'rect', x: pad, y, width: inner, height: 0, color: COLORS.warnBg, radius: 16 * s }
    ops.push(box)
    gap(20)
    const boxText = { x: pad + 24 * s, width: inner - 48 * s }
    para(deadline.label, 26, COLORS.warn, boxText)
    para(formatDateCn(deadline.date), 34, COLORS.warn, { ...boxText, bold: true })
    para(`${deadline.rule}${deadline.basis === 'default' ? '（默认值，待核实）' : ''}`, 24, COLORS.warn, boxText)
    if (deadline.note) para(deadline.note, 24, COLORS.warn, boxText)
    gap(20)
    box.height = y - box.y
  }

  guide.steps.forEach((step, i) => {
    gap(28)
    para(`第${chineseNumber(i + 1)}步  ${step.title}`, 30, COLORS.text, { bold: true })
    step.actions.forEach((a) => para(a, 28, COLORS.text, { prefix: '· ' }))
  })

  const materials = guideMaterials(guide)
  if (materials.length) {
    gap(32)
    ops.push({ type: 'rect', x: pad, y, width: inner, height: Math.max(1, 2 * s), color: COLORS.rule })
    gap(24)
    para('要准备的材料', 30, COLORS.text, { bold: true })
    materials.forEach((m) => para(m.name, 28, COLORS.text, { prefix: '☐ ' }))
  }
  if (guide.localNote) {
    gap(24)
    para(guide.localNote, 24, COLORS.muted)
  }
  gap(24)
  para(guide.ending, 26, COLORS.brand, { bold: true })
  gap(40)
  page.height = y
  return { width, height: y, ops }
}
