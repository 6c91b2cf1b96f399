// `npm run size`: fresh production builds, then the WeChat main package, each subpackage and the total in bytes,
// and the H5 initial JS in gzip bytes. Exits non-zero over budget. `--no-build` measures the existing dist/.
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { build } from './run.mjs'

export const BUDGET = { main: 450 * 1024, subpackage: 200 * 1024, h5InitialGzip: 140 * 1024 }

function dirBytes(dir, skip = new Set()) {
  let total = 0
  for (const name of readdirSync(dir)) {
    const p = join(dir, name)
    if (skip.has(p)) continue
    const s = statSync(p)
    total += s.isDirectory() ? dirBytes(p, skip) : s.size
  }
  return total
}

/** @returns {{main: number, subpackages: Record<string, number>, total: number}} */
export function weappSizes(dist = 'dist/weapp') {
  const app = JSON.parse(readFileSync(join(dist, 'app.json'), 'utf8'))
  const roots = (app.subPackages ?? app.subpackages ?? []).map((p) => p.root)
  const subpackages = Object.fromEntries(roots.map((r) => [r, dirBytes(join(dist, r))]))
  const main = dirBytes(dist, new Set(roots.map((r) => join(dist, r))))
  return { main, subpackages, total: main + Object.values(subpackages).reduce((a, b) => a + b, 0) }
}

/** JS that index.html loads before the first page renders, gzip-compressed. */
export function h5InitialGzip(dist = 'dist/h5') {
  const html = readFileSync(join(dist, 'index.html'), 'utf8')
  const scripts = [...html.matchAll(/<script[^>]+src="\/?([^"]+)"/g)].map((m) => m[1])
  return scripts.reduce((sum, s) => sum + gzipSync(readFileSync(join(dist, s)), { level: 9 }).length, 0)
}

if (import.meta.url === `file://${process.argv[1]}`) {
  if (!process.argv.includes('--no-build')) {
    console.log('Building both editions for production…')
    if (!build('weapp') || !build('h5')) process.exit(1)
  }
  const w = weappSizes()
  const h5 = h5InitialGzip()
  const rows = [
    ['weapp main package', w.main, BUDGET.main],
    ...Object.entries(w.subpackages).map(([k, v]) => [`weapp ${k}`, v, BUDGET.subpackage]),
    ['weapp total', w.total, null],
    ['h5 initial JS (gzip)', h5, BUDGET.h5InitialGzip],
  ]
  let over = false
  console.log('\n| what | bytes | budget | |\n| --- | ---: | ---: | --- |')
  for (const [name, bytes, budget] of rows) {
    const bad = budget !== null && bytes > budget
    over ||= bad
    console.log(`| ${name} | ${bytes.toLocaleString('en')} | ${budget === null ? '' : budget.toLocaleString('en')} | ${budget === null ? '' : bad ? 'OVER' : 'ok'} |`)
  }
  process.exit(over ? 1 : 0)
}
