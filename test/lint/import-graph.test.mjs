// The import graph of src/: no cycles, and no arrow that runs back up the layers (run by `npm test` with node:test).
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs'
import { join } from 'node:path'

const files = []
const walk = (d) => { for (const f of readdirSync(d)) { const p = join(d, f); if (statSync(p).isDirectory()) walk(p); else if (/\.tsx?$/.test(p)) files.push(p) } }
walk('src')

function resolve(spec) {
  const base = spec.replace(/^@\//, 'src/')
  return [`${base}.ts`, `${base}.tsx`, `${base}/index.ts`, `${base}/index.tsx`, base].find((p) => files.includes(p) || (p.endsWith('.json') && existsSync(p)))
}

/** file → the src files it imports (type-only imports included: they are arrows too) */
const graph = new Map(files.map((f) => {
  const text = readFileSync(f, 'utf8')
  const specs = [...text.matchAll(/(?:from|import)\s+'(@\/[^']+)'/g)].map((m) => m[1])
  return [f, specs.map(resolve).filter(Boolean)]
}))

test('no import cycles in src/', () => {
  const index = new Map(); const low = new Map(); const stack = []; const onStack = new Set(); const cycles = []
  let n = 0
  const visit = (v) => {
    index.set(v, n); low.set(v, n); n++; stack.push(v); onStack.add(v)
    for (const w of graph.get(v) ?? []) {
      if (!graph.has(w)) continue
      if (!index.has(w)) { visit(w); low.set(v, Math.min(low.get(v), low.get(w))) } else if (onStack.has(w)) low.set(v, Math.min(low.get(v), index.get(w)))
    }
    if (low.get(v) === index.get(v)) {
      const scc = []
      let w
      do { w = stack.pop(); onStack.delete(w); scc.push(w) } while (w !== v)
      if (scc.length > 1 || (graph.get(v) ?? []).includes(v)) cycles.push(scc)
    }
  }
  for (const f of files) if (!index.has(f)) visit(f)
  assert.deepEqual(cycles, [])
})

// Lower layers first; a file may import only its own layer or those below it.
const LAYERS = [
  ['vocab', (f) => f === 'src/domain/vocab.ts'],
  ['data', (f) => f.startsWith('src/data/') && !f.startsWith('src/data/schema/')],
  ['domain', (f) => f.startsWith('src/domain/')],
  ['store', (f) => f.startsWith('src/store/') || f.startsWith('src/lib/') || f === 'src/routes.ts'],
  ['ui', (f) => f.startsWith('src/components/') || f.startsWith('src/hooks/')],
  // pages, the app entry and the dataset schema (tests and scripts only; ESLint keeps it out of src)
  ['pages', () => true],
]
const layerOf = (f) => LAYERS.findIndex(([, is]) => is(f))

test('no import runs back up the layers: vocab ← data ← domain ← store/lib ← components ← pages', () => {
  const up = []
  for (const [from, tos] of graph) for (const to of tos) if (layerOf(to) > layerOf(from)) up.push(`${from} → ${to}`)
  assert.deepEqual(up, [])
})

test('src/data imports nothing from the domain but vocab, and the domain at most 12 loose files', () => {
  const dataToDomain = [...graph].flatMap(([from, tos]) => from.startsWith('src/data/') && !from.startsWith('src/data/schema/') ? tos.filter((t) => t.startsWith('src/domain/') && t !== 'src/domain/vocab.ts') : [])
  assert.deepEqual(dataToDomain, [])
  const loose = readdirSync('src/domain').filter((f) => statSync(join('src/domain', f)).isFile())
  assert.ok(loose.length <= 12, `src/domain has ${loose.length} loose files: ${loose.join(', ')}`)
})

test('a subpackage imports nothing from another subpackage or a tab page', () => {
  const pkg = (f) => /^src\/(package-[a-z]+)\//.exec(f)?.[1] ?? null
  const bad = []
  for (const [from, tos] of graph) for (const to of tos) {
    if (pkg(to) && pkg(to) !== pkg(from)) bad.push(`${from} → ${to}`)
    if (to.startsWith('src/pages/') && !from.startsWith('src/pages/')) bad.push(`${from} → ${to}`)
  }
  assert.deepEqual(bad, [])
})
