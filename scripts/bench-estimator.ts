/**
 * Benchmark: estimates per second over a few hundred thousand random valid requests.
 * `npx tsx scripts/bench-estimator.ts [count]`; exits 1 below 200,000 estimates/second.
 */
import { performance } from 'node:perf_hooks'
import type { FilingStatus, Location, RemoteMode } from '@/domain/vocab'
import type { EstimateRequest, Plan } from '@/domain/estimator/types'
import { estimate } from '@/domain/estimator/estimate'

const TARGET = 200_000

function rng(seed: number): (n: number) => number {
  let s = seed >>> 0
  return (n) => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0
    return s % n
  }
}

function randomPlan(r: (n: number) => number): Plan {
  const modes: RemoteMode[] = ['points', 'pre-self-pay', 'times']
  return {
    deductible: r(200_000),
    deductibleMode: r(2) ? 'annual' : 'per-admission',
    segments: [{ upTo: 3_000_000, ratio: 8500 }, { upTo: 4_000_000, ratio: 9000 }, { upTo: null, ratio: 9500 }],
    annualCap: r(3) ? 50_000_000 : null,
    classBSelfPayRatio: r(2000),
    remote: r(4) ? { mode: modes[r(3)], referral: 1000, emergency: 1000, temporary: 2000, none: 2000 } : null,
    critical: r(4) ? { threshold: 1_700_000, segments: [{ upTo: 10_000_000, ratio: 6000 }, { upTo: null, ratio: 7000 }], cap: 30_000_000 } : null,
  }
}

/** Plans come from a small dataset in practice, so bills share a few hundred plans. */
function randomRequest(r: (n: number) => number, plans: Plan[]): EstimateRequest {
  const plan = plans[r(plans.length)]
  const total = r(50_000_000)
  const selfPay = r(total / 5 + 1)
  const classB = r(total - selfPay + 1)
  const locations: Location[] = ['local', 'province', 'national']
  const filings: FilingStatus[] = ['long-term', 'referral', 'emergency', 'temporary', 'none']
  return {
    plan, location: locations[r(3)], filing: filings[r(5)], total, selfPay, classB,
    ytd: { deductiblePaid: r(100_000), fundPaid: r(45_000_000), compliantSelfPaid: r(3_000_000), criticalPaid: r(1_000_000) },
  }
}

function main(): void {
  const count = Number(process.argv[2] ?? 300_000)
  const r = rng(20261122)
  const plans = Array.from({ length: 256 }, () => randomPlan(r))
  const requests = Array.from({ length: count }, () => randomRequest(r, plans))
  for (let i = 0; i < 20_000; i++) estimate(requests[i % count])
  let check = 0
  const start = performance.now()
  for (const req of requests) check += estimate(req).lines.length
  const seconds = (performance.now() - start) / 1000
  const rate = Math.round(count / seconds)
  console.log(`${count} estimates in ${seconds.toFixed(3)} s: ${rate} estimates/second (${check} lines)`)
  if (rate < TARGET) {
    console.error(`below target: ${rate} < ${TARGET} estimates/second`)
    process.exitCode = 1
  }
}

main()
