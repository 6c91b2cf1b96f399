/**
 * Share-link codec for the 家庭共济 checker's answers (never names). A code is ASCII and versioned:
 * `f1.<payerRegion>.<flags>.<beneficiaryRegion>.<check>`, regions as dataset ids or `other`, flags one letter
 * each (payer scheme, personal account, relation, beneficiary scheme, same province, purpose), and
 * check = FNV-1a of everything before it, in base 36.
 */
import { messages, type Checked } from '@/domain/errors'
import { PURPOSES, type CheckerInputs } from '@/domain/family/checker'
import { isId, MEMBER_SCHEMES, RELATIONS } from '@/domain/vocab'
import { checksum } from '@/domain/share-code'

const VERSION = 'f1'
const MAX_LENGTH = 200
const SCHEME_LETTERS = 'ern'
const ACCOUNT_LETTERS = 'ny'
const RELATION_LETTERS = 'sfmcbgklo'
const PROVINCE_LETTERS = 'xsd'
const PURPOSE_LETTERS = 'hprlcn'
const PROVINCE_VALUES = [null, true, false] as const

function flags(i: CheckerInputs): string {
  return [
    SCHEME_LETTERS[MEMBER_SCHEMES.indexOf(i.payerScheme)],
    ACCOUNT_LETTERS[Number(i.hasAccount)],
    RELATION_LETTERS[RELATIONS.indexOf(i.relation)],
    SCHEME_LETTERS[MEMBER_SCHEMES.indexOf(i.beneficiaryScheme)],
    PROVINCE_LETTERS[PROVINCE_VALUES.indexOf(i.sameProvince)],
    PURPOSE_LETTERS[PURPOSES.indexOf(i.purpose)],
  ].join('')
}

/**
 * Encode checker answers as an ASCII share code.
 * @param inputs complete answers (from completeDraft)
 * @returns e.g. `f1.beijing.eyfrxh.other.0abc123`
 */
export function encodeCheckerInputs(inputs: CheckerInputs): string {
  const body = [VERSION, inputs.payerRegion, flags(inputs), inputs.beneficiaryRegion].join('.')
  return `${body}.${checksum(body)}`
}

function pick<T>(letters: string, values: readonly T[], letter: string): T | undefined {
  const idx = letters.indexOf(letter)
  return idx < 0 ? undefined : values[idx]
}

function read(p: string[]): CheckerInputs | null {
  const f = p[2]
  if (f.length !== 6 || !isId(p[1]) || !isId(p[3])) return null
  const values = {
    payerRegion: p[1],
    payerScheme: pick(SCHEME_LETTERS, MEMBER_SCHEMES, f[0]),
    hasAccount: pick(ACCOUNT_LETTERS, [false, true], f[1]),
    relation: pick(RELATION_LETTERS, RELATIONS, f[2]),
    beneficiaryScheme: pick(SCHEME_LETTERS, MEMBER_SCHEMES, f[3]),
    sameProvince: pick<boolean | null>(PROVINCE_LETTERS, PROVINCE_VALUES, f[4]),
    purpose: pick(PURPOSE_LETTERS, PURPOSES, f[5]),
    beneficiaryRegion: p[3],
  }
  return Object.values(values).some((v) => v === undefined) ? null : (values as CheckerInputs)
}

/**
 * Decode a share code. Never throws: anything but an intact code of this version, whose regions are known,
 * returns a Chinese error.
 * @param code the query value (any type: it comes from a URL)
 * @param regionIds the dataset's region ids; when given, other ids than these and 'other' are refused
 */
export function decodeCheckerInputs(code: unknown, regionIds?: readonly string[]): Checked<CheckerInputs, string> {
  if (typeof code !== 'string' || code.length > MAX_LENGTH) return { ok: false, error: messages.codeDamaged }
  const parts = code.split('.')
  if (parts[0] !== VERSION) return { ok: false, error: messages.codeVersion }
  if (parts.length !== 5 || checksum(parts.slice(0, 4).join('.')) !== parts[4]) return { ok: false, error: messages.codeDamaged }
  const inputs = read(parts)
  const known = (id: string) => id === 'other' || regionIds === undefined || regionIds.includes(id)
  if (inputs === null || !known(inputs.payerRegion) || !known(inputs.beneficiaryRegion)) return { ok: false, error: messages.codeInvalid }
  return { ok: true, value: inputs }
}
