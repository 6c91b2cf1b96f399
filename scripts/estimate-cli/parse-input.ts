import type { FieldError, Checked } from '@/domain/errors'
import { messages } from '@/domain/errors'
import type { EstimateInputs } from '@/domain/estimator/types'
import type { HospitalLevel } from '@/domain/vocab'
import { MAX_ADMISSION, validateInputs } from '@/domain/estimate/validate-inputs'
import { FILINGS, LOCATIONS, SCHEMES, STATUSES, VISITS } from '@/domain/vocab'
import { amount, choice, fail, object, positiveInt, ReadError, type Src } from '@scripts/estimate-cli/read-fields'
import { readPolicy } from '@scripts/estimate-cli/parse-policy'

const KEYS = ['region', 'scheme', 'status', 'visit', 'level', 'admission', 'location', 'filing',
  'total', 'selfPay', 'classB', 'ytd', 'date', 'policy']
const YTD_KEYS = ['deductiblePaid', 'fundPaid', 'compliantSelfPaid', 'criticalPaid']

function optionalString(src: Src, key: string): string | null {
  const v = src.obj[key]
  if (v === undefined || v === null) return null
  return typeof v === 'string' ? v : fail(key, messages.invalidChoice)
}

function level(src: Src, custom: boolean): HospitalLevel {
  const v = src.obj.level
  if (v === undefined) return custom ? 3 : fail('level', messages.required)
  const n = typeof v === 'string' ? Number(v) : v
  return n === 1 || n === 2 || n === 3 ? n : fail('level', `${messages.invalidChoice}，可选：1 / 2 / 3`)
}

function read(json: unknown): EstimateInputs {
  const src = object(json, '', KEYS)
  const policy = src.obj.policy === undefined || src.obj.policy === null ? null : readPolicy(src.obj.policy, 'policy')
  const custom = policy !== null
  const region = optionalString(src, 'region')
  if (region === null && !custom) fail('region', messages.regionOrPolicy)
  const location = choice(src, 'location', LOCATIONS)
  const ytd = object(src.obj.ytd ?? {}, 'ytd', YTD_KEYS)
  return {
    region,
    scheme: choice(src, 'scheme', SCHEMES, custom ? 'employee' : undefined),
    status: choice(src, 'status', STATUSES, custom ? 'working' : undefined),
    visit: choice(src, 'visit', VISITS, custom ? 'inpatient' : undefined),
    level: level(src, custom),
    admission: positiveInt(src, 'admission', MAX_ADMISSION, 1),
    location,
    filing: choice(src, 'filing', FILINGS, location === 'local' ? 'none' : undefined),
    total: amount(src, 'total'),
    selfPay: amount(src, 'selfPay', 0),
    classB: amount(src, 'classB', 0),
    ytd: {
      deductiblePaid: amount(ytd, 'deductiblePaid', 0),
      fundPaid: amount(ytd, 'fundPaid', 0),
      compliantSelfPaid: amount(ytd, 'compliantSelfPaid', 0),
      criticalPaid: amount(ytd, 'criticalPaid', 0),
    },
    date: optionalString(src, 'date'),
    policy,
  }
}

/**
 * Read the CLI's JSON input (yuan amounts, decimal ratios, see the README) into estimator inputs.
 * Never throws: any problem comes back as the first field error, in Chinese.
 * @param json the parsed JSON value
 */
export function parseCliInput(json: unknown): Checked<EstimateInputs> {
  let inputs: EstimateInputs
  try {
    inputs = read(json)
  } catch (e) {
    if (e instanceof ReadError) return { ok: false, error: e.fieldError }
    throw e
  }
  const errors: FieldError[] = validateInputs(inputs)
  return errors.length > 0 ? { ok: false, error: errors[0] } : { ok: true, value: inputs }
}

/**
 * Parse the CLI's input text (JSON) into estimator inputs; never throws.
 * @param text file contents
 */
export function parseCliText(text: string): Checked<EstimateInputs> {
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    return { ok: false, error: { field: 'input', message: messages.jsonInvalid } }
  }
  return parseCliInput(json)
}
