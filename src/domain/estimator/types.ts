import type { Bp, DeductibleMode, Fen, FilingStatus, HospitalLevel, Location, RemoteFiling, RemoteMode, Scheme, Segment, Visit, WorkStatus } from '@/domain/vocab'

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

/** 异地 adjustment: for `points` the values are points (bp) subtracted from each ratio;
 * for `pre-self-pay` the share (bp) the person pays first; for `times` the factor (bp) each ratio is multiplied by. */
export interface RemoteAdjustment extends Record<RemoteFiling, Bp> {
  mode: RemoteMode
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
  deductibleMode: DeductibleMode
  segments: Segment[]
  annualCap: Fen | null
  /** 乙类先行自付 ratio */
  classBSelfPayRatio: Bp
  remote: RemoteAdjustment | null
  critical: CriticalPlan | null
}


/** What was already used this calendar year before this bill. */
export interface Ytd {
  /** 起付线 already paid (used only when the plan's deductible is annual) */
  deductiblePaid: Fen
  /** 统筹基金 already paid, counted against the annual cap */
  fundPaid: Fen
  /** 合规自付 (policy-range self-pay) already accumulated: the 大病保险 scale */
  compliantSelfPaid: Fen
  /** 大病保险 already paid, counted against its cap */
  criticalPaid: Fen
}

/** One bill to price against one plan. Amounts in fen; check with validateRequest first. */
export interface EstimateRequest {
  plan: Plan
  location: Location
  filing: FilingStatus
  /** Total bill T */
  total: Fen
  /** 全自费 S: never reimbursed */
  selfPay: Fen
  /** 乙类 amount B (S + B ≤ T) */
  classB: Fen
  /** Missing fields count as 0 */
  ytd?: Partial<Ytd>
}

/** Who a line's amount belongs to; `info` lines explain and are not part of any sum. */
export type LineParty = 'fund' | 'critical' | 'personal' | 'info'

/** Plan figures a line relies on; the UI attaches provenance marks by these keys. */
export type FigureKey = 'deductible' | 'segments' | 'annualCap' | 'classBSelfPayRatio' | 'remote' | 'critical'

/** One explained line of a result. */
export interface EstimateLine {
  /** ASCII id, unique within a result, e.g. `fund-seg-1` */
  key: string
  /** Short Chinese label */
  label: string
  /** Fen; only the `critical-offset` line (大病保险 reducing the personal share) is negative */
  amount: Fen
  /** Chinese explanation with the figures used */
  detail: string
  party: LineParty
  figureKeys?: readonly FigureKey[]
}

/** Estimator output: fund + critical + personal === total, exactly. */
export interface EstimateResult {
  fund: Fen
  critical: Fen
  personal: Fen
  /** (fund + critical) / total, 0 when total is 0 */
  effectiveRatio: Bp
  lines: EstimateLine[]
}

/**
 * Everything a user enters on the estimate form: what a share link carries and what the CLI reads.
 * `policy` (custom parameters) replaces the dataset plan of `region` when present.
 */
export interface EstimateInputs extends CaseQuery {
  /** Dataset region id, null when only a custom policy is used */
  region: string | null
  total: Fen
  selfPay: Fen
  classB: Fen
  ytd: Ytd
  /** ISO date of treatment, null = today */
  date: string | null
  policy: Plan | null
}
