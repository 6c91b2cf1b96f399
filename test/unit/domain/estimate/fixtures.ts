import type { EstimateInputs, Plan } from '@/domain/estimator/types'

/** 北京 · 职工在职 · 三级医院住院, local, 50,000 元 with 2,000 全自费 and 10,000 乙类. */
export const beijingInputs = (over: Partial<EstimateInputs> = {}): EstimateInputs => ({
  region: 'beijing', scheme: 'employee', status: 'working', visit: 'inpatient', level: 3, admission: 1,
  location: 'local', filing: 'none', total: 5_000_000, selfPay: 200_000, classB: 1_000_000,
  ytd: { deductiblePaid: 0, fundPaid: 0, compliantSelfPaid: 0, criticalPaid: 0 }, date: null, policy: null, ...over,
})

/** A custom plan: 起付 1,000, 80% to 5万, 90% above, 乙类 10%, points 10/10/20/20, 大病 above 2万 at 60%. */
export const customPlan: Plan = {
  deductible: 100_000, deductibleMode: 'annual',
  segments: [{ upTo: 5_000_000, ratio: 8000 }, { upTo: null, ratio: 9000 }],
  annualCap: 30_000_000, classBSelfPayRatio: 1000,
  remote: { mode: 'points', referral: 1000, emergency: 1000, temporary: 2000, none: 2000 },
  critical: { threshold: 2_000_000, segments: [{ upTo: null, ratio: 6000 }], cap: null },
}
