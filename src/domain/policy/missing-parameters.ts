import { LEVEL_KEYS, REMOTE_FILINGS } from '@/domain/vocab'
import type { RegionPolicy } from '@/data/types'

type Loose = Record<string, unknown> | undefined


function at(v: unknown, key: string): Loose {
  return typeof v === 'object' && v !== null ? ((v as Record<string, unknown>)[key] as Loose) : undefined
}

function isNum(v: unknown): boolean {
  return typeof v === 'number' && Number.isFinite(v)
}

function tableGaps(t: unknown, path: string, out: string[]): void {
  const need = (ok: boolean, p: string) => { if (!ok) out.push(`${path}.${p}`) }
  need(typeof at(t, 'deductibleMode') === 'string', 'deductibleMode')
  for (const l of LEVEL_KEYS) {
    need(isNum(at(at(at(t, 'deductible'), 'working'), l)), `deductible.working.${l}`)
    const segs: unknown = at(at(at(t, 'segments'), 'working'), l)
    need(Array.isArray(segs) && segs.length > 0, `segments.working.${l}`)
  }
  const cap: unknown = at(at(t, 'annualCap'), 'working')
  need(cap === null || isNum(cap), 'annualCap.working')
  need(isNum(at(t, 'classBSelfPayRatio')), 'classBSelfPayRatio')
  need(typeof at(at(t, 'laterAdmission'), 'kind') === 'string', 'laterAdmission')
}

/**
 * Parameters a region lacks (neither given nor explicitly marked absent): inpatient tables of both
 * schemes, 职工 门诊共济, a stated 居民 outpatient, 大病, 异地 rules for 省内 and 跨省, the 居民
 * collection window and the 家庭共济 scopes.
 * @param region the region's policy (checked loosely: it may come from unvalidated JSON)
 * @returns dotted paths of what is missing; empty when complete
 */
export function missingParameters(region: RegionPolicy): string[] {
  const out: string[] = []
  for (const scheme of ['employee', 'resident'] as const) {
    const s: unknown = region[scheme]
    if (typeof s !== 'object' || s === null) {
      out.push(scheme)
      continue
    }
    tableGaps(at(s, 'inpatient'), `${scheme}.inpatient`, out)
    const outp = at(s, 'outpatient')
    const available: unknown = at(outp, 'available')
    if (available === true) tableGaps(outp, `${scheme}.outpatient`, out)
    else if (available !== false || scheme === 'employee') out.push(`${scheme}.outpatient`)
    const kind: unknown = at(at(s, 'critical'), 'kind')
    if (kind !== 'self-pay' && kind !== 'above-cap' && kind !== 'absent') out.push(`${scheme}.critical`)
  }
  for (const loc of ['province', 'national'] as const) {
    const rule = at(at(region, 'remote'), loc)
    for (const k of ['mode', ...REMOTE_FILINGS]) {
      const v: unknown = at(rule, k)
      if (k === 'mode' ? typeof v !== 'string' : !isNum(v)) out.push(`remote.${loc}.${k}`)
    }
  }
  const window = at(at(region, 'enrollment'), 'window')
  for (const k of ['startMonth', 'startDay', 'endMonth', 'endDay']) if (!isNum(at(window, k))) out.push(`enrollment.window.${k}`)
  for (const scope of ['province', 'national'] as const) {
    if (at(at(at(region, 'familyPooling'), scope), 'open') === undefined) out.push(`familyPooling.${scope}`)
  }
  return out
}
