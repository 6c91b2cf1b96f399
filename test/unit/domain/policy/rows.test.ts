import fc from 'fast-check'
import type { Provenance, Segment } from '@/domain/vocab'
import type { BenefitTable, CriticalPolicy, RegionPolicy, RemoteRule, Sourced } from '@/data/types'
import type { NationalRules } from '@/data/national-types'
import { regions } from '@/data/index'
import { national } from '@/data/national-rules'
import { alternativesOf, pathCovered, sourcesOf, statementRow, type PolicyRow, type PolicySection } from '@/domain/policy/rows'
import { alternativeValueText, describeFigure, segmentsText, windowText } from '@/domain/policy/rows-format'
import { benefitRows } from '@/domain/policy/rows-benefit'
import { regionSections } from '@/domain/policy/rows-region'
import { isNationalTopic, nationalSections, NATIONAL_TOPICS } from '@/domain/policy/rows-national'
import { groupByProvince, matchesRegion, pinyinInitials } from '@/domain/policy/region-search'
import { CORRECTION_FIELDS, correctionTemplate } from '@/domain/policy/correction-template'
import { moneyText } from '@/domain/money/format'

const prov = (document: string, confidence: Provenance['confidence'] = 'official'): Provenance => ({
  document,
  docNumber: `${document}〔2024〕1号`,
  checkedAt: '2026-11-22',
  reviewIntervalDays: 90,
  confidence,
})
const MAIN = prov('主文件')
const SEG3 = prov('三级医院分段来源', 'third-party')
const OTHER = prov('另一汇编', 'third-party')
const open = (ratio: number): Segment[] => [{ upTo: null, ratio }]

const table: BenefitTable = {
  provenance: MAIN,
  overrides: { 'segments.working.3': SEG3 },
  alternatives: [{ path: 'segments.working.2[0].ratio', value: 7800, provenance: OTHER, reason: '取引文中的 75%。' }],
  note: '一、二级医院未分段。',
  deductibleMode: 'per-admission',
  deductible: { working: { '1': 30000, '2': 80000, '3': 130000 } },
  laterAdmission: { kind: 'halved' },
  segments: {
    working: {
      '1': open(9000),
      '2': open(7500),
      '3': [{ upTo: 3_000_000, ratio: 8500 }, { upTo: 4_000_000, ratio: 9000 }, { upTo: null, ratio: 9500 }],
    },
    retired: { '1': open(9500), '2': open(9500), '3': open(9500) },
  },
  annualCap: { working: 50_000_000 },
  classBSelfPayRatio: 1000,
}

const row = (rows: readonly PolicyRow[], id: string): PolicyRow => {
  const r = rows.find((x) => x.id === id)
  if (!r) throw new Error(`no row ${id} in ${rows.map((x) => x.id).join(', ')}`)
  return r
}

describe('format', () => {
  test('money reads as 万元 when whole, otherwise as yuan without empty cents', () => {
    expect(moneyText(3_000_000)).toBe('3 万元')
    expect(moneyText(50_000_000)).toBe('50 万元')
    expect(moneyText(130_000)).toBe('1,300 元')
    expect(moneyText(3_040_400)).toBe('30,404 元')
    expect(moneyText(1_500_050)).toBe('15,000.50 元')
    expect(moneyText(0)).toBe('0 元')
  })

  test('segments read as one sentence from the 起付线', () => {
    expect(segmentsText(table.segments.working['3'], '起付线')).toBe('起付线以上至 3 万元 85%；3–4 万元 90%；4 万元以上 95%')
    expect(segmentsText(open(9000), '起付线')).toBe('起付线以上 90%')
    expect(segmentsText(open(5000), null)).toBe('50%')
    expect(segmentsText([{ upTo: 3_040_400, ratio: 6000 }, { upTo: null, ratio: 7000 }], '起付标准')).toBe(
      '起付标准以上至 30,404 元 60%；30,404 元以上 70%',
    )
    expect(segmentsText([], '起付线')).toBe('未查到')
  })

  test('segment text never shows NaN or undefined, and names every ratio', () => {
    const seg = fc.record({ upTo: fc.integer({ min: 1, max: 1_000_000_000 }), ratio: fc.integer({ min: 0, max: 10000 }) })
    fc.assert(
      fc.property(fc.array(seg, { maxLength: 5 }), fc.integer({ min: 0, max: 10000 }), (head, last) => {
        const segs: Segment[] = [...[...head].sort((a, b) => a.upTo - b.upTo), { upTo: null, ratio: last }]
        const text = segmentsText(segs, '起付线')
        expect(text).not.toMatch(/NaN|undefined|null/)
        expect(text.split('；')).toHaveLength(segs.length)
      }),
    )
  })

  test('collection windows that cross the year end say 次年', () => {
    expect(windowText({ startMonth: 10, startDay: 1, endMonth: 12, endDay: 31 })).toBe('10月1日至12月31日')
    expect(windowText({ startMonth: 9, startDay: 15, endMonth: 2, endDay: 28 })).toBe('9月15日至次年2月28日')
  })

  test('figure paths and alternative values read in plain words', () => {
    expect(describeFigure('segments.working.2[0].ratio', table)).toBe('二级医院报销比例')
    expect(describeFigure('segments.working.3[1].ratio', table)).toBe('三级医院第2段报销比例')
    expect(describeFigure('segments.retired.1', table)).toBe('退休人员一级医院报销比例')
    expect(describeFigure('deductible.working.3')).toBe('三级医院起付线')
    expect(alternativeValueText('segments.working.2[0].ratio', 7800)).toBe('78%')
    expect(alternativeValueText('deductible.working.1', 20000)).toBe('200 元')
    expect(alternativeValueText('annualCap.working', 12_000_000)).toBe('12 万元')
    expect(alternativeValueText('cap', null)).toBe('不设上限')
    expect(alternativeValueText('fixedMonths', 2)).toBe('2 个月')
  })
})

describe('sources and alternatives', () => {
  test('a row lists the block source and every deeper override, once each', () => {
    expect(sourcesOf(table, ['segments.working'])).toEqual([MAIN, SEG3])
    expect(sourcesOf(table, ['segments.working.3'])).toEqual([SEG3])
    expect(sourcesOf(table, ['deductible.working', 'deductibleMode'])).toEqual([MAIN])
  })

  test('alternatives attach to the row whose paths cover them', () => {
    expect(pathCovered('segments.working.2[0].ratio', ['segments.working.2'])).toBe(true)
    expect(pathCovered('segments.working.2[0].ratio', ['segments.working.1'])).toBe(false)
    expect(pathCovered('segments.working.22', ['segments.working.2'])).toBe(false)
    const [alt] = alternativesOf(table, ['segments.working.2'])
    expect(alt).toEqual({ figure: '二级医院报销比例', value: '78%', reason: '取引文中的 75%。', provenance: OTHER })
  })

  test('an alternative for one province names it', () => {
    const block: Sourced = { provenance: MAIN, alternatives: [{ path: 'fixedMonths', value: 2, provenance: OTHER, reason: '国家为 3 个月。', appliesTo: 'jiangsu' }] }
    expect(alternativesOf(block, ['fixedMonths'])[0].scope).toBe('仅江苏')
  })

  test('a statement row carries its own source and its materials', () => {
    const r = statementRow({ id: 'x', title: '住院', text: '', materials: ['身份证明', '收费票据'], provenance: MAIN }, '需要准备：')
    expect(r).toEqual({ id: 'x', kind: 'statement', label: '住院', value: '', detail: '需要准备：', list: ['身份证明', '收费票据'], sources: [MAIN], alternatives: [] })
    expect(statementRow({ id: 'y', title: '急诊', materials: [], provenance: MAIN }).list).toBeUndefined()
  })
})

describe('benefit tables', () => {
  const rows = benefitRows(table, 'inpatient')

  test('起付线 per level, later admissions, cap and 乙类 in plain words', () => {
    expect(row(rows, 'deductible-working')).toMatchObject({ label: '每次住院起付线', value: '一级医院 300 元；二级医院 800 元；三级医院 1,300 元', sources: [MAIN] })
    expect(row(rows, 'later-admission').value).toBe('第二次及以后住院，起付线减半')
    expect(row(rows, 'cap-working')).toMatchObject({ label: '封顶线', value: '每年最多报销 50 万元' })
    expect(row(rows, 'class-b').value).toBe('10%')
  })

  test('ratios get a row per level and status; equal levels with the same sources share one', () => {
    expect(row(rows, 'segments-working-3')).toMatchObject({
      label: '报销比例 · 三级医院（在职）',
      value: '起付线以上至 3 万元 85%；3–4 万元 90%；4 万元以上 95%',
      sources: [SEG3],
    })
    expect(row(rows, 'segments-working-2').alternatives).toHaveLength(1)
    expect(row(rows, 'segments-retired-123')).toMatchObject({ label: '报销比例 · 各级医院（退休）', value: '起付线以上 95%' })
  })

  test('an annual outpatient table without 起付线 reads from the first 元 and has no later-admission row', () => {
    const outpatient: BenefitTable = {
      ...table,
      overrides: {},
      alternatives: [],
      deductibleMode: 'annual',
      deductible: { working: { '1': 0, '2': 0, '3': 0 } },
      laterAdmission: { kind: 'unknown' },
      segments: { working: { '1': open(5000), '2': open(5000), '3': open(5000) } },
      annualCap: { working: 200_000, retired: 300_000 },
    }
    const out = benefitRows(outpatient, 'outpatient')
    expect(out.map((r) => r.id)).toEqual(['deductible-working', 'segments-working-123', 'cap-working', 'cap-retired', 'class-b'])
    expect(row(out, 'deductible-working')).toMatchObject({ label: '每年起付线', value: '不设起付线' })
    expect(row(out, 'segments-working-123').value).toBe('50%')
    expect(row(out, 'cap-retired')).toMatchObject({ label: '封顶线（退休）', value: '每年最多报销 3,000 元' })
  })

  test('later-admission rules: fixed amounts and a step down', () => {
    const fixed = benefitRows({ ...table, laterAdmission: { kind: 'fixed', deductible: { working: { '1': 65000, '2': 65000, '3': 65000 } } } }, 'inpatient')
    expect(row(fixed, 'later-admission').value).toBe('各级医院 650 元')
    const minus = benefitRows({ ...table, laterAdmission: { kind: 'minus', step: 10000 } }, 'inpatient')
    expect(row(minus, 'later-admission').value).toBe('第二次起每次比上一次低 100 元（最低为 0）')
  })

  test('extra tiers are listed with both statuses', () => {
    const t: BenefitTable = { ...table, extraTiers: [{ id: 'community', name: '社区卫生服务机构', deductible: { working: 16000 }, ratio: { working: 9500, retired: 9800 } }] }
    expect(row(benefitRows(t, 'inpatient'), 'tier-community')).toMatchObject({ label: '社区卫生服务机构', value: '起付线 160 元；报销比例 在职 95%、退休 98%' })
  })
})

describe('region sections', () => {
  const remote = (over: Partial<RemoteRule>): RemoteRule => ({ mode: 'points', referral: 1000, emergency: 1000, temporary: 2000, none: 2000, provenance: MAIN, ...over })
  const critical: CriticalPolicy = {
    kind: 'self-pay',
    name: '城乡居民大病保险',
    provenance: MAIN,
    threshold: 3_040_400,
    segments: [{ upTo: 5_000_000, ratio: 6000 }, { upTo: null, ratio: 7000 }],
    cap: null,
    ratiosWithoutBounds: [6000, 7000],
    hardship: { threshold: 1_520_200, segments: open(6500), cap: null },
  }
  const region: RegionPolicy = {
    id: 'testcity',
    name: '测试市',
    province: '测试省',
    provinceId: 'test',
    employee: { inpatient: table, outpatient: { available: false, note: '未查到门诊参数。' }, critical: { kind: 'above-cap', name: '大额医疗互助', provenance: MAIN, ratio: null, cap: 50_000_000 } },
    resident: { inpatient: table, outpatient: { available: false, note: '暂无。' }, critical },
    remote: {
      province: remote({ mode: 'pre-self-pay', referral: 0, emergency: 0, temporary: 0, none: 0, note: '省内免备案。' }),
      national: remote({}),
      exemptions: [{ id: 'x', title: '京津冀视同备案', text: '视同已备案。', provenance: OTHER }],
    },
    enrollment: { provenance: MAIN, window: { startMonth: 9, startDay: 15, endMonth: 2, endDay: 28 }, benefitYearOffset: 1, text: '以当地公告为准。' },
    familyPooling: { province: { open: true, text: '已开通。', provenance: MAIN }, national: { open: 'unknown', text: '未见文件。', provenance: OTHER } },
  }
  const sections = regionSections(region)
  const section = (id: string) => sections.find((s) => s.id === id) as PolicySection

  test('eight sections in the order of the brief', () => {
    expect(sections.map((s) => s.title)).toEqual(['职工医保住院', '职工门诊共济', '居民医保住院', '居民门诊', '大病保险', '异地就医', '居民医保缴费期', '家庭共济'])
    expect(section('employee-inpatient').groups[0].note).toBe('一、二级医院未分段。')
    expect(section('employee-outpatient').groups[0]).toMatchObject({ rows: [], note: '未查到门诊参数。' })
  })

  test('大病保险 for both schemes, with 困难群体 and ratios given without bounds', () => {
    const [emp, res] = section('critical').groups
    expect(emp.title).toBe('职工医保：大额医疗互助')
    expect(row(emp.rows, 'ratio').value).toBe('未查到来源')
    expect(row(emp.rows, 'cap').value).toBe('50 万元')
    expect(row(res.rows, 'threshold').value).toBe('30,404 元')
    expect(row(res.rows, 'segments').value).toBe('起付标准以上至 5 万元 60%；5 万元以上 70%')
    expect(row(res.rows, 'cap').value).toBe('不设封顶线')
    expect(row(res.rows, 'ratios-without-bounds').detail).toContain('最低的 60%')
    expect(row(res.rows, 'hardship').value).toBe('起付标准 15,202 元；起付标准以上 65%；不设封顶线')
  })

  test('异地就医 adjustments per filing status, by mode', () => {
    const [prov, nat, ex] = section('remote').groups
    expect(prov.note).toBe('省内免备案。')
    expect(prov.rows[0].value).toBe('转诊：不先行自付；急诊抢救：不先行自付；其他临时外出：不先行自付；未备案：不先行自付')
    expect(nat.rows[0].value).toBe('转诊：报销比例降低 10 个百分点；急诊抢救：报销比例降低 10 个百分点；其他临时外出：报销比例降低 20 个百分点；未备案：报销比例降低 20 个百分点')
    expect(ex.rows[0]).toMatchObject({ label: '京津冀视同备案', sources: [OTHER] })
  })

  test('缴费期 and 家庭共济', () => {
    const [e] = section('enrollment').groups
    expect(row(e.rows, 'window').value).toBe('9月15日至次年2月28日')
    expect(row(e.rows, 'benefit-year').value).toBe('缴费的次年 1月1日至12月31日')
    const [f] = section('family').groups
    expect(f.rows.map((r) => r.value)).toEqual(['已开通', '未查到'])
  })
})

describe('the bundled dataset', () => {
  const allRows = (sections: PolicySection[]) => sections.flatMap((s) => s.groups.flatMap((g) => g.rows))

  test.each(regions.map((r) => [r.id, r] as const))('%s: every row has a value or list, a source, and no NaN', (_id, r) => {
    const rows = allRows(regionSections(r))
    expect(rows.length).toBeGreaterThan(15)
    for (const x of rows) {
      expect(x.sources.length).toBeGreaterThan(0)
      expect(x.value.length + (x.list?.length ?? 0)).toBeGreaterThan(0)
      expect(`${x.label}${x.value}${x.detail ?? ''}`).not.toMatch(/NaN|undefined|null|\[object/)
    }
  })

  test('every alternative in the regions file is shown on some row', () => {
    for (const r of regions) {
      const shown = allRows(regionSections(r)).reduce((n, x) => n + x.alternatives.length, 0)
      const stored = JSON.stringify(r).split('"reason":').length - 1
      expect(`${r.id}: ${shown}`).toBe(`${r.id}: ${stored}`)
    }
  })

  test('the national page covers every topic and every statement', () => {
    const sections = nationalSections(national as NationalRules)
    expect(sections.map((s) => s.id)).toEqual(NATIONAL_TOPICS.map((t) => t.id))
    const ids = allRows(sections).map((x) => x.id)
    expect(ids).toEqual(expect.arrayContaining(['principle', 'retiree-resettled', 'cut-temporary', 'waiting-period', 'processing', 'standard-2026']))
    expect(allRows(sections).find((x) => x.id === 'waiting-period')?.alternatives[0]).toMatchObject({ value: '2 个月', scope: '仅江苏' })
    expect(row(allRows(sections), 'standard-2027').value).toBe('个人缴费：尚未公布；财政补助提高 24 元')
  })

  test('topics are checked before use', () => {
    expect(isNationalTopic('remote')).toBe(true)
    expect(isNationalTopic('REMOTE')).toBe(false)
    expect(isNationalTopic(undefined)).toBe(false)
  })
})

describe('region search', () => {
  const entries = regions.map((r) => ({ id: r.id, name: r.name, province: r.province, provinceId: r.provinceId }))
  const find = (q: string) => entries.filter((e) => matchesRegion(e, q)).map((e) => e.id)

  test('pinyin initials of ids without apostrophes', () => {
    expect(pinyinInitials('shijiazhuang')).toBe('sjz')
    expect(pinyinInitials('henan')).toBe('hn')
    expect(pinyinInitials('xining')).toBe('xn')
    expect(pinyinInitials('chongqing')).toBe('cq')
    expect(pinyinInitials('ningxia')).toBe('nx')
    expect(pinyinInitials('BEIJING')).toBe('')
    expect(pinyinInitials('xyz')).toBe('')
  })

  test('by name, province, pinyin or initials; empty shows all', () => {
    expect(find('')).toHaveLength(regions.length)
    expect(find('成都')).toEqual(['chengdu'])
    expect(find('河北')).toEqual(['shijiazhuang', 'tangshan'])
    expect(find('广东省')).toEqual(['guangzhou', 'shenzhen'])
    expect(find('sjz')).toEqual(['shijiazhuang'])
    expect(find(' Chong ')).toEqual(['chongqing'])
    expect(find('hb')).toEqual(['shijiazhuang', 'tangshan'])
    expect(find('东京')).toEqual([])
  })

  test('groups keep the order of first appearance', () => {
    const groups = groupByProvince([{ province: 'A', n: 1 }, { province: 'B', n: 2 }, { province: 'A', n: 3 }])
    expect(groups).toEqual([{ province: 'A', items: [{ province: 'A', n: 1 }, { province: 'A', n: 3 }] }, { province: 'B', items: [{ province: 'B', n: 2 }] }])
  })
})

test('the correction template has one line per field and the data date', () => {
  const text = correctionTemplate('2026-11-22', { 地区: '北京' })
  const lines = text.split('\n')
  for (const f of CORRECTION_FIELDS) expect(lines).toContain(f === '地区' ? '地区：北京' : `${f}：`)
  expect(text).toContain('2026-11-22')
})
