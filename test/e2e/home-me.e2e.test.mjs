// 首页 and 我的: first launch asks for the profile, which prefills the estimator; a guide in progress shows on 首页;
// export and clearing work (nothing of the user's stays in storage); and
// nothing is wider than a 375 px phone, normal or in 长辈模式.
import { test, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { startApp, current, open, settle, overflowing } from './harness.mjs'

let app
before(async () => { app = await startApp() })
after(async () => { await app?.close() })

async function userKeys(page) {
  return page.evaluate(() => Object.keys(localStorage).filter((k) => !k.startsWith('taro')))
}

test('first launch → profile in three taps → shown on 首页 and 我的 → clear data → first launch again', async () => {
  const { page, errors, external } = await app.newPage()
  await open(page, app.url, '/pages/home/index')
  const home = current(page)
  assert.equal(await home.locator('[data-section="onboarding"]').count(), 1)
  await home.locator('[data-choice="region-beijing"]').click()
  await home.locator('[data-choice="scheme-employee"]').click()
  await home.locator('[data-choice="status-retired"]').click()
  await home.locator('[data-choice="age-60-69"]').click()
  await home.locator('[data-action="save-profile"]').click()
  await home.locator('[data-section="profile"]').waitFor()
  assert.match(await home.locator('[data-section="profile"]').innerText(), /北京 · 职工医保 · 退休 · 60–69岁/)

  await page.reload()
  await settle(page)
  assert.match(await current(page).locator('[data-section="profile"]').innerText(), /北京 · 职工医保 · 退休/)

  await page.locator('.weui-tabbar__item', { hasText: '测算' }).click()
  await settle(page)
  for (const choice of ['region-beijing', 'scheme-employee', 'status-retired']) {
    const cls = await current(page).locator(`[data-choice="${choice}"]`).getAttribute('class')
    assert.match(cls, /choice-group__option--on/, `estimate form prefilled: ${choice}`)
  }

  // A guide in progress shows on 首页 with its next step.
  await open(page, app.url, '/package-guide/pages/detail/index?id=remote-temporary')
  await current(page).locator('[data-step="check"] .guide-step__head').click()
  await open(page, app.url, '/pages/home/index')
  assert.match(await current(page).locator('[data-guide-progress="remote-temporary"]').innerText(), /继续：.*1\/6[\s\S]*下一步/)

  await page.locator('.weui-tabbar__item', { hasText: '我的' }).click()
  await settle(page)
  const me = current(page)
  assert.match(await me.innerText(), /北京 · 职工医保 · 退休/)
  await me.locator('[data-action="export"]').click()
  await page.waitForFunction(() => navigator.clipboard.readText().then((t) => t.includes('本机数据导出')))
  const text = await page.evaluate(() => navigator.clipboard.readText())
  assert.match(text, /参保地：北京/)
  assert.match(text, /不含身份证号、手机号/)

  assert.ok((await userKeys(page)).includes('profile'))
  await me.locator('[data-action="clear"]').click()
  await page.getByText('清除', { exact: true }).last().click()
  await page.waitForFunction(() => !localStorage.getItem('profile'))
  assert.deepEqual(await userKeys(page), [])
  await page.reload()
  await settle(page)
  assert.deepEqual(await userKeys(page), [])
  await page.locator('.weui-tabbar__item', { hasText: '首页' }).click()
  await settle(page)
  assert.equal(await current(page).locator('[data-section="onboarding"]').count(), 1)
  assert.equal(await current(page).locator('[data-guide-progress]').count(), 0)
  assert.deepEqual(errors, [])
  assert.deepEqual(external, [])
})

test('首页 and 我的 fit a 375 px screen, in normal and 长辈模式', async () => {
  const { page, errors } = await app.newPage({ width: 375, height: 740 })
  for (const elder of [false, true]) {
    if (elder) {
      await open(page, app.url, '/pages/me/index')
      await current(page).locator('#elder-switch').click()
      await page.waitForFunction(() => document.querySelector('[data-elder="on"]'))
    }
    for (const path of ['/pages/home/index', '/pages/me/index']) {
      await open(page, app.url, path)
      assert.deepEqual(await overflowing(page), [], `${path} elder=${elder}`)
      await page.screenshot({ path: `test-results/${path.split('/')[2]}-${elder ? 'elder' : 'normal'}-375.png` })
    }
  }
  assert.deepEqual(errors, [])
})
