/**
 * Share-link codec for the estimator's inputs. A code is ASCII ([0-9a-z._~-] plus region id
 * characters), versioned and checksummed:
 * `1.<region>.<flags>.<admission>.<total>.<selfPay>.<classB>.<ytd>.<date>.<policy>.<check>`,
 * numbers in base 36 (fen, bp), flags one letter each (scheme, status, visit, level, location,
 * filing), ytd as four `~`-separated numbers, date as YYYYMMDD, policy as in plan-code.ts, and
 * check = FNV-1a of everything before it.
 */
import { FILINGS, HOSPITAL_LEVELS, LOCATIONS, SCHEMES, STATUSES, VISITS, type FilingStatus, type Location } from '@/domain/vocab'
import type { EstimateInputs } from '@/domain/estimator/types'
import { messages, type Checked } from '@/domain/errors'
import { validateInputs } from '@/domain/estimate/validate-inputs'
import { encodePlan, readPlan } from '@/domain/estimate/plan-code'
import { b36, checksum, CodeError, readB36 } from '@/domain/share-code'

const VERSION = '1'
const MAX_LENGTH = 2000
/** Flag values in link order; a letter per value below. Frozen: test/unit/domain/estimate/codec.test.ts pins a code. */
const FLAGS = [SCHEMES, STATUSES, VISITS, HOSPITAL_LEVELS, LOCATIONS, FILINGS] as const
const LETTERS = ['er', 'wr', 'io', '123', 'lpn', 'gretn']

function flags(i: EstimateInputs): string {
  const values = [i.scheme, i.status, i.visit, i.level, i.location, i.filing]
  return values.map((v, k) => LETTERS[k][(FLAGS[k] as readonly unknown[]).indexOf(v)]).join('')
}

/**
 * Encode estimator inputs as an ASCII share code.
 * @param inputs inputs that pass validateInputs
 * @returns e.g. `1.nanchang.ewi3nn.1.4c92.0.0.0~0~0~0...`
 */
export function encodeEstimateInputs(inputs: EstimateInputs): string {
  const y = inputs.ytd
  const body = [
    VERSION, inputs.region ?? '', flags(inputs), b36(inputs.admission), b36(inputs.total), b36(inputs.selfPay),
    b36(inputs.classB), [y.deductiblePaid, y.fundPaid, y.compliantSelfPaid, y.criticalPaid].map(b36).join('~'),
    inputs.date === null ? '' : inputs.date.replace(/-/g, ''), inputs.policy === null ? '' : encodePlan(inputs.policy),
  ].join('.')
  return `${body}.${checksum(body)}`
}

function flag<K extends number>(f: string, k: K): (typeof FLAGS)[K][number] {
  const idx = LETTERS[k].indexOf(f[k] ?? '?')
  if (f.length !== 6 || idx < 0) throw new CodeError()
  return FLAGS[k][idx]
}

function read(p: string[]): EstimateInputs {
  const ytd = p[7].split('~')
  if (ytd.length !== 4 || !/^(?:\d{8})?$/.test(p[8])) throw new CodeError()
  return {
    region: p[1] === '' ? null : p[1],
    scheme: flag(p[2], 0), status: flag(p[2], 1), visit: flag(p[2], 2), level: flag(p[2], 3),
    location: flag(p[2], 4) as Location, filing: flag(p[2], 5) as FilingStatus,
    admission: readB36(p[3]), total: readB36(p[4]), selfPay: readB36(p[5]), classB: readB36(p[6]),
    ytd: { deductiblePaid: readB36(ytd[0]), fundPaid: readB36(ytd[1]), compliantSelfPaid: readB36(ytd[2]), criticalPaid: readB36(ytd[3]) },
    date: p[8] === '' ? null : `${p[8].slice(0, 4)}-${p[8].slice(4, 6)}-${p[8].slice(6)}`,
    policy: p[9] === '' ? null : readPlan(p[9]),
  }
}

/**
 * Decode a share code. Never throws: a wrong version, a damaged or edited code, or values that
 * do not pass validateInputs all return a Chinese error.
 * @param code the query value (any type: it comes from a URL)
 */
export function decodeEstimateInputs(code: unknown): Checked<EstimateInputs, string> {
  if (typeof code !== 'string' || code.length > MAX_LENGTH) return { ok: false, error: messages.codeDamaged }
  const parts = code.split('.')
  if (parts[0] !== VERSION) return { ok: false, error: messages.codeVersion }
  if (parts.length !== 11 || checksum(parts.slice(0, 10).join('.')) !== parts[10]) return { ok: false, error: messages.codeDamaged }
  let inputs: EstimateInputs
  try {
    inputs = read(parts)
  } catch (e) {
    if (e instanceof CodeError) return { ok: false, error: messages.codeInvalid }
    throw e
  }
  if (validateInputs(inputs).length > 0 || encodeEstimateInputs(inputs) !== code) return { ok: false, error: messages.codeInvalid }
  return { ok: true, value: inputs }
}
