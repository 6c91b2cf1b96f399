// 报销测算 end to end: the form, the result with the dataset's numbers, a shared link opened cold, a tampered link,
// history, a field error, the draft kept across reloads, and 375 px in 长辈模式.
import { test, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { startApp, current, open, settle, overflowing } from './harness.mjs'

let app
before(async () => { app = await startApp() })
after(async () => { await app?.close() })

const FORM = '/pages/estimate/index'
const field = (page, id) => current(page).locator(`#${id} input, input#${id}`).first()
const amount = (page, key) => current(page).locator(`[data-amount="${key}"]`).innerText()

/** 北京 · 职工在职 · 三级医院住院, local: 50,000 元, 全自费 2,000, 乙类 10,000. */
async function fillBeijing(page) {
  const form = current(page)
  await form.locator('[data-choice="region-beijing"]').click()
  await form.locator('[data-choice="scheme-employee"]').click()
  await form.locator('[data-choice="status-working"]').click()
  await form.locator('[data-choice="level-3"]').click()
  await field(page, 'total').fill('50000')
  await field(page, 'selfPay').fill('2000')
  await field(page, 'classB').fill('10000')
}

async function assertBeijingNumbers(page) {
  // Dataset 北京 职工 在职 三级 (regions.json): 起付线 1,300; 85% up to 30,000, 90% to 40,000, 95% above; 乙类先行自付 10%.
  // 乙类先行自付 10% × 10,000 = 1,000 → 政策范围内 50,000 − 2,000 − 1,000 = 47,000.
  // Fund: 85% × (30,000 − 1,300) = 24,395; 90% × 10,000 = 9,000; 95% × 7,000 = 6,650 → 40,045.
  // No 大病 layer for 北京 职工 in the dataset → 0. The person: 50,000 − 40,045 = 9,955 (80.09% reimbursed).
  assert.match(await amount(page, 'fund'), /40,045\.00 元/)
  assert.match(await amount(page, 'critical'), /0\.00 元/)
  assert.match(await amount(page, 'personal'), /9,955\.00 元/)
  const text = await current(page).innerText()
  assert.match(text, /80\.09%/)
  assert.match(text, /1,300\.00–30,000\.00 元部分按 85% 报销，基金支付 24,395\.00 元/)
  assert.match(text, /测算仅供参考，以医保结算为准/)
  assert.ok((await current(page).locator('[data-confidence]').count()) >= 8, 'every figure has a confidence mark')
}

test('form → result with the dataset numbers → the shared link opened cold → saved in history', async () => {
  const { page, errors, external } = await app.newPage()
  await open(page, app.url, FORM)
  await fillBeijing(page)
  await current(page).locator('[data-action="estimate"]').click()
  await settle(page)
  assert.match(page.url(), /#\/package-estimate\/pages\/result\/index\?q=1\.beijing\./)
  await assertBeijingNumbers(page)
  // What-if: 一级 is one 90% segment: fund 90% × 45,700 = 41,130 → 1,085 less.
  assert.match(await current(page).locator('[data-what-if="level-1"]').innerText(), /少付 1,085\.00 元/)

  const shared = page.url()
  const other = await app.newPage()
  await other.page.goto(shared)
  await settle(other.page)
  await assertBeijingNumbers(other.page)
  assert.deepEqual(other.errors, [])
  assert.deepEqual(other.external, [])

  await current(page).locator('[data-action="save-estimate"]').click()
  await current(page).getByText('已保存到测算记录').waitFor()
  await current(page).locator('[data-action="open-history"]').click()
  await settle(page)
  const history = (await current(page).innerText()).replace(/\u00a0/g, ' ')
  assert.match(history, /北京 · 职工在职 · 三级医院住院/)
  assert.match(history, /保存于 2026-03-02/)
  assert.match(history, /总费用 50,000\.00 元/)
  assert.match(history, /自己付 9,955\.00 元/)
  await current(page).locator('[data-action="open-saved"]').click()
  await settle(page)
  await assertBeijingNumbers(page)
  assert.deepEqual(errors, [])
  assert.deepEqual(external, [])
})

test('a tampered link lands on the form with a notice', async () => {
  const { page, errors, external } = await app.newPage()
  await open(page, app.url, '/package-estimate/pages/result/index?q=1.beijing.ewi3ln.1.2z60w.4abk.lfls.0~0~0~0...0000000')
  await page.waitForURL(/#\/pages\/estimate\/index/)
  await settle(page)
  await current(page).getByText('链接已损坏或不完整，已为您打开空白测算表').waitFor()
  assert.equal(await current(page).locator('[data-action="estimate"]').count(), 1)
  assert.deepEqual(errors, [])
  assert.deepEqual(external, [])
})

test('全自费 above 总费用 is a field error, and the draft survives a reload', async () => {
  const { page, errors, external } = await app.newPage()
  await open(page, app.url, FORM)
  await fillBeijing(page)
  await field(page, 'total').fill('1000')
  await current(page).locator('[data-action="estimate"]').click()
  assert.equal(await current(page).locator('[data-error-for="selfPay"]').innerText(), '全自费金额不能大于总费用')
  assert.match(page.url(), /#\/pages\/estimate\/index/)

  await page.reload()
  await settle(page)
  assert.equal(await field(page, 'total').inputValue(), '1000')
  assert.equal(await field(page, 'selfPay').inputValue(), '2000')
  assert.equal(await field(page, 'classB').inputValue(), '10000')
  assert.equal(await current(page).locator('[data-choice="level-3"]').getAttribute('aria-checked'), 'true')
  assert.deepEqual(errors, [])
  assert.deepEqual(external, [])
})

test('长辈模式 at 375 px: the form and the result fit the screen', async () => {
  const { page, errors } = await app.newPage({ width: 375, height: 740 })
  await open(page, app.url, '/pages/me/index')
  await current(page).locator('#elder-switch').click()
  await page.waitForFunction(() => document.querySelector('[data-elder="on"]'))
  await open(page, app.url, FORM)
  await current(page).locator('[data-choice="location-national"]').click()
  await current(page).locator('[data-action="toggle-ytd"]').click()
  await fillBeijing(page)
  await current(page).locator('[data-choice="filing-none"]').click()
  assert.deepEqual(await overflowing(page), [], 'form')
  await page.screenshot({ path: 'test-results/estimate-form-elder-375.png' })
  await current(page).locator('[data-action="estimate"]').click()
  await settle(page)
  assert.equal(await current(page).locator('[data-elder="on"]').count(), 1)
  assert.match(await current(page).locator('[data-what-if="filed"]').innerText(), /如果办了临时外出就医备案/)
  assert.deepEqual(await overflowing(page), [], 'result')
  await page.screenshot({ path: 'test-results/estimate-result-elder-375.png' })
  await current(page).locator('[data-action="save-estimate"]').click()
  await current(page).locator('[data-action="open-history"]').click()
  await settle(page)
  assert.deepEqual(await overflowing(page), [], 'history')
  await open(page, app.url, '/package-estimate/pages/custom/index')
  await current(page).locator('[data-action="start-from-region"]').click()
  await current(page).locator('[data-choice="critical-on"]').click()
  // The form's case is 跨省 without filing: 北京's figures (95% top segment) and the national ceiling (−20 points).
  assert.equal(await field(page, 'seg-2-ratio').inputValue(), '95')
  assert.equal(await field(page, 'remote-none').inputValue(), '20')
  assert.deepEqual(await overflowing(page), [], 'custom')
  assert.deepEqual(errors, [])
})
