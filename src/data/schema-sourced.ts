import { joinPath } from '@/domain/policy/figures'
import {
  checkAmount, checkId, checkProvenance, checkString, checkUniqueIds, isArr, isObj, schemaMessages, type Obj, type Report,
} from '@/data/schema-checks'

/**
 * Whether a dotted path (`a.b[0].c`) names an existing field of an object.
 * @param root the object
 * @param path dotted path with [i] indices
 */
export function hasPath(root: unknown, path: string): boolean {
  const tokens = path.match(/[^.[\]]+/g) ?? []
  let node: unknown = root
  for (const t of tokens) {
    if (typeof node !== 'object' || node === null || !(t in node)) return false
    node = (node as Obj)[t]
  }
  return tokens.length > 0
}

/** Checks a statement item: id, title, text, provenance and numeric values (integers ≥ 0 or null). */
export function checkRuleItem(v: unknown, path: string, report: Report): void {
  if (!isObj(v, path, report)) return
  checkId(v, 'id', path, report)
  checkString(v, 'title', path, report)
  checkString(v, 'text', path, report)
  checkProvenance(v.provenance, joinPath(path, 'provenance'), report)
  if (v.values === undefined) return
  const vp = joinPath(path, 'values')
  if (!isObj(v.values, vp, report)) return
  for (const [k, x] of Object.entries(v.values)) checkAmount(x, joinPath(vp, k), report, true)
}

/** Checks a list of statement items with unique ids. */
export function checkRuleItems(v: unknown, path: string, report: Report): void {
  if (!isArr(v, path, report)) return
  v.forEach((it, i) => checkRuleItem(it, joinPath(path, i), report))
  checkUniqueIds(v, path, report)
}

/** Checks disagreeing readings: path to an existing figure, value, provenance, reason. */
export function checkAlternatives(v: unknown, block: Obj, path: string, report: Report): void {
  if (v === undefined || !isArr(v, path, report)) return
  v.forEach((a, i) => {
    const p = joinPath(path, i)
    if (!isObj(a, p, report)) return
    if (typeof a.path !== 'string' || !hasPath(block, a.path)) report(joinPath(p, 'path'), schemaMessages.alternativeUnknown)
    checkAmount(a.value, joinPath(p, 'value'), report, true)
    checkProvenance(a.provenance, joinPath(p, 'provenance'), report)
    checkString(a, 'reason', p, report)
    if (a.appliesTo !== undefined) checkId(a, 'appliesTo', p, report)
  })
}

/** Checks the sourced part of a block: provenance, overrides naming existing fields, alternatives, note. */
export function checkSourced(block: Obj, path: string, report: Report): void {
  checkProvenance(block.provenance, joinPath(path, 'provenance'), report)
  checkString(block, 'note', path, report, true)
  if (block.overrides !== undefined) {
    const op = joinPath(path, 'overrides')
    if (isObj(block.overrides, op, report)) {
      for (const [key, p] of Object.entries(block.overrides)) {
        const kp = `${op}["${key}"]`
        if (!hasPath(block, key)) report(kp, schemaMessages.overrideUnknown)
        checkProvenance(p, kp, report)
      }
    }
  }
  checkAlternatives(block.alternatives, block, joinPath(path, 'alternatives'), report)
}
