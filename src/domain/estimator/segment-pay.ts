import type { Bp, Fen, Segment } from '@/domain/vocab'
import { mulBpHalfUp } from '@/domain/money/rounding'

/** The part [from, to) of a scale that falls in one segment, and what that segment pays on it. */
export interface SegmentPay {
  /** 1-based position of the segment in the plan */
  segment: number
  from: Fen
  to: Fen
  /** ratio applied (after any 异地 adjustment) */
  ratio: Bp
  /** the plan's ratio before adjustment */
  planRatio: Bp
  /** (to − from) × ratio, rounded half up */
  amount: Fen
}

/**
 * Pay a range of a scale by tiered segments whose boundaries start at 0: each segment [lo, hi)
 * pays ratio × the length of [max(lo, start), min(hi, end)] where positive.
 * @param segments ordered segments; the last upTo is null (open)
 * @param start where paying starts on the scale
 * @param end where it stops
 * @param adjust maps a plan ratio to the ratio applied
 * @returns the pieces with positive length, in order
 */
export function payOnSegments(
  segments: readonly Segment[],
  start: Fen,
  end: Fen,
  adjust: (ratio: Bp) => Bp = (r) => r,
): SegmentPay[] {
  const pieces: SegmentPay[] = []
  let lo = 0
  for (let i = 0; i < segments.length && lo < end; i++) {
    const { upTo, ratio: planRatio } = segments[i]
    const from = Math.max(lo, start)
    const to = upTo === null ? end : Math.min(upTo, end)
    if (to > from) {
      const ratio = adjust(planRatio)
      pieces.push({ segment: i + 1, from, to, ratio, planRatio, amount: mulBpHalfUp(to - from, ratio) })
    }
    if (upTo === null) break
    lo = upTo
  }
  return pieces
}
