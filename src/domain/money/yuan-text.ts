import type { Fen } from '@/domain/vocab'
import { toYuanString } from '@/domain/money/format'

/**
 * An amount as the text a person would type into a yuan field: 130000 → "1300", 130050 → "1300.5".
 * @param fen integer amount ≥ 0
 */
export function yuanText(fen: Fen): string {
  return toYuanString(fen).replace(/\.00$/, '').replace(/(\.\d)0$/, '$1')
}
