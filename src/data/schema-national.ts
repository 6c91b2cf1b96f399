import { joinPath } from '@/domain/policy/figures'
import {
  checkAmount, checkChoice, checkId, checkInt, checkProvenance, checkRatio, checkString, checkUniqueIds,
  isArr, isObj, schemaMessages, type Report,
} from '@/data/schema-checks'
import { checkAlternatives, checkRuleItem, checkRuleItems } from '@/data/schema-sourced'

type Check = (v: unknown, path: string, report: Report) => void

const FILING = ['long-term', 'referral', 'emergency', 'temporary', 'none']

function list(check: Check): Check {
  return (v, path, report) => {
    if (!isArr(v, path, report)) return
    v.forEach((it, i) => check(it, joinPath(path, i), report))
    checkUniqueIds(v, path, report)
  }
}

function strings(v: unknown, path: string, report: Report): void {
  if (!isArr(v, path, report)) return
  v.forEach((s, i) => { if (typeof s !== 'string' || s === '') report(joinPath(path, i), schemaMessages.notString) })
}

const checkFilingType: Check = (v, path, report) => {
  if (!isObj(v, path, report)) return
  checkId(v, 'id', path, report)
  checkChoice(v, 'category', ['long-term', 'temporary'], path, report)
  checkChoice(v, 'filingStatus', FILING, path, report)
  checkString(v, 'title', path, report)
  checkString(v, 'text', path, report)
  strings(v.materials, joinPath(path, 'materials'), report)
  checkProvenance(v.provenance, joinPath(path, 'provenance'), report)
}

const checkRatioCut: Check = (v, path, report) => {
  if (!isObj(v, path, report)) return
  checkChoice(v, 'id', FILING.slice(1), path, report)
  checkString(v, 'title', path, report)
  checkString(v, 'text', path, report)
  checkRatio(v.maxPoints, joinPath(path, 'maxPoints'), report)
  checkProvenance(v.provenance, joinPath(path, 'provenance'), report)
}

const checkMaterialGroup: Check = (v, path, report) => {
  if (!isObj(v, path, report)) return
  checkId(v, 'id', path, report)
  checkString(v, 'title', path, report)
  strings(v.materials, joinPath(path, 'materials'), report)
  checkProvenance(v.provenance, joinPath(path, 'provenance'), report)
}

const checkStandard: Check = (v, path, report) => {
  if (!isObj(v, path, report)) return
  checkInt(v.standardYear, joinPath(path, 'standardYear'), report, 2000, 2100)
  checkInt(v.benefitYear, joinPath(path, 'benefitYear'), report, 2000, 2100)
  checkAmount(v.individualMin, joinPath(path, 'individualMin'), report, true)
  checkAmount(v.subsidyMin, joinPath(path, 'subsidyMin'), report, true)
  if (v.subsidyIncrease !== undefined) checkAmount(v.subsidyIncrease, joinPath(path, 'subsidyIncrease'), report)
  checkString(v, 'text', path, report)
  checkProvenance(v.provenance, joinPath(path, 'provenance'), report)
}

const checkWaiting: Check = (v, path, report) => {
  if (!isObj(v, path, report)) return
  for (const k of ['fixedMonths', 'variableMonthsPerGapYear', 'reductionMonthsPerExtraYear']) checkInt(v[k], joinPath(path, k), report, 0, 24)
  checkString(v, 'text', path, report)
  checkProvenance(v.provenance, joinPath(path, 'provenance'), report)
  checkAlternatives(v.alternatives, v, joinPath(path, 'alternatives'), report)
  checkRuleItems(v.notes, joinPath(path, 'notes'), report)
}

function section(v: unknown, path: string, report: Report, parts: Record<string, Check>): void {
  if (!isObj(v, path, report)) return
  for (const [k, check] of Object.entries(parts)) check(v[k], joinPath(path, k), report)
}

/** Checks national.json: 异地就医, 家庭共济, 大病保险, 门诊共济, 居民缴费与等待期, 零星报销. */
export const checkNational: Check = (v, path, report) => {
  if (!isObj(v, path, report)) return
  if (v.version !== 1) report(joinPath(path, 'version'), schemaMessages.version)
  section(v.remoteCare, joinPath(path, 'remoteCare'), report, {
    principle: checkRuleItem, filingTypes: list(checkFilingType), channels: checkRuleItems, validity: checkRuleItems,
    lateFiling: checkRuleItems, ratioRules: checkRuleItems, ratioCuts: list(checkRatioCut), localCuts: checkRuleItems,
    other: checkRuleItems,
  })
  section(v.familyPooling, joinPath(path, 'familyPooling'), report, {
    who: checkRuleItems, canPay: checkRuleItems, cannotPay: checkRuleItems, scope: checkRuleItems,
  })
  checkRuleItems(v.criticalIllness, joinPath(path, 'criticalIllness'), report)
  checkRuleItems(v.outpatientPooling, joinPath(path, 'outpatientPooling'), report)
  section(v.residentContribution, joinPath(path, 'residentContribution'), report, {
    standards: (s, p, r) => { if (isArr(s, p, r)) s.forEach((x, i) => checkStandard(x, joinPath(p, i), r)) },
    window: checkRuleItems, waitingPeriod: checkWaiting,
  })
  section(v.claims, joinPath(path, 'claims'), report, {
    when: checkRuleItems, materials: list(checkMaterialGroup), processing: checkRuleItem,
  })
}
