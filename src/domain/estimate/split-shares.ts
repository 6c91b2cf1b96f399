import type { Fen } from '@/domain/vocab'

/** Shares of a bill in tenths of a percent (0–1000), summing to 1000 unless the bill is 0. */
export interface Shares {
  fund: number
  critical: number
  personal: number
}

/**
 * Split a bill into three shares for the picture, by largest remainder so the shares add up to
 * exactly 100.0%.
 * @param parts the three amounts in fen (each ≥ 0)
 * @returns tenths of a percent; all 0 when the bill is 0
 */
export function splitShares(parts: { fund: Fen; critical: Fen; personal: Fen }): Shares {
  const keys = ['fund', 'critical', 'personal'] as const
  const total = parts.fund + parts.critical + parts.personal
  if (total <= 0) return { fund: 0, critical: 0, personal: 0 }
  const raw = keys.map((k) => parts[k] * 1000)
  const floors = raw.map((r) => (r - (r % total)) / total)
  let left = 1000 - floors.reduce((a, b) => a + b, 0)
  const order = [0, 1, 2].sort((a, b) => (raw[b] % total) - (raw[a] % total) || a - b)
  for (const i of order) {
    if (left === 0) break
    floors[i] += 1
    left -= 1
  }
  return { fund: floors[0], critical: floors[1], personal: floors[2] }
}

/**
 * A share as Chinese-style percent text: 853 → "85.3%", 850 → "85%".
 * @param tenths tenths of a percent
 */
export function shareText(tenths: number): string {
  const frac = tenths % 10
  return `${(tenths - frac) / 10}${frac === 0 ? '' : `.${frac}`}%`
}
