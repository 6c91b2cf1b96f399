import type { Fen } from '@/domain/types'
import { messages, type Checked } from '@/domain/errors'

/** Largest amount accepted anywhere: 1 亿元. Keeps fen × bp products exact in a double. */
export const MAX_FEN: Fen = 10_000_000_000

const YUAN = /^(\d{1,9})(?:\.(\d{1,2}))?$/

/**
 * Parse an amount of yuan, given as a number or a string with at most two decimals, into fen.
 * Rejects negatives, exponents, NaN, empty strings and more than two decimals; never throws.
 * @param input e.g. 1300, "1300.5", " 12.34 "
 * @returns fen, or a Chinese message
 */
export function parseYuan(input: unknown): Checked<Fen, string> {
  if (input === undefined || input === null || input === '') return { ok: false, error: messages.amountMissing }
  let text: string
  if (typeof input === 'number') text = Number.isFinite(input) ? String(input) : ''
  else if (typeof input === 'string') text = input.trim()
  else return { ok: false, error: messages.amountFormat }
  const m = YUAN.exec(text)
  if (!m) return { ok: false, error: messages.amountFormat }
  const fen = Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'))
  if (fen > MAX_FEN) return { ok: false, error: messages.amountTooLarge }
  return { ok: true, value: fen }
}

function groupThousands(digits: string): string {
  let out = ''
  for (let i = 0; i < digits.length; i++) {
    if (i > 0 && (digits.length - i) % 3 === 0) out += ','
    out += digits[i]
  }
  return out
}

function split(fen: Fen): [sign: string, yuan: string, cents: string] {
  const abs = Math.abs(fen)
  const cents = abs % 100
  return [fen < 0 ? '-' : '', String((abs - cents) / 100), cents < 10 ? `0${cents}` : String(cents)]
}

/**
 * Plain yuan string with two decimals, no grouping: 130000 → "1300.00". Used in JSON output.
 * @param fen integer amount
 */
export function toYuanString(fen: Fen): string {
  const [sign, yuan, cents] = split(fen)
  return `${sign}${yuan}.${cents}`
}

/**
 * Grouped yuan figure without unit: 130000 → "1,300.00".
 * @param fen integer amount
 */
export function formatAmount(fen: Fen): string {
  const [sign, yuan, cents] = split(fen)
  return `${sign}${groupThousands(yuan)}.${cents}`
}

/**
 * Grouped yuan with unit, for Chinese text: 130000 → "1,300.00 元".
 * @param fen integer amount
 */
export function formatYuan(fen: Fen): string {
  return `${formatAmount(fen)} 元`
}
