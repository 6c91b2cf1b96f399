import type { Fen, RemoteMode, Segment } from '@/domain/vocab'
import type { CriticalPlan, Plan, RemoteAdjustment } from '@/domain/estimator/types'
import { b36, CodeError, readB36 } from '@/domain/share-code'

const MODES: Record<RemoteMode, string> = { points: 'p', 'pre-self-pay': 's', times: 't' }

function segs(list: readonly Segment[]): string {
  return list.map((s) => `${s.upTo === null ? '' : b36(s.upTo)}_${b36(s.ratio)}`).join('-')
}

function readSegs(s: string | undefined): Segment[] {
  if (!s) throw new CodeError()
  return s.split('-').map((item) => {
    const [upTo, ratio, extra] = item.split('_')
    if (extra !== undefined) throw new CodeError()
    return { upTo: upTo === '' ? null : readB36(upTo), ratio: readB36(ratio) }
  })
}

function remote(r: RemoteAdjustment | null): string {
  return r === null ? '' : [MODES[r.mode], b36(r.referral), b36(r.emergency), b36(r.temporary), b36(r.none)].join('_')
}

function readRemote(s: string): RemoteAdjustment | null {
  if (s === '') return null
  const [m, ...rates] = s.split('_')
  const mode = (Object.keys(MODES) as RemoteMode[]).find((k) => MODES[k] === m)
  if (mode === undefined || rates.length !== 4) throw new CodeError()
  const [referral, emergency, temporary, none] = rates.map(readB36)
  return { mode, referral, emergency, temporary, none }
}

const orNull = (n: Fen | null) => (n === null ? '' : b36(n))
const readOrNull = (s: string) => (s === '' ? null : readB36(s))

/**
 * Encode a plan as nine `~`-separated ASCII fields (see estimate-codec.ts).
 * @param p a valid plan
 */
export function encodePlan(p: Plan): string {
  const c = p.critical
  return [
    b36(p.deductible), p.deductibleMode === 'annual' ? 'a' : 'p', segs(p.segments), orNull(p.annualCap),
    b36(p.classBSelfPayRatio), remote(p.remote), c ? b36(c.threshold) : '', c ? segs(c.segments) : '', c ? orNull(c.cap) : '',
  ].join('~')
}

/**
 * Read a plan written by encodePlan; throws CodeError on malformed text (values are checked later).
 * @param s the text
 */
export function readPlan(s: string): Plan {
  const f = s.split('~')
  if (f.length !== 9 || (f[1] !== 'a' && f[1] !== 'p')) throw new CodeError()
  const critical: CriticalPlan | null = f[6] === '' && f[7] === '' && f[8] === ''
    ? null
    : { threshold: readB36(f[6]), segments: readSegs(f[7]), cap: readOrNull(f[8]) }
  return {
    deductible: readB36(f[0]),
    deductibleMode: f[1] === 'a' ? 'annual' : 'per-admission',
    segments: readSegs(f[2]),
    annualCap: readOrNull(f[3]),
    classBSelfPayRatio: readB36(f[4]),
    remote: readRemote(f[5]),
    critical,
  }
}
