import { z } from 'zod'
import { CONFIDENCES } from '@/domain/vocab'
import { schemaMessages as m } from '@/data/schema/messages'
import { isoDate, str } from '@/data/schema/primitives'

/** Where a figure comes from: document, checkedAt, reviewIntervalDays, confidence; optional number, URL, note. */
export const provenance = z.object(
  {
    document: str,
    docNumber: str.optional(),
    note: str.optional(),
    url: z.string(m.url).regex(/^https?:\/\/\S+$/, m.url).optional(),
    checkedAt: isoDate,
    reviewIntervalDays: z.number(m.reviewInterval).refine((v) => Number.isInteger(v) && v > 0, m.reviewInterval),
    confidence: z.enum(CONFIDENCES, m.confidence),
  },
  { error: (issue) => (issue.input === undefined ? m.provenanceMissing : m.notObject) },
)
