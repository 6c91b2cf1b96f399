import { REMOTE_FILINGS, type Fen, type RemoteFiling, type RemoteMode, type Segment } from '@/domain/vocab'
import { validatePlan } from '@/domain/estimator/validate-plan'
import { percentText } from '@/domain/money/percent'
import { encodePlan } from '@/domain/estimate/plan-code'
import type { Plan } from '@/domain/estimator/types'
import { parsePercent, parseYuan } from '@/domain/money/parse'
import { yuanText } from '@/domain/money/format'

/** One row of a ratio table as typed: upper bound in yuan (ignored on the last row) and ratio in percent. */
export interface SegmentDraft {
  upTo: string
  ratio: string
}

/** The custom-parameters form exactly as typed: yuan amounts and percentages as text. */
export interface CustomPlanDraft {
  deductible: string
  deductibleMode: Plan['deductibleMode']
  segments: SegmentDraft[]
  /** Empty = no yearly cap */
  annualCap: string
  /** 乙类先行自付, percent; empty = 0 */
  classBRatio: string
  /** 'none' = no 异地 adjustment */
  remoteMode: RemoteMode | 'none'
  remote: Record<RemoteFiling, string>
  criticalOn: boolean
  criticalThreshold: string
  criticalSegments: SegmentDraft[]
  /** Empty = no cap */
  criticalCap: string
}

/**
 * One value per 异地 filing status that has its own adjustment, in form order.
 * @param value the value of each status
 */
function remoteTexts<T>(value: (k: RemoteFiling) => T): Record<RemoteFiling, T> {
  return Object.fromEntries(REMOTE_FILINGS.map((k) => [k, value(k)])) as Record<RemoteFiling, T>
}

/** A blank form: one open segment. */
export const EMPTY_CUSTOM_DRAFT: CustomPlanDraft = {
  deductible: '', deductibleMode: 'per-admission', segments: [{ upTo: '', ratio: '' }], annualCap: '', classBRatio: '',
  remoteMode: 'none', remote: remoteTexts(() => ''),
  criticalOn: false, criticalThreshold: '', criticalSegments: [{ upTo: '', ratio: '' }], criticalCap: '',
}

/** Errors keyed by the plan path validatePlan uses without its prefix, e.g. `segments[1].upTo`, `critical.cap`. */
export type PlanErrors = Record<string, string>

/** The form's outcome: a plan that passed validatePlan, or errors by field. */
export type CustomOutcome = { ok: true; plan: Plan } | { ok: false; errors: PlanErrors }

function reader(errors: PlanErrors) {
  const money = (field: string, text: string, emptyIsNull: boolean): Fen | null => {
    if (emptyIsNull && text.trim() === '') return null
    const r = parseYuan(text)
    if (!r.ok) errors[field] = r.error
    return r.ok ? r.value : 0
  }
  const percent = (field: string, text: string, emptyIsZero = false): number => {
    if (emptyIsZero && text.trim() === '') return 0
    const r = parsePercent(text)
    if (!r.ok) errors[field] = r.error
    return r.ok ? r.value : 0
  }
  const segments = (field: string, rows: readonly SegmentDraft[]): Segment[] =>
    rows.map((row, i) => ({
      upTo: i === rows.length - 1 ? null : money(`${field}[${i}].upTo`, row.upTo, false),
      ratio: percent(`${field}[${i}].ratio`, row.ratio),
    }))
  return { money, percent, segments }
}

/**
 * Read the custom-parameters form into a plan and check it with validatePlan.
 * @param d the form as typed
 * @returns the plan, or Chinese errors keyed by field
 */
export function draftToPlan(d: CustomPlanDraft): CustomOutcome {
  const errors: PlanErrors = {}
  const r = reader(errors)
  const plan: Plan = {
    deductible: r.money('deductible', d.deductible, false) ?? 0,
    deductibleMode: d.deductibleMode,
    segments: r.segments('segments', d.segments),
    annualCap: r.money('annualCap', d.annualCap, true),
    classBSelfPayRatio: r.percent('classBSelfPayRatio', d.classBRatio, true),
    remote: d.remoteMode === 'none' ? null : {
      mode: d.remoteMode,
      ...remoteTexts((k) => r.percent(`remote.${k}`, d.remote[k])),
    },
    critical: !d.criticalOn ? null : {
      threshold: r.money('critical.threshold', d.criticalThreshold, false) ?? 0,
      segments: r.segments('critical.segments', d.criticalSegments),
      cap: r.money('critical.cap', d.criticalCap, true),
    },
  }
  if (Object.keys(errors).length === 0) {
    for (const e of validatePlan(plan, 'plan')) {
      const key = e.field.replace(/^plan\./, '')
      if (errors[key] === undefined) errors[key] = e.message
    }
  }
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, plan }
}

const rows = (segments: readonly Segment[]): SegmentDraft[] =>
  segments.map((s) => ({ upTo: s.upTo === null ? '' : yuanText(s.upTo), ratio: percentText(s.ratio) }))

/**
 * The form showing a plan, to edit saved parameters or to start from a region's figures.
 * @param p a valid plan
 */
export function planToDraft(p: Plan): CustomPlanDraft {
  const remote = p.remote
  return {
    deductible: yuanText(p.deductible),
    deductibleMode: p.deductibleMode,
    segments: rows(p.segments),
    annualCap: p.annualCap === null ? '' : yuanText(p.annualCap),
    classBRatio: p.classBSelfPayRatio === 0 ? '' : percentText(p.classBSelfPayRatio),
    remoteMode: p.remote === null ? 'none' : p.remote.mode,
    remote: remote === null ? { ...EMPTY_CUSTOM_DRAFT.remote } : remoteTexts((k) => percentText(remote[k])),
    criticalOn: p.critical !== null,
    criticalThreshold: p.critical === null ? '' : yuanText(p.critical.threshold),
    criticalSegments: p.critical === null ? [{ upTo: '', ratio: '' }] : rows(p.critical.segments),
    criticalCap: p.critical === null || p.critical.cap === null ? '' : yuanText(p.critical.cap),
  }
}

/**
 * Add an empty row before the open last row of a table (the new row gets an upper bound).
 * @param segments current rows
 */
export function addSegmentRow(segments: readonly SegmentDraft[]): SegmentDraft[] {
  if (segments.length === 0) return [{ upTo: '', ratio: '' }]
  return [...segments.slice(0, -1), { upTo: '', ratio: '' }, segments[segments.length - 1]]
}

/**
 * Remove one row; the table always keeps at least one (open) row.
 * @param segments current rows
 * @param index row to remove
 */
export function removeSegmentRow(segments: readonly SegmentDraft[], index: number): SegmentDraft[] {
  if (segments.length <= 1) return [...segments]
  return segments.filter((_, i) => i !== index)
}

/**
 * Whether two plans have the same figures.
 * @param a a plan
 * @param b another plan
 */
export function samePlan(a: Plan, b: Plan): boolean {
  return encodePlan(a) === encodePlan(b)
}
