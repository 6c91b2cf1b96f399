import type { Provenance } from '@/domain/vocab'
import type { EstimateLine, FigureKey } from '@/domain/estimator/types'

/** Chinese names of the plan figures a line may rely on. */
export const FIGURE_LABELS: Record<FigureKey, string> = {
  deductible: '起付线',
  segments: '报销比例',
  annualCap: '年度最高支付限额',
  classBSelfPayRatio: '乙类先行自付比例',
  remote: '异地就医规则',
  critical: '大病保险标准',
}

/** One figure a line used, with the sources behind it. */
export interface LineFigure {
  key: FigureKey
  label: string
  provenances: Provenance[]
}

/**
 * The figures one line used, each with its provenances; figures with no provenance are left out.
 * @param line an estimate line
 * @param figures provenance per figure key, from resolvePlan
 */
export function lineFigures(line: EstimateLine, figures: Readonly<Record<FigureKey, readonly Provenance[]>>): LineFigure[] {
  return (line.figureKeys ?? [])
    .map((key) => ({ key, label: FIGURE_LABELS[key], provenances: [...(figures[key] ?? [])] }))
    .filter((f) => f.provenances.length > 0)
}
