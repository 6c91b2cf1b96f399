import type { Fen, HospitalLevel } from '@/domain/vocab'
import type { EstimateInputs } from '@/domain/estimator/types'
import { formatYuan } from '@/domain/money/format'
import { MAX_ADMISSION } from '@/domain/estimate/validate-inputs'

/** One changed version of an estimate's inputs. */
export interface WhatIfVariant {
  /** ASCII id: `filed`, `not-filed`, `level-1`…`level-3`, `next-admission` */
  key: string
  /** Chinese question, e.g. 如果去二级医院 */
  label: string
  inputs: EstimateInputs
}

/** A variant priced: what the person would pay and how it compares. */
export interface WhatIfRow extends WhatIfVariant {
  personal: Fen
  /** variant − current: positive means paying more */
  diff: Fen
  /** 多付 X 元 / 少付 X 元 / 一样 */
  diffText: string
}

const LEVEL_NAMES: Record<HospitalLevel, string> = { 1: '一', 2: '二', 3: '三' }

/**
 * The what-if variants of an estimate: filed vs not filed (only when treated away from home), the
 * other two hospital levels, and the next admission (inpatient). With custom parameters only the
 * filing matters (one's own figures do not change with level or admission), so only that is offered.
 * @param inputs the estimate's inputs
 * @returns variants in display order
 */
export function whatIfVariants(inputs: EstimateInputs): WhatIfVariant[] {
  const out: WhatIfVariant[] = []
  if (inputs.location !== 'local') {
    out.push(inputs.filing === 'none'
      ? { key: 'filed', label: '如果办了临时外出就医备案', inputs: { ...inputs, filing: 'temporary' } }
      : { key: 'not-filed', label: '如果没有备案', inputs: { ...inputs, filing: 'none' } })
  }
  if (inputs.policy !== null) return out
  for (const level of [1, 2, 3] as const) {
    if (level !== inputs.level) out.push({ key: `level-${level}`, label: `如果去${LEVEL_NAMES[level]}级医院`, inputs: { ...inputs, level } })
  }
  if (inputs.visit === 'inpatient' && inputs.admission < MAX_ADMISSION) {
    const n = inputs.admission + 1
    out.push({ key: 'next-admission', label: `如果是今年第 ${n} 次住院`, inputs: { ...inputs, admission: n } })
  }
  return out
}

/**
 * How a variant's payment compares with the current one.
 * @param diff variant − current, in fen
 */
export function diffText(diff: Fen): string {
  if (diff === 0) return '一样'
  return diff > 0 ? `多付 ${formatYuan(diff)}` : `少付 ${formatYuan(-diff)}`
}

/**
 * Price every variant with the given function; variants it cannot price are left out.
 * @param inputs the estimate's inputs
 * @param currentPersonal what the person pays now
 * @param personalOf prices one set of inputs (the person's share), or null when it cannot
 */
export function whatIfRows(inputs: EstimateInputs, currentPersonal: Fen, personalOf: (i: EstimateInputs) => Fen | null): WhatIfRow[] {
  const rows: WhatIfRow[] = []
  for (const v of whatIfVariants(inputs)) {
    const personal = personalOf(v.inputs)
    if (personal === null) continue
    const diff = personal - currentPersonal
    rows.push({ ...v, personal, diff, diffText: diffText(diff) })
  }
  return rows
}
