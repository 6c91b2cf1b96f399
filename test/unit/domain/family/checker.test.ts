import { CHECKER_MESSAGES, EMPTY_DRAFT, completeDraft, needsProvinceAnswer, type CheckerDraft } from '@/domain/family/checker'

const known = (id: string) => ['beijing', 'shijiazhuang'].includes(id)
const full: CheckerDraft = {
  payerRegion: 'beijing', payerScheme: 'employee', hasAccount: true, relation: 'mother',
  beneficiaryRegion: 'shijiazhuang', sameProvince: null, beneficiaryScheme: 'resident', purpose: 'pharmacy',
}

test('asks 同省/外省 only when a region is not in the dataset', () => {
  expect(needsProvinceAnswer('beijing', 'shijiazhuang', known)).toBe(false)
  expect(needsProvinceAnswer('beijing', 'other', known)).toBe(true)
  expect(needsProvinceAnswer('other', 'beijing', known)).toBe(true)
  expect(needsProvinceAnswer(null, 'other', known)).toBe(false)
})

test('an empty form names every question the user has to answer', () => {
  const r = completeDraft(EMPTY_DRAFT, known)
  expect(r).toEqual({
    ok: false,
    errors: {
      payerRegion: CHECKER_MESSAGES.payerRegion, payerScheme: CHECKER_MESSAGES.payerScheme, relation: CHECKER_MESSAGES.relation,
      beneficiaryRegion: CHECKER_MESSAGES.beneficiaryRegion, beneficiaryScheme: CHECKER_MESSAGES.beneficiaryScheme, purpose: CHECKER_MESSAGES.purpose,
    },
  })
})

test('asks about the personal account only for 职工医保, and drops a stale answer otherwise', () => {
  expect(completeDraft({ ...full, hasAccount: null }, known)).toEqual({ ok: false, errors: { hasAccount: CHECKER_MESSAGES.hasAccount } })
  const r = completeDraft({ ...full, payerScheme: 'resident', hasAccount: true }, known)
  expect(r.ok && r.inputs.hasAccount).toBe(false)
})

test('requires the province answer when asked and drops it when not', () => {
  expect(completeDraft({ ...full, beneficiaryRegion: 'other' }, known)).toEqual({ ok: false, errors: { sameProvince: CHECKER_MESSAGES.sameProvince } })
  const asked = completeDraft({ ...full, beneficiaryRegion: 'other', sameProvince: true }, known)
  expect(asked.ok && asked.inputs.sameProvince).toBe(true)
  const notAsked = completeDraft({ ...full, sameProvince: false }, known)
  expect(notAsked).toEqual({ ok: true, inputs: { ...full, sameProvince: null } })
})
