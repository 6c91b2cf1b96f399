// 政策库 in a real browser: search a region and open it, read a 待核实 figure with its source, open the national
// rules at a topic, copy the correction template, an unknown region id, and 长辈模式 at 375 px.
import { test, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { startApp, current, open, settle, overflowing } from './harness.mjs'

let app
before(async () => { app = await startApp() })
after(async () => { await app?.close() })

const INDEX = '/package-policy/pages/index/index'
const REGION = '/package-policy/pages/region/index'
const NATIONAL = '/package-rules/pages/national/index'
const ABOUT = '/package-rules/pages/about/index'

/** Stores the 长辈模式 choice the way the app does (Taro H5 storage wraps values in {data}). */
async function seedElder(page, elder) {
  await open(page, app.url, '/pages/home/index')
  await page.evaluate((e) => {
    localStorage.setItem('settings', JSON.stringify({ data: JSON.stringify({ state: { elderMode: e ? 'on' : 'off' }, version: 1 }) }))
  }, elder)
  await page.reload()
  await settle(page)
}

const regionRows = (page) => current(page).locator('[data-region]')

test('search a region, open it, see a 待核实 figure with its source and a disagreeing source, go to 测算', async () => {
  const { page, errors, external } = await app.newPage()
  await open(page, app.url, INDEX)
  assert.equal(await regionRows(page).count(), 14)
  assert.match(await current(page).locator('[data-region="beijing"]').innerText(), /已核实 \d+ 项[\s\S]*待核实 \d+ 项/)

  const search = current(page).locator('#policy-search input')
  await search.fill('sjz')
  await page.waitForFunction(() => document.querySelectorAll('.taro_page_show [data-region]').length === 1)
  assert.equal(await regionRows(page).first().getAttribute('data-region'), 'shijiazhuang')
  await search.fill('河北')
  await page.waitForFunction(() => document.querySelectorAll('.taro_page_show [data-region]').length === 2)
  await search.fill('没有这个地方')
  await current(page).locator('[data-section="no-match"]').waitFor()
  await search.fill('北京')
  await page.waitForFunction(() => document.querySelectorAll('.taro_page_show [data-region]').length === 1)

  await regionRows(page).first().click()
  await page.waitForURL((u) => u.hash === `#${REGION}?id=beijing`)
  await settle(page)
  const region = current(page)
  assert.match(await region.locator('.t-title').first().innerText(), /北京医保政策/)
  const titles = await region.locator('[data-section] .policy-section__title').allInnerTexts()
  assert.deepEqual(titles, ['职工医保住院', '职工门诊共济', '居民医保住院', '居民门诊', '大病保险', '异地就医', '居民医保缴费期', '家庭共济'])

  // 三级医院 segments of 职工住院: a third-party figure, its document on the row
  const row = region.locator('[data-section="employee-inpatient"] [data-row="segments-working-3"]')
  assert.match(await row.innerText(), /起付线以上至 3 万元 85%\s*3–4 万元 90%\s*4 万元以上 95%/)
  const badge = row.locator('.policy-source').first().locator('.badge')
  assert.equal((await badge.innerText()).trim(), '待核实')
  assert.match(await row.locator('.policy-source__doc').first().innerText(), /北京职工住院分段比例/)
  await badge.click()
  const source = row.locator('.confidence-badge__source')
  await source.waitFor()
  assert.match(await source.innerText(), /来源：北京职工住院分段比例[\s\S]*核对日期 2026-11-22/)

  // where sources disagree: the other value and why the shown one was chosen
  const alt = region.locator('[data-section="resident-inpatient"] [data-row="segments-working-2"] [data-alternative]')
  assert.match(await alt.innerText(), /另一来源的说法：二级医院报销比例 78%[\s\S]*为什么用上面的数字：/)

  // a link is copyable text, never fetched
  await region.locator('[data-section="employee-outpatient"] [data-action="copy-url"]').first().click()
  await page.waitForFunction(() => navigator.clipboard.readText().then((t) => t.startsWith('https://')))
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), 'https://www.gov.cn/zhengce/content/2021-04/22/content_5601280.htm')

  await region.locator('[data-action="estimate"]').click()
  await page.waitForURL((u) => u.hash.startsWith('#/pages/estimate/index'))
  assert.deepEqual(errors, [])
  assert.deepEqual(external, [])
})

test('the national rules open at the linked topic; an unknown topic opens at the top with a notice', async () => {
  const { page, errors, external } = await app.newPage()
  await open(page, app.url, `${NATIONAL}?topic=claims`)
  const claims = current(page).locator('#national-claims')
  assert.match(await claims.getAttribute('class'), /policy-section--highlighted/)
  await page.waitForFunction(() => {
    const r = document.querySelector('#national-claims')?.getBoundingClientRect()
    return r !== undefined && r.top >= -2 && r.top < 200
  })
  assert.match(await claims.innerText(), /零星报销[\s\S]*要准备的材料[\s\S]*住院[\s\S]*办理时限/)
  assert.equal(await claims.locator('.policy-source .badge').first().innerText(), '已核实')

  await open(page, app.url, `${NATIONAL}?topic=%E4%B8%AD`)
  assert.match(await current(page).locator('[role="alert"]').innerText(), /主题没有找到/)
  assert.equal(await current(page).locator('.policy-section--highlighted').count(), 0)
  assert.match(await current(page).locator('#national-remote').innerText(), /就医地目录、参保地政策、就医地管理/)
  assert.deepEqual(errors, [])
  assert.deepEqual(external, [])
})

test('数据说明 copies the correction template to the clipboard', async () => {
  const { page, errors, external } = await app.newPage()
  await open(page, app.url, ABOUT)
  const about = current(page)
  assert.match(await about.innerText(), /12393/)
  assert.match(await about.locator('[data-section="dataset"]').innerText(), /2026-11-22/)
  assert.match(await about.locator('[data-section="holidays"]').innerText(), /国务院办公厅关于2026年部分节假日安排的通知/)
  await about.locator('[data-action="copy-template"]').click()
  await page.waitForFunction(() => navigator.clipboard.readText().then((t) => t.includes('数据纠错')))
  const text = await page.evaluate(() => navigator.clipboard.readText())
  for (const field of ['地区：', '项目：', '我们显示的数字：', '您看到的数字：', '文件名称和文号：', '链接：']) {
    assert.ok(text.includes(field), field)
  }
  assert.deepEqual(errors, [])
  assert.deepEqual(external, [])
})

test('an unknown region id says so, with a notice and a way back to the list', async () => {
  const { page, errors, external } = await app.newPage()
  await open(page, app.url, `${REGION}?id=atlantis`)
  const shown = current(page)
  assert.equal(await shown.locator('[data-section="not-found"] .t-title').innerText(), '未找到该地区')
  assert.match(await shown.locator('[role="alert"]').innerText(), /地区没有找到/)
  await shown.locator(`[data-to="${INDEX}"]`).click()
  await page.waitForURL((u) => u.hash.startsWith(`#${INDEX}`))
  await settle(page)
  assert.equal(await regionRows(page).count(), 14)
  assert.deepEqual(errors, [])
  assert.deepEqual(external, [])
})

test('every policy page fits a 375 px screen in 长辈模式', async () => {
  const { page, errors } = await app.newPage({ width: 375, height: 740 })
  await seedElder(page, true)
  for (const path of [INDEX, `${REGION}?id=nanchang`, `${REGION}?id=chengdu`, `${REGION}?id=nowhere`, NATIONAL, ABOUT]) {
    await open(page, app.url, path)
    assert.equal(await current(page).locator('.page').first().getAttribute('data-elder'), 'on')
    assert.deepEqual(await overflowing(page), [], path)
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), path)
  }
  assert.deepEqual(errors, [])
})
