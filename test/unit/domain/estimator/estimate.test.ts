import { estimate } from '@/domain/estimator/estimate'
import type { EstimateResult } from '@/domain/estimator/types'
import { beijing, bill, jiangxiCritical, nanchang, noFund, points, times, yuan } from './fixtures'

const shares = (r: EstimateResult) => ({ fund: r.fund, critical: r.critical, personal: r.personal })
const line = (r: EstimateResult, key: string) => r.lines.find((l) => l.key === key)

describe('estimate: policy-research §4.2 fixtures', () => {
  it('D1: 南昌 职工 三级, local: (50,000 − 800) × 85% = 41,820', () => {
    const r = estimate(bill(nanchang, yuan(50000)))
    expect(shares(r)).toEqual({ fund: yuan(41820), critical: 0, personal: yuan(8180) })
    expect(r.effectiveRatio).toBe(8364)
  })
  it('D2: 跨省 未备案, 先行自付 20% before the 起付线: fund 33,320, personal 16,680', () => {
    const r = estimate(bill(nanchang, yuan(50000), { location: 'national', filing: 'none' }))
    expect(shares(r)).toEqual({ fund: yuan(33320), critical: 0, personal: yuan(16680) })
    expect(line(r, 'remote-pre-self-pay')).toMatchObject({ amount: yuan(10000), party: 'personal', figureKeys: ['remote'] })
    expect(line(r, 'remote-pre-self-pay')?.detail).toBe(
      '跨省异地就医（未备案）个人先行自付 20%：50,000.00 元 × 20% = 10,000.00 元，其余 40,000.00 元按参保地待遇报销',
    )
  })
  it('D3: 转诊 / 急诊, 先行自付 10%: fund 37,570, personal 12,430', () => {
    for (const filing of ['referral', 'emergency'] as const) {
      const r = estimate(bill(nanchang, yuan(50000), { location: 'national', filing }))
      expect(shares(r)).toEqual({ fund: yuan(37570), critical: 0, personal: yuan(12430) })
    }
  })
  it('D4: 江苏-style −20 points, unfiled: (50,000 − 800) × 65% = 31,980', () => {
    const r = estimate(bill({ ...nanchang, remote: points }, yuan(50000), { location: 'province', filing: 'none' }))
    expect(r.fund).toBe(yuan(31980))
    expect(line(r, 'remote-adjust')).toMatchObject({ party: 'info', detail: '省内异地就医（未备案），各段报销比例降低 20 个百分点（最低为 0）' })
    expect(line(r, 'fund-seg-1')?.detail).toBe('800.00–50,000.00 元部分按 65% 报销，基金支付 31,980.00 元（参保地比例 85%，异地调整后为 65%）')
    expect(line(r, 'fund-seg-1')?.figureKeys).toEqual(['segments', 'remote'])
  })
  it('江苏 急诊 does not lower the ratio', () => {
    const r = estimate(bill({ ...nanchang, remote: points }, yuan(50000), { location: 'national', filing: 'emergency' }))
    expect(r.fund).toBe(yuan(41820))
    expect(line(r, 'remote-adjust')?.detail).toBe('跨省异地就医（急诊抢救），报销比例不降低')
  })
  it('D5: 苏州-style 80% of the ratio (其他临时外出): 49,200 × 68% = 33,456', () => {
    const r = estimate(bill({ ...nanchang, remote: times }, yuan(50000), { location: 'national', filing: 'temporary' }))
    expect(r.fund).toBe(yuan(33456))
    expect(line(r, 'remote-adjust')?.detail).toBe('跨省异地就医（其他临时外出就医备案），各段报销比例按原比例的 80% 计算')
  })
  it('D6: 南昌 居民 三级, 起付 600, 60% on 30,000 → fund 17,640; 大病 not reached', () => {
    const plan = { ...nanchang, deductible: yuan(600), segments: [{ upTo: null, ratio: 6000 }], critical: jiangxiCritical }
    const r = estimate(bill(plan, yuan(30000)))
    expect(shares(r)).toEqual({ fund: yuan(17640), critical: 0, personal: yuan(12360) })
    expect(line(r, 'critical-info')?.detail).toBe('本年累计合规自付 12,360.00 元（含本次 12,360.00 元），未超过大病保险起付标准 17,000.00 元，大病保险不支付')
  })
  it('D7: 大病 12,000 on a compliant self-pay of 37,000, shown as a critical line and a personal offset', () => {
    const r = estimate(bill(noFund(jiangxiCritical), yuan(37000)))
    expect(shares(r)).toEqual({ fund: 0, critical: yuan(12000), personal: yuan(25000) })
    expect(line(r, 'critical-seg-1')).toMatchObject({ amount: yuan(12000), party: 'critical' })
    expect(line(r, 'critical-seg-1')?.detail).toBe('本年累计合规自付 17,000.00–37,000.00 元部分（起付标准 17,000.00 元以上）按 60% 报销，大病保险支付 12,000.00 元')
    expect(line(r, 'critical-offset')).toMatchObject({ amount: -yuan(12000), party: 'personal' })
  })
  it('D9 with the cap hit by ytd: 大病 limited to 500,000 − 480,000', () => {
    const plan = noFund({ threshold: yuan(100000), segments: [{ upTo: null, ratio: 9000 }], cap: yuan(500000) })
    const r = estimate(bill(plan, yuan(150000), { ytd: { criticalPaid: yuan(480000) } }))
    expect(r.critical).toBe(yuan(20000))
    expect(line(r, 'critical-seg-1')?.detail).toContain('应支付 45,000.00 元，受大病保险年度最高支付限额 500,000.00 元（本年此前已支付 480,000.00 元）影响，实际支付 20,000.00 元')
  })
  it('D13: 北京-style segments on 50,000: fund 42,895 with one fund and one personal line per segment', () => {
    const r = estimate(bill(beijing, yuan(50000)))
    expect(shares(r)).toEqual({ fund: yuan(42895), critical: 0, personal: yuan(7105) })
    expect(r.lines.map((l) => [l.key, l.amount])).toEqual([
      ['policy-range', yuan(50000)], ['deductible', yuan(1300)],
      ['fund-seg-1', yuan(24395)], ['self-seg-1', yuan(4305)],
      ['fund-seg-2', yuan(9000)], ['self-seg-2', yuan(1000)],
      ['fund-seg-3', yuan(9500)], ['self-seg-3', yuan(500)],
    ])
    expect(line(r, 'deductible')?.detail).toBe('起付线 1,300.00 元由个人支付')
    expect(line(r, 'fund-seg-1')?.detail).toBe('1,300.00–30,000.00 元部分按 85% 报销，基金支付 24,395.00 元')
    expect(line(r, 'self-seg-1')).toMatchObject({ label: '个人自付（15%）', detail: '1,300.00–30,000.00 元部分个人自付 15%，计 4,305.00 元' })
  })
})

describe('estimate: bill parts, deductibles and caps', () => {
  it('全自费 and 乙类先行自付 are personal lines outside the policy range', () => {
    const r = estimate(bill(beijing, yuan(60000), { selfPay: yuan(5000), classB: yuan(5000) }))
    expect(line(r, 'policy-range')?.detail).toBe('总费用 60,000.00 元扣除全自费 5,000.00 元和乙类先行自付 500.00 元后，政策范围内费用为 54,500.00 元')
    expect(line(r, 'self-pay')).toMatchObject({ amount: yuan(5000), party: 'personal' })
    expect(line(r, 'class-b')).toMatchObject({ amount: yuan(500), figureKeys: ['classBSelfPayRatio'], detail: '乙类费用 5,000.00 元按 10% 先行自付 500.00 元，由个人支付' })
    expect(r.fund).toBe(yuan(24395 + 9000 + 14500 * 0.95))
  })
  it('annual deductible: only what is left this year; none once paid in full', () => {
    const annual = { ...beijing, deductibleMode: 'annual' as const }
    const part = estimate(bill(annual, yuan(50000), { ytd: { deductiblePaid: yuan(500) } }))
    expect(part.fund).toBe(yuan(29200 * 0.85 + 9000 + 9500))
    expect(line(part, 'deductible')?.detail).toBe('本年起付线 1,300.00 元，此前已付 500.00 元，本次 800.00 元由个人支付')
    const paid = estimate(bill(annual, yuan(50000), { ytd: { deductiblePaid: yuan(1300) } }))
    expect(paid.fund).toBe(yuan(30000 * 0.85 + 9000 + 9500))
    expect(line(paid, 'deductible')).toMatchObject({ amount: 0, detail: '本年起付线 1,300.00 元已付满，本次不再扣除起付线' })
  })
  it('per-admission deductible ignores what was paid on earlier admissions', () => {
    expect(estimate(bill(beijing, yuan(50000), { ytd: { deductiblePaid: yuan(1300) } })).fund).toBe(yuan(42895))
  })
  it('a bill under the deductible is all personal', () => {
    const r = estimate(bill(beijing, yuan(1000)))
    expect(shares(r)).toEqual({ fund: 0, critical: 0, personal: yuan(1000) })
    expect(line(r, 'deductible')?.detail).toBe('政策范围内费用 1,000.00 元未达到起付线 1,300.00 元，全部由个人支付')
  })
  it('annual cap hit by ytd: lower segments are paid first, the rest is a personal over-cap line', () => {
    const plan = { ...beijing, annualCap: yuan(100000) }
    const r = estimate(bill(plan, yuan(50000), { ytd: { fundPaid: yuan(90000) } }))
    expect(shares(r)).toEqual({ fund: yuan(10000), critical: 0, personal: yuan(40000) })
    expect(r.lines.filter((l) => l.party === 'fund').map((l) => l.amount)).toEqual([yuan(10000), 0, 0])
    expect(line(r, 'over-cap')).toMatchObject({ amount: yuan(32895), figureKeys: ['annualCap'] })
    expect(line(r, 'fund-seg-1')?.figureKeys).toEqual(['segments', 'annualCap'])
    expect(estimate(bill(plan, yuan(50000), { ytd: { fundPaid: yuan(150000) } })).fund).toBe(0)
  })
  it('keeps the sums when a (non-validated) plan leaves the top of the bill uncovered', () => {
    const plan = { ...beijing, deductible: 0, segments: [{ upTo: yuan(10000), ratio: 9000 }] }
    const r = estimate(bill(plan, yuan(20000)))
    expect(r.fund).toBe(yuan(9000))
    expect(line(r, 'out-of-range')).toMatchObject({ amount: yuan(10000), party: 'personal' })
    expect(r.lines.filter((l) => l.party === 'personal').reduce((s, l) => s + l.amount, 0)).toBe(r.personal)
  })
  it('a zero bill costs nothing and has a 0 effective ratio', () => {
    const r = estimate(bill(beijing, 0))
    expect(shares(r)).toEqual({ fund: 0, critical: 0, personal: 0 })
    expect(r.effectiveRatio).toBe(0)
  })
})
