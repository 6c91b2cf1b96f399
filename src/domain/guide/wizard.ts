import type { GuideId } from '@/data/guide-types'

/** Ids of the wizard's questions. */
export type QuestionId =
  | 'need'
  | 'where'
  | 'local-need'
  | 'stage'
  | 'admitted-filed'
  | 'discharged-filed'
  | 'referral'
  | 'stay'
  | 'resident-who'

/** Where the wizard sends the user: a guide, why, and optionally the step to open. */
export interface WizardResult {
  guideId: GuideId
  /** One or two plain Chinese sentences */
  reason: string
  stepId?: string
}

/** One answer: its value, its label, and what follows it. */
export interface WizardOption {
  /** ASCII value, stored in the answers */
  value: string
  label: string
  next: { question: QuestionId } | { result: WizardResult }
}

/** One plain question with its answers. */
export interface WizardQuestion {
  id: QuestionId
  text: string
  help?: string
  options: WizardOption[]
}

/** The answers given so far; answers to questions off the current path are ignored. */
export type WizardAnswers = Partial<Record<QuestionId, string>>

/** What to show next, with the questions answered on the way (for a summary and the back button). */
export type WizardStep =
  | { kind: 'question'; question: WizardQuestion; trail: WizardTrail }
  | ({ kind: 'result'; trail: WizardTrail } & WizardResult)

/** The answered questions on the current path, in order. */
export type WizardTrail = { question: WizardQuestion; option: WizardOption }[]

const ask = (question: QuestionId) => ({ question })
const go = (guideId: GuideId, reason: string, stepId?: string) => ({ result: stepId ? { guideId, reason, stepId } : { guideId, reason } })

const SETTLE_FAILED = '已经备案的，出院时出示医保电子凭证或社保卡直接结算；医院没能直接结算的，回参保地申请零星（手工）报销。'

/** The questions; the first is `need`. Every path ends in a guide. */
export const WIZARD_QUESTIONS: Readonly<Record<QuestionId, WizardQuestion>> = {
  need: {
    id: 'need',
    text: '您想办哪一类事？',
    options: [
      { value: 'treatment', label: '看病、住院和报销（本地或外地）', next: ask('where') },
      { value: 'resident', label: '交居民医保（含新生儿、学生）', next: ask('resident-who') },
      { value: 'family', label: '用自己的医保个人账户给家人付费', next: go('family-binding', '职工医保个人账户的钱可以通过家庭共济给近亲属用，先在医保APP里绑定家人。') },
      { value: 'chronic', label: '长期看门诊、拿药的慢性病', next: go('chronic-outpatient', '高血压、糖尿病等需要长期门诊治疗的，可以申请门诊慢特病待遇。') },
      { value: 'retirement', label: '快退休了，医保要交多少年', next: go('retirement', '职工医保退休时缴费年限够了，退休后就不用再交；年限各地不同。') },
      { value: 'transfer', label: '换城市工作，医保要转过去', next: go('transfer', '换城市后办医保关系转移接续，把原来的缴费年限接上。') },
    ],
  },
  where: {
    id: 'where',
    text: '看病的地方和参保地（交医保的地方）是什么关系？',
    options: [
      { value: 'same-city', label: '在同一个城市', next: ask('local-need') },
      { value: 'in-province', label: '同一个省，不同城市', next: ask('stage') },
      { value: 'cross-province', label: '不在同一个省', next: ask('stage') },
    ],
  },
  'local-need': {
    id: 'local-need',
    text: '在本地看病，您遇到的是？',
    options: [
      { value: 'paid-full', label: '看病时没用上医保，自己全付了', next: go('manual-claim', '没能用医保直接结算的费用，带上发票和清单到参保地申请零星（手工）报销。') },
      { value: 'big-bill', label: '花费很大，想再报一部分', next: go('critical-illness', '“二次报销”一般是大病保险：自付的合规费用超过起付线后再报一部分。') },
      { value: 'chronic', label: '长期看门诊、拿药', next: go('chronic-outpatient', '需要长期门诊治疗的病，可以申请门诊慢特病待遇。') },
    ],
  },
  stage: {
    id: 'stage',
    text: '现在是什么情况？',
    options: [
      { value: 'planning', label: '还没去，打算去那边', next: ask('referral') },
      { value: 'emergency', label: '突发急病，正在那边急诊或抢救', next: go('remote-emergency', '异地急诊抢救视同已备案，先救治；住院的，尽量在出院前让医院直接结算。') },
      { value: 'admitted', label: '已经在那边住院，还没出院', next: ask('admitted-filed') },
      { value: 'discharged', label: '已经出院，费用全是自己付的', next: ask('discharged-filed') },
      { value: 'settled', label: '已经用医保结算了，想再报一部分', next: go('critical-illness', '医保结算后自付仍然很多的，看看大病保险（二次报销）和医疗救助。') },
    ],
  },
  'admitted-filed': {
    id: 'admitted-filed',
    text: '住院前办过异地就医备案吗？',
    options: [
      { value: 'no', label: '没办过', next: go('late-filing', '还没出院就来得及：出院结算前补办好备案，医院就能直接结算。') },
      { value: 'unsure', label: '不确定', next: go('late-filing', '先在国家医保服务平台APP的“备案记录”里查；查不到就在出院结算前补办。') },
      { value: 'yes', label: '办过了', next: go('manual-claim', SETTLE_FAILED) },
    ],
  },
  'discharged-filed': {
    id: 'discharged-filed',
    text: '看病前办过异地就医备案吗？',
    options: [
      { value: 'no', label: '没办过', next: go('manual-claim-after-discharge', '在参保地规定的时限内补办备案，再带齐材料申请手工报销。') },
      { value: 'unsure', label: '不确定', next: go('manual-claim-after-discharge', '先在APP的“备案记录”里查；没有备案的，按参保地时限补办后再申请手工报销。') },
      { value: 'yes', label: '办过了，但医院没能直接结算', next: go('manual-claim', '已经备案但没能直接结算的，带上发票和清单申请零星（手工）报销。') },
    ],
  },
  referral: {
    id: 'referral',
    text: '是参保地的医院开了转诊（转院）证明吗？',
    options: [
      { value: 'yes', label: '是，医院开了转诊证明', next: go('remote-referral', '有转诊转院证明的，办异地转诊备案，医院也可以直接帮您办。') },
      { value: 'no', label: '不是', next: ask('stay') },
    ],
  },
  stay: {
    id: 'stay',
    text: '您去那边是？',
    options: [
      { value: 'retired', label: '退休了，去那边养老、长住', next: go('remote-retired', '退休后长期在外地生活的，办异地安置退休备案，报销比例和在参保地一样。') },
      { value: 'living', label: '没退休，长期在那边住', next: go('remote-long-term', '长期在外地居住的，办异地长期居住备案，报销比例和在参保地一样。') },
      { value: 'working', label: '在那边工作', next: go('remote-work', '在外地工作的，办常驻异地工作备案。') },
      { value: 'trip', label: '短期出门：探亲、旅游、出差', next: go('remote-temporary', '短期外出的，办“其他临时外出就医”备案，只要身份证明。') },
    ],
  },
  'resident-who': {
    id: 'resident-who',
    text: '是哪种情况？',
    options: [
      { value: 'newborn', label: '刚出生的宝宝', next: go('resident-enrolment', '宝宝出生后尽早参保；按当地时限参保的，多数地方从出生之日起就能报销。', 'newborn') },
      { value: 'student', label: '学生', next: go('resident-enrolment', '大学生一般在学校统一参保，中小学生通过学校或户籍地参保。', 'student') },
      { value: 'missed', label: '错过了集中缴费期', next: go('resident-enrolment', '错过了还能补交，但要等过等待期才能报销。', 'missed') },
      { value: 'family-pay', label: '想用职工医保个人账户替家人交', next: go('family-binding', '绑定家庭共济后，可以用您的个人账户替近亲属交居民医保。', 'pay-contribution') },
      { value: 'regular', label: '其他，正常每年交费', next: go('resident-enrolment', '居民医保每年集中缴一次费，交的是下一年的。', 'window') },
    ],
  },
}

/** The wizard's first question. */
export const FIRST_QUESTION: QuestionId = 'need'

const IN_PROVINCE = '省内跨市看病要不要备案，各地不同，先问参保地医保局。'

/**
 * The next question to ask, or the guide to open, for the answers so far.
 * @param answers values chosen so far, by question id; an unknown value leaves its question unanswered
 * @param questions the question table (tests pass their own)
 */
export function nextStep(answers: WizardAnswers, questions = WIZARD_QUESTIONS): WizardStep {
  const trail: WizardTrail = []
  let question = questions[FIRST_QUESTION]
  for (let hops = 0; hops <= Object.keys(questions).length; hops++) {
    const option = question.options.find((o) => o.value === answers[question.id])
    if (!option) return { kind: 'question', question, trail }
    trail.push({ question, option })
    if ('question' in option.next) {
      question = questions[option.next.question]
      continue
    }
    const { result } = option.next
    const far = answers.where === 'in-province' && trail.some((t) => t.question.id === 'stage')
    return { kind: 'result', trail, ...result, reason: far ? `${result.reason}${IN_PROVINCE}` : result.reason }
  }
  throw new Error('wizard: the question table has a cycle')
}
