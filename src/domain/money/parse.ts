import type { Bp, Fen } from '@/domain/vocab'
import { messages, type Checked } from '@/domain/errors'

/** Largest amount accepted anywhere: 1 亿元. Keeps fen × bp products exact in a double. */
export const MAX_FEN: Fen = 10_000_000_000

/** Message for a percentage that cannot be read. */
export const PERCENT_FORMAT = '请填写 0 到 100 之间的数（如 85 表示 85%），最多两位小数'

/** How a decimal is written and bounded: `places` decimals at most, `intDigits` digits before the point, ≤ `max` units. */
export interface DecimalRule {
  places: number
  intDigits: number
  max: number
}

const patterns = new Map<string, RegExp>()

/**
 * Read a plain non-negative decimal exactly into integer units of 10^-places ("12.5" with 2 places → 1250).
 * No sign, exponent or thousands separators; never throws.
 * @param text the trimmed text
 * @param rule decimals, integer digits and the largest value allowed
 * @returns the scaled integer, or null when the text is not such a decimal or exceeds rule.max
 */
export function parseDecimal(text: string, rule: DecimalRule): number | null {
  const key = `${rule.places}.${rule.intDigits}`
  let re = patterns.get(key)
  if (!re) patterns.set(key, (re = new RegExp(`^(\\d{1,${rule.intDigits}})(?:\\.(\\d{1,${rule.places}}))?$`)))
  const m = re.exec(text)
  if (!m) return null
  const units = Number(m[1]) * 10 ** rule.places + Number((m[2] ?? '').padEnd(rule.places, '0'))
  return units > rule.max ? null : units
}

function asText(input: unknown): string | null {
  if (typeof input === 'number') return Number.isFinite(input) ? String(input) : ''
  return typeof input === 'string' ? input.trim() : null
}

/**
 * Parse an amount of yuan, given as a number or a string with at most two decimals, into fen.
 * Rejects negatives, exponents, NaN, empty strings and more than two decimals; never throws.
 * @param input e.g. 1300, "1300.5", " 12.34 "
 * @returns fen, or a Chinese message
 */
export function parseYuan(input: unknown): Checked<Fen, string> {
  if (input === undefined || input === null || input === '') return { ok: false, error: messages.amountMissing }
  const text = asText(input)
  const fen = text === null ? null : parseDecimal(text, { places: 2, intDigits: 9, max: Number.MAX_SAFE_INTEGER })
  if (fen === null) return { ok: false, error: messages.amountFormat }
  return fen > MAX_FEN ? { ok: false, error: messages.amountTooLarge } : { ok: true, value: fen }
}

/**
 * Parse a decimal ratio (0.855, "0.85", 1) exactly into basis points (8550). At most 4 decimals,
 * between 0 and 1; never throws.
 * @param input number or string
 * @returns bp, or a Chinese message
 */
export function parseRatio(input: unknown): Checked<Bp, string> {
  const text = asText(input)
  const bp = text === null ? null : parseDecimal(text, { places: 4, intDigits: 1, max: 10000 })
  return bp === null ? { ok: false, error: messages.ratioFormat } : { ok: true, value: bp }
}

/**
 * Parse a percentage as people write it ("85", "85.5", " 8.55 ") exactly into basis points (8550).
 * Between 0 and 100, at most two decimals; never throws.
 * @param input the text typed
 * @returns bp, or a Chinese message
 */
export function parsePercent(input: string): Checked<Bp, string> {
  const bp = parseDecimal(input.trim(), { places: 2, intDigits: 3, max: 10000 })
  return bp === null ? { ok: false, error: PERCENT_FORMAT } : { ok: true, value: bp }
}
