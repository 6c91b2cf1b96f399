/** Integer amount in 分 (fen). Never a float. */
export type Fen = number

/** Integer ratio in basis points: 10000 = 100%. */
export type Bp = number

/** Confidence of a figure, matching the markers of policy-research.md. */
export type Confidence = 'official' | 'official-quoted' | 'third-party' | 'recalled' | 'unconfirmed'

/** Where a figure comes from. Every figure in src/data carries one (directly or through its block). */
export interface Provenance {
  /** Document title, e.g. 《基本医疗保险跨省异地就医直接结算经办规程》 */
  document: string
  /** Official number, e.g. 医保发〔2022〕22号; omitted when the document has none or it is not known */
  docNumber?: string
  /** Official URL when one is known; never invented */
  url?: string
  /** ISO date the figure was last checked, e.g. 2026-11-22 */
  checkedAt: string
  /** Days after checkedAt when the figure must be reviewed again */
  reviewIntervalDays: number
  confidence: Confidence
  /** Short note: what the source says, why this value was chosen over another */
  note?: string
}

/** One segment of a tiered ratio table; boundaries are absolute on the scale they apply to. */
export interface Segment {
  /** Upper bound (exclusive) in fen; null = open ended (only the last segment) */
  upTo: Fen | null
  ratio: Bp
}

export type RemoteMode = 'points' | 'pre-self-pay' | 'times'
export type FilingStatus = 'long-term' | 'referral' | 'emergency' | 'temporary' | 'none'
export type Location = 'local' | 'province' | 'national'

/** 异地 adjustment: for `points` the values are points (bp) subtracted from each ratio;
 * for `pre-self-pay` the share (bp) the person pays first; for `times` the factor (bp) each ratio is multiplied by. */
export interface RemoteAdjustment {
  mode: RemoteMode
  referral: Bp
  emergency: Bp
  temporary: Bp
  none: Bp
}

/** 大病保险 layer on the year's cumulative compliant self-pay. */
export interface CriticalPlan {
  threshold: Fen
  segments: Segment[]
  cap: Fen | null
}

/** Everything the estimator needs to price one bill. */
export interface Plan {
  deductible: Fen
  deductibleMode: 'per-admission' | 'annual'
  segments: Segment[]
  annualCap: Fen | null
  /** 乙类先行自付 ratio */
  classBSelfPayRatio: Bp
  remote: RemoteAdjustment | null
  critical: CriticalPlan | null
}

export type Scheme = 'employee' | 'resident'
export type WorkStatus = 'working' | 'retired'
export type Visit = 'inpatient' | 'outpatient'
export type HospitalLevel = 1 | 2 | 3

/** The case a bill is priced for: who, where and how treated. */
export interface CaseQuery {
  scheme: Scheme
  status: WorkStatus
  visit: Visit
  level: HospitalLevel
  /** 1 = first admission this year; values below 1 count as 1; ignored for outpatient visits */
  admission: number
  location: Location
  filing: FilingStatus
}
