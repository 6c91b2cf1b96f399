import { estimateTitle, schemeText } from '@/domain/estimate/title'
import { beijingInputs, customPlan } from '@test/unit/domain/estimate/fixtures'

test('titles read like 北京 · 职工在职 · 三级医院住院', () => {
  expect(estimateTitle(beijingInputs(), '北京')).toBe('北京 · 职工在职 · 三级医院住院')
  expect(estimateTitle(beijingInputs({ status: 'retired', level: 1, visit: 'outpatient' }), '北京')).toBe('北京 · 职工退休 · 一级医院门诊')
  expect(estimateTitle(beijingInputs({ scheme: 'resident', location: 'national', filing: 'none' }), '北京')).toBe('北京 · 居民医保 · 三级医院住院 · 跨省')
  expect(estimateTitle(beijingInputs({ location: 'province', filing: 'referral', policy: customPlan }), '北京')).toBe('北京 · 职工在职 · 三级医院住院 · 省内异地 · 自定义参数')
  expect(estimateTitle(beijingInputs({ region: null, policy: customPlan }), '未设置')).toBe('自定义参数 · 职工在职 · 三级医院住院')
})

test('居民医保 has no 在职/退休', () => {
  expect(schemeText({ scheme: 'resident', status: 'retired' })).toBe('居民医保')
})
