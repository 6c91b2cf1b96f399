import { messages, type FieldError } from '@/domain/errors'
import type { Bp, Fen } from '@/domain/vocab'
import { parseRatio, parseYuan } from '@/domain/money/parse'

/** A JSON object being read, with the field path of where it sits. */
export interface Src {
  obj: Record<string, unknown>
  path: string
}

/** Thrown inside the CLI input readers only; parseCliInput turns it into a returned error. */
export class ReadError {
  constructor(readonly fieldError: FieldError) {}
}

/**
 * Stop reading with an error at a field.
 * @param field field path
 * @param message Chinese message
 */
export function fail(field: string, message: string): never {
  throw new ReadError({ field, message })
}

/**
 * The path of a key inside a source.
 * @param src the object read
 * @param key the key
 */
export function at(src: Src, key: string): string {
  return src.path ? `${src.path}.${key}` : key
}

/**
 * Read a value as a JSON object, rejecting keys not in `allowed`.
 * @param value the value
 * @param path its field path
 * @param allowed known keys
 */
export function object(value: unknown, path: string, allowed: readonly string[]): Src {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) fail(path || 'input', messages.notAnObject)
  const obj = value as Record<string, unknown>
  for (const k of Object.keys(obj)) {
    if (allowed.includes(k)) continue
    const name = /^[A-Za-z0-9_$]+$/.test(k) ? k : JSON.stringify(k)
    fail(path ? `${path}.${name}` : name, messages.unknownField)
  }
  return { obj, path }
}

/**
 * Read an amount of yuan into fen.
 * @param src the object
 * @param key the key
 * @param fallback used when the key is absent; required when omitted
 */
export function amount(src: Src, key: string, fallback?: Fen): Fen {
  const v = src.obj[key]
  if (v === undefined && fallback !== undefined) return fallback
  const r = parseYuan(v)
  return r.ok ? r.value : fail(at(src, key), r.error)
}

/**
 * Read an amount of yuan or null (no limit). Required: absent is an error.
 * @param src the object
 * @param key the key
 */
export function amountOrNull(src: Src, key: string): Fen | null {
  return src.obj[key] === null ? null : amount(src, key)
}

/**
 * Read a decimal ratio into bp.
 * @param src the object
 * @param key the key
 */
export function ratio(src: Src, key: string): Bp {
  const r = parseRatio(src.obj[key])
  return r.ok ? r.value : fail(at(src, key), src.obj[key] === undefined ? messages.required : r.error)
}

/**
 * Read one of a set of string values.
 * @param src the object
 * @param key the key
 * @param choices allowed values
 * @param fallback used when the key is absent; required when omitted
 */
export function choice<T extends string>(src: Src, key: string, choices: readonly T[], fallback?: T): T {
  const v = src.obj[key]
  if (v === undefined && fallback !== undefined) return fallback
  if (v === undefined) fail(at(src, key), messages.required)
  if (typeof v !== 'string' || !(choices as readonly string[]).includes(v)) {
    fail(at(src, key), `${messages.invalidChoice}，可选：${choices.join(' / ')}`)
  }
  return v as T
}

/**
 * Read a positive integer, given as a number or a digit string.
 * @param src the object
 * @param key the key
 * @param max largest allowed value
 * @param fallback used when the key is absent
 */
export function positiveInt(src: Src, key: string, max: number, fallback: number): number {
  const v = src.obj[key]
  if (v === undefined) return fallback
  const n = typeof v === 'number' ? v : typeof v === 'string' && /^\d{1,6}$/.test(v) ? Number(v) : NaN
  if (!Number.isInteger(n) || n < 1 || n > max) fail(at(src, key), `${messages.integerFormat}（不超过 ${max}）`)
  return n
}
