import type { Bp } from '@/domain/vocab'
import type { Checked } from '@/domain/errors'
import { percentNumber } from '@/domain/money/format-ratio'

/** Message for a percentage that cannot be read. */
export const PERCENT_FORMAT = '请填写 0 到 100 之间的数（如 85 表示 85%），最多两位小数'

const PERCENT = /^(\d{1,3})(?:\.(\d{1,2}))?$/

/**
 * Parse a percentage as people write it ("85", "85.5", " 8.55 ") exactly into basis points (8550).
 * Between 0 and 100, at most two decimals; never throws.
 * @param input the text typed
 * @returns bp, or a Chinese message
 */
export function parsePercent(input: string): Checked<Bp, string> {
  const m = PERCENT.exec(input.trim())
  if (!m) return { ok: false, error: PERCENT_FORMAT }
  const bp = Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'))
  return bp > 10000 ? { ok: false, error: PERCENT_FORMAT } : { ok: true, value: bp }
}

/**
 * Basis points as the text a person would type: 8550 → "85.5".
 * @param bp integer ratio, 0–10000
 */
export function percentText(bp: Bp): string {
  return percentNumber(bp)
}
