/**
 * The app's words: every enumerated value as a const tuple with its type and Chinese labels, and the id and date
 * patterns. Stores, forms, codecs and the dataset types take their allowed values from here.
 */

/** A tuple's member type. */
type Of<T extends readonly unknown[]> = T[number]

/** 险种 of a plan: 职工医保, 居民医保. */
export const SCHEMES = ['employee', 'resident'] as const
export type Scheme = Of<typeof SCHEMES>
/** A person's insurance, also 未参保 (family roster and checker). */
export const MEMBER_SCHEMES = ['employee', 'resident', 'none'] as const
export type MemberScheme = Of<typeof MEMBER_SCHEMES>
export const SCHEME_LABELS: Readonly<Record<MemberScheme, string>> = { employee: '职工医保', resident: '居民医保', none: '未参保' }

/** 在职 / 退休. */
export const STATUSES = ['working', 'retired'] as const
export type WorkStatus = Of<typeof STATUSES>
export const STATUS_LABELS: Readonly<Record<WorkStatus, string>> = { working: '在职', retired: '退休' }

/** 住院 / 门诊. */
export const VISITS = ['inpatient', 'outpatient'] as const
export type Visit = Of<typeof VISITS>
export const VISIT_LABELS: Readonly<Record<Visit, string>> = { inpatient: '住院', outpatient: '门诊' }

/** Hospital level as the estimator takes it, and as the dataset keys its tables ("1" 一级 … "3" 三级). */
export const HOSPITAL_LEVELS = [1, 2, 3] as const
export type HospitalLevel = Of<typeof HOSPITAL_LEVELS>
export const LEVEL_KEYS = ['1', '2', '3'] as const
export type LevelKey = Of<typeof LEVEL_KEYS>
/** 一级 … 三级 (append 医院 for the hospital's name). */
export const LEVEL_LABELS: Readonly<Record<HospitalLevel, string>> = { 1: '一级', 2: '二级', 3: '三级' }

/** Where the person is treated, seen from the insured city. */
export const LOCATIONS = ['local', 'province', 'national'] as const
export type Location = Of<typeof LOCATIONS>
/** As the estimate form asks. */
export const LOCATION_LABELS: Readonly<Record<Location, string>> = { local: '本地（参保的城市）', province: '省内其他城市', national: '外省（跨省）' }
/** As an estimate's explanation names it. */
export const LOCATION_RULE_LABELS: Readonly<Record<Location, string>> = { local: '参保地就医', province: '省内异地就医', national: '跨省异地就医' }
/** As a result title says it ('' for local). */
export const LOCATION_SHORT_LABELS: Readonly<Record<Location, string>> = { local: '', province: '省内异地', national: '跨省' }

/** 异地就医 filing status of a bill. */
export const FILINGS = ['long-term', 'referral', 'emergency', 'temporary', 'none'] as const
export type FilingStatus = Of<typeof FILINGS>
/** The statuses a region's 异地 adjustment prices differently (long-term filing is priced as local). */
export const REMOTE_FILINGS = ['referral', 'emergency', 'temporary', 'none'] as const
export type RemoteFiling = Of<typeof REMOTE_FILINGS>
/** As the estimate form asks. */
export const FILING_LABELS: Readonly<Record<FilingStatus, string>> = {
  'long-term': '长期住在外地，已备案',
  referral: '医院开了转诊',
  emergency: '急诊抢救',
  temporary: '临时外出，已备案',
  none: '没有备案',
}
/** As an estimate's explanation names the rule. */
export const FILING_RULE_LABELS: Readonly<Record<FilingStatus, string>> = {
  'long-term': '长期异地居住备案',
  referral: '转诊备案',
  emergency: '急诊抢救',
  temporary: '其他临时外出就医备案',
  none: '未备案',
}
/** As a policy row names the case. */
export const FILING_SHORT_LABELS: Readonly<Record<RemoteFiling, string>> = { referral: '转诊', emergency: '急诊抢救', temporary: '其他临时外出', none: '未备案' }
/** The two kinds of 异地 filing the national rules describe: long-term and temporary. */
export const FILING_CATEGORIES = ['long-term', 'temporary'] as const
export type FilingCategory = Of<typeof FILING_CATEGORIES>

/** How a region lowers ratios for 异地 bills. */
export const REMOTE_MODES = ['points', 'pre-self-pay', 'times'] as const
export type RemoteMode = Of<typeof REMOTE_MODES>

/** Whether 起付线 applies to each admission or once a year. */
export const DEDUCTIBLE_MODES = ['per-admission', 'annual'] as const
export type DeductibleMode = Of<typeof DEDUCTIBLE_MODES>

/** How a family member relates to the user (the payer), in the roster form's order. */
export const RELATIONS = ['spouse', 'father', 'mother', 'child', 'sibling', 'grandparent', 'grandchild', 'parent-in-law', 'other'] as const
export type Relation = Of<typeof RELATIONS>
export const RELATION_LABELS: Readonly<Record<Relation, string>> = {
  spouse: '配偶',
  father: '父亲',
  mother: '母亲',
  child: '子女',
  sibling: '兄弟姐妹',
  grandparent: '祖父母或外祖父母',
  grandchild: '孙子女或外孙子女',
  'parent-in-law': '配偶的父母',
  other: '其他亲友',
}

/** Age bands of the profile. */
export const AGE_BANDS = ['under-45', '45-59', '60-69', '70-plus'] as const
export type AgeBand = Of<typeof AGE_BANDS>
export const AGE_LABELS: Readonly<Record<AgeBand, string>> = { 'under-45': '45岁以下', '45-59': '45–59岁', '60-69': '60–69岁', '70-plus': '70岁及以上' }

/** 长辈模式 setting. */
export const ELDER_PREFERENCES = ['auto', 'on', 'off'] as const
export type ElderPreference = Of<typeof ELDER_PREFERENCES>

/** Groups on the guide list page, in display order. */
export const GUIDE_CATEGORIES = ['remote-filing', 'after-care', 'claim', 'family', 'resident', 'employee'] as const
export type GuideCategory = Of<typeof GUIDE_CATEGORIES>
export const CATEGORY_LABELS: Readonly<Record<GuideCategory, string>> = {
  'remote-filing': '异地就医备案',
  'after-care': '住院了、出院了怎么办',
  claim: '报销',
  family: '家庭共济',
  resident: '居民医保',
  employee: '职工医保',
}

/** Where a guide step is done. */
export const PLACES = ['nhsa-app', 'filing-mini-program', 'provincial-app', 'counter', 'hospital', 'employer', 'pay-channel'] as const
export type Place = Of<typeof PLACES>
export const PLACE_LABELS: Readonly<Record<Place, string>> = {
  'nhsa-app': '国家医保服务平台APP',
  'filing-mini-program': '国家异地就医备案小程序',
  'provincial-app': '参保地医保APP或小程序',
  counter: '参保地医保经办窗口',
  hospital: '医院医保办（住院处）',
  employer: '工作单位（人事或社保经办）',
  'pay-channel': '当地居民医保缴费渠道',
}

/** The event a guide's deadline counts from; the user enters its date. */
export const DEADLINE_ANCHORS = ['admission', 'discharge', 'filing', 'submission', 'payment'] as const
export type DeadlineAnchor = Of<typeof DEADLINE_ANCHORS>
export const ANCHOR_LABELS: Readonly<Record<DeadlineAnchor, string>> = {
  admission: '入院日期',
  discharge: '出院日期',
  filing: '备案日期',
  submission: '材料提交日期',
  payment: '缴费日期',
}

/** Confidence of a figure, matching the markers of policy-research.md. */
export const CONFIDENCES = ['official', 'official-quoted', 'third-party', 'recalled', 'unconfirmed'] as const
export type Confidence = Of<typeof CONFIDENCES>
/** The confidences shown as 已核实: read in an official text, directly or through a quoting record. */
export const VERIFIED_CONFIDENCES: readonly Confidence[] = ['official', 'official-quoted']

/** Ids that travel in URLs and storage (regions, guides, materials, members): lower-case ASCII, digits and `-`. */
export const ID_PATTERN = /^[a-z0-9-]{1,40}$/
/** `YYYY-MM-DD`; use isIsoDate for a real calendar day. */
export const ISO_DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/

/**
 * Whether a value is an ASCII id as ID_PATTERN allows.
 * @param v any value
 */
export function isId(v: unknown): v is string {
  return typeof v === 'string' && ID_PATTERN.test(v)
}

/**
 * Whether a value names a real calendar day written YYYY-MM-DD.
 * @param v any value
 */
export function isIsoDate(v: unknown): v is string {
  const m = typeof v === 'string' ? ISO_DATE_PATTERN.exec(v) : null
  if (!m) return false
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])]
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
  return mo >= 1 && mo <= 12 && d >= 1 && d <= days[mo - 1]
}

/**
 * Form choices of a tuple, in its order, with their labels.
 * @param values the allowed values
 * @param labels a label for each
 */
export function labelled<T extends string | number>(values: readonly T[], labels: Readonly<Record<T, string>>): { value: T; label: string }[] {
  return values.map((value) => ({ value, label: labels[value] }))
}

/**
 * Whether a value is one of a tuple's members.
 * @param values the allowed values
 * @param v any value
 */
export function isOneOf<T extends readonly unknown[]>(values: T, v: unknown): v is T[number] {
  return values.includes(v)
}

/** Integer amount in 分 (fen). Never a float. */
export type Fen = number

/** Integer ratio in basis points: 10000 = 100%. */
export type Bp = number

/** Where a figure comes from. Every figure in src/data carries one (directly or through its block). */
export interface Provenance {
  /** Document title, e.g. 《基本医疗保险跨省异地就医直接结算经办规程》 */
  document: string
  /** Official number, e.g. 医保发〔2022〕22号; omitted when the document has none or it is not known */
  docNumber?: string
  /** Official URL when one is known; never invented */
  url?: string
  /** ISO date the figure was last checked, e.g. 2026-11-22 */
  checkedAt: string
  /** Days after checkedAt when the figure must be reviewed again */
  reviewIntervalDays: number
  confidence: Confidence
  /** Short note: what the source says, why this value was chosen over another */
  note?: string
}

/** One segment of a tiered ratio table; boundaries are absolute on the scale they apply to. */
export interface Segment {
  /** Upper bound (exclusive) in fen; null = open ended (only the last segment) */
  upTo: Fen | null
  ratio: Bp
}
