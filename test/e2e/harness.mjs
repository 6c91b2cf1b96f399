// Browser-test harness: serves the built H5 edition and drives Debian's Chromium with playwright-core.
import { existsSync } from 'node:fs'
import { chromium } from 'playwright-core'
import { serveDir } from '../../scripts/serve.mjs'

export const CHROMIUM = '/usr/bin/chromium'
export const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
]
/** Fixed "today" for reproducible dates in the app (read by src/lib/clock.ts). */
export const TODAY = '2026-03-02'

/** Starts the server and the browser once per test file. */
export async function startApp() {
  if (!existsSync('dist/h5/index.html')) throw new Error('dist/h5 is missing: run `npm run build:h5` first')
  const server = await serveDir('dist/h5')
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS })
  return {
    url: server.url,
    browser,
    /** A fresh page (own storage) that records console errors and network requests to other hosts. */
    async newPage({ width = 375, height = 780, today = TODAY, ...opts } = {}) {
      const context = await browser.newContext({ viewport: { width, height }, ...opts })
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url })
      await context.addInitScript((d) => { globalThis.__YB_TODAY__ = d }, today)
      const page = await context.newPage()
      const errors = []
      const external = []
      page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()) })
      page.on('pageerror', (e) => errors.push(e.message))
      page.on('request', (r) => { if (!r.url().startsWith(server.url) && !r.url().startsWith('data:')) external.push(r.url()) })
      return { page, context, errors, external }
    },
    async close() {
      await browser.close()
      await server.close()
    },
  }
}

/** The page currently on top (Taro stacks pages; hidden ones stay in the DOM). */
export function current(page) {
  return page.locator('.taro_page.taro_page_show:not(.taro_page_shade)').last()
}

/** Opens an app path (e.g. /pages/home/index) and waits until the page has slid in. */
export async function open(page, url, path) {
  await page.goto(`${url}/#${path}`)
  await settle(page)
}

/** Waits until the page for the current URL is on top, rendered, and done with Taro's slide-in transform. */
export async function settle(page) {
  await page.waitForFunction(() => {
    const want = decodeURIComponent(location.hash.slice(1).split('?')[0] || '/pages/home/index')
    const pages = [...document.querySelectorAll('.taro_page.taro_page_show:not(.taro_page_shade)')]
    const top = pages[pages.length - 1]
    if (!top || (top.id || '').split('?')[0] !== want || !top.querySelector('.page')) return false
    const r = top.getBoundingClientRect()
    return Math.abs(r.left) < 1 && getComputedStyle(top).transform === 'none'
  })
}

/** Font size in px of the first element matching `selector` on the current page. */
export async function fontSize(page, selector) {
  return current(page).locator(selector).first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize))
}

/** Elements of the page on top that reach past the right edge of the screen (empty when it fits). */
export async function overflowing(page) {
  return page.evaluate(() => {
    const w = document.documentElement.clientWidth
    return [...document.querySelectorAll('.taro_page_show:not(.taro_page_shade) *')]
      .filter((el) => el.getBoundingClientRect().right > w + 0.5 && el.getBoundingClientRect().width > 0)
      .map((el) => `${el.className || el.tagName}: ${el.textContent?.slice(0, 20)}`)
  })
}
