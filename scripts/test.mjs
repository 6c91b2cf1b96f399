// `npm test`: type check, lint, jest (unit + component), H5 build, browser tests in Debian Chromium.
import { run, build } from './run.mjs'
import { ensureBrowser } from './ensure-browser.mjs'

const bin = (name) => `node_modules/.bin/${name}`
const steps = [
  ['type check', () => run(bin('tsc'), ['--noEmit', '-p', '.'])],
  ['lint', () => run(bin('eslint'), ['.', '--max-warnings', '0'])],
  ['lint rules guard the layers', () => run(process.execPath, ['--test', 'test/lint/'])],
  ['unit and component tests', () => run(bin('jest'), ['--ci'])],
  ['browser available', () => ensureBrowser()],
  ['H5 build', () => build('h5')],
  ['browser tests', () => run(process.execPath, ['--test', '--test-concurrency=1', 'test/e2e/'])],
]

const failed = []
for (const [name, step] of steps) {
  console.log(`\n▶ ${name}`)
  const t0 = Date.now()
  const ok = step()
  console.log(`${ok ? '✔' : '✖'} ${name} (${((Date.now() - t0) / 1000).toFixed(1)} s)`)
  if (!ok) {
    failed.push(name)
    if (name === 'browser available' || name === 'H5 build') break
  }
}
console.log(failed.length ? `\nnpm test failed: ${failed.join(', ')}` : '\nnpm test: all steps passed')
process.exit(failed.length ? 1 : 0)
