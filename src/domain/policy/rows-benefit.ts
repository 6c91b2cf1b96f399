import type { Fen, LevelKey, Segment } from '@/domain/vocab'
import type { BenefitTable, ByStatus, ExtraTier, LevelTable } from '@/data/types'
import { blockRow, type PolicyRow } from '@/domain/policy/rows'
import { LEVEL_NAMES, segmentsText } from '@/domain/policy/rows-format'
import { formatPercent } from '@/domain/money/percent'
import { moneyText } from '@/domain/money/format'

const LEVELS: readonly LevelKey[] = ['1', '2', '3']
type Status = 'working' | 'retired'

function statuses<T>(by: ByStatus<T>): Status[] {
  return by.retired === undefined ? ['working'] : ['working', 'retired']
}

function suffix(by: ByStatus<unknown>, s: Status): string {
  if (by.retired === undefined) return ''
  return s === 'working' ? '（在职）' : '（退休）'
}

function atStatus<T>(by: ByStatus<T>, s: Status): T {
  return s === 'retired' && by.retired !== undefined ? by.retired : by.working
}

function deductibleText(t: LevelTable<Fen>): string {
  const text = (f: Fen) => (f === 0 ? '不设' : moneyText(f))
  if (LEVELS.every((l) => t[l] === t['1'])) return t['1'] === 0 ? '不设起付线' : `各级医院 ${moneyText(t['1'])}`
  return LEVELS.map((l) => `${LEVEL_NAMES[l]} ${text(t[l])}`).join('；')
}

/** Levels whose rows can be shown as one: same segments, same sources, no disagreeing source. */
function levelGroups(t: BenefitTable, s: Status): LevelKey[][] {
  const segs = atStatus(t.segments, s)
  const groups: LevelKey[][] = []
  const keyOf = (l: LevelKey) => {
    const path = `segments.${s}.${l}`
    const row = blockRow(t, [path], { id: '', label: '', value: '' })
    return row.alternatives.length > 0 ? `alt-${l}` : JSON.stringify([segs[l], row.sources])
  }
  for (const l of LEVELS) {
    const same = groups.find((g) => keyOf(g[0]) === keyOf(l))
    if (same) same.push(l)
    else groups.push([l])
  }
  return groups
}

function capText(cap: Fen | null): string {
  return cap === null ? '不设封顶线' : `每年最多报销 ${moneyText(cap)}`
}

function levelsLabel(levels: readonly LevelKey[]): string {
  if (levels.length === LEVELS.length) return '各级医院'
  return `${levels.map((l) => LEVEL_NAMES[l].replace('医院', '')).join('、')}医院`
}

function segmentRows(t: BenefitTable): PolicyRow[] {
  return statuses(t.segments).flatMap((s) =>
    levelGroups(t, s).map((levels) => {
      const segs: readonly Segment[] = atStatus(t.segments, s)[levels[0]]
      const noDeductible = levels.every((l) => atStatus(t.deductible, s)[l] === 0)
      return blockRow(
        t,
        levels.map((l) => `segments.${s}.${l}`),
        {
          id: `segments-${s}-${levels.join('')}`,
          label: `报销比例 · ${levelsLabel(levels)}${suffix(t.segments, s)}`,
          value: segmentsText(segs, noDeductible ? null : '起付线'),
        },
      )
    }),
  )
}

function laterAdmissionRow(t: BenefitTable): PolicyRow {
  const rule = t.laterAdmission
  let value: string
  if (rule.kind === 'unknown') value = '未查到来源，暂按首次住院的起付线计'
  else if (rule.kind === 'halved') value = '第二次及以后住院，起付线减半'
  else if (rule.kind === 'minus') value = `第二次起每次比上一次低 ${moneyText(rule.step)}（最低为 0）`
  else {
    value = statuses(rule.deductible)
      .map((s) => `${suffix(rule.deductible, s).replace(/[（）]/g, '')}${suffix(rule.deductible, s) ? '：' : ''}${deductibleText(atStatus(rule.deductible, s))}`)
      .join('；')
  }
  return blockRow(t, ['laterAdmission'], { id: 'later-admission', label: '当年再次住院的起付线', value })
}

function tierValue(tier: ExtraTier): string {
  const parts: string[] = []
  const byStatus = <T>(by: ByStatus<T>, fmt: (v: T) => string) =>
    by.retired === undefined ? fmt(by.working) : `在职 ${fmt(by.working)}、退休 ${fmt(by.retired)}`
  if (tier.deductible) parts.push(`起付线 ${byStatus(tier.deductible, moneyText)}`)
  if (tier.ratio) parts.push(`报销比例 ${byStatus(tier.ratio, formatPercent)}`)
  return parts.length ? parts.join('；') : '见说明'
}

function tierRows(t: BenefitTable): PolicyRow[] {
  return (t.extraTiers ?? []).map((tier, i) =>
    blockRow(t, [`extraTiers[${i}]`], {
      id: `tier-${tier.id}`,
      label: tier.name,
      value: tierValue(tier),
      detail: `${tier.note ?? ''}测算暂不单独区分这类医院。`,
    }),
  )
}

/**
 * The rows of one 起付线 / 比例 / 封顶线 table, in plain words.
 * @param t the table (住院 or 门诊)
 * @param visit 住院 tables count the 起付线 per admission and list the rule for later admissions
 */
export function benefitRows(t: BenefitTable, visit: 'inpatient' | 'outpatient'): PolicyRow[] {
  const perAdmission = t.deductibleMode === 'per-admission'
  const rows: PolicyRow[] = statuses(t.deductible).map((s) =>
    blockRow(t, [`deductible.${s}`, 'deductibleMode'], {
      id: `deductible-${s}`,
      label: `${perAdmission ? '每次住院起付线' : '每年起付线'}${suffix(t.deductible, s)}`,
      value: deductibleText(atStatus(t.deductible, s)),
      ...(perAdmission || LEVELS.every((l) => atStatus(t.deductible, s)[l] === 0)
        ? {}
        : { detail: '一年内合规费用累计超过起付线的部分才开始报销。' }),
    }),
  )
  if (visit === 'inpatient' && perAdmission) rows.push(laterAdmissionRow(t))
  rows.push(...segmentRows(t))
  rows.push(
    ...statuses(t.annualCap).map((s) =>
      blockRow(t, [`annualCap.${s}`], {
        id: `cap-${s}`,
        label: `封顶线${suffix(t.annualCap, s)}`,
        value: capText(atStatus(t.annualCap, s)),
      }),
    ),
  )
  rows.push(
    blockRow(t, ['classBSelfPayRatio'], {
      id: 'class-b',
      label: '乙类先行自付',
      value: formatPercent(t.classBSelfPayRatio),
      detail: `用乙类药品、诊疗项目时，先由自己付 ${formatPercent(t.classBSelfPayRatio)}，剩下的再按比例报销。`,
    }),
  )
  rows.push(...tierRows(t))
  return rows
}
