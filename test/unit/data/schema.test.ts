import regionsJson from '@/data/regions.json'
import nationalJson from '@/data/national.json'
import { schemaMessages, validateDataset } from '@/data/schema'

type Any = any // eslint-disable-line @typescript-eslint/no-explicit-any

function corrupt(edit: (d: { regions: Any; national: Any }) => void): string[] {
  const d = structuredClone({ regions: regionsJson, national: nationalJson }) as { regions: Any; national: Any }
  edit(d)
  return validateDataset(d)
}

const region = (d: { regions: Any }, id: string) => d.regions.regions.find((r: Any) => r.id === id)
const d0 = { regions: regionsJson as Any }

describe('validateDataset on corrupted copies', () => {
  it('rejects a negative amount', () => {
    const errors = corrupt((d) => { region(d, 'beijing').employee.inpatient.deductible.working['3'] = -100 })
    expect(errors).toEqual([`regions[beijing].employee.inpatient.deductible.working.3: ${schemaMessages.amount}`])
  })

  it('rejects a ratio written as a fraction (1.2)', () => {
    const errors = corrupt((d) => { region(d, 'hangzhou').resident.inpatient.segments.working['1'][0].ratio = 1.2 })
    expect(errors).toEqual([`regions[hangzhou].resident.inpatient.segments.working.1[0].ratio: ${schemaMessages.ratio}`])
  })

  it('rejects a ratio above 100%', () => {
    const errors = corrupt((d) => { d.national.remoteCare.ratioCuts[0].maxPoints = 12000 })
    expect(errors).toEqual([`national.remoteCare.ratioCuts[0].maxPoints: ${schemaMessages.ratio}`])
  })

  it('rejects segments that do not ascend', () => {
    const errors = corrupt((d) => { region(d, 'beijing').employee.inpatient.segments.working['3'][1].upTo = 2000000 })
    expect(errors).toEqual([`regions[beijing].employee.inpatient.segments.working.3[1].upTo: ${schemaMessages.segmentsOrder}`])
  })

  it('rejects a last segment with an upper bound', () => {
    const errors = corrupt((d) => { region(d, 'shijiazhuang').resident.critical.segments[2].upTo = 50000000 })
    expect(errors).toEqual([`regions[shijiazhuang].resident.critical.segments[2]: ${schemaMessages.segmentsOpenEnd}`])
  })

  it('rejects a block without provenance, and the figures it leaves unsourced', () => {
    const errors = corrupt((d) => { delete region(d, 'shanghai').resident.inpatient.provenance })
    expect(errors[0]).toBe(`regions[shanghai].resident.inpatient.provenance: ${schemaMessages.provenanceMissing}`)
    expect(errors).toContain(`regions[shanghai].resident.inpatient.deductible.working.1: ${schemaMessages.figureWithoutProvenance}`)
    expect(errors.length).toBeGreaterThan(5)
  })

  it('rejects a provenance without reviewIntervalDays or with an unknown confidence', () => {
    const errors = corrupt((d) => {
      delete d.national.claims.processing.provenance.reviewIntervalDays
      d.national.claims.processing.provenance.confidence = 'sure'
    })
    expect(errors).toEqual([
      `national.claims.processing.provenance.reviewIntervalDays: ${schemaMessages.reviewInterval}`,
      `national.claims.processing.provenance.confidence: ${schemaMessages.confidence}`,
    ])
  })

  it('rejects a duplicate region id', () => {
    const errors = corrupt((d) => { region(d, 'shanghai').id = 'beijing' })
    expect(errors).toEqual([`regions.regions[1].id: ${schemaMessages.duplicateId}：beijing`])
  })

  it('rejects a non-ASCII id', () => {
    const errors = corrupt((d) => { region(d, 'xining').provinceId = '青海' })
    expect(errors).toEqual([`regions[xining].provinceId: ${schemaMessages.badId}`])
  })

  it('rejects an impossible date', () => {
    const errors = corrupt((d) => { region(d, 'tangshan').employee.inpatient.provenance.checkedAt = '2026-02-30' })
    expect(errors).toEqual([`regions[tangshan].employee.inpatient.provenance.checkedAt: ${schemaMessages.date}`])
  })

  it('rejects an override or alternative that points at no field', () => {
    const errors = corrupt((d) => {
      const t = region(d, 'beijing').employee.inpatient
      t.overrides['segments.working.4'] = t.overrides['segments.working.3']
      region(d, 'tangshan').employee.inpatient.alternatives[0].path = 'deductible.working.9'
    })
    expect(errors).toEqual([
      `regions[beijing].employee.inpatient.overrides["segments.working.4"]: ${schemaMessages.overrideUnknown}`,
      `regions[tangshan].employee.inpatient.alternatives[0].path: ${schemaMessages.alternativeUnknown}`,
    ])
  })

  it('rejects a region missing a scheme', () => {
    const errors = corrupt((d) => { delete region(d, 'lincang').resident })
    expect(errors).toEqual([`regions[lincang].resident: ${schemaMessages.notObject}`])
  })

  it('rejects an unknown discriminator: 大病 kind, 门诊 availability, later-admission rule', () => {
    const errors = corrupt((d) => {
      region(d, 'beijing').employee.critical.kind = 'capped'
      region(d, 'beijing').resident.outpatient.available = 'yes'
      region(d, 'beijing').employee.inpatient.laterAdmission = { kind: 'doubled' }
    })
    expect(errors).toEqual([
      `regions[beijing].employee.inpatient.laterAdmission.kind: ${schemaMessages.invalidChoice}`,
      `regions[beijing].employee.critical.kind: ${schemaMessages.invalidChoice}`,
      `regions[beijing].resident.outpatient.available: ${schemaMessages.notBoolean}`,
    ])
  })

  it('rejects a duplicate id inside a region and a national list, written by index', () => {
    const errors = corrupt((d) => {
      d.national.claims.materials[1].id = d.national.claims.materials[0].id
      const ex = region(d, 'beijing').remote.exemptions
      ex.push({ ...ex[0] })
    })
    expect(errors).toEqual([
      `regions[beijing].remote.exemptions[${region(d0, 'beijing').remote.exemptions.length}].id: ${schemaMessages.duplicateId}：${region(d0, 'beijing').remote.exemptions[0].id}`,
      `national.claims.materials[1].id: ${schemaMessages.duplicateId}：${nationalJson.claims.materials[0].id}`,
    ])
  })

  it('rejects a figure whose covering override is null', () => {
    const errors = corrupt((d) => { region(d, 'beijing').employee.inpatient.overrides.classBSelfPayRatio = null })
    expect(errors).toEqual([
      `regions[beijing].employee.inpatient.overrides["classBSelfPayRatio"]: ${schemaMessages.notObject}`,
      `regions[beijing].employee.inpatient.classBSelfPayRatio: ${schemaMessages.figureWithoutProvenance}`,
    ])
  })

  it('rejects input that is not a dataset at all', () => {
    expect(validateDataset(null)).toEqual([`: ${schemaMessages.notObject}`])
    expect(validateDataset({ regions: [], national: {} }).length).toBeGreaterThan(0)
  })
})
