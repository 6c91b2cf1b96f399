// Renders the tab-bar icons (81×81 PNG, grey and selected green) from inline SVG with Debian's Chromium.
// Run once when an icon changes: node scripts/make-icons.mjs
import { chromium } from 'playwright-core'
import { writeFileSync } from 'node:fs'

const shapes = {
  home: '<path d="M12 38 L40.5 14 L69 38 V68 H50 V50 H31 V68 H12 Z" fill="none" stroke="C" stroke-width="6" stroke-linejoin="round"/>',
  guides: '<rect x="16" y="10" width="49" height="61" rx="6" fill="none" stroke="C" stroke-width="6"/><path d="M27 28 H54 M27 41 H54 M27 54 H44" stroke="C" stroke-width="6" stroke-linecap="round"/>',
  estimate: '<rect x="14" y="10" width="53" height="61" rx="7" fill="none" stroke="C" stroke-width="6"/><rect x="24" y="20" width="33" height="12" rx="2" fill="C"/><circle cx="28" cy="45" r="4" fill="C"/><circle cx="40.5" cy="45" r="4" fill="C"/><circle cx="53" cy="45" r="4" fill="C"/><circle cx="28" cy="59" r="4" fill="C"/><circle cx="40.5" cy="59" r="4" fill="C"/><circle cx="53" cy="59" r="4" fill="C"/>',
  me: '<circle cx="40.5" cy="28" r="14" fill="none" stroke="C" stroke-width="6"/><path d="M13 70 C16 52 28 46 40.5 46 C53 46 65 52 68 70" fill="none" stroke="C" stroke-width="6" stroke-linecap="round"/>',
}
const colors = { '': '#5c6670', '-active': '#14705a' }

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] })
const page = await browser.newPage({ viewport: { width: 81, height: 81 } })
for (const [name, svg] of Object.entries(shapes)) {
  for (const [suffix, color] of Object.entries(colors)) {
    const body = `<svg xmlns="http://www.w3.org/2000/svg" width="81" height="81" viewBox="0 0 81 81">${svg.replaceAll('"C"', `"${color}"`)}</svg>`
    await page.setContent(`<html><body style="margin:0;background:transparent">${body}</body></html>`)
    const png = await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: 81, height: 81 } })
    writeFileSync(`src/assets/tabbar/${name}${suffix}.png`, png)
  }
}
await browser.close()
console.log('icons written to src/assets/tabbar/')
