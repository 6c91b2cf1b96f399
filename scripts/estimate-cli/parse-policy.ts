import type { Segment } from '@/domain/vocab'
import { messages } from '@/domain/errors'
import { amount, amountOrNull, at, choice, fail, object, ratio } from '@scripts/estimate-cli/read-fields'
import type { CriticalPlan, Plan, RemoteAdjustment } from '@/domain/estimator/types'

const POLICY_KEYS = ['deductible', 'deductibleMode', 'segments', 'annualCap', 'classBSelfPayRatio', 'remote', 'critical']
const REMOTE_KEYS = ['mode', 'referral', 'emergency', 'temporary', 'none']
const CRITICAL_KEYS = ['threshold', 'segments', 'cap']

function segments(value: unknown, path: string): Segment[] {
  if (value === undefined) fail(path, messages.required)
  if (!Array.isArray(value)) fail(path, messages.notAList)
  if (value.length === 0 || value.length > 20) fail(path, messages.segmentsEmpty)
  return value.map((v, i) => {
    const src = object(v, `${path}[${i}]`, ['upTo', 'ratio'])
    return { upTo: src.obj.upTo === undefined ? null : amountOrNull(src, 'upTo'), ratio: ratio(src, 'ratio') }
  })
}

function remote(value: unknown, path: string): RemoteAdjustment | null {
  if (value === undefined || value === null) return null
  const src = object(value, path, REMOTE_KEYS)
  return {
    mode: choice(src, 'mode', ['points', 'pre-self-pay', 'times'] as const),
    referral: ratio(src, 'referral'),
    emergency: ratio(src, 'emergency'),
    temporary: ratio(src, 'temporary'),
    none: ratio(src, 'none'),
  }
}

function critical(value: unknown, path: string): CriticalPlan | null {
  if (value === undefined || value === null) return null
  const src = object(value, path, CRITICAL_KEYS)
  return { threshold: amount(src, 'threshold'), segments: segments(src.obj.segments, at(src, 'segments')), cap: amountOrNull(src, 'cap') }
}

/**
 * Read the CLI's `policy` object (yuan amounts, decimal ratios) into a Plan. Throws ReadError,
 * caught by parseCliInput; the plan's structure is checked afterwards by validatePlan.
 * @param value the JSON value
 * @param path its field path, `policy`
 */
export function readPolicy(value: unknown, path: string): Plan {
  const src = object(value, path, POLICY_KEYS)
  return {
    deductible: amount(src, 'deductible'),
    deductibleMode: choice(src, 'deductibleMode', ['per-admission', 'annual'] as const),
    segments: segments(src.obj.segments, at(src, 'segments')),
    annualCap: amountOrNull(src, 'annualCap'),
    classBSelfPayRatio: ratio(src, 'classBSelfPayRatio'),
    remote: remote(src.obj.remote, at(src, 'remote')),
    critical: critical(src.obj.critical, at(src, 'critical')),
  }
}
