// 办事指南 in a real browser: the wizard leads to a guide, steps and materials are ticked and kept across a reload,
// 首页 says "继续…", a working-day deadline across 春节 2026 is saved as a reminder, the text version is copied, the
// PNG card is generated, the tab's search ranks plain-words questions, shared links open cold, an unknown id is
// explained, and every page fits a 375 px screen in 长辈模式.
import { test, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { writeFileSync, mkdirSync } from 'node:fs'
import { startApp, current, open, settle, overflowing, fontSize } from './harness.mjs'

let app
before(async () => { app = await startApp() })
after(async () => { await app?.close() })

const TAB = '/pages/guides/index'
const HOME = '/pages/home/index'
const DETAIL = '/package-guide/pages/detail/index'
const WIZARD = '/package-guide/pages/wizard/index'

/** After a tap that navigates: wait for the address to change, then for the new page to slide in. */
async function landOn(page, hash) {
  await page.waitForFunction((h) => location.hash === h, `#${hash}`)
  await settle(page)
}

/** Stores the 长辈模式 choice the way the app does (Taro H5 storage wraps values in {data}). */
async function seedElder(page) {
  await open(page, app.url, HOME)
  await page.evaluate(() => {
    localStorage.setItem('settings', JSON.stringify({ data: JSON.stringify({ state: { elderMode: 'on' }, version: 1 }) }))
  })
  await page.reload()
  await settle(page)
}

/**
 * Picks a date in Taro's H5 date picker: opens it, drags each column by whole rows (positive = earlier values,
 * one row is 34 px), and confirms.
 */
async function pickDate(page, rowsByColumn) {
  await current(page).locator('[data-field="anchor"]').click()
  const overlay = page.locator('.weui-picker__overlay:not([style*="none"])')
  await page.waitForFunction(() => {
    const sheet = [...document.querySelectorAll('.weui-picker__overlay')].find((o) => o.style.display !== 'none')?.querySelector('.weui-picker')
    return sheet && Math.abs(sheet.getBoundingClientRect().bottom - innerHeight) < 1 && getComputedStyle(sheet).animationName !== 'none'
  })
  await page.waitForTimeout(400)
  for (const [column, rows] of Object.entries(rowsByColumn)) {
    const box = await overlay.locator('taro-picker-group').nth(Number(column)).boundingBox()
    const x = box.x + box.width / 2
    const y = box.y + box.height / 2
    await page.mouse.move(x, y)
    await page.mouse.down()
    for (let i = 1; i <= 5; i++) await page.mouse.move(x, y + (34 * rows * i) / 5)
    await page.mouse.up()
    await page.waitForTimeout(400)
  }
  await overlay.getByText('确定').click()
}

test('wizard → guide; ticked steps and materials survive a reload; 首页 and the tab show the progress', async () => {
  const { page, errors, external } = await app.newPage()
  await open(page, app.url, TAB)
  await current(page).getByText('我该办哪个？').click()
  await landOn(page, WIZARD)
  const wizard = current(page)
  for (const value of ['treatment', 'cross-province', 'planning', 'no', 'trip']) {
    const q = await wizard.locator('[data-question]').getAttribute('data-question')
    await wizard.locator(`[data-option="${value}"]`).click()
    await page.waitForFunction((prev) => document.querySelector('.taro_page_show [data-question]')?.getAttribute('data-question') !== prev, q)
  }
  const result = wizard.locator('[data-result]')
  assert.equal(await result.getAttribute('data-result'), 'remote-temporary')
  assert.match(await result.innerText(), /短期去外地（探亲、旅游、出差）：临时外出就医备案[\s\S]*短期外出的，办“其他临时外出就医”备案/)
  assert.match(await wizard.locator('[data-section="trail"]').innerText(), /看病、住院和报销[\s\S]*不在同一个省[\s\S]*还没去[\s\S]*短期出门/)
  await wizard.locator('[data-action="open-guide"]').click()
  await landOn(page, `${DETAIL}?id=remote-temporary`)

  const guide = current(page)
  for (const step of ['check', 'prepare', 'apply']) await guide.locator(`[data-step="${step}"] .guide-step__head`).click()
  await guide.locator('[data-material="id-proof"]').click()
  assert.equal(await guide.locator('[data-progress]').first().getAttribute('data-progress'), '3/6')
  assert.match(await guide.locator('[data-section="materials"] .t-h2').innerText(), /1\/2/)

  await page.reload()
  await settle(page)
  const again = current(page)
  const done = await again.locator('[data-step]').evaluateAll((els) => els.map((e) => `${e.getAttribute('data-step')}:${e.getAttribute('data-done')}`))
  assert.deepEqual(done, ['check:yes', 'prepare:yes', 'apply:yes', 'wait:no', 'hospital:no', 'visit:no'])
  assert.equal(await again.locator('[data-material="id-proof"]').getAttribute('data-ticked'), 'yes')
  assert.equal(await again.locator('[data-material="insurance-card"]').getAttribute('data-ticked'), 'no')

  await open(page, app.url, HOME)
  const row = current(page).locator('[data-guide-progress="remote-temporary"]')
  assert.match(await row.innerText(), /继续：短期去外地（探亲、旅游、出差）：临时外出就医备案 3\/6\s*下一步：等审核，查备案记录/)
  await row.click()
  await landOn(page, `${DETAIL}?id=remote-temporary`)

  await open(page, app.url, TAB)
  assert.match(await current(page).locator('[data-guide="remote-temporary"]').innerText(), /已完成 3\/6 步/)
  assert.deepEqual(errors, [])
  assert.deepEqual(external, [])
})

test('补办 deadline across 春节 2026, saved as a reminder on 首页; copy the text; generate the PNG card', async () => {
  const { page, errors, external } = await app.newPage({ today: '2026-02-13' })
  await open(page, app.url, `${DETAIL}?id=late-filing`)
  // The picker opens on today (2026-02-13); one row down on the day column is 2026-02-12, a Thursday.
  await pickDate(page, { 2: 1 })
  const result = current(page).locator('[data-deadline]')
  await result.waitFor()
  // 3 working days after Thu 2026-02-12: Fri 13 (1), Sat 14 is a make-up working day (2), 15–23 are the 春节
  // holiday, so the third working day is Tue 2026-02-24 — 11 days after "today", 2026-02-13.
  assert.equal(await result.getAttribute('data-deadline'), '2026-02-24')
  assert.equal(await result.getAttribute('data-approximate'), 'no')
  assert.match(await result.innerText(), /2026年2月24日（星期二）[\s\S]*还剩 11 天/)
  assert.match(await current(page).locator('[data-field="anchor"]').innerText(), /2026年2月12日（星期四）/)
  assert.match(await current(page).locator('[data-section="deadline"]').innerText(), /默认值，待核实/)

  await current(page).locator('[data-action="save-reminder"]').click()
  await current(page).locator('[data-saved="2026-02-24"]').waitFor()

  await current(page).locator('[data-action="copy-text"]').click()
  await page.waitForFunction(() => navigator.clipboard.readText().then((t) => t.startsWith('【已经在外地住院')))
  const text = await page.evaluate(() => navigator.clipboard.readText())
  assert.match(text, /建议补办备案的日期（提醒）：2026年2月24日（星期二）/)
  assert.match(text, /第一步：先告诉医院您还没备案/)
  assert.match(text, /查看详情：http:\/\/[^\s]+\/#\/package-guide\/pages\/detail\/index\?id=late-filing/)
  assert.match(text, /12393 医保服务热线，或问参保地医保局。$/)

  await current(page).locator('[data-action="make-card"]').click()
  const img = current(page).locator('[data-card-ready="yes"] img')
  await img.waitFor({ state: 'attached' })
  const src = await img.getAttribute('src')
  assert.match(src, /^data:image\/png;base64,/)
  const png = Buffer.from(src.slice(src.indexOf(',') + 1), 'base64')
  assert.equal(png.subarray(1, 4).toString('latin1'), 'PNG')
  const [width, height] = [png.readUInt32BE(16), png.readUInt32BE(20)]
  assert.equal(width, 750)
  assert.ok(height > 1500 && height < 4096, `card height ${height}`)
  mkdirSync('test-results', { recursive: true })
  writeFileSync('test-results/guide-card-late-filing.png', png)
  assert.match(await current(page).locator('[data-card-ready="yes"]').innerText(), /长按图片保存/)

  await open(page, app.url, HOME)
  const reminder = current(page).locator('[data-reminder="late-filing-deadline"]')
  assert.match(await reminder.innerText(), /出院前补办：建议补办备案的日期（提醒）\s*2026年2月24日（星期二），还剩 11 天/)
  assert.deepEqual(errors, [])
  assert.deepEqual(external, [])
})

test('the tab’s search puts the expected guide first for plain-words questions', async () => {
  const { page, errors, external } = await app.newPage()
  await open(page, app.url, TAB)
  assert.equal(await current(page).locator('[data-guide]').count(), 15)
  const search = current(page).locator('#guide-search input')
  const cases = [
    ['在外地住院了怎么报销', 'late-filing'],
    ['爸妈去外地养老怎么备案', 'remote-retired'],
    ['医保卡给孩子用', 'family-binding'],
    ['已经出院了还能报吗', 'manual-claim-after-discharge'],
    ['宝宝怎么上医保', 'resident-enrolment'],
  ]
  for (const [query, id] of cases) {
    await search.fill(query)
    await page.waitForFunction((want) => document.querySelector('.taro_page_show [data-section="search-results"] [data-guide]')?.getAttribute('data-guide') === want, id)
  }
  await search.fill('xyz')
  await current(page).locator('[data-section="no-match"]').waitFor()
  await current(page).locator('[data-action="clear-search"]').click()
  await page.waitForFunction(() => document.querySelectorAll('.taro_page_show [data-guide]').length === 15)
  await search.fill('外地急诊抢救怎么报')
  await page.waitForFunction(() => document.querySelector('.taro_page_show [data-section="search-results"] [data-guide]')?.getAttribute('data-guide') === 'remote-emergency')
  await current(page).locator('[data-section="search-results"] [data-guide]').first().click()
  await landOn(page, `${DETAIL}?id=remote-emergency`)
  assert.match(await current(page).locator('.t-title').first().innerText(), /在外地突发急病：异地急诊抢救/)
  assert.deepEqual(errors, [])
  assert.deepEqual(external, [])
})

test('a shared guide link opens cold; an unknown id says 未找到这份指南 with a notice and a way back', async () => {
  const { page, errors, external } = await app.newPage()
  await open(page, app.url, `${DETAIL}?id=family-binding`)
  const guide = current(page)
  assert.match(await guide.locator('.t-title').first().innerText(), /家庭共济：用自己的医保个人账户给家人付费/)
  assert.equal(await guide.locator('[data-step]').count(), 5)
  assert.equal(await guide.locator('[data-section="deadline"]').count(), 0)
  assert.equal(await guide.locator('.notice-bar').count(), 0)
  assert.match(await guide.locator('[data-section="ending"]').innerText(), /12393/)
  assert.ok(await guide.locator('[data-section="sources"] [data-confidence]').count() >= 3)

  await open(page, app.url, `${DETAIL}?id=no-such-guide`)
  const missing = current(page)
  assert.match(await missing.locator('[data-section="not-found"]').innerText(), /未找到这份指南/)
  assert.match(await missing.locator('.notice-bar').innerText(), /链接里的指南没有找到/)
  await missing.getByText('查看全部办事指南').click()
  await landOn(page, TAB)
  assert.deepEqual(errors, [])
  assert.deepEqual(external, [])
})

test('长辈模式 at 375 px: larger type, one action per line, nothing wider than the screen', async () => {
  const { page, errors, external } = await app.newPage({ width: 375, height: 740, today: '2026-02-13' })
  await open(page, app.url, `${DETAIL}?id=late-filing`)
  const normalTitle = await fontSize(page, '.guide-step__title')
  const normalAction = await fontSize(page, '.guide-step__action')
  await seedElder(page)
  await open(page, app.url, `${DETAIL}?id=late-filing`)
  assert.ok(await current(page).locator('[data-elder="on"]').count())
  assert.ok((await fontSize(page, '.guide-step__title')) > normalTitle)
  assert.ok((await fontSize(page, '.guide-step__action')) > normalAction)
  await pickDate(page, { 2: 1 })
  await current(page).locator('[data-deadline="2026-02-24"]').waitFor()
  await current(page).locator('[data-step="tell-hospital"] .guide-step__head').click()
  await current(page).locator('[data-action="make-card"]').click()
  await current(page).locator('[data-card-ready="yes"] img').waitFor({ state: 'attached' })
  // Each action of a step is its own line box.
  const lines = await current(page).locator('[data-step="choose-type"] .guide-step__action').evaluateAll((els) => els.map((e) => getComputedStyle(e).display))
  assert.deepEqual(lines, ['block', 'block', 'block', 'block'])
  assert.deepEqual(await overflowing(page), [], 'detail')
  assert.match(await current(page).locator('[data-section="ending"]').innerText(), /12393/)
  await page.screenshot({ path: 'test-results/guide-detail-elder-375.png' })

  for (const path of [TAB, WIZARD, HOME, `${DETAIL}?id=resident-enrolment`]) {
    await open(page, app.url, path)
    assert.deepEqual(await overflowing(page), [], path)
  }
  await open(page, app.url, WIZARD)
  for (const value of ['treatment', 'cross-province', 'discharged']) {
    await current(page).locator(`[data-option="${value}"]`).click()
    await page.waitForTimeout(100)
  }
  assert.deepEqual(await overflowing(page), [], 'wizard with a trail')
  await page.screenshot({ path: 'test-results/guide-wizard-elder-375.png' })
  assert.deepEqual(errors, [])
  assert.deepEqual(external, [])
})
