import { z } from 'zod'
import { FILING_CATEGORIES, FILINGS, REMOTE_FILINGS } from '@/domain/vocab'
import { schemaMessages as m } from '@/data/schema/messages'
import { ALWAYS, listWithIds } from '@/data/schema/lists'
import { bp, fen, fenOrNull, id, int, str, strings, version } from '@/data/schema/primitives'
import { provenance } from '@/data/schema/provenance'
import { alternative, checkPointers, ruleItem, ruleItems } from '@/data/schema/sourced'

/** A 备案 type and what it needs (FilingType). */
const filingType = z.object(
  {
    id,
    category: z.enum(FILING_CATEGORIES, m.invalidChoice),
    filingStatus: z.enum(FILINGS, m.invalidChoice),
    title: str,
    text: str,
    materials: strings,
    provenance,
  },
  m.notObject,
)

/** The national ceiling of the ratio cut for one REMOTE_FILINGS status (RatioCut). */
const ratioCut = z.object(
  { id: z.enum(REMOTE_FILINGS, m.invalidChoice), title: str, text: str, maxPoints: bp, provenance },
  m.notObject,
)

/** Materials for one kind of 零星报销 claim (MaterialGroup). */
const materialGroup = z.object({ id, title: str, materials: strings, provenance }, m.notObject)

/** The national minimum 居民医保 contribution for one 待遇年度 (ContributionStandard). */
const standard = z.object(
  {
    standardYear: int(2000, 2100),
    benefitYear: int(2000, 2100),
    individualMin: fenOrNull,
    subsidyMin: fenOrNull,
    subsidyIncrease: fen.optional(),
    text: str,
    provenance,
  },
  m.notObject,
)

/** 待遇等待期 (WaitingPeriod); alternatives must name fields of it. */
const waitingPeriod = z.object(
  {
    fixedMonths: int(0, 24),
    variableMonthsPerGapYear: int(0, 24),
    reductionMonthsPerExtraYear: int(0, 24),
    text: str,
    provenance,
    alternatives: z.array(alternative, m.notArray),
    notes: ruleItems,
  },
  m.notObject,
).superRefine(checkPointers, ALWAYS)

/** The whole of national.json (NationalRules): 异地就医, 家庭共济, 大病保险, 门诊共济, 居民缴费与等待期, 零星报销. */
export const nationalRulesSchema = z.object(
  {
    version,
    remoteCare: z.object(
      {
        principle: ruleItem,
        filingTypes: listWithIds(filingType),
        channels: ruleItems,
        validity: ruleItems,
        lateFiling: ruleItems,
        ratioRules: ruleItems,
        ratioCuts: listWithIds(ratioCut),
        localCuts: ruleItems,
        other: ruleItems,
      },
      m.notObject,
    ),
    familyPooling: z.object({ who: ruleItems, canPay: ruleItems, cannotPay: ruleItems, scope: ruleItems }, m.notObject),
    criticalIllness: ruleItems,
    outpatientPooling: ruleItems,
    residentContribution: z.object(
      { standards: z.array(standard, m.notArray), window: ruleItems, waitingPeriod },
      m.notObject,
    ),
    claims: z.object({ when: ruleItems, materials: listWithIds(materialGroup), processing: ruleItem }, m.notObject),
  },
  m.notObject,
)
