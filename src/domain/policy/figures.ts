import type { Provenance } from '@/domain/vocab'
import type { Sourced } from '@/data/types'
import { provenanceAt } from '@/domain/policy/review'

/** One figure of the dataset: a number, or null where null is a statement (no cap, not announced). */
export interface Figure {
  /** Path from the walked root, e.g. `regions[0].employee.inpatient.segments.working.3[0].ratio` */
  path: string
  value: number | null
  /** The provenance covering it; null when no enclosing block has one */
  provenance: Provenance | null
}

/** Numeric fields that are labels, not policy figures. */
const NOT_FIGURES = new Set(['version', 'standardYear', 'benefitYear', 'reviewIntervalDays'])
/** Fields whose null is structure (the open end of a segment), not a figure. */
const NULL_NOT_FIGURE = new Set(['upTo'])

interface Scope {
  block: Sourced | null
  base: string
}

/**
 * Join a path and a key: `a.b`, `a[0]`.
 * @param path parent path, '' for the root
 * @param key property name or array index
 */
export function joinPath(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`
  return path === '' ? key : `${path}.${key}`
}

/**
 * A path relative to a block's path.
 * @param path full path
 * @param base the block's path
 */
export function relativePath(path: string, base: string): string {
  const rest = path.slice(base.length)
  return rest.startsWith('.') ? rest.slice(1) : rest
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

function walk(node: unknown, path: string, key: string, scope: Scope, out: Figure[]): void {
  if (typeof node === 'number' || node === null) {
    if (NOT_FIGURES.has(key) || (node === null && NULL_NOT_FIGURE.has(key))) return
    const provenance = scope.block === null ? null : provenanceAt(scope.block, relativePath(path, scope.base))
    out.push({ path, value: node, provenance })
    return
  }
  if (Array.isArray(node)) {
    node.forEach((v, i) => walk(v, joinPath(path, i), key, scope, out))
    return
  }
  if (!isRecord(node)) return
  const own = isRecord(node.provenance) ? { block: node as unknown as Sourced, base: path } : scope
  for (const [k, v] of Object.entries(node)) {
    if (k === 'provenance' || k === 'overrides') continue
    walk(v, joinPath(path, k), k, own, out)
  }
}

/**
 * Every figure under a root, each with the provenance that covers it (its block's, or an override).
 * Numbers are figures, and so is null except a segment's open end.
 * @param root the dataset or any part of it
 * @param rootPath path of the root, '' by default
 */
export function collectFigures(root: unknown, rootPath = ''): Figure[] {
  const out: Figure[] = []
  walk(root, rootPath, '', { block: null, base: rootPath }, out)
  return out
}
