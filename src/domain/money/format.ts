import type { Fen } from '@/domain/vocab'

/** 1 万元 in fen. */
export const TEN_THOUSAND_YUAN: Fen = 1_000_000

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

/**
 * An amount as the text a person would type into a yuan field: 130000 → "1300", 130050 → "1300.5".
 * @param fen integer amount ≥ 0
 */
export function yuanText(fen: Fen): string {
  return toYuanString(fen).replace(/\.00$/, '').replace(/(\.\d)0$/, '$1')
}

/**
 * Money for reading: whole 万元 as "3 万元", otherwise formatYuan without empty cents ("1,300 元").
 * @param fen integer amount
 */
export function moneyText(fen: Fen): string {
  if (fen >= TEN_THOUSAND_YUAN && fen % TEN_THOUSAND_YUAN === 0) return `${fen / TEN_THOUSAND_YUAN} 万元`
  return formatYuan(fen).replace(/\.00 元$/, ' 元')
}

/**
 * Money, or a text for null (no cap, not announced).
 * @param fen amount or null
 * @param none text for null
 */
export function moneyOr(fen: Fen | null, none: string): string {
  return fen === null ? none : moneyText(fen)
}
