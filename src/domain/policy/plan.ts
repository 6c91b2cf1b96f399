import { REMOTE_FILINGS, type Bp, type LevelKey, type Provenance, type RemoteFiling, type WorkStatus } from '@/domain/vocab'
import type { BenefitTable, ByStatus, RegionPolicy } from '@/data/types'
import { provenanceAt, provenancesAt, uniqueProvenances } from '@/domain/policy/review'
import type { CaseQuery, CriticalPlan, Plan, RemoteAdjustment } from '@/domain/estimator/types'

/** The case a plan is resolved for. */
export type PlanQuery = CaseQuery

/** Plan keys the estimator's lines refer to. */
export type PlanFigureKey = 'deductible' | 'segments' | 'annualCap' | 'classBSelfPayRatio' | 'remote' | 'critical'

/** A resolved plan and, per plan key, the provenance of the figures it used. */
export interface ResolvedPlan {
  plan: Plan
  figures: Record<PlanFigureKey, Provenance[]>
}

function pick<T>(v: ByStatus<T>, status: WorkStatus): [T, 'working' | 'retired'] {
  return status === 'retired' && v.retired !== undefined ? [v.retired, 'retired'] : [v.working, 'working']
}

/**
 * Why no plan can be resolved for a case (e.g. no 居民 outpatient data), or null when one can.
 * @param region the region's policy
 * @param q the case
 * @returns a Chinese message, or null
 */
export function planUnavailableReason(region: RegionPolicy, q: PlanQuery): string | null {
  const out = region[q.scheme].outpatient
  if (q.visit === 'outpatient' && !out.available) return `${region.name}：${out.note}`
  return null
}

function deductibleOf(t: BenefitTable, status: WorkStatus, lk: LevelKey, admission: number): [number, Provenance[]] {
  const [table, st] = pick(t.deductible, status)
  const first = table[lk]
  const own = provenancesAt(t, `deductible.${st}.${lk}`)
  const rule = t.laterAdmission
  if (t.deductibleMode === 'annual' || admission <= 1) return [first, own]
  const ruleProv = provenanceAt(t, 'laterAdmission')
  switch (rule.kind) {
    case 'halved': return [Math.round(first / 2), [...own, ruleProv]]
    case 'minus': return [Math.max(0, first - rule.step * (admission - 1)), [...own, provenanceAt(t, 'laterAdmission.step')]]
    case 'fixed': {
      const [later, lst] = pick(rule.deductible, status)
      return [later[lk], provenancesAt(t, `laterAdmission.deductible.${lst}.${lk}`)]
    }
    default: return [first, [...own, ruleProv]]
  }
}

/** The per-filing rates of a remote rule, without its source notes. */
function remoteRates(r: Readonly<Record<RemoteFiling, Bp>>): Record<RemoteFiling, Bp> {
  return Object.fromEntries(REMOTE_FILINGS.map((k) => [k, r[k]])) as Record<RemoteFiling, Bp>
}

function remoteOf(region: RegionPolicy, q: PlanQuery): [RemoteAdjustment | null, Provenance[]] {
  if (q.location === 'local') return [null, []]
  const r = region.remote[q.location]
  const adj: RemoteAdjustment = { mode: r.mode, ...remoteRates(r) }
  return [adj, q.filing === 'long-term' ? [] : [provenanceAt(r, q.filing)]]
}

function criticalOf(region: RegionPolicy, q: PlanQuery): [CriticalPlan | null, Provenance[]] {
  const c = region[q.scheme].critical
  if (q.visit !== 'inpatient' || c.kind !== 'self-pay') return [null, []]
  const plan = { threshold: c.threshold, segments: c.segments.map((s) => ({ ...s })), cap: c.cap }
  return [plan, ['threshold', 'segments', 'cap'].flatMap((k) => provenancesAt(c, k))]
}

/**
 * Build the estimator's plan for one case from a region's policy: 起付线 for the level, status and
 * admission number; that status's segments and cap; 乙类先行自付; the 异地 rule of the location;
 * the scheme's 大病保险 (inpatient only: 普通门诊 does not count towards it).
 * @param region the region's policy (passed in; the domain never imports the dataset)
 * @param q the case
 * @returns the plan and the provenance of each figure used
 * @throws Error with a Chinese message when planUnavailableReason is not null
 */
export function resolvePlan(region: RegionPolicy, q: PlanQuery): ResolvedPlan {
  const reason = planUnavailableReason(region, q)
  if (reason !== null) throw new Error(reason)
  const out = region[q.scheme].outpatient
  const t: BenefitTable = q.visit === 'outpatient' && out.available ? out : region[q.scheme].inpatient
  const lk = String(q.level) as LevelKey
  const admission = q.visit === 'inpatient' && Number.isFinite(q.admission) ? Math.max(1, Math.floor(q.admission)) : 1
  const [deductible, dedProv] = deductibleOf(t, q.status, lk, admission)
  const [segs, segSt] = pick(t.segments, q.status)
  const [annualCap, capSt] = pick(t.annualCap, q.status)
  const [remote, remoteProv] = remoteOf(region, q)
  const [critical, critProv] = criticalOf(region, q)
  return {
    plan: {
      deductible,
      deductibleMode: t.deductibleMode,
      segments: segs[lk].map((s) => ({ ...s })),
      annualCap,
      classBSelfPayRatio: t.classBSelfPayRatio,
      remote,
      critical,
    },
    figures: {
      deductible: uniqueProvenances(dedProv),
      segments: provenancesAt(t, `segments.${segSt}.${lk}`),
      annualCap: provenancesAt(t, `annualCap.${capSt}`),
      classBSelfPayRatio: [provenanceAt(t, 'classBSelfPayRatio')],
      remote: remoteProv,
      critical: uniqueProvenances(critProv),
    },
  }
}
