import { checkEligibility } from '@/domain/family/eligibility'
import { reasonBody, resolveCheck, type RegionFacts } from '@/domain/family/resolve-check'
import type { CheckerInputs } from '@/domain/family/checker'
import type { PoolingScope } from '@/data/types'
import type { Confidence } from '@/domain/vocab'

const scope = (open: PoolingScope['open'], confidence: Confidence): PoolingScope => ({
  open,
  text: '说明',
  provenance: { document: '某文件', checkedAt: '2026-11-22', reviewIntervalDays: 90, confidence },
})
const REGIONS: Record<string, RegionFacts> = {
  beijing: { provinceId: 'beijing', familyPooling: { province: scope(true, 'official'), national: scope(true, 'third-party') } },
  shijiazhuang: { provinceId: 'hebei', familyPooling: { province: scope(true, 'official-quoted'), national: scope('unknown', 'unconfirmed') } },
  tangshan: { provinceId: 'hebei', familyPooling: { province: scope(true, 'official-quoted'), national: scope(false, 'official') } },
  bare: { provinceId: 'bare' },
}
const lookup = (id: string) => REGIONS[id]
const base: CheckerInputs = {
  payerRegion: 'shijiazhuang', payerScheme: 'employee', hasAccount: true, relation: 'father',
  beneficiaryRegion: 'tangshan', sameProvince: null, beneficiaryScheme: 'resident', purpose: 'medical-bill',
}
const verdict = (inputs: CheckerInputs) => {
  const r = resolveCheck(inputs, lookup)
  return checkEligibility(r.input, r.rules).verdict
}

test('two dataset regions in one province use the payer region’s 省内 statement', () => {
  const r = resolveCheck(base, lookup)
  expect(r.inProvince).toBe(true)
  expect(r.scope).toBe(REGIONS.shijiazhuang.familyPooling?.province)
  expect(r.rules).toEqual({ inProvince: true, crossProvince: 'unknown', provenance: { confidence: 'official-quoted' } })
  expect(r.input.payer).toEqual({ regionId: 'shijiazhuang', provinceId: 'hebei', scheme: 'employee', hasPersonalAccount: true })
  expect(verdict(base)).toBe('yes')
})

test('regions in different provinces use the 跨省 statement and its confidence', () => {
  const r = resolveCheck({ ...base, payerRegion: 'beijing' }, lookup)
  expect(r.inProvince).toBe(false)
  expect(r.scope).toBe(REGIONS.beijing.familyPooling?.national)
  expect(r.rules.provenance.confidence).toBe('third-party')
  expect(verdict({ ...base, payerRegion: 'beijing' })).toBe('confirm')
  expect(verdict({ ...base, payerRegion: 'tangshan', beneficiaryRegion: 'beijing' })).toBe('no')
})

test('a region outside the dataset follows the user’s 同省/外省 answer', () => {
  expect(resolveCheck({ ...base, beneficiaryRegion: 'other', sameProvince: true }, lookup).inProvince).toBe(true)
  expect(resolveCheck({ ...base, beneficiaryRegion: 'other', sameProvince: false }, lookup).inProvince).toBe(false)
  expect(resolveCheck({ ...base, payerRegion: 'other', sameProvince: true }, lookup).inProvince).toBe(true)
})

test('without the region’s 共济 facts the scope is unknown, so the answer is at best 需确认', () => {
  for (const payerRegion of ['other', 'bare']) {
    const r = resolveCheck({ ...base, payerRegion, sameProvince: true }, lookup)
    expect(r.scope).toBeNull()
    expect(r.rules).toEqual({ inProvince: 'unknown', crossProvince: 'unknown', provenance: { confidence: 'unconfirmed' } })
    expect(verdict({ ...base, payerRegion, sameProvince: true })).toBe('confirm')
  }
})

test('reasonBody drops only the leading verdict word', () => {
  expect(reasonBody('不可以：个人账户不能取现。')).toBe('个人账户不能取现。')
  expect(reasonBody('需要确认：暂无资料；可以问问。')).toBe('暂无资料；可以问问。')
  expect(reasonBody('参保地可以：办理。')).toBe('参保地可以：办理。')
})
