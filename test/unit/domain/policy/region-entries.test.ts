import regionsJson from '@/data/regions.json'
import type { ResidentEnrollment } from '@/data/types'
import type { Confidence, Provenance } from '@/domain/vocab'
import { collectionWindowVerified, regionEntries, regionIndexFile } from '@/domain/policy/region-entries'

const entries = regionEntries(regionsJson)
const entry = (id: string) => entries.find((e) => e.id === id)!

describe('regionEntries', () => {
  it('has one entry per region of regions.json, in list order, with its name and province', () => {
    expect(entries.map((e) => e.id)).toEqual(regionsJson.regions.map((r) => r.id))
    expect(entries[0]).toMatchObject({ id: 'beijing', name: '北京', province: '北京市' })
    expect(entry('yinchuan').province).toBe('宁夏回族自治区')
  })

  it('keeps exactly id, name, province and collection, in that order', () => {
    for (const e of entries) {
      expect(Object.keys(e)).toEqual(['id', 'name', 'province', 'collection'])
      expect(Object.keys(e.collection)).toEqual(['startMonth', 'startDay', 'endMonth', 'endDay', 'verified'])
    }
  })

  it('takes the collection window from enrollment.window; 南昌 crosses the year end (9/15 to 2/28)', () => {
    expect(entry('nanchang').collection).toEqual({ startMonth: 9, startDay: 15, endMonth: 2, endDay: 28, verified: false })
    expect(entry('nanchang').collection.endMonth).toBeLessThan(entry('nanchang').collection.startMonth)
    expect(entry('beijing').collection).toEqual({ startMonth: 10, startDay: 1, endMonth: 12, endDay: 31, verified: false })
    expect(entry('guangzhou').collection).toMatchObject({ startMonth: 9, startDay: 1, endMonth: 12, endDay: 31 })
  })

  it('marks a window verified only from official figures: a placeholder (北京) and a third-party text (南昌) are not', () => {
    const beijing = regionsJson.regions.find((r) => r.id === 'beijing')!
    const nanchang = regionsJson.regions.find((r) => r.id === 'nanchang')!
    expect(beijing.enrollment.provenance.confidence).toBe('unconfirmed')
    expect(nanchang.enrollment.provenance.confidence).toBe('third-party')
    expect(entry('beijing').collection.verified).toBe(false)
    expect(entry('nanchang').collection.verified).toBe(false)
  })
})

describe('collectionWindowVerified', () => {
  const prov = (confidence: Confidence): Provenance => ({ document: confidence, checkedAt: '2026-11-22', reviewIntervalDays: 60, confidence })
  const enrollment = (confidence: Confidence, overrides?: Record<string, Provenance>): ResidentEnrollment => ({
    window: { startMonth: 9, startDay: 15, endMonth: 2, endDay: 28 },
    benefitYearOffset: 1,
    text: '',
    provenance: prov(confidence),
    ...(overrides ? { overrides } : {}),
  })

  it('is true for an official or officially quoted source, false otherwise', () => {
    expect(collectionWindowVerified(enrollment('official'))).toBe(true)
    expect(collectionWindowVerified(enrollment('official-quoted'))).toBe(true)
    expect(collectionWindowVerified(enrollment('third-party'))).toBe(false)
    expect(collectionWindowVerified(enrollment('unconfirmed'))).toBe(false)
  })

  it('follows overrides on the window or one of its days, and ignores overrides on other figures', () => {
    expect(collectionWindowVerified(enrollment('unconfirmed', { window: prov('official') }))).toBe(true)
    expect(collectionWindowVerified(enrollment('official', { 'window.endDay': prov('third-party') }))).toBe(false)
    expect(collectionWindowVerified(enrollment('official', { benefitYearOffset: prov('unconfirmed') }))).toBe(true)
  })
})

describe('regionIndexFile', () => {
  it('carries the dataset checked date and each entry as a row of its fields in order', () => {
    const file = regionIndexFile(regionsJson)
    expect(file.checkedAt).toBe(regionsJson.checkedAt)
    expect(file.checkedAt).toBe('2026-11-22')
    expect(file.regions).toHaveLength(entries.length)
    expect(file.regions.find((r) => r[0] === 'nanchang')).toEqual(['nanchang', '南昌', '江西省', [9, 15, 2, 28, false]])
    expect(file.regions[0]).toEqual(['beijing', '北京', '北京市', [10, 1, 12, 31, false]])
  })
})
