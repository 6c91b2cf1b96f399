import { isIsoDate } from '@/domain/policy/review'
import { joinPath } from '@/domain/policy/figures'

/** Messages of the dataset validator; each error is `${path}: ${message}`. */
export const schemaMessages = {
  notObject: '应为对象',
  notArray: '应为数组',
  notString: '应为非空字符串',
  notBoolean: '应为 true 或 false',
  badId: 'id 只能由小写 ASCII 字母、数字和连字符组成',
  duplicateId: 'id 重复',
  amount: '金额须为不小于 0 的整数（分）',
  ratio: '比例须为 0–10000 的整数（基点）',
  integer: '须为整数',
  outOfRange: '超出允许范围',
  date: '日期须为有效的 YYYY-MM-DD',
  url: '链接须以 http:// 或 https:// 开头',
  confidence: '可信度取值无效',
  reviewInterval: '复核间隔须为正整数（天）',
  provenanceMissing: '缺少来源（provenance）',
  segmentsEmpty: '至少需要一段',
  segmentsOrder: '分段上限须为正整数且逐段递增',
  segmentsOpenEnd: '只有最后一段不设上限（upTo 为 null），且最后一段必须不设上限',
  invalidChoice: '取值无效',
  overrideUnknown: '覆盖来源指向的字段不存在',
  alternativeUnknown: '备选值指向的字段不存在',
  figureWithoutProvenance: '该数值没有任何来源',
  version: '版本应为 1',
  noRegions: '至少需要一个地区',
} as const

/** Collects errors. */
export type Report = (path: string, message: string) => void

/** A plain object, as parsed from JSON. */
export type Obj = Record<string, unknown>

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/
const CONFIDENCES = ['official', 'official-quoted', 'third-party', 'recalled', 'unconfirmed']

/** Checks a value is a plain object. */
export function isObj(v: unknown, path: string, report: Report): v is Obj {
  if (typeof v === 'object' && v !== null && !Array.isArray(v)) return true
  report(path, schemaMessages.notObject)
  return false
}

/** Checks a value is an array. */
export function isArr(v: unknown, path: string, report: Report): v is unknown[] {
  if (Array.isArray(v)) return true
  report(path, schemaMessages.notArray)
  return false
}

/** Checks `o[key]` is a non-empty string. */
export function checkString(o: Obj, key: string, path: string, report: Report, optional = false): void {
  const v = o[key]
  if (optional && v === undefined) return
  if (typeof v !== 'string' || v.trim() === '') report(joinPath(path, key), schemaMessages.notString)
}

/** Checks `o[key]` is an ASCII id. */
export function checkId(o: Obj, key: string, path: string, report: Report): void {
  const v = o[key]
  if (typeof v !== 'string' || !ID.test(v)) report(joinPath(path, key), schemaMessages.badId)
}

/** Checks `o[key]` is one of the allowed values. */
export function checkChoice(o: Obj, key: string, choices: readonly unknown[], path: string, report: Report): void {
  if (!choices.includes(o[key])) report(joinPath(path, key), schemaMessages.invalidChoice)
}

/** Checks an amount: integer fen ≥ 0 (or null when allowed). */
export function checkAmount(v: unknown, path: string, report: Report, nullable = false): void {
  if (nullable && v === null) return
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 0) report(path, schemaMessages.amount)
}

/** Checks a ratio: integer basis points in [0, 10000]. */
export function checkRatio(v: unknown, path: string, report: Report): void {
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 0 || v > 10000) report(path, schemaMessages.ratio)
}

/** Checks an integer in [min, max]. */
export function checkInt(v: unknown, path: string, report: Report, min: number, max: number): void {
  if (typeof v !== 'number' || !Number.isInteger(v)) report(path, schemaMessages.integer)
  else if (v < min || v > max) report(path, schemaMessages.outOfRange)
}

/** Checks an ISO YYYY-MM-DD date. */
export function checkDate(v: unknown, path: string, report: Report): void {
  if (typeof v !== 'string' || !isIsoDate(v)) report(path, schemaMessages.date)
}

/** Checks a provenance: document, checkedAt, reviewIntervalDays, confidence; optional number, URL, note. */
export function checkProvenance(v: unknown, path: string, report: Report): void {
  if (v === undefined) {
    report(path, schemaMessages.provenanceMissing)
    return
  }
  if (!isObj(v, path, report)) return
  checkString(v, 'document', path, report)
  checkString(v, 'docNumber', path, report, true)
  checkString(v, 'note', path, report, true)
  if (v.url !== undefined && (typeof v.url !== 'string' || !/^https?:\/\/\S+$/.test(v.url))) report(joinPath(path, 'url'), schemaMessages.url)
  checkDate(v.checkedAt, joinPath(path, 'checkedAt'), report)
  const days = v.reviewIntervalDays
  if (typeof days !== 'number' || !Number.isInteger(days) || days <= 0) report(joinPath(path, 'reviewIntervalDays'), schemaMessages.reviewInterval)
  if (!CONFIDENCES.includes(v.confidence as string)) report(joinPath(path, 'confidence'), schemaMessages.confidence)
}

/** Checks segments: non-empty, positive ascending bounds, only the last open, ratios in bp. */
export function checkSegments(v: unknown, path: string, report: Report): void {
  if (!isArr(v, path, report)) return
  if (v.length === 0) report(path, schemaMessages.segmentsEmpty)
  let prev = 0
  v.forEach((s, i) => {
    const p = joinPath(path, i)
    if (!isObj(s, p, report)) return
    checkRatio(s.ratio, joinPath(p, 'ratio'), report)
    const last = i === v.length - 1
    if (s.upTo === null) {
      if (!last) report(p, schemaMessages.segmentsOpenEnd)
      return
    }
    if (last) report(p, schemaMessages.segmentsOpenEnd)
    if (typeof s.upTo !== 'number' || !Number.isInteger(s.upTo) || s.upTo <= prev) report(joinPath(p, 'upTo'), schemaMessages.segmentsOrder)
    else prev = s.upTo
  })
}

/** Checks ids of a list are valid and unique. */
export function checkUniqueIds(items: unknown[], path: string, report: Report): void {
  const seen = new Set<unknown>()
  items.forEach((it, i) => {
    if (typeof it !== 'object' || it === null) return
    const id = (it as Obj).id
    if (seen.has(id)) report(joinPath(joinPath(path, i), 'id'), `${schemaMessages.duplicateId}：${String(id)}`)
    seen.add(id)
  })
}
