// `npm run bench`: H5 first screen in Debian Chromium with 4× CPU throttling — first contentful paint and the time
// until the home tab responds to a tap — median of 5 runs; then the estimator's throughput. A benchmark, not a test.
import { existsSync } from 'node:fs'
import { spawnSync } from 'node:child_process'
import { chromium } from 'playwright-core'
import { serveDir } from './serve.mjs'
import { build } from './run.mjs'
import { CHROMIUM, CHROMIUM_ARGS } from '../test/e2e/harness.mjs'

const RUNS = 5
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]

if (!existsSync('dist/h5/index.html') || process.argv.includes('--build')) {
  console.log('Building the H5 edition…')
  if (!build('h5')) process.exit(1)
}
const server = await serveDir('dist/h5')
const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS })
const fcp = []
const tap = []
for (let i = 0; i < RUNS; i++) {
  const context = await browser.newContext({ viewport: { width: 375, height: 780 } })
  const page = await context.newPage()
  const cdp = await context.newCDPSession(page)
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 })
  await page.goto(`${server.url}/#/pages/home/index`)
  // Tap the first shortcut as soon as it is on screen; "responds" = the next page is on screen.
  const link = page.locator('.link-row').first()
  await link.waitFor({ state: 'visible' })
  const to = await link.getAttribute('data-to')
  await link.click()
  await page.waitForFunction((path) => location.hash.includes(path) && document.querySelectorAll('.taro_page').length > 1, to)
  const t = await page.evaluate(() => performance.now())
  const paint = await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN)
  fcp.push(paint)
  tap.push(t)
  await context.close()
}
await browser.close()
await server.close()

console.log(`\nH5 first screen, Chromium, 4× CPU throttling, median of ${RUNS} runs`)
console.log('| measure | median ms | runs (ms) |\n| --- | ---: | --- |')
console.log(`| first contentful paint | ${median(fcp).toFixed(0)} | ${fcp.map((x) => x.toFixed(0)).join(', ')} |`)
console.log(`| home tab responds to a tap (from navigation start) | ${median(tap).toFixed(0)} | ${tap.map((x) => x.toFixed(0)).join(', ')} |`)

if (existsSync('scripts/bench-estimator.ts')) {
  console.log('')
  spawnSync('node_modules/.bin/tsx', ['scripts/bench-estimator.ts'], { stdio: 'inherit' })
}
