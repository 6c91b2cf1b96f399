/**
 * The one place that builds page URLs and share paths. Query values are ASCII ids or codes only
 * (WeChat may hand back Chinese or `%` still encoded: Taro #15694).
 */

const ASCII_VALUE = /^[A-Za-z0-9._~-]*$/

function withQuery(path: string, query: Record<string, string | undefined>): string {
  const parts = Object.entries(query)
    .filter((e): e is [string, string] => e[1] !== undefined && e[1] !== '')
    .map(([k, v]) => {
      if (!ASCII_VALUE.test(v)) throw new Error(`routes: non-ASCII query value for ${k}`)
      return `${k}=${v}`
    })
  return parts.length ? `${path}?${parts.join('&')}` : path
}

/** Tab pages (main package): switch with Taro.switchTab. */
export const tabs = {
  home: '/pages/home/index',
  guides: '/pages/guides/index',
  estimate: '/pages/estimate/index',
  me: '/pages/me/index',
} as const

export type TabPath = (typeof tabs)[keyof typeof tabs]

/** Subpackage pages: open with Taro.navigateTo; every one of these is also a valid share path. */
export const routes = {
  guide: (id: string) => withQuery('/package-guide/pages/detail/index', { id }),
  wizard: () => '/package-guide/pages/wizard/index',
  family: () => '/package-family/pages/index/index',
  familyChecker: (q?: string) => withQuery('/package-family/pages/checker/index', { q }),
  familyMembers: () => '/package-family/pages/members/index',
  estimateResult: (q: string) => withQuery('/package-estimate/pages/result/index', { q }),
  estimateCustom: () => '/package-estimate/pages/custom/index',
  estimateHistory: () => '/package-estimate/pages/history/index',
  policies: () => '/package-policy/pages/index/index',
  policyRegion: (id: string) => withQuery('/package-policy/pages/region/index', { id }),
  policyNational: (topic?: string) => withQuery('/package-rules/pages/national/index', { topic }),
  policyAbout: () => '/package-rules/pages/about/index',
}

/**
 * The H5 address of a page path, for copying a link outside WeChat.
 * @param path a path from `tabs` or `routes`
 * @param origin e.g. https://example.org
 */
export function h5Url(path: string, origin: string): string {
  return `${origin}/#${path}`
}
