import type { z } from 'zod'
import { writePath } from '@/data/schema/path'
import { INDEXED } from '@/data/schema/lists'

/** A list whose items are written by id: the items at `at` (a key path) become `${label}[id]`. */
export interface NamedList {
  at: readonly PropertyKey[]
  label: string
}

/** How a validator writes paths: the root's name and, optionally, a list written by id. */
export interface PathStyle {
  root: string
  named?: NamedList
}

/** One problem: key path, message, and whether a duplicate-id report keeps its list index. */
export interface Problem {
  path: readonly PropertyKey[]
  message: string
  indexed?: boolean
}

/**
 * How an item of a named list is written: `regions[beijing]`, or `regions[3]` without a usable id.
 * @param label the list's name
 * @param item the item as given
 * @param i its index
 */
export function itemPath(label: string, item: unknown, i: number): string {
  const id = (item as { id?: unknown } | null)?.id
  return typeof id === 'string' && id !== '' ? `${label}[${id}]` : `${label}[${i}]`
}

function listItems(raw: unknown, at: readonly PropertyKey[]): unknown[] {
  const list = at.reduce<unknown>((node, key) => (typeof node === 'object' && node !== null ? (node as Record<PropertyKey, unknown>)[key] : undefined), raw)
  return Array.isArray(list) ? list : []
}

/**
 * Write a problem as `${path}: ${message}`. Paths inside the named list start with the item's id, except a
 * duplicate id of the list itself (the id is the one repeated, so its index is kept).
 * @param problem the problem
 * @param raw the value validated (for the ids of the named list)
 * @param style the root's name and the named list
 */
export function writeProblem({ path, message, indexed }: Problem, raw: unknown, { root, named }: PathStyle): string {
  const inList = named !== undefined && path.length > named.at.length && named.at.every((k, j) => path[j] === k)
  const i = inList ? path[named.at.length] : undefined
  if (!inList || typeof i !== 'number' || (indexed === true && path.length === named.at.length + 2)) return `${writePath(path, root)}: ${message}`
  return `${writePath(path.slice(named.at.length + 1), itemPath(named.label, listItems(raw, named.at)[i], i))}: ${message}`
}

/**
 * The problems of a failed parse, in the order found.
 * @param issues zod's issues
 */
export function problemsOf(issues: readonly z.core.$ZodIssue[]): Problem[] {
  return issues.map((issue) => ({
    path: issue.path,
    message: issue.message,
    indexed: issue.code === 'custom' && issue.params?.indexed === INDEXED.indexed,
  }))
}
