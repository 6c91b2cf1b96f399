import type { EstimateResult, LineParty } from '@/domain/estimator/types'
import { toYuanString } from '@/domain/money/format'

/** The CLI's JSON output: yuan strings with two decimals and a decimal ratio. */
export interface CliOutput {
  fund: string
  critical: string
  personal: string
  /** e.g. 0.8123 */
  effectiveRatio: number
  lines: { label: string; amount: string; detail: string; party: LineParty }[]
}

/**
 * Convert an estimate into the CLI's output shape.
 * @param result the estimate
 */
export function toCliOutput(result: EstimateResult): CliOutput {
  return {
    fund: toYuanString(result.fund),
    critical: toYuanString(result.critical),
    personal: toYuanString(result.personal),
    effectiveRatio: result.effectiveRatio / 10000,
    lines: result.lines.map((l) => ({ label: l.label, amount: toYuanString(l.amount), detail: l.detail, party: l.party })),
  }
}
