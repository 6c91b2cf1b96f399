import { z } from 'zod'
import { schemaMessages as m } from '@/data/schema/messages'
import { bp, choiceMessage, fen, fenOrNull, str } from '@/data/schema/primitives'
import { segments } from '@/data/schema/segments'
import { sourced } from '@/data/schema/sourced'

/** Threshold, segments and cap of a 大病 layer (CriticalLayer). */
const layerShape = { threshold: fen, segments, cap: fenOrNull }

/** 大病保险 / 大额: on cumulative self-pay, above the fund's cap, or none known (CriticalPolicy). */
export const critical = z.discriminatedUnion(
  'kind',
  [
    sourced({
      kind: z.literal('self-pay'),
      name: str,
      ...layerShape,
      hardship: z.object(layerShape, m.notObject).optional(),
      ratiosWithoutBounds: z.array(bp, m.notArray).optional(),
    }),
    sourced({ kind: z.literal('above-cap'), name: str, ratio: bp.nullable(), cap: fenOrNull }),
    z.object({ kind: z.literal('absent'), note: str }),
  ],
  { error: choiceMessage(m.invalidChoice) },
)
