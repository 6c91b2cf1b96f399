import type { ContributionStandard, FilingType, NationalRules, RatioCut, WaitingPeriod } from '@/data/national-types'
import type { RuleItem } from '@/data/types'
import { blockRow, statementRow, type PolicyGroup, type PolicyRow, type PolicySection } from '@/domain/policy/rows'
import { moneyText } from '@/domain/money/format'

/** Topics of the national rules page, in page order; the ASCII id is the `topic` query value. */
export const NATIONAL_TOPICS = [
  { id: 'remote', title: '异地就医' },
  { id: 'family', title: '家庭共济' },
  { id: 'critical', title: '大病保险' },
  { id: 'outpatient', title: '职工门诊共济' },
  { id: 'resident', title: '居民医保缴费与等待期' },
  { id: 'claims', title: '零星报销' },
] as const

export type NationalTopic = (typeof NATIONAL_TOPICS)[number]['id']

/**
 * Whether a query value names a topic of the national rules page.
 * @param topic the raw query value
 */
export function isNationalTopic(topic: unknown): topic is NationalTopic {
  return NATIONAL_TOPICS.some((t) => t.id === topic)
}

function group(id: string, title: string, rows: readonly PolicyRow[], note?: string): PolicyGroup {
  return { id, title, rows, ...(note ? { note } : {}) }
}

const rules = (items: readonly RuleItem[]) => items.map((i) => statementRow(i))

function filingRow(f: FilingType): PolicyRow {
  const kind = f.category === 'long-term' ? '长期' : '临时'
  return statementRow(
    { id: f.id, title: `${f.title}（${kind}）`, text: f.text, provenance: f.provenance, materials: f.materials },
    f.materials.length === 0 ? '不需要事先准备材料。' : '需要准备：',
  )
}

function cutRow(c: RatioCut): PolicyRow {
  return statementRow({ id: `cut-${c.id}`, title: c.title, text: c.text, provenance: c.provenance }, `国家上限：最多比参保地低 ${c.maxPoints / 100} 个百分点。`)
}

function standardRow(s: ContributionStandard): PolicyRow {
  const person = s.individualMin === null ? '个人缴费：尚未公布' : `个人缴费不低于 ${moneyText(s.individualMin)}`
  let subsidy = '财政补助：尚未公布'
  if (s.subsidyMin !== null) subsidy = `财政补助不低于 ${moneyText(s.subsidyMin)}`
  else if (s.subsidyIncrease !== undefined) subsidy = `财政补助提高 ${moneyText(s.subsidyIncrease)}`
  return {
    id: `standard-${s.benefitYear}`,
    kind: 'figure',
    label: `${s.benefitYear} 年享受待遇（${s.standardYear} 年缴费）`,
    value: `${person}；${subsidy}`,
    detail: s.text,
    sources: [s.provenance],
    alternatives: [],
  }
}

function waitingRow(w: WaitingPeriod): PolicyRow {
  return blockRow(w, ['fixedMonths', 'variableMonthsPerGapYear', 'reductionMonthsPerExtraYear'], {
    id: 'waiting-period',
    label: '待遇等待期',
    value: `固定 ${w.fixedMonths} 个月；每断保 1 年多等 ${w.variableMonthsPerGapYear} 个月；每多缴 1 年少等 ${w.reductionMonthsPerExtraYear} 个月`,
    detail: w.text,
  })
}

/**
 * National rules as page sections, one per topic (see NATIONAL_TOPICS), every row with its source.
 * @param n the national rules
 */
export function nationalSections(n: NationalRules): PolicySection[] {
  const rc = n.remoteCare
  const fp = n.familyPooling
  const res = n.residentContribution
  const byTopic: Record<NationalTopic, PolicyGroup[]> = {
    remote: [
      group('principle', '基本原则', [statementRow(rc.principle)]),
      group('filing-types', '备案类型和要准备的材料', rc.filingTypes.map(filingRow)),
      group('channels', '在哪里备案', rules(rc.channels)),
      group('validity', '备案有效期', rules(rc.validity)),
      group('late-filing', '没备案就住院了怎么办', rules(rc.lateFiling)),
      group('ratio', '报销比例怎么算', [...rules(rc.ratioRules), ...rc.ratioCuts.map(cutRow)]),
      group('local-cuts', '各地做法举例', rules(rc.localCuts), '以下是部分地区的规定，仅供参考，请以参保地规定为准。'),
      group('other', '其他规定', rules(rc.other)),
    ],
    family: [
      group('who', '可以给谁用', rules(fp.who)),
      group('can-pay', '能付哪些钱', rules(fp.canPay)),
      group('cannot-pay', '不能做什么', rules(fp.cannotPay)),
      group('scope', '省内与跨省', rules(fp.scope)),
    ],
    critical: [group('rules', '大病保险和医疗救助', rules(n.criticalIllness))],
    outpatient: [group('rules', '职工普通门诊报销', rules(n.outpatientPooling))],
    resident: [
      group('standards', '每年最低缴费标准（按享受待遇的年度）', [...res.standards].sort((a, b) => b.benefitYear - a.benefitYear).map(standardRow)),
      group('window', '集中缴费期', rules(res.window)),
      group('waiting', '待遇等待期', [waitingRow(res.waitingPeriod), ...rules(res.waitingPeriod.notes)]),
    ],
    claims: [
      group('when', '什么时候需要自己去报销', rules(n.claims.when)),
      group('materials', '要准备的材料', n.claims.materials.map((m) => statementRow({ ...m, text: '' }))),
      group('processing', '多久能办好', [statementRow(n.claims.processing)]),
    ],
  }
  return NATIONAL_TOPICS.map((t) => ({ id: t.id, title: t.title, groups: byTopic[t.id] }))
}
