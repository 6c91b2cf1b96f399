import guidesJson from '@/data/guides.json'
import familyJson from '@/data/family.json'
import holidaysJson from '@/data/holidays.json'
import { schemaMessages as m, validateFamily, validateGuides, validateHolidays } from '@/data/schema'

type Any = any // eslint-disable-line @typescript-eslint/no-explicit-any

function corrupt<T>(json: T, validate: (raw: unknown) => string[], edit: (d: Any) => void): string[] {
  const d = structuredClone(json) as Any
  edit(d)
  return validate(d)
}

describe('the bundled guides, family and holiday files', () => {
  it('pass their validators', () => {
    expect(validateGuides(guidesJson)).toEqual([])
    expect(validateFamily(familyJson)).toEqual([])
    expect(validateHolidays(holidaysJson)).toEqual([])
  })

  it('are rejected when they are not objects', () => {
    expect(validateGuides(null)).toEqual([`guides: ${m.notObject}`])
    expect(validateFamily([])).toEqual([`family: ${m.notObject}`])
    expect(validateHolidays('2026')).toEqual([`holidays: ${m.notObject}`])
  })
})

describe('validateGuides on corrupted copies', () => {
  const edit = (e: (d: Any) => void) => corrupt(guidesJson, validateGuides, e)

  it('rejects an unknown guide id, category, place and anchor', () => {
    expect(edit((d) => {
      d.guides[0].id = 'remote-holiday'
      d.guides[1].category = 'misc'
      d.guides[1].steps[0].where = ['post-office']
    })).toEqual([
      `guides[remote-holiday].id: ${m.invalidChoice}`,
      `guides[remote-long-term].category: ${m.invalidChoice}`,
      `guides[remote-long-term].steps[0].where[0]: ${m.invalidChoice}`,
    ])
    const withDeadline = guidesJson.guides.findIndex((g) => g.deadline !== undefined)
    expect(edit((d) => { d.guides[withDeadline].deadline.from = 'birth' }))
      .toEqual([`guides[${guidesJson.guides[withDeadline].id}].deadline.from: ${m.invalidChoice}`])
  })

  it('rejects a repeated step id, a self-reference, and a deadline without a source with the figures it leaves unsourced', () => {
    const g = guidesJson.guides[2]
    expect(edit((d) => {
      d.guides[2].steps[1].id = g.steps[0].id
      d.guides[2].related.push(g.id)
    })).toEqual([
      `guides[${g.id}].steps[1].id: ${m.duplicateId}：${g.steps[0].id}`,
      `guides[${g.id}].related[${g.related.length}]: ${m.relatedSelf}`,
    ])
    const i = guidesJson.guides.findIndex((x) => x.deadline?.kind === 'months')
    expect(edit((d) => { delete d.guides[i].deadline.provenance })).toEqual([
      `guides[${guidesJson.guides[i].id}].deadline.provenance: ${m.provenanceMissing}`,
      `guides[${guidesJson.guides[i].id}].deadline.months: ${m.figureWithoutProvenance}`,
    ])
  })

  it('rejects a local default outside its bounds', () => {
    const i = guidesJson.guides.findIndex((g) => g.deadline?.local !== undefined)
    const id = guidesJson.guides[i].id
    expect(edit((d) => { d.guides[i].deadline.local.max = d.guides[i].deadline.local.min })).toEqual([`guides[${id}].deadline.local: ${m.limitDefault}`])
    expect(edit((d) => { d.guides[i].deadline.local.max = 0 })).toEqual([
      `guides[${id}].deadline.local.max: ${m.outOfRange}`,
      `guides[${id}].deadline.local.max: ${m.limitOrder}`,
      `guides[${id}].deadline.local: ${m.limitDefault}`,
    ])
  })

  it('rejects a duplicate guide, written by index', () => {
    expect(edit((d) => { d.guides.push(structuredClone(d.guides[0])) }))
      .toEqual([`guides.guides[${guidesJson.guides.length}].id: ${m.duplicateId}：${guidesJson.guides[0].id}`])
  })
})

describe('validateFamily on corrupted copies', () => {
  const edit = (e: (d: Any) => void) => corrupt(familyJson, validateFamily, e)

  it('rejects an unknown relation and an item id repeated in another section', () => {
    const first = familyJson.sections[0].items[0].id
    expect(edit((d) => {
      d.sections[1].items[0].id = first
      d.sections[1].items[0].relations = ['cousin']
    })).toEqual([
      `family.sections[1].items[0].relations[0]: ${m.invalidChoice}`,
      `family.sections[1].items[0].id: ${m.duplicateId}：${first}`,
    ])
  })

  it('rejects an empty section and an unknown section id', () => {
    expect(edit((d) => {
      d.sections[0].items = []
      d.sections[1].id = 'history'
    })).toEqual([`family.sections[0].items: ${m.empty}`, `family.sections[1].id: ${m.invalidChoice}`])
  })
})

describe('validateHolidays on corrupted copies', () => {
  const edit = (e: (d: Any) => void) => corrupt(holidaysJson, validateHolidays, e)

  it('rejects an impossible date and a range that ends before it starts', () => {
    expect(edit((d) => {
      d.years[0].holidays[0].to = '2025-02-29'
      d.years[0].holidays[1].to = d.years[0].holidays[1].from.replace(/\d\d$/, '01')
    })).toEqual([`holidays.years[0].holidays[0].to: ${m.date}`, `holidays.years[0].holidays[1].to: ${m.dateOrder}`])
  })

  it('rejects overlapping ranges, a make-up day inside a holiday and years out of order', () => {
    const second = holidaysJson.years[0].holidays[1]
    expect(edit((d) => {
      d.years[0].holidays[2].from = second.to
      d.years[0].workdays.push(second.from)
      d.years[1].year = d.years[0].year
    })).toEqual([
      `holidays.years[0].holidays[2].from: ${m.rangeOverlap}`,
      // the widened 清明 range now also covers the make-up day after 春节
      `holidays.years[0].workdays[1]: ${m.workdayOff}`,
      `holidays.years[0].workdays[${holidaysJson.years[0].workdays.length}]: ${m.workdayOff}`,
      `holidays.years[1].year: ${m.yearOrder}`,
    ])
  })
})
