/**
 * The pieces every share-link codec uses: canonical base-36 integers and the FNV-1a checksum. Link formats are
 * frozen: changing anything here breaks links people have already sent.
 */

/** Thrown by code readers only; a decoder turns it into a returned Chinese error. */
export class CodeError {}

const NUM = /^(?:0|[1-9a-z][0-9a-z]{0,7})$/

/**
 * A non-negative integer in canonical lowercase base 36.
 * @param n integer ≥ 0
 */
export function b36(n: number): string {
  return n.toString(36)
}

/**
 * Read a canonical base-36 integer (no leading zeros, at most 8 digits); throws CodeError otherwise.
 * @param s the text
 */
export function readB36(s: string | undefined): number {
  if (s === undefined || !NUM.test(s)) throw new CodeError()
  return parseInt(s, 36)
}

/**
 * FNV-1a (32 bit) of a code's body, as 7 base-36 digits: catches edits and truncation of a link.
 * @param body everything before the checksum
 */
export function checksum(body: string): string {
  let h = 0x811c9dc5
  for (let i = 0; i < body.length; i++) h = Math.imul(h ^ body.charCodeAt(i), 0x01000193)
  return (h >>> 0).toString(36).padStart(7, '0')
}
