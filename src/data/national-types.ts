import type { Bp, Fen, FilingCategory, FilingStatus, Provenance } from '@/domain/vocab'
import type { Alternative, RuleItem } from '@/data/types'

/** A 备案 type of 医保发〔2022〕22号 and what it needs. */
export interface FilingType {
  /** ASCII id, e.g. `retiree-resettled` */
  readonly id: string
  readonly category: FilingCategory
  /** The estimator's filing status this type maps to */
  readonly filingStatus: FilingStatus
  readonly title: string
  readonly text: string
  /** Chinese material names */
  readonly materials: readonly string[]
  readonly provenance: Provenance
}

/** The national ceiling of the ratio cut for one temporary 备案 type. */
export interface RatioCut {
  readonly id: Exclude<FilingStatus, 'long-term'>
  readonly title: string
  readonly text: string
  /** At most this many points (bp) below the 参保地 ratio */
  readonly maxPoints: Bp
  readonly provenance: Provenance
}

/** Materials for one kind of 零星报销 claim. */
export interface MaterialGroup {
  readonly id: string
  readonly title: string
  readonly materials: readonly string[]
  readonly provenance: Provenance
}

/** The national minimum 居民医保 contribution for one 待遇年度. */
export interface ContributionStandard {
  /** Year of the national standard (notice) */
  readonly standardYear: number
  /** 待遇年度 it funds */
  readonly benefitYear: number
  /** Individual minimum per person per year; null = not announced */
  readonly individualMin: Fen | null
  /** Fiscal subsidy minimum; null = not known */
  readonly subsidyMin: Fen | null
  /** Increase of the subsidy over the year before, where only that is known */
  readonly subsidyIncrease?: Fen
  readonly text: string
  readonly provenance: Provenance
}

/** 待遇等待期 of 国办发〔2024〕38号. */
export interface WaitingPeriod {
  readonly fixedMonths: number
  readonly variableMonthsPerGapYear: number
  readonly reductionMonthsPerExtraYear: number
  readonly text: string
  readonly provenance: Provenance
  /** Local rules that disagree (Jiangsu 2 months), with why the national rule is the default */
  readonly alternatives: readonly Alternative[]
  readonly notes: readonly RuleItem[]
}

/** National rules, as lists of sourced items pages can render. */
export interface NationalRules {
  readonly version: 1
  readonly remoteCare: {
    readonly principle: RuleItem
    readonly filingTypes: readonly FilingType[]
    readonly channels: readonly RuleItem[]
    readonly validity: readonly RuleItem[]
    readonly lateFiling: readonly RuleItem[]
    readonly ratioRules: readonly RuleItem[]
    readonly ratioCuts: readonly RatioCut[]
    readonly localCuts: readonly RuleItem[]
    readonly other: readonly RuleItem[]
  }
  readonly familyPooling: {
    readonly who: readonly RuleItem[]
    readonly canPay: readonly RuleItem[]
    readonly cannotPay: readonly RuleItem[]
    readonly scope: readonly RuleItem[]
  }
  readonly criticalIllness: readonly RuleItem[]
  readonly outpatientPooling: readonly RuleItem[]
  readonly residentContribution: {
    readonly standards: readonly ContributionStandard[]
    readonly window: readonly RuleItem[]
    readonly waitingPeriod: WaitingPeriod
  }
  readonly claims: {
    readonly when: readonly RuleItem[]
    readonly materials: readonly MaterialGroup[]
    readonly processing: RuleItem
  }
}
