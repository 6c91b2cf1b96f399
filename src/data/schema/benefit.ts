import { z } from 'zod'
import { DEDUCTIBLE_MODES } from '@/domain/vocab'
import { schemaMessages as m } from '@/data/schema/messages'
import { byStatus, levels } from '@/data/schema/lists'
import { bp, choiceMessage, fen, fenOrNull, id, str } from '@/data/schema/primitives'
import { segments } from '@/data/schema/segments'
import { sourced } from '@/data/schema/sourced'

/** 起付线 of the 2nd and later admissions in a year. */
const laterAdmission = z.discriminatedUnion(
  'kind',
  [
    z.object({ kind: z.literal('unknown') }),
    z.object({ kind: z.literal('halved') }),
    z.object({ kind: z.literal('minus'), step: fen }),
    z.object({ kind: z.literal('fixed'), deductible: byStatus(levels(fen)) }),
  ],
  { error: choiceMessage(m.invalidChoice) },
)

/** A hospital tier beyond 一/二/三级: shown, not estimated. */
const extraTier = z.object(
  { id, name: str, note: str.optional(), deductible: byStatus(fen).optional(), ratio: byStatus(bp).optional() },
  m.notObject,
)

/** Own fields of a benefit table (起付线, segments, cap, 乙类先行自付 by status and level). */
const benefitShape = {
  deductibleMode: z.enum(DEDUCTIBLE_MODES, m.invalidChoice),
  deductible: byStatus(levels(fen)),
  laterAdmission,
  segments: byStatus(levels(segments)),
  annualCap: byStatus(fenOrNull),
  classBSelfPayRatio: bp,
  extraTiers: z.array(extraTier, m.notArray).optional(),
}

/** A benefit table of one visit type in one scheme (BenefitTable). */
export const benefitTable = sourced(benefitShape)

/** 普通门诊: a benefit table, or an explicit statement that no source gives one (OutpatientPolicy). */
export const outpatient = z.discriminatedUnion(
  'available',
  [sourced({ ...benefitShape, available: z.literal(true) }), z.object({ available: z.literal(false), note: str })],
  { error: choiceMessage(m.notBoolean) },
)
