// Renders the tab-bar icons (81×81, grey and selected green) from inline SVG with Debian's Chromium and writes them
// as 16-level palette PNGs (about a quarter of the size of a screenshot PNG; they ship in the main package).
// Run once when an icon changes: node scripts/make-icons.mjs
import { chromium } from 'playwright-core'
import { writeFileSync } from 'node:fs'
import { deflateSync } from 'node:zlib'

const SIZE = 81
const shapes = {
  home: '<path d="M12 38 L40.5 14 L69 38 V68 H50 V50 H31 V68 H12 Z" fill="none" stroke="#000" stroke-width="6" stroke-linejoin="round"/>',
  guides: '<rect x="16" y="10" width="49" height="61" rx="6" fill="none" stroke="#000" stroke-width="6"/><path d="M27 28 H54 M27 41 H54 M27 54 H44" stroke="#000" stroke-width="6" stroke-linecap="round"/>',
  estimate: '<rect x="14" y="10" width="53" height="61" rx="7" fill="none" stroke="#000" stroke-width="6"/><rect x="24" y="20" width="33" height="12" rx="2" fill="#000"/><circle cx="28" cy="45" r="4"/><circle cx="40.5" cy="45" r="4"/><circle cx="53" cy="45" r="4"/><circle cx="28" cy="59" r="4"/><circle cx="40.5" cy="59" r="4"/><circle cx="53" cy="59" r="4"/>',
  me: '<circle cx="40.5" cy="28" r="14" fill="none" stroke="#000" stroke-width="6"/><path d="M13 70 C16 52 28 46 40.5 46 C53 46 65 52 68 70" fill="none" stroke="#000" stroke-width="6" stroke-linecap="round"/>',
}
const colors = { '': [0x5c, 0x66, 0x70], '-active': [0x14, 0x70, 0x5a] }

const CRC = Array.from({ length: 256 }, (_, n) => {
  let c = n
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  return c >>> 0
})
const crc32 = (buf) => {
  let c = 0xffffffff
  for (const b of buf) c = CRC[(c ^ b) & 0xff] ^ (c >>> 8)
  return (c ^ 0xffffffff) >>> 0
}
function chunk(type, data) {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data])
  const len = Buffer.alloc(4)
  len.writeUInt32BE(data.length)
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(body))
  return Buffer.concat([len, body, crc])
}

/** One colour at 16 alpha levels: a palette PNG with transparency. */
function palettePng(alpha, [r, g, b]) {
  const ihdr = Buffer.alloc(13)
  ihdr.writeUInt32BE(SIZE, 0)
  ihdr.writeUInt32BE(SIZE, 4)
  ihdr.set([8, 3, 0, 0, 0], 8)
  const plte = Buffer.from(Array.from({ length: 16 }, () => [r, g, b]).flat())
  const trns = Buffer.from(Array.from({ length: 16 }, (_, i) => i * 17))
  const raw = Buffer.alloc(SIZE * (SIZE + 1))
  for (let y = 0; y < SIZE; y++) for (let x = 0; x < SIZE; x++) raw[y * (SIZE + 1) + 1 + x] = Math.round(alpha[y * SIZE + x] / 17)
  const sig = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
  return Buffer.concat([sig, chunk('IHDR', ihdr), chunk('PLTE', plte), chunk('tRNS', trns), chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0))])
}

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] })
const page = await browser.newPage()
for (const [name, svg] of Object.entries(shapes)) {
  const alpha = await page.evaluate(async ({ svg, size }) => {
    const img = new Image()
    img.src = `data:image/svg+xml,${encodeURIComponent(`<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 81 81">${svg}</svg>`)}`
    await img.decode()
    const canvas = Object.assign(document.createElement('canvas'), { width: size, height: size })
    const ctx = canvas.getContext('2d')
    ctx.drawImage(img, 0, 0)
    return [...ctx.getImageData(0, 0, size, size).data].filter((_, i) => i % 4 === 3)
  }, { svg, size: SIZE })
  for (const [suffix, rgb] of Object.entries(colors)) writeFileSync(`src/assets/tabbar/${name}${suffix}.png`, palettePng(alpha, rgb))
}
await browser.close()
console.log('icons written to src/assets/tabbar/')
