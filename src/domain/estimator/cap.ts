import type { Fen } from '@/domain/vocab'

/**
 * What is left under a yearly cap.
 * @param cap the cap, null = no limit
 * @param used already paid this year
 * @returns the room left (≥ 0), or null for no limit
 */
export function capLeft(cap: Fen | null, used: Fen): Fen | null {
  return cap === null ? null : Math.max(0, cap - used)
}

/**
 * Pay amounts in order until the room runs out (steps 5 and 7): lower segments are paid first,
 * so a cap cuts the top ones.
 * @param amounts what each piece would pay
 * @param left room under the cap, null = no limit
 * @returns what each piece pays
 */
export function allocateCap(amounts: readonly Fen[], left: Fen | null): Fen[] {
  if (left === null) return amounts.slice()
  let room = left
  return amounts.map((a) => {
    const paid = Math.min(a, room)
    room -= paid
    return paid
  })
}
