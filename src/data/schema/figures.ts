import { writePath } from '@/data/schema/path'

/** Numeric fields that are labels, not policy figures (`year`: of a holiday notice). */
const NOT_FIGURES = new Set(['version', 'year', 'standardYear', 'benefitYear', 'reviewIntervalDays'])

type Obj = Record<string, unknown>

/** The innermost block with a provenance, and its key path. */
interface Scope {
  block: Obj | null
  base: readonly PropertyKey[]
}

const isRecord = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v)

/** Whether the block gives the figure at `path` a source: its own provenance, unless the longest covering override is null. */
function sourced({ block, base }: Scope, path: readonly PropertyKey[]): boolean {
  if (block === null) return false
  const rest = writePath(path.slice(base.length))
  const overrides = isRecord(block.overrides) ? block.overrides : {}
  let best: string | null = null
  for (const key of Object.keys(overrides)) {
    const covers = rest === key || rest.startsWith(`${key}.`) || rest.startsWith(`${key}[`)
    if (covers && (best === null || key.length > best.length)) best = key
  }
  return best === null || overrides[best] !== null
}

function walk(node: unknown, path: PropertyKey[], key: string, scope: Scope, out: PropertyKey[][]): void {
  if (typeof node === 'number' || node === null) {
    const figure = !NOT_FIGURES.has(key) && !(node === null && key === 'upTo')
    if (figure && !sourced(scope, path)) out.push(path)
    return
  }
  if (Array.isArray(node)) {
    node.forEach((v, i) => walk(v, [...path, i], key, scope, out))
    return
  }
  if (!isRecord(node)) return
  const own = isRecord(node.provenance) ? { block: node, base: path } : scope
  for (const [k, v] of Object.entries(node)) {
    if (k !== 'provenance' && k !== 'overrides') walk(v, [...path, k], k, own, out)
  }
}

/**
 * Key paths of the figures under a root that nothing gives a source: no enclosing block has a provenance, or the
 * override covering the figure is null. A figure is a number, or a null that states something (no cap, not
 * announced); a segment's open end and labels such as `version` are not.
 * @param root the data, or any part of it
 * @param at the root's key path
 */
export function unsourcedFigures(root: unknown, at: readonly PropertyKey[] = []): PropertyKey[][] {
  const out: PropertyKey[][] = []
  walk(root, [...at], '', { block: null, base: at }, out)
  return out
}
