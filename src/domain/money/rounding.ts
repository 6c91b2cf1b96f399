import type { Bp, Fen } from '@/domain/vocab'

/**
 * Integer floor division, exact for integers below 2^53 (no floating-point quotient).
 * @param a dividend (integer)
 * @param b divisor (positive integer)
 * @returns ⌊a / b⌋
 */
export function floorDiv(a: number, b: number): number {
  const r = ((a % b) + b) % b
  return (a - r) / b
}

/**
 * Divide and round half up (towards +∞ on a tie).
 * @param a dividend (integer)
 * @param b divisor (positive integer)
 * @returns a / b rounded half up
 */
export function divHalfUp(a: number, b: number): number {
  return floorDiv(2 * a + b, 2 * b)
}

/**
 * Multiply an amount by a ratio in basis points and round half up to a whole unit:
 * fen × bp → fen, or bp × bp → bp.
 * @param amount integer amount
 * @param bp integer ratio, 10000 = 100%
 * @returns amount × bp / 10000, rounded half up
 */
export function mulBpHalfUp(amount: Fen, bp: Bp): Fen {
  return floorDiv(amount * bp + 5000, 10000)
}

/**
 * The share one amount is of another, in basis points, rounded half up; 0 when the whole is 0.
 * @param part integer amount
 * @param whole integer amount ≥ 0
 * @returns part / whole in bp
 */
export function shareBp(part: Fen, whole: Fen): Bp {
  return whole === 0 ? 0 : divHalfUp(part * 10000, whole)
}
