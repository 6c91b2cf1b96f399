import type { EligibilityInput, SharingRules } from '@/domain/family/eligibility'
import type { CheckerInputs } from '@/domain/family/checker'
import type { PoolingScope } from '@/data/types'

/** What the checker needs to know about a region of the dataset. */
export interface RegionFacts {
  /** ASCII province id: two regions share a province when these are equal */
  provinceId: string
  /** 家庭共济 availability; omitted while the region dataset does not give it */
  familyPooling?: { readonly province: PoolingScope; readonly national: PoolingScope }
}

/** Looks a region id up in the dataset; undefined for 'other' and unknown ids. */
export type RegionLookup = (id: string) => RegionFacts | undefined

/** Everything checkEligibility needs, plus the region fact the scope verdict rests on. */
export interface ResolvedCheck {
  input: EligibilityInput
  rules: SharingRules
  /** Whether the beneficiary is insured in the payer's province */
  inProvince: boolean
  /** The payer region's statement on that kind of 共济, or null when the dataset has none */
  scope: PoolingScope | null
}

const PAYER_PROVINCE = 'payer-province'
const ELSEWHERE = 'elsewhere'

/**
 * Turns checker answers into an eligibility question: provinces from the dataset (or the user's 同省/外省 answer
 * when a region is not in it), 省内/跨省 availability and confidence from the payer's region.
 * @param inputs complete checker answers
 * @param lookup region facts by id
 */
export function resolveCheck(inputs: CheckerInputs, lookup: RegionLookup): ResolvedCheck {
  const payer = lookup(inputs.payerRegion)
  const beneficiary = lookup(inputs.beneficiaryRegion)
  const payerProvince = payer?.provinceId ?? PAYER_PROVINCE
  const beneficiaryProvince =
    payer && beneficiary ? beneficiary.provinceId : inputs.sameProvince === true ? payerProvince : ELSEWHERE
  const inProvince = payerProvince === beneficiaryProvince
  const pooling = payer?.familyPooling
  const scope = pooling ? (inProvince ? pooling.province : pooling.national) : null
  return {
    input: {
      payer: { regionId: inputs.payerRegion, provinceId: payerProvince, scheme: inputs.payerScheme, hasPersonalAccount: inputs.hasAccount },
      beneficiary: { relation: inputs.relation, regionId: inputs.beneficiaryRegion, provinceId: beneficiaryProvince, scheme: inputs.beneficiaryScheme },
      purpose: inputs.purpose,
    },
    rules: {
      inProvince: pooling?.province.open ?? 'unknown',
      crossProvince: pooling?.national.open ?? 'unknown',
      provenance: { confidence: scope?.provenance.confidence ?? 'unconfirmed' },
    },
    inProvince,
    scope,
  }
}

/**
 * The reason without its leading verdict word (可以：/不可以：/需要确认：), for display under a verdict heading.
 * @param reason a checkEligibility reason
 */
export function reasonBody(reason: string): string {
  return reason.replace(/^(可以|不可以|需要确认)：/, '')
}
