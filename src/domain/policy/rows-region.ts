import { FILING_SHORT_LABELS, REMOTE_FILINGS, type RemoteFiling } from '@/domain/vocab'
import type { CriticalPolicy, OutpatientPolicy, PoolingScope, RegionPolicy, RemoteRule } from '@/data/types'
import { blockRow, statementRow, type PolicyGroup, type PolicyRow, type PolicySection } from '@/domain/policy/rows'
import { benefitRows } from '@/domain/policy/rows-benefit'
import { segmentsText, windowText } from '@/domain/policy/rows-format'
import { formatPercent } from '@/domain/money/percent'
import { moneyOr, moneyText } from '@/domain/money/format'

function group(id: string, rows: readonly PolicyRow[], title?: string, note?: string): PolicyGroup {
  return { id, rows, ...(title ? { title } : {}), ...(note ? { note } : {}) }
}

function outpatientGroup(id: string, o: OutpatientPolicy): PolicyGroup {
  return o.available ? group(id, benefitRows(o, 'outpatient'), undefined, o.note) : group(id, [], undefined, o.note)
}

function criticalRows(c: Exclude<CriticalPolicy, { kind: 'absent' }>): PolicyRow[] {
  if (c.kind === 'above-cap') {
    return [
      blockRow(c, ['ratio'], {
        id: 'ratio',
        label: '报销比例',
        value: c.ratio === null ? '未查到来源' : formatPercent(c.ratio),
        detail: `基本医保封顶线以上的合规费用，由${c.name}按这个比例支付。`,
      }),
      blockRow(c, ['cap'], { id: 'cap', label: '每年最多支付', value: moneyOr(c.cap, '不设封顶线') }),
    ]
  }
  const rows = [
    blockRow(c, ['threshold'], {
      id: 'threshold',
      label: '起付标准',
      value: moneyText(c.threshold),
      detail: '一年内自己付的合规医疗费累计超过这个数以后，超出部分再由大病保险报销。',
    }),
    blockRow(c, ['segments'], { id: 'segments', label: '报销比例', value: segmentsText(c.segments, '起付标准') }),
    blockRow(c, ['cap'], { id: 'cap', label: '每年最多支付', value: moneyOr(c.cap, '不设封顶线') }),
  ]
  if (c.ratiosWithoutBounds) {
    const lowest = formatPercent(Math.min(...c.ratiosWithoutBounds))
    rows.push(
      blockRow(c, ['ratiosWithoutBounds'], {
        id: 'ratios-without-bounds',
        label: '来源列出的各档比例',
        value: c.ratiosWithoutBounds.map(formatPercent).join('、'),
        detail: `来源没有写明每一档从多少钱开始，测算时都按最低的 ${lowest} 估算。`,
      }),
    )
  }
  if (c.hardship) {
    const h = c.hardship
    rows.push(
      blockRow(c, ['hardship'], {
        id: 'hardship',
        label: '困难群体',
        value: `起付标准 ${moneyText(h.threshold)}；${segmentsText(h.segments, '起付标准')}；${h.cap === null ? '不设封顶线' : `每年最多 ${moneyText(h.cap)}`}`,
      }),
    )
  }
  return rows
}

function criticalGroup(id: string, scheme: string, c: CriticalPolicy): PolicyGroup {
  if (c.kind === 'absent') return group(id, [], `${scheme}医保`, c.note)
  return group(id, criticalRows(c), `${scheme}医保：${c.name}`, c.note)
}


function cutText(rule: RemoteRule, k: RemoteFiling): string {
  const v = rule[k]
  if (rule.mode === 'points') return v === 0 ? '不降低' : `报销比例降低 ${v / 100} 个百分点`
  if (rule.mode === 'pre-self-pay') return v === 0 ? '不先行自付' : `先自付 ${formatPercent(v)}`
  return v === 10000 ? '按原比例' : `按原比例的 ${formatPercent(v)}`
}

const MODE_DETAIL = {
  points: '在参保地报销比例的基础上降低。',
  'pre-self-pay': '个人先付一部分，剩下的再按参保地比例报销。',
  times: '报销比例按参保地比例乘以这个折扣。',
} as const

function remoteGroup(id: string, title: string, rule: RemoteRule): PolicyGroup {
  const keys = REMOTE_FILINGS
  const row = blockRow(rule, ['mode', ...keys], {
    id: 'cuts',
    label: '报销怎么调整',
    value: keys.map((k) => `${FILING_SHORT_LABELS[k]}：${cutText(rule, k)}`).join('；'),
    detail: `${MODE_DETAIL[rule.mode]}办了长期居住备案的，与在参保地报销相同。`,
  })
  return group(id, [row], title, rule.note)
}

function benefitYearText(offset: number): string {
  if (offset === 0) return '缴费当年'
  return offset === 1 ? '缴费的次年 1月1日至12月31日' : `缴费后第 ${offset} 年的 1月1日至12月31日`
}

function poolingRow(id: string, label: string, scope: PoolingScope): PolicyRow {
  const value = scope.open === 'unknown' ? '未查到' : scope.open ? '已开通' : '未开通'
  return { id, kind: 'figure', label, value, detail: scope.text, sources: [scope.provenance], alternatives: [] }
}

/**
 * A region's parameters as page sections in plain words: 职工医保住院, 职工门诊共济, 居民医保住院, 居民门诊,
 * 大病保险, 异地就医, 居民医保缴费期, 家庭共济. Every row carries its sources and disagreeing sources.
 * @param r the region's policy
 */
export function regionSections(r: RegionPolicy): PolicySection[] {
  const e = r.enrollment
  return [
    { id: 'employee-inpatient', title: '职工医保住院', groups: [group('main', benefitRows(r.employee.inpatient, 'inpatient'), undefined, r.employee.inpatient.note)] },
    { id: 'employee-outpatient', title: '职工门诊共济', groups: [outpatientGroup('main', r.employee.outpatient)] },
    { id: 'resident-inpatient', title: '居民医保住院', groups: [group('main', benefitRows(r.resident.inpatient, 'inpatient'), undefined, r.resident.inpatient.note)] },
    { id: 'resident-outpatient', title: '居民门诊', groups: [outpatientGroup('main', r.resident.outpatient)] },
    {
      id: 'critical',
      title: '大病保险',
      groups: [criticalGroup('employee', '职工', r.employee.critical), criticalGroup('resident', '居民', r.resident.critical)],
    },
    {
      id: 'remote',
      title: '异地就医',
      groups: [
        remoteGroup('province', '省内异地就医', r.remote.province),
        remoteGroup('national', '跨省异地就医', r.remote.national),
        ...(r.remote.exemptions.length ? [group('exemptions', r.remote.exemptions.map((x) => statementRow(x)), '本地特别规定')] : []),
      ],
    },
    {
      id: 'enrollment',
      title: '居民医保缴费期',
      groups: [
        group(
          'main',
          [
            blockRow(e, ['window'], { id: 'window', label: '集中缴费期', value: windowText(e.window) }),
            blockRow(e, ['benefitYearOffset'], {
              id: 'benefit-year',
              label: '什么时候开始享受待遇',
              value: benefitYearText(e.benefitYearOffset),
            }),
          ],
          undefined,
          [e.text, e.note].filter(Boolean).join(''),
        ),
      ],
    },
    {
      id: 'family',
      title: '家庭共济',
      groups: [group('main', [poolingRow('province', '省内共济', r.familyPooling.province), poolingRow('national', '跨省共济', r.familyPooling.national)])],
    },
  ]
}
