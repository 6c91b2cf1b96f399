import type { Bp } from '@/domain/vocab'
import { formatPercent } from '@/domain/money/percent'

function cached(make: (n: number) => string): (n: number) => string {
  const cache: string[] = []
  return (n) => cache[n] ?? (cache[n] = make(n))
}

/** Labels and keys of repeated lines, cached by ratio or segment number (they recur on every estimate). */
export const lineText = {
  fundLabel: cached((bp: Bp) => `统筹基金支付（${formatPercent(bp)}）`),
  selfLabel: cached((bp: Bp) => `个人自付（${formatPercent(bp)}）`),
  criticalLabel: cached((bp: Bp) => `大病保险（${formatPercent(bp)}）`),
  fundKey: cached((n) => `fund-seg-${n}`),
  selfKey: cached((n) => `self-seg-${n}`),
  criticalKey: cached((n) => `critical-seg-${n}`),
}
