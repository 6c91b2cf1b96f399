import type { Bp } from '@/domain/vocab'
import { messages, type Checked } from '@/domain/errors'

const RATIO = /^(?:0(?:\.(\d{1,4}))?|1(?:\.0{1,4})?)$/

/**
 * Parse a decimal ratio (0.855, "0.85", 1) exactly into basis points (8550). At most 4 decimals,
 * between 0 and 1; never throws.
 * @param input number or string
 * @returns bp, or a Chinese message
 */
export function parseRatio(input: unknown): Checked<Bp, string> {
  let text: string
  if (typeof input === 'number') text = Number.isFinite(input) ? String(input) : ''
  else if (typeof input === 'string') text = input.trim()
  else return { ok: false, error: messages.ratioFormat }
  const m = RATIO.exec(text)
  if (!m) return { ok: false, error: messages.ratioFormat }
  return { ok: true, value: text.startsWith('1') ? 10000 : Number((m[1] ?? '').padEnd(4, '0')) }
}
