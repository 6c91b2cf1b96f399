import type { Bp, Fen, LevelKey, Provenance, RemoteFiling, RemoteMode, Segment } from '@/domain/vocab'

/** One value per hospital level. */
export type LevelTable<T> = Readonly<Record<LevelKey, T>>

/** One value per work status; `retired` is omitted when it equals `working` (always so for 居民医保). */
export interface ByStatus<T> {
  readonly working: T
  readonly retired?: T
}

/** Provenance of single figures inside a block, keyed by their dotted path relative to the block
 * (e.g. `segments.retired.3`); a key also covers every figure below it. */
export type Overrides = Readonly<Record<string, Provenance>>

/** Another reading of a figure, from a source that disagrees with the chosen one. */
export interface Alternative {
  /** Dotted path of the chosen figure relative to its block, e.g. `segments.working.2[0].ratio` */
  readonly path: string
  /** The other value (fen or bp, as the chosen figure); null = none / not capped */
  readonly value: number | null
  readonly provenance: Provenance
  /** Chinese: why the chosen value was preferred */
  readonly reason: string
  /** Only for this province (provinceId), when the alternative is a local rule */
  readonly appliesTo?: string
}

/** A block of figures sharing one source, with per-figure overrides and disagreeing sources. */
export interface Sourced {
  readonly provenance: Provenance
  readonly overrides?: Overrides
  readonly alternatives?: readonly Alternative[]
  /** Chinese note shown with the block */
  readonly note?: string
}

/** 起付线 of the 2nd and later admissions in a year. `unknown`: no source, treated as the first. */
export type LaterAdmissionRule =
  | { readonly kind: 'unknown' }
  | { readonly kind: 'halved' }
  | { readonly kind: 'minus'; readonly step: Fen }
  | { readonly kind: 'fixed'; readonly deductible: ByStatus<LevelTable<Fen>> }

/** A hospital tier a region distinguishes beyond 一/二/三级 (社区, 省属三级…): shown, not estimated. */
export interface ExtraTier {
  /** ASCII id */
  readonly id: string
  readonly name: string
  readonly deductible?: ByStatus<Fen>
  readonly ratio?: ByStatus<Bp>
  readonly note?: string
}

/** 起付线, ratios and cap of one visit type in one scheme. */
export interface BenefitTable extends Sourced {
  readonly deductibleMode: 'per-admission' | 'annual'
  readonly deductible: ByStatus<LevelTable<Fen>>
  readonly laterAdmission: LaterAdmissionRule
  readonly segments: ByStatus<LevelTable<readonly Segment[]>>
  /** Fund's yearly cap; null = not capped */
  readonly annualCap: ByStatus<Fen | null>
  /** 乙类先行自付 */
  readonly classBSelfPayRatio: Bp
  readonly extraTiers?: readonly ExtraTier[]
}

/** 普通门诊: a benefit table, or an explicit statement that no source gives one. */
export type OutpatientPolicy =
  | (BenefitTable & { readonly available: true })
  | { readonly available: false; readonly note: string }

/** Threshold, segments (on the year's cumulative compliant self-pay) and cap of a 大病 layer. */
export interface CriticalLayer {
  readonly threshold: Fen
  readonly segments: readonly Segment[]
  readonly cap: Fen | null
}

/** 大病保险 / 大额: on cumulative self-pay (`self-pay`), above the fund's cap (`above-cap`,
 * not estimated), or none known (`absent`). */
export type CriticalPolicy =
  | (Sourced & CriticalLayer & {
      readonly kind: 'self-pay'
      readonly name: string
      /** 困难群体 variant */
      readonly hardship?: CriticalLayer
      /** Ratios a source lists without segment bounds; segments then use the lowest */
      readonly ratiosWithoutBounds?: readonly Bp[]
    })
  | (Sourced & {
      readonly kind: 'above-cap'
      readonly name: string
      /** null = no source gives the ratio */
      readonly ratio: Bp | null
      readonly cap: Fen | null
    })
  | { readonly kind: 'absent'; readonly note: string }

/** Everything of one scheme (职工 or 居民) in one region. */
export interface SchemePolicy {
  readonly inpatient: BenefitTable
  readonly outpatient: OutpatientPolicy
  readonly critical: CriticalPolicy
}

/** A statement pages render: title, text and its source; `values` hold its figures. */
export interface RuleItem {
  /** ASCII id, unique within its list */
  readonly id: string
  readonly title: string
  readonly text: string
  readonly provenance: Provenance
  readonly values?: Readonly<Record<string, number | null>>
}

/** 异地 adjustment of one location (省内异地 or 跨省), in the estimator's RemoteAdjustment shape. */
export interface RemoteRule extends Sourced, Readonly<Record<RemoteFiling, Bp>> {
  readonly mode: RemoteMode
}

/** 异地就医 rules of a region. */
export interface RemotePolicy {
  readonly province: RemoteRule
  readonly national: RemoteRule
  /** Local exemptions (e.g. 京津冀 treated as filed) */
  readonly exemptions: readonly RuleItem[]
}

/** 居民医保 collection window and 待遇年度. */
export interface ResidentEnrollment extends Sourced {
  /** Collection window; an end before the start falls in the next year */
  readonly window: {
    readonly startMonth: number
    readonly startDay: number
    readonly endMonth: number
    readonly endDay: number
  }
  /** 待遇年度 = the window's start year + this */
  readonly benefitYearOffset: number
  /** Chinese description */
  readonly text: string
}

/** Whether 家庭共济 is open at one scope; 'unknown' when no source says. */
export interface PoolingScope {
  readonly open: boolean | 'unknown'
  readonly text: string
  readonly provenance: Provenance
}

/** One 统筹 region (city). */
export interface RegionPolicy {
  /** ASCII id, e.g. `beijing` */
  readonly id: string
  readonly name: string
  /** Chinese province name */
  readonly province: string
  /** ASCII province id */
  readonly provinceId: string
  readonly note?: string
  readonly employee: SchemePolicy
  readonly resident: SchemePolicy
  readonly remote: RemotePolicy
  readonly enrollment: ResidentEnrollment
  readonly familyPooling: { readonly province: PoolingScope; readonly national: PoolingScope }
}

/** The whole of regions.json. */
export interface RegionsFile {
  readonly version: 1
  /** ISO date the dataset was last reviewed as a whole */
  readonly checkedAt: string
  readonly regions: readonly RegionPolicy[]
}
