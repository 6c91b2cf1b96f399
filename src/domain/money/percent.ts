import type { Bp } from '@/domain/vocab'

/**
 * A basis-point value as a plain number of percent, trailing zeros dropped: 8500 → "85", 855 → "8.55".
 * @param bp integer ratio
 */
export function percentNumber(bp: Bp): string {
  const frac = bp % 100
  const whole = (bp - frac) / 100
  if (frac === 0) return String(whole)
  return frac % 10 === 0 ? `${whole}.${frac / 10}` : `${whole}.${frac < 10 ? '0' : ''}${frac}`
}

/**
 * A ratio as a Chinese-style percentage: 8500 → "85%", 8550 → "85.5%".
 * @param bp integer ratio, 0–10000
 */
export function formatPercent(bp: Bp): string {
  return percents[bp] ?? (percents[bp] = `${percentNumber(bp)}%`)
}

const percents: string[] = []

/**
 * Basis points as the text a person would type: 8550 → "85.5".
 * @param bp integer ratio, 0–10000
 */
export function percentText(bp: Bp): string {
  return percentNumber(bp)
}
