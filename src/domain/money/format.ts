import type { Fen } from '@/domain/vocab'
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

const DIGITS3 = Array.from({ length: 1000 }, (_, n) => String(n))
const GROUPS = DIGITS3.map((d) => `,${d.padStart(3, '0')}`)
const CENTS = DIGITS3.slice(0, 100).map((d) => `.${d.padStart(2, '0')}`)
const CENTS_YUAN = CENTS.map((c) => `${c} 元`)

function grouped(yuan: number): string {
  // `| 0` keeps table indexes small integers (fast element access); both are < 1000 here
  if (yuan < 1000) return DIGITS3[yuan | 0]
  const low = yuan % 1000
  return grouped((yuan - low) / 1000) + GROUPS[low | 0]
}

/**
 * Plain yuan string with two decimals, no grouping: 130000 → "1300.00". Used in JSON output.
 * @param fen integer amount
 */
export function toYuanString(fen: Fen): string {
  const abs = fen < 0 ? -fen : fen
  const cents = abs % 100
  return `${fen < 0 ? '-' : ''}${(abs - cents) / 100}${CENTS[cents | 0]}`
}

/**
 * Grouped yuan figure without unit: 130000 → "1,300.00".
 * @param fen integer amount
 */
export function formatAmount(fen: Fen): string {
  const abs = fen < 0 ? -fen : fen
  const cents = abs % 100
  const text = grouped((abs - cents) / 100) + CENTS[cents | 0]
  return fen < 0 ? `-${text}` : text
}

/**
 * Grouped yuan with unit, for Chinese text: 130000 → "1,300.00 元".
 * @param fen integer amount
 */
export function formatYuan(fen: Fen): string {
  if (fen < 0) return `${formatAmount(fen)} 元`
  const cents = fen % 100
  return grouped((fen - cents) / 100) + CENTS_YUAN[cents | 0]
}
