import { z } from 'zod'
import { REMOTE_FILINGS, REMOTE_MODES, SCHEMES } from '@/domain/vocab'
import { schemaMessages as m } from '@/data/schema/messages'
import { ALWAYS, idsOf, keyed, reportDuplicates } from '@/data/schema/lists'
import { bp, id, int, isoDate, str, version } from '@/data/schema/primitives'
import { provenance } from '@/data/schema/provenance'
import { benefitTable, outpatient } from '@/data/schema/benefit'
import { critical } from '@/data/schema/critical'
import { ruleItems, sourced } from '@/data/schema/sourced'

/** Everything of one scheme in one region (SchemePolicy). */
const scheme = z.object({ inpatient: benefitTable, outpatient, critical }, m.notObject)

/** 异地 adjustment of one location: mode and a ratio per REMOTE_FILINGS status (RemoteRule). */
const remoteRule = sourced({ mode: z.enum(REMOTE_MODES, m.invalidChoice), ...keyed(REMOTE_FILINGS, bp) })

/** 居民医保 collection window and 待遇年度 (ResidentEnrollment). */
const enrollment = sourced({
  text: str,
  benefitYearOffset: int(0, 1),
  window: z.object({ startMonth: int(1, 12), startDay: int(1, 31), endMonth: int(1, 12), endDay: int(1, 31) }, m.notObject),
})

/** Whether 家庭共济 is open at one scope (PoolingScope). */
const poolingScope = z.object(
  { open: z.union([z.boolean(), z.literal('unknown')], m.invalidChoice), text: str, provenance },
  m.notObject,
)

/** One 统筹 region: ids, names, both schemes, 异地 rules, enrollment, 家庭共济 (RegionPolicy). */
export const region = z.object(
  {
    id,
    provinceId: id,
    name: str,
    province: str,
    note: str.optional(),
    ...keyed(SCHEMES, scheme),
    remote: z.object({ province: remoteRule, national: remoteRule, exemptions: ruleItems }, m.notObject),
    enrollment,
    familyPooling: z.object({ province: poolingScope, national: poolingScope }, m.notObject),
  },
  m.notObject,
)

/** The whole of regions.json (RegionsFile): at least one region, ids unique. */
export const regionsFileSchema = z.object(
  {
    version,
    checkedAt: isoDate,
    regions: z.array(region, m.notArray).superRefine((list, ctx) => {
      if (Array.isArray(list) && list.length === 0) ctx.addIssue({ code: 'custom', message: m.noRegions, input: list })
      reportDuplicates(idsOf(list), ctx)
    }, ALWAYS),
  },
  m.notObject,
)
