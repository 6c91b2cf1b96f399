import { classBPreSelfPay, policyRange } from '@/domain/estimator/policy-range'
import { adjustRatio, remoteCut, remotePreSelfPay } from '@/domain/estimator/remote'
import { deductibleLeft, deductiblePart } from '@/domain/estimator/deductible'
import { payOnSegments } from '@/domain/estimator/segment-pay'
import { allocateCap, capLeft } from '@/domain/estimator/cap'
import { payCritical } from '@/domain/estimator/critical'
import { beijing, jiangxiCritical, nanchang, points, times, yuan } from './fixtures'

describe('step 1: 乙类先行自付 and the policy range', () => {
  it('rounds B × b half up to the fen', () => {
    expect(classBPreSelfPay(yuan(5000), 1000)).toBe(yuan(500))
    expect(classBPreSelfPay(335, 1000)).toBe(34)
    expect(classBPreSelfPay(334, 1000)).toBe(33)
    expect(classBPreSelfPay(yuan(5000), 0)).toBe(0)
  })
  it('takes S and preB off the bill', () => {
    expect(policyRange(yuan(60000), yuan(5000), yuan(500))).toBe(yuan(54500))
  })
})

describe('step 2: 异地 adjustment', () => {
  const withRemote = (remote: typeof points) => ({ ...nanchang, remote })
  it('does not apply locally, for long-term filers, or without a remote rule', () => {
    expect(remoteCut(nanchang, 'local', 'none')).toBeNull()
    expect(remoteCut(nanchang, 'national', 'long-term')).toBeNull()
    expect(remoteCut({ ...nanchang, remote: null }, 'national', 'none')).toBeNull()
  })
  it('picks the rate by filing status', () => {
    expect(remoteCut(nanchang, 'national', 'referral')).toEqual({ mode: 'pre-self-pay', rate: 1000, location: 'national', filing: 'referral' })
    expect(remoteCut(nanchang, 'province', 'none')?.rate).toBe(2000)
    expect(remoteCut(withRemote(points), 'national', 'emergency')?.rate).toBe(0)
  })
  it('pre-self-pay: the person first pays E × a (D2: 20% of 50,000)', () => {
    expect(remotePreSelfPay(yuan(50000), remoteCut(nanchang, 'national', 'none'))).toBe(yuan(10000))
    expect(remotePreSelfPay(yuan(50000), remoteCut(withRemote(points), 'national', 'none'))).toBe(0)
    expect(remotePreSelfPay(yuan(50000), null)).toBe(0)
  })
  it('points lowers each ratio, never below 0; times multiplies it, rounded half up to bp', () => {
    const p = remoteCut(withRemote(points), 'national', 'none')
    expect(adjustRatio(8500, p)).toBe(6500)
    expect(adjustRatio(1500, p)).toBe(0)
    const t = remoteCut(withRemote(times), 'national', 'temporary')
    expect(adjustRatio(8500, t)).toBe(6800)
    expect(adjustRatio(8333, { ...t!, rate: 3333 })).toBe(2777)
    expect(adjustRatio(8500, remoteCut(nanchang, 'national', 'none'))).toBe(8500)
  })
})

describe('step 3: deductible', () => {
  it('per admission: the whole 起付线 each time', () => {
    expect(deductibleLeft(beijing, yuan(1300))).toBe(yuan(1300))
  })
  it('annual: what is left this year, never negative', () => {
    const annual = { ...beijing, deductibleMode: 'annual' as const }
    expect(deductibleLeft(annual, yuan(500))).toBe(yuan(800))
    expect(deductibleLeft(annual, yuan(5000))).toBe(0)
  })
  it('a bill below the deductible goes wholly to it', () => {
    expect(deductiblePart(yuan(900), yuan(1300))).toBe(yuan(900))
    expect(deductiblePart(yuan(50000), yuan(1300))).toBe(yuan(1300))
  })
})

describe('step 4: segments', () => {
  it('D13: 北京-style three segments on 50,000 pay 24,395 + 9,000 + 9,500', () => {
    const pieces = payOnSegments(beijing.segments, yuan(1300), yuan(50000))
    expect(pieces.map((p) => [p.segment, p.from, p.to, p.amount])).toEqual([
      [1, yuan(1300), yuan(30000), yuan(24395)],
      [2, yuan(30000), yuan(40000), yuan(9000)],
      [3, yuan(40000), yuan(50000), yuan(9500)],
    ])
  })
  it('skips segments the range does not reach and starts above the deductible', () => {
    const pieces = payOnSegments(beijing.segments, yuan(35000), yuan(38000))
    expect(pieces).toEqual([{ segment: 2, from: yuan(35000), to: yuan(38000), ratio: 9000, planRatio: 9000, amount: yuan(2700) }])
    expect(payOnSegments(beijing.segments, yuan(1300), yuan(1300))).toEqual([])
  })
  it('applies the adjusted ratio and rounds each piece half up', () => {
    const pieces = payOnSegments([{ upTo: 3, ratio: 5000 }, { upTo: null, ratio: 5000 }], 0, 4, (r) => r)
    expect(pieces.map((p) => p.amount)).toEqual([2, 1])
    const cut = payOnSegments(beijing.segments, 0, yuan(1000), (r) => r - 2000)
    expect(cut[0]).toMatchObject({ ratio: 6500, planRatio: 8500, amount: yuan(650) })
  })
})

describe('step 5 and 7: caps', () => {
  it('computes the room left, clamped at 0', () => {
    expect(capLeft(null, yuan(1))).toBeNull()
    expect(capLeft(yuan(100000), yuan(90000))).toBe(yuan(10000))
    expect(capLeft(yuan(100000), yuan(120000))).toBe(0)
  })
  it('pays lower pieces first', () => {
    expect(allocateCap([500, 300, 200], 600)).toEqual([500, 100, 0])
    expect(allocateCap([500, 300], null)).toEqual([500, 300])
  })
})

describe('step 7: 大病保险', () => {
  it('D7: (37,000 − 17,000) × 60% = 12,000', () => {
    expect(payCritical(jiangxiCritical, 0, yuan(37000), 0).total).toBe(yuan(12000))
  })
  it('D8: 困难群体 (37,000 − 8,500) × 65% = 18,525, no cap', () => {
    const plan = { threshold: yuan(8500), segments: [{ upTo: null, ratio: 6500 }], cap: null }
    expect(payCritical(plan, 0, yuan(37000), 0).total).toBe(yuan(18525))
  })
  it('D9: 南昌 职工 (150,000 − 100,000) × 90% = 45,000; cap 50万 limits it once 48万 were paid', () => {
    const plan = { threshold: yuan(100000), segments: [{ upTo: null, ratio: 9000 }], cap: yuan(500000) }
    expect(payCritical(plan, 0, yuan(150000), 0).total).toBe(yuan(45000))
    expect(payCritical(plan, 0, yuan(150000), yuan(480000)).total).toBe(yuan(20000))
    expect(payCritical(plan, 0, yuan(150000), yuan(600000)).total).toBe(0)
  })
  it('works on the cumulative scale: earlier self-pay counts toward the threshold', () => {
    const pay = payCritical(jiangxiCritical, yuan(15000), yuan(10000), 0)
    expect(pay).toMatchObject({ before: yuan(15000), after: yuan(25000), total: yuan(4800) })
    expect(pay.pieces[0]).toMatchObject({ from: yuan(17000), to: yuan(25000) })
    expect(payCritical(jiangxiCritical, yuan(20000), yuan(1000), 0).total).toBe(yuan(600))
    expect(payCritical(jiangxiCritical, 0, yuan(16000), 0)).toMatchObject({ pieces: [], total: 0 })
  })
  it('pays each segment of a tiered 大病 table', () => {
    const plan = { threshold: yuan(10000), segments: [{ upTo: yuan(100000), ratio: 6000 }, { upTo: null, ratio: 7000 }], cap: null }
    expect(payCritical(plan, 0, yuan(150000), 0).total).toBe(yuan(54000 + 35000))
  })
})
