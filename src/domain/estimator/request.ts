import type { EstimateInputs, EstimateRequest, Plan } from '@/domain/estimator/types'

/**
 * Build the estimator request for form inputs and the plan that applies to them
 * (the custom policy, or the dataset plan resolved for the region).
 * @param inputs form inputs
 * @param plan the plan to price with
 */
export function toRequest(inputs: EstimateInputs, plan: Plan): EstimateRequest {
  return {
    plan,
    location: inputs.location,
    filing: inputs.filing,
    total: inputs.total,
    selfPay: inputs.selfPay,
    classB: inputs.classB,
    ytd: inputs.ytd,
  }
}
