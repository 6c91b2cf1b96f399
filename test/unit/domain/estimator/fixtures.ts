import type { CriticalPlan, EstimateRequest, Plan, RemoteAdjustment } from '@/domain/estimator/types'

/** 元 → 分 for readable fixtures. */
export const yuan = (y: number): number => Math.round(y * 100)

/** 江西·南昌-style 先行自付: 转诊/急诊 10%, 其他临时外出/未备案 20% (policy-research §3, S8). */
export const preSelfPay: RemoteAdjustment = { mode: 'pre-self-pay', referral: 1000, emergency: 1000, temporary: 2000, none: 2000 }
/** 江苏-style points: 转诊 −5, 急诊 0, 未备案 −20 (S1 第十八、十九条). */
export const points: RemoteAdjustment = { mode: 'points', referral: 500, emergency: 0, temporary: 2000, none: 2000 }
/** 苏州-style: 其他临时外出 at 80% of the ratio (S11). */
export const times: RemoteAdjustment = { mode: 'times', referral: 10000, emergency: 10000, temporary: 8000, none: 8000 }

/** D1: 南昌 职工 在职 三级, 起付 800, 85%. */
export const nanchang: Plan = {
  deductible: yuan(800), deductibleMode: 'per-admission', segments: [{ upTo: null, ratio: 8500 }],
  annualCap: null, classBSelfPayRatio: 0, remote: preSelfPay, critical: null,
}

/** D13: 北京-style 在职 三级: 起付 1,300; 85% to 3万, 90% 3–4万, 95% above. */
export const beijing: Plan = {
  deductible: yuan(1300), deductibleMode: 'per-admission',
  segments: [{ upTo: yuan(30000), ratio: 8500 }, { upTo: yuan(40000), ratio: 9000 }, { upTo: null, ratio: 9500 }],
  annualCap: null, classBSelfPayRatio: 1000, remote: null, critical: null,
}

/** D7: 江西 居民 大病, 起付 about 17,000, 60%. */
export const jiangxiCritical: CriticalPlan = { threshold: yuan(17000), segments: [{ upTo: null, ratio: 6000 }], cap: null }

/** A plan whose fund pays nothing, so C = E and 大病 examples read directly. */
export const noFund = (critical: CriticalPlan): Plan => ({
  deductible: 0, deductibleMode: 'per-admission', segments: [{ upTo: null, ratio: 0 }],
  annualCap: null, classBSelfPayRatio: 0, remote: null, critical,
})

/** A local bill of `total` 分 with nothing self-paid. */
export const bill = (plan: Plan, total: number, extra: Partial<EstimateRequest> = {}): EstimateRequest => ({
  plan, location: 'local', filing: 'none', total, selfPay: 0, classB: 0, ...extra,
})
