/** Issue paths as the validators write them (`a.b[0].c`, `overrides["x.y"]`), and dotted-path lookup. */

/**
 * Append one key to a written path: `a.b`, `a[0]`.
 * @param path parent path, '' for the root
 * @param key property name or array index
 */
export function joinPath(path: string, key: PropertyKey): string {
  if (typeof key === 'number') return `${path}[${key}]`
  const name = String(key)
  return path === '' ? name : `${path}.${name}`
}

/**
 * Write an issue's key list after a start path; keys of `overrides` are quoted (they are dotted paths themselves).
 * @param keys the path
 * @param start path the keys continue, '' for the root
 */
export function writePath(keys: readonly PropertyKey[], start = ''): string {
  return keys.reduce<string>(
    (path, key, i) => (keys[i - 1] === 'overrides' && typeof key === 'string' ? `${path}["${key}"]` : joinPath(path, key)),
    start,
  )
}

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
    node = (node as Record<string, unknown>)[t]
  }
  return tokens.length > 0
}
