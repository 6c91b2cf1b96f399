import { z } from 'zod'
import { schemaMessages as m } from '@/data/schema/messages'
import { ALWAYS } from '@/data/schema/lists'
import { bp } from '@/data/schema/primitives'

const segment = z.object({ upTo: z.number(m.segmentsOrder).nullable(), ratio: bp }, m.notObject)

function checkOrder(list: unknown, ctx: z.RefinementCtx): void {
  if (!Array.isArray(list)) return
  if (list.length === 0) ctx.addIssue({ code: 'custom', message: m.segmentsEmpty, input: list })
  let prev = 0
  list.forEach((s: unknown, i) => {
    if (typeof s !== 'object' || s === null || Array.isArray(s)) return
    const upTo = (s as { upTo?: unknown }).upTo
    const last = i === list.length - 1
    if (upTo === null) {
      if (!last) ctx.addIssue({ code: 'custom', path: [i], message: m.segmentsOpenEnd, input: s })
      return
    }
    if (last) ctx.addIssue({ code: 'custom', path: [i], message: m.segmentsOpenEnd, input: s })
    if (typeof upTo !== 'number' || !Number.isInteger(upTo) || upTo <= prev) ctx.addIssue({ code: 'custom', path: [i, 'upTo'], message: m.segmentsOrder, input: upTo })
    else prev = upTo
  })
}

/** A tiered ratio table: non-empty, positive ascending integer bounds in fen, only the last open (upTo null), ratios in bp. */
export const segments = z.array(segment, m.notArray).superRefine(checkOrder, ALWAYS)
