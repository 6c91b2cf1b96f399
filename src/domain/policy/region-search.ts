/** What the region list needs of a region: names and ASCII (pinyin) ids. */
export interface RegionSearchEntry {
  id: string
  name: string
  province: string
  provinceId: string
}

const INITIALS = ['zh', 'ch', 'sh', 'b', 'p', 'm', 'f', 'd', 't', 'n', 'l', 'g', 'k', 'h', 'j', 'q', 'x', 'r', 'z', 'c', 's', 'y', 'w']
const FINALS = new Set([
  'a', 'o', 'e', 'ai', 'ei', 'ao', 'ou', 'an', 'en', 'ang', 'eng', 'ong', 'er', 'i', 'ia', 'ie', 'iao', 'iu', 'ian',
  'in', 'iang', 'ing', 'iong', 'u', 'ua', 'uo', 'uai', 'ui', 'uan', 'un', 'uang', 'v', 've', 'ue', 'van', 'vn',
])
/** Finals written without an initial; after the first syllable they need an apostrophe, so ids never have them there. */
const BARE = new Set(['a', 'o', 'e', 'ai', 'ei', 'ao', 'ou', 'an', 'en', 'ang', 'eng', 'er'])

function isSyllable(s: string, first: boolean): boolean {
  if (first && BARE.has(s)) return true
  const ini = INITIALS.find((i) => s.startsWith(i) && s.length > i.length)
  return ini !== undefined && FINALS.has(s.slice(ini.length))
}

function split(s: string, first: boolean): string[] | null {
  if (s === '') return []
  for (let len = Math.min(6, s.length); len >= 1; len--) {
    const head = s.slice(0, len)
    if (!isSyllable(head, first)) continue
    const rest = split(s.slice(len), false)
    if (rest) return [head, ...rest]
  }
  return null
}

/**
 * Initials of a toneless pinyin word written without apostrophes: `shijiazhuang` → `sjz`, `henan` → `hn`.
 * @param pinyin lower-case ASCII pinyin
 * @returns the initials, or '' when the word is not pinyin
 */
export function pinyinInitials(pinyin: string): string {
  const syllables = /^[a-z]+$/.test(pinyin) ? split(pinyin, true) : null
  return syllables ? syllables.map((s) => s[0]).join('') : ''
}

/**
 * Whether a region matches what the user typed: part of its name or province, or the start of its pinyin
 * (full or initials) or its province's. An empty query matches every region.
 * @param entry the region
 * @param query the search text
 */
export function matchesRegion(entry: RegionSearchEntry, query: string): boolean {
  const q = query.replace(/\s+/g, '').toLowerCase()
  if (q === '') return true
  if (entry.name.includes(q) || entry.province.includes(q)) return true
  return [entry.id, entry.provinceId].some((py) => py.startsWith(q) || pinyinInitials(py).startsWith(q))
}

/** Regions of one province, in dataset order. */
export interface ProvinceGroup<T> {
  province: string
  items: T[]
}

/**
 * Group regions by province, provinces in order of first appearance.
 * @param entries regions in dataset order
 */
export function groupByProvince<T extends { province: string }>(entries: readonly T[]): ProvinceGroup<T>[] {
  const groups: ProvinceGroup<T>[] = []
  for (const e of entries) {
    const g = groups.find((x) => x.province === e.province)
    if (g) g.items.push(e)
    else groups.push({ province: e.province, items: [e] })
  }
  return groups
}
