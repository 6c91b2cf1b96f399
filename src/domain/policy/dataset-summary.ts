import type { RegionsFile } from '@/data/types'
import type { NationalRules } from '@/data/national-types'
import { collectFigures } from '@/domain/policy/figures'
import { countVerification, type VerificationCount } from '@/domain/policy/report'

export interface DatasetSummary {
  checkedAt: string
  regions: number
  figures: VerificationCount
}

/**
 * Whole-dataset counts shown on 数据说明, computed at generation time so that page needs no dataset.
 * @param regionsFile parsed regions.json
 * @param national parsed national.json
 */
export function datasetSummary(regionsFile: unknown, national: unknown): DatasetSummary {
  const file = regionsFile as RegionsFile
  return {
    checkedAt: file.checkedAt,
    regions: file.regions.length,
    figures: countVerification([...collectFigures(file.regions), ...collectFigures(national as NationalRules)]),
  }
}
