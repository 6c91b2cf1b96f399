import { existsSync, readFileSync } from 'node:fs'
import { routes, tabs } from '@/routes'

type AppConfig = { pages: string[]; subPackages: { root: string; pages: string[] }[]; tabBar: { list: { pagePath: string }[] }; preloadRule: Record<string, { packages: string[] }> }
;(globalThis as { defineAppConfig?: (c: AppConfig) => AppConfig }).defineAppConfig = (c) => c
const config: AppConfig = require('@/app.config').default

const allPages = [...config.pages, ...config.subPackages.flatMap((p) => p.pages.map((page) => `${p.root}/${page}`))]

test('tab pages are the main package pages, and each tab has its icon files', () => {
  expect(config.tabBar.list.map((t) => t.pagePath)).toEqual(config.pages)
  expect(Object.values(tabs).map((p) => p.slice(1))).toEqual(config.pages)
  for (const name of ['home', 'guides', 'estimate', 'me']) {
    expect(existsSync(`src/assets/tabbar/${name}.png`)).toBe(true)
    expect(existsSync(`src/assets/tabbar/${name}-active.png`)).toBe(true)
  }
})

test('every page can be shared: its config enables sharing and it registers the share hook', () => {
  for (const page of allPages) {
    const cfg = readFileSync(`src/${page}.config.ts`, 'utf8')
    expect(cfg).toMatch(/enableShareAppMessage: true/)
    expect(readFileSync(`src/${page}.tsx`, 'utf8')).toMatch(/useSharePage\(/)
  }
})

test('every route builder points at a declared page, with ASCII queries only', () => {
  const built = [
    routes.guide('remote-temporary'), routes.wizard(), routes.family(), routes.familyChecker('f1.x'), routes.familyMembers(),
    routes.estimateResult('1.abc'), routes.estimateCustom(), routes.estimateHistory(), routes.policies(),
    routes.policyRegion('beijing'), routes.policyNational('remote'), routes.policyAbout(),
  ]
  for (const path of built) expect(allPages).toContain(path.slice(1).split('?')[0])
  expect(() => routes.guide('异地')).toThrow(/non-ASCII/)
})

test('preload rules name real pages and subpackages', () => {
  const roots = config.subPackages.map((p) => p.root)
  for (const [page, rule] of Object.entries(config.preloadRule)) {
    expect(config.pages).toContain(page)
    for (const pkg of rule.packages) expect(roots).toContain(pkg)
  }
})
