// The app shell in a real browser: tabs, a subpackage page, 长辈模式 (kept across reloads and following the
// browser's font size), shared URLs opened cold, no console errors, no requests to other hosts.
import { test, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { startApp, current, open, settle, fontSize } from './harness.mjs'

let app
before(async () => { app = await startApp() })
after(async () => { await app?.close() })

test('taps through all four tabs and opens a subpackage page', async () => {
  const { page, errors, external } = await app.newPage()
  await open(page, app.url, '/pages/home/index')
  assert.match(await current(page).innerText(), /医保小帮手/)
  for (const [tab, text] of [['指南', '办事指南'], ['测算', '报销测算'], ['我的', '长辈模式'], ['首页', '我该办哪个']]) {
    await page.locator('.weui-tabbar__item', { hasText: tab }).click()
    await settle(page)
    assert.match(await current(page).innerText(), new RegExp(text), `tab ${tab}`)
  }
  await current(page).locator('[data-to="/package-policy/pages/index/index"]').click()
  await settle(page)
  assert.match(page.url(), /#\/package-policy\/pages\/index\/index/)
  assert.match(await current(page).innerText(), /政策库/)
  assert.deepEqual(errors, [])
  assert.deepEqual(external, [])
})

test('长辈模式 enlarges the type, and the choice survives a reload', async () => {
  const { page, errors } = await app.newPage()
  await open(page, app.url, '/pages/me/index')
  const before = await fontSize(page, '.t-h2')
  await current(page).locator('#elder-switch').click()
  await page.waitForFunction(() => document.querySelector('[data-elder="on"]'))
  const after = await fontSize(page, '.t-h2')
  assert.ok(after >= before * 1.25, `type grows: ${before}px → ${after}px`)
  const stored = await page.evaluate(() => localStorage.getItem('settings'))
  assert.match(stored, /"elderMode\\?":\\?"on\\?"/)
  await page.reload()
  await settle(page)
  assert.equal(await current(page).locator('.page').first().getAttribute('data-elder'), 'on')
  assert.equal(await fontSize(page, '.t-h2'), after)
  assert.deepEqual(errors, [])
})

test('a large browser font switches 长辈模式 on automatically', async () => {
  const { page, context, errors } = await app.newPage()
  const cdp = await context.newCDPSession(page)
  await cdp.send('Page.enable')
  await cdp.send('Page.setFontSizes', { fontSizes: { standard: 24 } })
  await open(page, app.url, '/pages/home/index')
  assert.equal(await current(page).locator('.page').first().getAttribute('data-elder'), 'on')
  assert.deepEqual(errors, [])
})

test('a shared URL opens its page cold, with the bottom tabs for tab pages', async () => {
  const { page, errors } = await app.newPage()
  await open(page, app.url, '/package-rules/pages/about/index')
  assert.match(await current(page).innerText(), /数据说明/)
  const { page: tabPage } = await app.newPage()
  await open(tabPage, app.url, '/pages/estimate/index')
  assert.match(await current(tabPage).innerText(), /报销测算/)
  assert.equal(await tabPage.locator('.weui-tabbar__item').count(), 4)
  assert.deepEqual(errors, [])
})

test('corrupted stored settings reset with one notice and nothing else is lost', async () => {
  const { page, errors } = await app.newPage()
  await open(page, app.url, '/pages/home/index')
  await page.evaluate(() => {
    localStorage.setItem('settings', JSON.stringify({ data: '{broken' }))
    localStorage.setItem('other-key', JSON.stringify({ data: 'kept' }))
  })
  await page.reload()
  await settle(page)
  const notice = current(page).locator('[role="alert"]')
  assert.equal(await notice.count(), 1)
  assert.match(await notice.innerText(), /显示设置.*无法读取/)
  assert.equal(await page.evaluate(() => localStorage.getItem('other-key')), JSON.stringify({ data: 'kept' }))
  await notice.getByText('知道了').click()
  assert.equal(await current(page).locator('[role="alert"]').count(), 0)
  assert.deepEqual(errors, [])
})
