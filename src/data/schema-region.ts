import { joinPath } from '@/domain/policy/figures'
import {
  checkAmount, checkChoice, checkId, checkInt, checkProvenance, checkRatio, checkSegments, checkString,
  isArr, isObj, schemaMessages, type Obj, type Report,
} from '@/data/schema-checks'
import { checkRuleItems, checkSourced } from '@/data/schema-sourced'

type Check = (v: unknown, path: string, report: Report) => void

const amount: Check = (v, p, r) => checkAmount(v, p, r)
const amountOrNull: Check = (v, p, r) => checkAmount(v, p, r, true)

function levels(check: Check): Check {
  return (v, path, report) => {
    if (!isObj(v, path, report)) return
    for (const k of ['1', '2', '3']) check(v[k], joinPath(path, k), report)
  }
}

function byStatus(check: Check): Check {
  return (v, path, report) => {
    if (!isObj(v, path, report)) return
    check(v.working, joinPath(path, 'working'), report)
    if (v.retired !== undefined) check(v.retired, joinPath(path, 'retired'), report)
  }
}

const checkLater: Check = (v, path, report) => {
  if (!isObj(v, path, report)) return
  checkChoice(v, 'kind', ['unknown', 'halved', 'minus', 'fixed'], path, report)
  if (v.kind === 'minus') checkAmount(v.step, joinPath(path, 'step'), report)
  if (v.kind === 'fixed') byStatus(levels(amount))(v.deductible, joinPath(path, 'deductible'), report)
}

const checkExtraTier: Check = (v, path, report) => {
  if (!isObj(v, path, report)) return
  checkId(v, 'id', path, report)
  checkString(v, 'name', path, report)
  checkString(v, 'note', path, report, true)
  if (v.deductible !== undefined) byStatus(amount)(v.deductible, joinPath(path, 'deductible'), report)
  if (v.ratio !== undefined) byStatus(checkRatio)(v.ratio, joinPath(path, 'ratio'), report)
}

/** Checks a benefit table (起付线, segments, cap, 乙类先行自付 by status and level). */
export const checkBenefitTable: Check = (v, path, report) => {
  if (!isObj(v, path, report)) return
  checkSourced(v, path, report)
  checkChoice(v, 'deductibleMode', ['per-admission', 'annual'], path, report)
  byStatus(levels(amount))(v.deductible, joinPath(path, 'deductible'), report)
  checkLater(v.laterAdmission, joinPath(path, 'laterAdmission'), report)
  byStatus(levels(checkSegments))(v.segments, joinPath(path, 'segments'), report)
  byStatus(amountOrNull)(v.annualCap, joinPath(path, 'annualCap'), report)
  checkRatio(v.classBSelfPayRatio, joinPath(path, 'classBSelfPayRatio'), report)
  if (v.extraTiers !== undefined && isArr(v.extraTiers, joinPath(path, 'extraTiers'), report)) {
    v.extraTiers.forEach((t, i) => checkExtraTier(t, joinPath(joinPath(path, 'extraTiers'), i), report))
  }
}

const checkOutpatient: Check = (v, path, report) => {
  if (!isObj(v, path, report)) return
  if (v.available === true) checkBenefitTable(v, path, report)
  else if (v.available === false) checkString(v, 'note', path, report)
  else report(joinPath(path, 'available'), schemaMessages.notBoolean)
}

const checkLayer: Check = (v, path, report) => {
  if (!isObj(v, path, report)) return
  checkAmount(v.threshold, joinPath(path, 'threshold'), report)
  checkSegments(v.segments, joinPath(path, 'segments'), report)
  checkAmount(v.cap, joinPath(path, 'cap'), report, true)
}

const checkCritical: Check = (v, path, report) => {
  if (!isObj(v, path, report)) return
  checkChoice(v, 'kind', ['self-pay', 'above-cap', 'absent'], path, report)
  if (v.kind === 'absent') return checkString(v, 'note', path, report)
  checkSourced(v, path, report)
  checkString(v, 'name', path, report)
  if (v.kind === 'above-cap') {
    if (v.ratio !== null) checkRatio(v.ratio, joinPath(path, 'ratio'), report)
    checkAmount(v.cap, joinPath(path, 'cap'), report, true)
    return
  }
  checkLayer(v, path, report)
  if (v.hardship !== undefined) checkLayer(v.hardship, joinPath(path, 'hardship'), report)
  if (v.ratiosWithoutBounds !== undefined && isArr(v.ratiosWithoutBounds, joinPath(path, 'ratiosWithoutBounds'), report)) {
    v.ratiosWithoutBounds.forEach((r, i) => checkRatio(r, joinPath(joinPath(path, 'ratiosWithoutBounds'), i), report))
  }
}

const checkScheme: Check = (v, path, report) => {
  if (!isObj(v, path, report)) return
  checkBenefitTable(v.inpatient, joinPath(path, 'inpatient'), report)
  checkOutpatient(v.outpatient, joinPath(path, 'outpatient'), report)
  checkCritical(v.critical, joinPath(path, 'critical'), report)
}

const checkRemoteRule: Check = (v, path, report) => {
  if (!isObj(v, path, report)) return
  checkSourced(v, path, report)
  checkChoice(v, 'mode', ['points', 'pre-self-pay', 'times'], path, report)
  for (const k of ['referral', 'emergency', 'temporary', 'none']) checkRatio(v[k], joinPath(path, k), report)
}

const checkRemote: Check = (v, path, report) => {
  if (!isObj(v, path, report)) return
  checkRemoteRule(v.province, joinPath(path, 'province'), report)
  checkRemoteRule(v.national, joinPath(path, 'national'), report)
  checkRuleItems(v.exemptions, joinPath(path, 'exemptions'), report)
}

const checkEnrollment: Check = (v, path, report) => {
  if (!isObj(v, path, report)) return
  checkSourced(v, path, report)
  checkString(v, 'text', path, report)
  checkInt(v.benefitYearOffset, joinPath(path, 'benefitYearOffset'), report, 0, 1)
  const wp = joinPath(path, 'window')
  if (!isObj(v.window, wp, report)) return
  const w = v.window
  for (const k of ['startMonth', 'endMonth']) checkInt(w[k], joinPath(wp, k), report, 1, 12)
  for (const k of ['startDay', 'endDay']) checkInt(w[k], joinPath(wp, k), report, 1, 31)
}

const checkPoolingScope: Check = (v, path, report) => {
  if (!isObj(v, path, report)) return
  if (v.open !== true && v.open !== false && v.open !== 'unknown') report(joinPath(path, 'open'), schemaMessages.invalidChoice)
  checkString(v, 'text', path, report)
  checkProvenance(v.provenance, joinPath(path, 'provenance'), report)
}

/** Checks one region: ids, names, both schemes, 异地 rules, enrollment, 家庭共济. */
export const checkRegion: Check = (v, path, report) => {
  if (!isObj(v, path, report)) return
  for (const k of ['id', 'provinceId']) checkId(v, k, path, report)
  for (const k of ['name', 'province']) checkString(v, k, path, report)
  checkString(v, 'note', path, report, true)
  for (const s of ['employee', 'resident']) checkScheme(v[s], joinPath(path, s), report)
  checkRemote(v.remote, joinPath(path, 'remote'), report)
  checkEnrollment(v.enrollment, joinPath(path, 'enrollment'), report)
  const fp = joinPath(path, 'familyPooling')
  if (isObj(v.familyPooling, fp, report)) {
    checkPoolingScope(v.familyPooling.province, joinPath(fp, 'province'), report)
    checkPoolingScope(v.familyPooling.national, joinPath(fp, 'national'), report)
  }
}

/**
 * The path a region's errors start with: `regions[beijing]`, or `regions[3]` without a usable id.
 * @param r the raw region
 * @param i its index
 */
export function regionPath(r: unknown, i: number): string {
  const id = (r as Obj | null)?.id
  return typeof id === 'string' && id !== '' ? `regions[${id}]` : `regions[${i}]`
}
