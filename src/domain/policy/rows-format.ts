import { FILING_SHORT_LABELS, HOSPITAL_LEVELS, isOneOf, LEVEL_LABELS, REMOTE_FILINGS, type Fen, type Segment } from '@/domain/vocab'
import { moneyText, TEN_THOUSAND_YUAN } from '@/domain/money/format'
import { formatPercent } from '@/domain/money/percent'


/** Chinese names of hospital levels in the dataset's level keys. */
export const LEVEL_NAMES: Readonly<Record<string, string>> = Object.fromEntries(HOSPITAL_LEVELS.map((l) => [String(l), `${LEVEL_LABELS[l]}医院`]))

function rangeText(from: Fen, to: Fen): string {
  const wan = (f: Fen) => f >= TEN_THOUSAND_YUAN && f % TEN_THOUSAND_YUAN === 0
  if (wan(from) && wan(to)) return `${from / TEN_THOUSAND_YUAN}–${to / TEN_THOUSAND_YUAN} 万元`
  return `${moneyText(from)}–${moneyText(to)}`
}

/**
 * A tiered ratio table as one sentence: "起付线以上至 3 万元 85%；3–4 万元 90%；4 万元以上 95%".
 * @param segments segments in order, the last one open ended
 * @param start what the first segment starts from, e.g. 起付线; null when it starts from the first 元
 */
export function segmentsText(segments: readonly Segment[], start: string | null): string {
  if (segments.length === 0) return '未查到'
  return segments
    .map((s, i) => {
      const ratio = formatPercent(s.ratio)
      const lower = i === 0 ? null : segments[i - 1].upTo
      if (lower === null && start === null) return s.upTo === null ? ratio : `${moneyText(s.upTo)}以内 ${ratio}`
      if (lower === null) return s.upTo === null ? `${start}以上 ${ratio}` : `${start}以上至 ${moneyText(s.upTo)} ${ratio}`
      return s.upTo === null ? `${moneyText(lower)}以上 ${ratio}` : `${rangeText(lower, s.upTo)} ${ratio}`
    })
    .join('；')
}

/**
 * A yearly window as text: "10月1日至12月31日", or "9月15日至次年2月28日" when it crosses the year end.
 * @param w start and end month/day
 */
export function windowText(w: { startMonth: number; startDay: number; endMonth: number; endDay: number }): string {
  const crosses = w.endMonth < w.startMonth || (w.endMonth === w.startMonth && w.endDay < w.startDay)
  return `${w.startMonth}月${w.startDay}日至${crosses ? '次年' : ''}${w.endMonth}月${w.endDay}日`
}

const FIGURE_NAMES: Readonly<Record<string, string>> = {
  deductible: '起付线',
  segments: '报销比例',
  annualCap: '年度最高支付',
  classBSelfPayRatio: '乙类先行自付比例',
  laterAdmission: '再次住院起付线',
  threshold: '起付标准',
  cap: '最高支付限额',
  ratio: '报销比例',
  ...FILING_SHORT_LABELS,
  fixedMonths: '固定待遇等待期',
  window: '集中缴费期',
  benefitYearOffset: '待遇开始时间',
}

function keys(path: string): string[] {
  return path.replace(/\[(\d+)\]/g, '.#$1').split('.').filter((k) => k !== '')
}

function valueAt(root: unknown, ks: readonly string[]): unknown {
  let v: unknown = root
  for (const k of ks) {
    if (typeof v !== 'object' || v === null) return undefined
    v = (v as Record<string, unknown>)[k.startsWith('#') ? k.slice(1) : k]
  }
  return v
}

/**
 * A figure's path in plain words: `segments.retired.3[1].ratio` → "退休人员三级医院第2段报销比例".
 * @param path dotted path relative to its block
 * @param block the block, to tell whether a segment list has more than one segment
 */
export function describeFigure(path: string, block?: unknown): string {
  const ks = keys(path)
  const head = FIGURE_NAMES[ks[0]] ?? '该项'
  const who = ks.includes('retired') ? '退休人员' : ''
  const level = ks.map((k) => LEVEL_NAMES[k]).find((n) => n !== undefined) ?? ''
  const segIndex = ks.findIndex((k) => k.startsWith('#'))
  let part = ''
  if (ks[0] === 'segments' && segIndex > 0) {
    const list = valueAt(block, ks.slice(0, segIndex))
    if (!Array.isArray(list) || list.length > 1) part = `第${Number(ks[segIndex].slice(1)) + 1}段`
  }
  return `${who}${level}${part}${head}`
}

/**
 * An alternative value as text, by the kind of figure its path ends in.
 * @param path dotted path of the figure
 * @param value fen, bp, months; null = none
 */
export function alternativeValueText(path: string, value: number | null): string {
  const last = keys(path).filter((k) => !k.startsWith('#') && !/^\d$/.test(k)).pop() ?? ''
  if (/months$/i.test(last)) return value === null ? '不设' : `${value} 个月`
  if (/ratio$/i.test(last) || isOneOf(REMOTE_FILINGS, last)) {
    return value === null ? '未查到' : formatPercent(value)
  }
  return value === null ? '不设上限' : moneyText(value)
}

/** Chinese names of provincial ids used by `appliesTo`. */
export const PROVINCE_NAMES: Readonly<Record<string, string>> = {
  beijing: '北京', tianjin: '天津', hebei: '河北', shanxi: '山西', neimenggu: '内蒙古', liaoning: '辽宁', jilin: '吉林',
  heilongjiang: '黑龙江', shanghai: '上海', jiangsu: '江苏', zhejiang: '浙江', anhui: '安徽', fujian: '福建',
  jiangxi: '江西', shandong: '山东', henan: '河南', hubei: '湖北', hunan: '湖南', guangdong: '广东', guangxi: '广西',
  hainan: '海南', chongqing: '重庆', sichuan: '四川', guizhou: '贵州', yunnan: '云南', xizang: '西藏', shaanxi: '陕西',
  gansu: '甘肃', qinghai: '青海', ningxia: '宁夏', xinjiang: '新疆',
}
