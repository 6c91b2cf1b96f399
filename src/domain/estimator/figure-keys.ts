import type { FigureKey } from '@/domain/estimator/types'

const keys = (...k: FigureKey[]): readonly FigureKey[] => Object.freeze(k)

/** Shared, frozen figure-key lists for lines (one allocation per program, not per line). */
export const figureKeys = {
  deductible: keys('deductible'),
  segments: keys('segments'),
  segmentsRemote: keys('segments', 'remote'),
  segmentsCap: keys('segments', 'annualCap'),
  segmentsRemoteCap: keys('segments', 'remote', 'annualCap'),
  annualCap: keys('annualCap'),
  classB: keys('classBSelfPayRatio'),
  remote: keys('remote'),
  critical: keys('critical'),
}
