import type { Guide } from '@/data/guide-types'

/** Words people use for the same thing; a query holding one of them also matches the others. */
export const SYNONYM_GROUPS: readonly (readonly string[])[] = [
  ['备案', '报备', '登记'],
  ['二次报销', '大病保险', '大病', '大额'],
  ['手工报销', '零星报销', '报销材料'],
  ['共济', '家庭共济', '家庭账户', '亲情账户', '给家人用', '给孩子用', '给爸妈用', '给父母用', '给老人用'],
  ['缴费', '交医保', '交钱', '交费', '缴医保', '续费', '买医保', '上医保'],
  ['退休', '不用交', '不用再交', '缴费年限', '交够', '交满'],
  ['慢病', '慢特病', '慢性病', '特殊病', '门特', '门慢'],
  ['转移', '转移接续', '转社保', '转医保', '转关系'],
  ['急诊', '抢救', '急救', '急病', '突发'],
  ['出院了', '已经出院', '出院后', '已出院'],
  ['宝宝', '新生儿', '刚出生', '婴儿', '小孩出生'],
  ['学生', '大学生', '中小学生', '上学'],
  ['外地', '异地', '外省', '跨省'],
  ['养老', '外地养老', '异地养老'],
  ['上班', '外地上班', '外地工作', '常驻'],
  ['转诊', '转院'],
  ['旅游', '探亲', '出差', '出门'],
  ['爸妈', '父母', '老人'],
]

/** One search hit. */
export interface GuideHit {
  guide: Guide
  score: number
}

const NOISE = /[\s\p{P}\p{S}]+/gu
const FILLER = /怎么办|怎么|如何|可以|能不能|还能|要不要|需要|哪些|什么|吗|呢|吧|了|的|我|在/g

function normalize(text: string): string {
  return text.toLowerCase().replace(NOISE, '')
}

function bigrams(text: string): string[] {
  const out: string[] = []
  for (let i = 0; i + 1 < text.length; i++) out.push(text.slice(i, i + 2))
  return out
}

function expand(query: string, groups: readonly (readonly string[])[]): Set<string> {
  const terms = new Set<string>()
  for (const group of groups) if (group.some((w) => query.includes(w))) group.forEach((w) => terms.add(w))
  return terms
}

function partMatched(part: string, query: string, terms: Set<string>): boolean {
  return query.includes(part) || terms.has(part)
}

// Longer phrases are more specific, so a hit scores its length squared. Keywords inside a longer hit do not
// count again; a synonym group counts once per guide; a keyword that merely contains the query counts half.
function keywordScore(guide: Guide, query: string, terms: Set<string>, groups: readonly (readonly string[])[]): number {
  const keys = [guide.title, ...guide.keywords].map((k) => k.split('+').map(normalize).join('+')).filter((k) => k.length >= 2)
  const direct = keys.filter((k) => !k.includes('+') && query.includes(k))
  const maximal = direct.filter((k) => !direct.some((o) => o !== k && o.includes(k)))
  let score = maximal.reduce((sum, k) => sum + k.length ** 2, 0)
  for (const combo of keys.filter((k) => k.includes('+'))) {
    const parts = combo.split('+')
    if (parts.every((p) => partMatched(p, query, terms))) score += parts.join('').length ** 2
  }
  for (const group of groups) {
    if (!group.some((w) => query.includes(w)) || direct.some((k) => group.includes(k))) continue
    const best = Math.max(0, ...keys.filter((k) => group.includes(k)).map((k) => k.length ** 2))
    score += best
  }
  if (score > 0) return score
  const wanted = [query, ...terms].filter((t) => t.length >= 2)
  return Math.max(0, ...keys.filter((k) => !k.includes('+')).flatMap((k) => wanted.filter((t) => k.includes(t)).map((t) => t.length ** 2 / 2)))
}

function textScore(guide: Guide, query: string): number {
  const grams = bigrams(query.replace(FILLER, ''))
  if (!grams.length) return 0
  const head = normalize([guide.title, guide.summary, ...guide.keywords.filter((k) => !k.includes('+'))].join('|'))
  const body = normalize(guide.steps.flatMap((s) => [s.title, ...s.actions]).join('|'))
  return grams.reduce((sum, g) => sum + (head.includes(g) ? 2 : 0) + (body.includes(g) ? 0.5 : 0), 0)
}

/**
 * Rank guides for a query typed in plain words ("在外地住院了怎么报销"): keywords and titles first,
 * synonyms expanded, then shared character pairs in summaries and steps. Guides that match nothing are left out.
 * @param guides the guides to search, in list order (ties keep this order)
 * @param query what the user typed
 * @param groups synonym groups; defaults to SYNONYM_GROUPS
 * @returns hits, best first
 */
export function searchGuides(guides: readonly Guide[], query: string, groups = SYNONYM_GROUPS): GuideHit[] {
  const q = normalize(query)
  if (!q) return []
  const terms = expand(q, groups)
  return guides
    .map((guide, i) => ({ guide, i, score: keywordScore(guide, q, terms, groups) * 10 + textScore(guide, q) }))
    .filter((h) => h.score > 0)
    .sort((a, b) => b.score - a.score || a.i - b.i)
    .map(({ guide, score }) => ({ guide, score }))
}
