// 家庭共济 in a real browser: the roster (reached from 我的, kept across reloads, deleted only after confirming),
// the checker for a roster member, its share link opened cold in a fresh page, a tampered link, 长辈模式 width.
import { test, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { startApp, current, open, settle } from './harness.mjs'

let app
before(async () => { app = await startApp() })
after(async () => { await app?.close() })

const CHECKER = '/package-family/pages/checker/index'

/** Stores a profile and 长辈模式 choice the way the app does (Taro H5 storage wraps values in {data}). */
async function seed(page, { elder = false } = {}) {
  await open(page, app.url, '/pages/home/index')
  await page.evaluate((e) => {
    const put = (k, state) => localStorage.setItem(k, JSON.stringify({ data: JSON.stringify({ state, version: 1 }) }))
    put('profile', { regionId: 'beijing', scheme: 'employee', status: 'working', ageBand: '45-59', onboarded: true })
    put('settings', { elderMode: e ? 'on' : 'off' })
  }, elder)
  await page.reload()
  await settle(page)
}

const tap = async (page, selector) => {
  await current(page).locator(selector).first().click()
}
/** Taps a link and waits until the page it opens is on top. */
const follow = async (page, selector, path) => {
  await tap(page, selector)
  await page.waitForFunction(
    (p) => [...document.querySelectorAll('.taro_page.taro_page_stationed')].some((el) => el.id.startsWith(p) && getComputedStyle(el).transform === 'none'),
    path,
  )
  await settle(page)
}
const noOverflow = async (page) => assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), 'no horizontal overflow')

test('adds a family member from 我的, keeps it across a reload, checks it and shares the verdict', async () => {
  const { page, errors, external } = await app.newPage()
  await seed(page)
  await open(page, app.url, '/pages/me/index')
  await follow(page, '[data-to="/package-family/pages/members/index"]', '/package-family/pages/members/index')
  assert.match(await current(page).innerText(), /不保存姓名、身份证号和手机号/)

  await tap(page, '[data-action="add-member"]')
  await tap(page, '[data-action="save-member"]')
  assert.match(await current(page).innerText(), /请填写称呼/)
  await current(page).locator('#member-nickname input').fill('老爸')
  await tap(page, '[data-choice="member-relation-father"]')
  await tap(page, '[data-choice="member-region-nanchang"]')
  await tap(page, '[data-choice="member-scheme-resident"]')
  await tap(page, '[data-action="save-member"]')
  await current(page).locator('[data-member]').first().waitFor()
  assert.match(await current(page).innerText(), /老爸[\s\S]*父亲 · 南昌 · 居民医保/)

  await page.reload()
  await settle(page)
  assert.match(await current(page).innerText(), /老爸[\s\S]*父亲 · 南昌 · 居民医保/)
  assert.match(await page.evaluate(() => localStorage.getItem('family')), /老爸/)

  await follow(page, `[data-to="${CHECKER}"]`, CHECKER)
  assert.match(await current(page).innerText(), /北京 · 职工医保 · 有个人账户/)
  await current(page).locator('[role="radio"]', { hasText: '老爸' }).click()
  await tap(page, '[data-choice="purpose-medical-bill"]')
  await tap(page, '[data-action="check"]')
  const verdict = current(page).locator('[data-verdict]')
  await verdict.waitFor()
  assert.equal(await verdict.getAttribute('data-verdict'), 'confirm')
  const said = await verdict.innerText()
  assert.match(said, /需要确认[\s\S]*跨省共济/)
  assert.match(await current(page).innerText(), /家人：父亲 · 南昌 · 居民医保[\s\S]*依据[\s\S]*国办发〔2024〕38号[\s\S]*待核实/)
  await noOverflow(page)

  const share = current(page).locator('[data-share-path]')
  const path = await share.getAttribute('data-share-path')
  assert.match(path, /^\/package-family\/pages\/checker\/index\?q=f1\.[a-z0-9.~-]+$/)
  assert.doesNotMatch(path, /老爸|%/)
  await share.click()
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), `${app.url}/#${path}`)

  const fresh = await app.newPage()
  await open(fresh.page, app.url, path)
  const again = current(fresh.page).locator('[data-verdict]')
  assert.equal(await again.innerText(), said)
  assert.match(await current(fresh.page).innerText(), /家人：父亲 · 南昌 · 居民医保/)
  assert.equal(await current(fresh.page).locator('[data-action="check"]').count(), 0)

  assert.deepEqual([...errors, ...fresh.errors], [])
  assert.deepEqual([...external, ...fresh.external], [])
})

test('a tampered checker link opens the empty checker with a notice', async () => {
  const { page, errors, external } = await app.newPage()
  await seed(page)
  await open(page, app.url, `${CHECKER}?q=f1.beijing.eyfrxh.nanchang.0000000`)
  const notice = current(page).locator('[role="alert"]')
  await notice.waitFor()
  assert.match(await notice.innerText(), /链接不完整或被改动过/)
  assert.equal(await current(page).locator('[data-verdict]').count(), 0)
  assert.equal(await current(page).locator('[data-action="check"]').count(), 1)
  assert.deepEqual(errors, [])
  assert.deepEqual(external, [])
})

test('长辈模式 at 375 px: the explainer, checker and roster fit without sideways scrolling; delete asks first', async () => {
  const { page, errors, external } = await app.newPage()
  await seed(page, { elder: true })
  await open(page, app.url, '/package-family/pages/index/index')
  assert.equal(await current(page).locator('.page').first().getAttribute('data-elder'), 'on')
  const text = await current(page).innerText()
  assert.match(text, /原来的规定：配偶、父母、子女[\s\S]*国办发〔2021〕14号[\s\S]*现行规定：扩大到近亲属[\s\S]*国办发〔2024〕38号/)
  assert.match(text, /你的参保地：北京[\s\S]*省内共济[\s\S]*跨省共济/)
  await noOverflow(page)
  await follow(page, '[data-action="open-checker"]', CHECKER)
  await noOverflow(page)

  await open(page, app.url, '/package-family/pages/members/index')
  await tap(page, '[data-action="add-member"]')
  await current(page).locator('#member-nickname input').fill('妈妈')
  await tap(page, '[data-choice="member-relation-mother"]')
  await tap(page, '[data-choice="member-region-other"]')
  await tap(page, '[data-choice="member-scheme-employee"]')
  await tap(page, '[data-choice="member-status-retired"]')
  await tap(page, '[data-action="save-member"]')
  await current(page).locator('[data-member]').first().waitFor()
  await noOverflow(page)
  await tap(page, '[data-action="remove-member"]')
  await page.locator('.taro__modal').getByText('删除', { exact: true }).click()
  await current(page).getByText('还没有添加家人。').waitFor()
  assert.deepEqual(errors, [])
  assert.deepEqual(external, [])
})
