import { ISO_DATE_PATTERN, isIsoDate, VERIFIED_CONFIDENCES, type Provenance } from '@/domain/vocab'
import type { Sourced } from '@/data/types'

const DAY_MS = 86_400_000

/**
 * Day number (days since 1970-01-01) of a strict ISO calendar date.
 * @param iso e.g. `2026-11-22`
 * @returns the day number, or null when the text is not a real YYYY-MM-DD date
 */
export function isoDayNumber(iso: string): number | null {
  const m = ISO_DATE_PATTERN.exec(iso)
  if (!m || !isIsoDate(iso)) return null
  const t = new Date(0)
  t.setUTCFullYear(Number(m[1]), Number(m[2]) - 1, Number(m[3]))
  return t.getTime() / DAY_MS
}

/**
 * The date a figure must be reviewed by: checkedAt + reviewIntervalDays.
 * @param p the figure's provenance
 * @returns ISO date, or null when checkedAt is not a valid date
 */
export function reviewDueDate(p: Provenance): string | null {
  const checked = isoDayNumber(p.checkedAt)
  if (checked === null) return null
  return new Date((checked + p.reviewIntervalDays) * DAY_MS).toISOString().slice(0, 10)
}

/**
 * Whether a figure is past its review date. A figure whose dates cannot be read counts as overdue.
 * @param p the figure's provenance
 * @param today ISO date, injected
 * @returns 'overdue' when today is after checkedAt + reviewIntervalDays
 */
export function reviewStatus(p: Provenance, today: string): 'ok' | 'overdue' {
  const checked = isoDayNumber(p.checkedAt)
  const now = isoDayNumber(today)
  if (checked === null || now === null || !(p.reviewIntervalDays >= 0)) return 'overdue'
  return now > checked + p.reviewIntervalDays ? 'overdue' : 'ok'
}

/**
 * Whether a figure counts as 已核实: read in an official text, directly or through a quoting record.
 * @param p the figure's provenance
 */
export function isVerified(p: Provenance): boolean {
  return VERIFIED_CONFIDENCES.includes(p.confidence)
}

/**
 * The mark shown next to a figure.
 * @param p the figure's provenance
 * @returns 已核实 or 待核实
 */
export function verificationLabel(p: Provenance): '已核实' | '待核实' {
  return isVerified(p) ? '已核实' : '待核实'
}

/**
 * The provenance covering one figure of a block: the longest override whose key is the figure's
 * path or a prefix of it, else the block's own.
 * @param block a sourced block
 * @param path dotted path relative to the block, e.g. `segments.retired.3[0].ratio`
 */
export function provenanceAt(block: Sourced, path: string): Provenance {
  let best: string | null = null
  for (const key of Object.keys(block.overrides ?? {})) {
    const covers = path === key || path.startsWith(`${key}.`) || path.startsWith(`${key}[`)
    if (covers && (best === null || key.length > best.length)) best = key
  }
  return best === null ? block.provenance : (block.overrides as Record<string, Provenance>)[best]
}

/**
 * Every provenance covering a figure or the figures below it: provenanceAt plus deeper overrides.
 * @param block a sourced block
 * @param path dotted path relative to the block
 */
export function provenancesAt(block: Sourced, path: string): Provenance[] {
  const deeper = Object.entries(block.overrides ?? {})
    .filter(([key]) => key.startsWith(`${path}.`) || key.startsWith(`${path}[`))
    .map(([, p]) => p)
  return uniqueProvenances([provenanceAt(block, path), ...deeper])
}

/**
 * Drop repeated provenances (same content), keeping the first of each.
 * @param ps provenances
 */
export function uniqueProvenances(ps: Provenance[]): Provenance[] {
  const seen = new Set<string>()
  return ps.filter((p) => {
    const k = JSON.stringify(p)
    return seen.has(k) ? false : (seen.add(k), true)
  })
}
