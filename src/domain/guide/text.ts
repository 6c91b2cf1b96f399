import { type Guide } from '@/data/guide-types'
import { PLACE_LABELS, VERIFIED_CONFIDENCES, type Provenance } from '@/domain/vocab'
import { formatDateCn, type GuideDeadline } from '@/domain/guide/deadlines'
import { guideMaterials, type GuideProgress } from '@/domain/guide/progress'

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九']

/**
 * A number from 1 to 99 in Chinese, as in 第十二步.
 * @param n integer 1–99
 */
export function chineseNumber(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 99) throw new RangeError(`1–99: ${n}`)
  if (n < 10) return DIGITS[n]
  const tens = Math.floor(n / 10)
  return `${tens === 1 ? '' : DIGITS[tens]}十${n % 10 ? DIGITS[n % 10] : ''}`
}

/**
 * A source as one line: document, number, and 待核实 unless it is official or officially quoted.
 * @param p the provenance
 */
export function sourceLine(p: Provenance): string {
  const verified = VERIFIED_CONFIDENCES.includes(p.confidence)
  return `${p.document}${p.docNumber ? `（${p.docNumber}）` : ''}${verified ? '' : '（待核实）'}`
}

/**
 * The deadline as text lines: label and date, how it was counted, and its notes.
 * @param d a computed deadline
 */
export function deadlineLines(d: GuideDeadline): string[] {
  const lines = [`${d.label}：${formatDateCn(d.date)}`, `（${d.rule}${d.basis === 'default' ? '，默认值待核实' : ''}）`]
  if (d.note) lines.push(`注意：${d.note}`)
  if (d.ruleNote) lines.push(d.ruleNote)
  return lines
}

/** What to add to the text version. */
export interface GuideTextOptions {
  deadline?: GuideDeadline
  /** Ticked materials get ☑, the rest ☐ */
  progress?: GuideProgress
  /** A link to the page, e.g. the H5 address */
  link?: string
}

/**
 * The plain-text version of a guide for 复制文字版 (to paste into a chat): title, summary, deadline,
 * numbered steps with one action per line, a materials checklist, the local note, sources, and the 12393 line last.
 * @param guide the guide
 * @param options deadline, progress and link to include
 */
export function guideText(guide: Guide, options: GuideTextOptions = {}): string {
  const out = [`【${guide.title}】`, guide.summary]
  if (options.deadline) out.push('', ...deadlineLines(options.deadline))
  guide.steps.forEach((step, i) => {
    out.push('', `第${chineseNumber(i + 1)}步：${step.title}`, ...step.actions.map((a) => `· ${a}`))
    if (step.where.length) out.push(`办理地点：${step.where.map((w) => PLACE_LABELS[w]).join('、')}`)
    if (step.materials.length) out.push(`要带：${step.materials.map((m) => m.name).join('；')}`)
    out.push(...step.tips.map((t) => `提示：${t}`))
  })
  const materials = guideMaterials(guide)
  if (materials.length) {
    const ticked = new Set(options.progress?.materials ?? [])
    out.push('', '材料清单：', ...materials.map((m) => `${ticked.has(m.id) ? '☑' : '☐'} ${m.name}${m.note ? `（${m.note}）` : ''}`))
  }
  if (guide.localNote) out.push('', guide.localNote)
  out.push('', `依据：${guide.sources.map(sourceLine).join('；')}`)
  if (options.link) out.push(`查看详情：${options.link}`)
  out.push('', guide.ending)
  return out.join('\n')
}
