import { z } from 'zod'
import { isId, isIsoDate } from '@/domain/vocab'
import { schemaMessages as m } from '@/data/schema/messages'

/** A non-empty string (not only spaces). */
export const str = z.string(m.notString).refine((s) => s.trim() !== '', m.notString)

/** A list of non-empty strings (material names, actions, tips). */
export const strings = z.array(z.string(m.notString).min(1, m.notString), m.notArray)

/**
 * Whether a value is an id: ID_PATTERN (lower-case ASCII, digits, `-`, at most 40), `-` only between words.
 * @param v any value
 */
export function isWellFormedId(v: unknown): v is string {
  return isId(v) && v.split('-').every((word) => word !== '')
}

/** An ASCII id, e.g. `beijing`, `retiree-resettled`. */
export const id = z.string(m.badId).refine(isWellFormedId, m.badId)

/** An amount: integer fen ≥ 0. */
export const fen = z.number(m.amount).refine((v) => Number.isInteger(v) && v >= 0, m.amount)

/** An amount, or null where null is a statement (no cap, not announced). */
export const fenOrNull = fen.nullable()

/** A ratio: integer basis points in [0, 10000]. */
export const bp = z.number(m.ratio).refine((v) => Number.isInteger(v) && v >= 0 && v <= 10000, m.ratio)

/**
 * An integer in [min, max]; one problem per value (not an integer, or out of range).
 * @param min smallest allowed
 * @param max largest allowed
 */
export function int(min: number, max: number) {
  return z.number(m.integer).superRefine((v, ctx) => {
    if (!Number.isInteger(v)) ctx.addIssue({ code: 'custom', message: m.integer, input: v })
    else if (v < min || v > max) ctx.addIssue({ code: 'custom', message: m.outOfRange, input: v })
  })
}

/** A real calendar day written YYYY-MM-DD. */
export const isoDate = z.string(m.date).refine(isIsoDate, m.date)

/** The file format version: always 1. */
export const version = z.literal(1, m.version)

/** Message of a discriminated union: not an object, or a discriminator outside its choices. */
export function choiceMessage(message: string) {
  return (issue: { code?: string }) => (issue.code === 'invalid_type' ? m.notObject : message)
}
