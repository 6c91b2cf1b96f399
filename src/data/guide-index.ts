import type { Guide, GuideCategory, GuideId } from '@/data/guide-types'

/** One step of a guide as the tab page needs it: id and title for progress and "下一步", material ids for sanitising. */
export interface GuideIndexStep {
  id: string
  title: string
  /** Ids of the materials this step mentions */
  materials: string[]
}

/** What the 指南 tab, 首页 and search need of a guide, without the step texts (guides.json stays in its subpackage). */
export interface GuideIndexEntry {
  id: GuideId
  title: string
  summary: string
  category: GuideCategory
  keywords: string[]
  steps: GuideIndexStep[]
}

/**
 * The small index of guides.json for the main package, in list order. test/unit/data/guide-index.test.ts keeps it equal
 * to guides.json; when a guide changes there, change it here too.
 */
export const GUIDE_INDEX: readonly GuideIndexEntry[] = [
  {
    id: 'remote-retired',
    title: '退休后去外地养老：异地安置退休备案',
    summary: '退休后长期在外地（如子女所在城市）生活的，办了异地安置退休备案，在当地看病可以直接结算，报销比例和在参保地一样。',
    category: 'remote-filing',
    keywords: ['异地安置退休', '异地安置', '安置退休', '退休人员异地', '外地养老', '异地养老', '去外地养老', '养老', '随子女', '跟子女', '投靠子女', '爸妈', '父母', '老人', '长期备案', '退休+外地', '退休+异地', '退休+外省', '养老+备案', '去儿子', '去女儿', '去子女', '儿子那', '女儿那'],
    steps: [
      { id: 'check', title: '先弄清要不要备案', materials: [] },
      { id: 'prepare', title: '准备材料', materials: ['id-proof', 'hukou', 'pledge'] },
      { id: 'apply', title: '在手机上申请备案', materials: ['id-proof', 'hukou', 'pledge'] },
      { id: 'wait', title: '等审核，查备案记录', materials: [] },
      { id: 'hospital', title: '选一家能直接结算的医院', materials: [] },
      { id: 'visit', title: '看病和出院结算', materials: ['insurance-card'] },
      { id: 'after', title: '以后变更、取消和回参保地看病', materials: [] },
    ],
  },
  {
    id: 'remote-long-term',
    title: '长期在外地居住：异地长期居住备案',
    summary: '没退休、但长期住在外地的（比如随家人生活），办了异地长期居住备案，在当地看病可以直接结算，报销比例和在参保地一样。',
    category: 'remote-filing',
    keywords: ['异地长期居住', '长期居住', '长期在外地', '常住外地', '在外地住', '外地生活', '居住证', '陪读', '带孩子', '长期备案', '长期+外地', '长期+异地'],
    steps: [
      { id: 'check', title: '先弄清要不要备案', materials: [] },
      { id: 'prepare', title: '准备材料', materials: ['id-proof', 'residence-proof', 'pledge'] },
      { id: 'apply', title: '在手机上申请备案', materials: ['id-proof', 'residence-proof', 'pledge'] },
      { id: 'wait', title: '等审核，查备案记录', materials: [] },
      { id: 'hospital', title: '选一家能直接结算的医院', materials: [] },
      { id: 'visit', title: '看病和出院结算', materials: ['insurance-card'] },
      { id: 'after', title: '以后变更、取消和回参保地看病', materials: [] },
    ],
  },
  {
    id: 'remote-work',
    title: '在外地上班：常驻异地工作备案',
    summary: '单位派您长期在外地工作，或您在外地上班但医保在老家的，办了常驻异地工作备案，在工作地看病可以直接结算。',
    category: 'remote-filing',
    keywords: ['常驻异地工作', '异地工作', '外地工作', '在外地上班', '外地上班', '外派', '派驻', '驻外', '出差很久', '工作地', '上班+外地', '工作+外地', '上班+异地'],
    steps: [
      { id: 'check', title: '先弄清要不要备案', materials: [] },
      { id: 'prepare', title: '准备材料', materials: ['id-proof', 'work-proof', 'pledge'] },
      { id: 'apply', title: '在手机上申请备案', materials: ['id-proof', 'work-proof', 'pledge'] },
      { id: 'wait', title: '等审核，查备案记录', materials: [] },
      { id: 'hospital', title: '选一家能直接结算的医院', materials: [] },
      { id: 'visit', title: '看病和出院结算', materials: ['insurance-card'] },
      { id: 'after', title: '以后变更、取消和回参保地看病', materials: [] },
    ],
  },
  {
    id: 'remote-referral',
    title: '本地医院让转到外地：异地转诊备案',
    summary: '参保地的医院治不了、开了转诊转院证明的，办异地转诊备案后，到外地医院看病可以直接结算。医院可以直接帮您备案。',
    category: 'remote-filing',
    keywords: ['异地转诊', '转诊', '转院', '转诊证明', '转院证明', '转到外地', '去大医院', '去北京看病', '去上海看病', '医院开了证明'],
    steps: [
      { id: 'proof', title: '请医院开转诊转院证明', materials: ['referral-proof'] },
      { id: 'apply', title: '办理转诊备案', materials: ['id-proof', 'referral-proof'] },
      { id: 'wait', title: '等审核，查备案记录', materials: [] },
      { id: 'hospital', title: '选一家能直接结算的医院', materials: [] },
      { id: 'visit', title: '看病和出院结算', materials: ['insurance-card'] },
    ],
  },
  {
    id: 'remote-emergency',
    title: '在外地突发急病：异地急诊抢救',
    summary: '在外地突然生病需要急诊抢救的，先救治。急诊抢救视同已经备案，住院的尽量在出院前让医院直接结算，没能直接结算的回参保地手工报销。',
    category: 'remote-filing',
    keywords: ['异地急诊', '急诊', '抢救', '急救', '突发', '突然生病', '车祸', '受伤', '外伤', '急病', '120'],
    steps: [
      { id: 'go', title: '先去医院救治', materials: [] },
      { id: 'show', title: '出示医保凭证，问能否直接结算', materials: ['insurance-card'] },
      { id: 'file', title: '需要时在手机上补备案', materials: ['id-proof'] },
      { id: 'keep', title: '收好票据和病历', materials: ['er-diagnosis', 'invoice', 'inpatient-list', 'rescue-record'] },
      { id: 'claim', title: '没能直接结算的，回去报销', materials: ['id-proof', 'invoice', 'er-diagnosis'] },
    ],
  },
  {
    id: 'remote-temporary',
    title: '短期去外地（探亲、旅游、出差）：临时外出就医备案',
    summary: '短期去外地探亲、旅游、出差，可能要在那边看病的，办“其他临时外出就医”备案，只要身份证明，有效期不少于6个月。',
    category: 'remote-filing',
    keywords: ['其他临时外出', '备案', '异地就医', '临时外出', '临时备案', '短期', '探亲', '旅游', '出差', '出门', '出远门', '外出', '异地就医备案', '异地备案', '跨省就医', '外地看病', '外地住院', '去外地看病', '联网医院', '定点医院', '能不能直接结算'],
    steps: [
      { id: 'check', title: '先弄清要不要备案', materials: [] },
      { id: 'prepare', title: '准备材料', materials: ['id-proof'] },
      { id: 'apply', title: '在手机上申请备案', materials: ['id-proof'] },
      { id: 'wait', title: '等审核，查备案记录', materials: [] },
      { id: 'hospital', title: '选一家能直接结算的医院', materials: [] },
      { id: 'visit', title: '看病和出院结算', materials: ['insurance-card'] },
    ],
  },
  {
    id: 'late-filing',
    title: '已经在外地住院、还没备案：出院前补办',
    summary: '跨省住院时还没办异地就医备案的，只要在出院结算前补办好，医院就能直接结算，不用先全额垫钱再回去报销。',
    category: 'after-care',
    keywords: ['补办备案', '补办', '补备案', '没备案', '未备案', '忘了备案', '没有备案', '还没备案', '已经住院', '住院了', '正在住院', '在外地住院', '入院后', '出院前', '住院+没备案', '住院+未备案'],
    steps: [
      { id: 'tell-hospital', title: '先告诉医院您还没备案', materials: ['insurance-card'] },
      { id: 'choose-type', title: '选对备案类型', materials: [] },
      { id: 'apply', title: '在手机上补办备案', materials: ['id-proof', 'referral-proof'] },
      { id: 'confirm', title: '备案成功后告诉医院', materials: ['insurance-card'] },
      { id: 'discharge', title: '出院时直接结算', materials: ['invoice', 'inpatient-list', 'diagnosis'] },
      { id: 'missed', title: '出院前没赶上怎么办', materials: [] },
    ],
  },
  {
    id: 'manual-claim-after-discharge',
    title: '已经出院、费用全自付了：补办备案后手工报销',
    summary: '在外地看病没备案、出院时自己全额付了钱的，在参保地规定的时限内补办备案，再带齐材料回参保地申请零星（手工）报销。',
    category: 'after-care',
    keywords: ['已经出院', '出院了', '出院后', '自费出院', '全自费', '全自付', '全额垫付', '垫付', '自己付了', '没走医保', '还能报', '能报吗', '出院了还能报'],
    steps: [
      { id: 'keep', title: '先收好单据', materials: ['invoice', 'inpatient-list', 'diagnosis'] },
      { id: 'file', title: '补办异地就医备案', materials: ['id-proof'] },
      { id: 'claim', title: '申请零星（手工）报销', materials: ['id-proof', 'invoice', 'inpatient-list', 'diagnosis', 'er-diagnosis'] },
      { id: 'wait', title: '等待办结', materials: [] },
      { id: 'critical', title: '费用很高的，问问大病保险', materials: [] },
    ],
  },
  {
    id: 'critical-illness',
    title: '二次报销（大病保险）：花费大时再报一部分',
    summary: '“二次报销”一般指大病保险：一年里自己负担的合规医疗费超过起付线后，大病保险再按比例报一部分。多数地方出院结算时自动算好，不用另外申请。',
    category: 'claim',
    keywords: ['二次报销', '大病保险', '大病', '大额', '重病', '花费大', '花了很多钱', '报完还能报', '再报一次', '医疗救助', '低保', '特困', '惠民保'],
    steps: [
      { id: 'what', title: '先弄清“二次报销”是什么', materials: [] },
      { id: 'check-slip', title: '看出院结算单', materials: ['settlement-slip'] },
      { id: 'not-auto', title: '没有自动报的，去问参保地', materials: ['id-proof', 'invoice', 'settlement-slip'] },
      { id: 'assistance', title: '困难群众申请医疗救助', materials: ['id-proof'] },
      { id: 'commercial', title: '买了商业保险的，另外申请', materials: ['invoice', 'inpatient-list', 'diagnosis'] },
    ],
  },
  {
    id: 'manual-claim',
    title: '手工（零星）报销：要带什么、多久能办好',
    summary: '看病时没能用医保直接结算、自己先垫了钱的，带上发票、清单和诊断证明，到参保地医保经办机构申请零星（手工）报销。',
    category: 'claim',
    keywords: ['手工报销', '零星报销', '报销材料', '要什么材料', '带什么', '垫付', '没能直接结算', '结算失败', '医保卡没激活', '学生', '寒暑假', '外地生孩子', '报销多久', '多久到账', '暑假', '寒假'],
    steps: [
      { id: 'when', title: '看看是不是这些情况', materials: [] },
      { id: 'inpatient', title: '住院的，准备这些', materials: ['id-proof', 'invoice', 'inpatient-list', 'diagnosis'] },
      { id: 'outpatient', title: '门诊或急诊的，准备这些', materials: ['id-proof', 'invoice', 'outpatient-list', 'prescription', 'er-diagnosis'] },
      { id: 'special', title: '特殊情况另加材料', materials: ['rescue-record', 'accident-proof', 'dual-channel-form', 'pharmacy-invoice'] },
      { id: 'submit', title: '提交申请', materials: [] },
      { id: 'wait', title: '等待办结', materials: [] },
    ],
  },
  {
    id: 'family-binding',
    title: '家庭共济：用自己的医保个人账户给家人付费',
    summary: '职工医保个人账户里的钱，可以绑定给配偶、父母、子女等近亲属，用来付他们看病买药自己负担的费用，或替他们交居民医保。',
    category: 'family',
    keywords: ['家庭共济', '共济', '家庭账户', '亲情账户', '个人账户', '医保卡给家人用', '给家人用', '给孩子用', '给爸妈用', '给父母用', '给老人用', '医保卡给孩子', '医保卡借', '绑定家人', '账户余额', '医保卡+孩子', '医保卡+家人', '账户+家人', '账户+孩子', '账户+爸妈'],
    steps: [
      { id: 'check', title: '先看能不能共济', materials: [] },
      { id: 'bind', title: '在手机上绑定家人', materials: ['both-ids', 'relation-proof'] },
      { id: 'use', title: '家人看病买药时怎么用', materials: ['insurance-card'] },
      { id: 'pay-contribution', title: '替家人交居民医保', materials: [] },
      { id: 'cross-province', title: '家人在外省的', materials: [] },
    ],
  },
  {
    id: 'resident-enrolment',
    title: '居民医保参保缴费：新生儿、学生、错过缴费期',
    summary: '没有工作单位的人、老人、孩子和学生参加城乡居民医保。一般每年集中缴一次费，交的是下一年的；错过了还能补交，但要等一段时间才能报销。',
    category: 'resident',
    keywords: ['居民医保', '城乡居民医保', '参保', '缴费', '交医保', '交医保费', '续费', '缴费期', '集中缴费', '新农合', '新生儿', '宝宝', '刚出生', '婴儿', '学生', '大学生', '中小学生', '错过', '补交', '补缴', '断保', '等待期', '交多少'],
    steps: [
      { id: 'window', title: '认准集中缴费期', materials: [] },
      { id: 'amount', title: '弄清要交多少', materials: [] },
      { id: 'pay', title: '选一个渠道交费', materials: ['payer-id'] },
      { id: 'newborn', title: '新生儿参保', materials: ['birth-certificate', 'household', 'guardian-id'] },
      { id: 'student', title: '学生参保', materials: [] },
      { id: 'missed', title: '错过了缴费期', materials: [] },
    ],
  },
  {
    id: 'chronic-outpatient',
    title: '门诊慢特病：长期看门诊拿药的，申请慢特病待遇',
    summary: '高血压、糖尿病、恶性肿瘤门诊放化疗、尿毒症透析等需要长期门诊治疗的病，经参保地认定后，门诊费用可以按门诊慢特病待遇报销。',
    category: 'claim',
    keywords: ['门诊慢特病', '慢特病', '慢病', '慢性病', '特殊病', '门特', '门慢', '特慢病', '高血压', '糖尿病', '透析', '放化疗', '长期吃药', '长期拿药', '门诊报销'],
    steps: [
      { id: 'list', title: '看病种在不在目录里', materials: [] },
      { id: 'diagnose', title: '准备诊断材料', materials: ['specialist-diagnosis', 'medical-records', 'test-reports', 'id-proof'] },
      { id: 'apply', title: '提出认定申请', materials: ['id-proof'] },
      { id: 'result', title: '等认定结果', materials: [] },
      { id: 'use', title: '看病拿药', materials: ['insurance-card'] },
      { id: 'remote', title: '人在外地的', materials: [] },
    ],
  },
  {
    id: 'retirement',
    title: '退休时的医保：缴费年限够了，退休后不用再交',
    summary: '职工医保退休时累计缴费达到规定年限的，退休后不再缴医保费，继续享受职工医保待遇。年限由各地规定，不够的一般可以补缴或继续缴。',
    category: 'employee',
    keywords: ['退休', '退休医保', '退休后', '不用交', '不用再交', '还要交', '缴费年限', '交够', '交满', '缴够', '年限', '补缴', '视同缴费', '退休手续', '延迟退休', '退休+交'],
    steps: [
      { id: 'check-years', title: '查查自己交了多少年', materials: ['id-proof'] },
      { id: 'other-places', title: '在外地交过的，先接上', materials: [] },
      { id: 'top-up', title: '年限不够怎么办', materials: ['id-proof'] },
      { id: 'apply', title: '办理医保退休手续', materials: ['id-proof'] },
      { id: 'after', title: '退休后的待遇', materials: [] },
    ],
  },
  {
    id: 'transfer',
    title: '医保关系转移接续：换城市工作后把医保接上',
    summary: '换到另一个城市工作或生活，职工医保可以把原来的参保缴费年限转过去接上，避免年限断开、退休时不够。',
    category: 'employee',
    keywords: ['转移接续', '医保转移', '转移', '转社保', '转医保', '转关系', '接续', '换工作', '换城市', '跳槽', '回老家工作', '异地转移', '合并年限'],
    steps: [
      { id: 'new-enrol', title: '先在新地方参保', materials: ['id-proof'] },
      { id: 'apply', title: '申请转移', materials: ['id-proof', 'contribution-record'] },
      { id: 'track', title: '查看办理进度', materials: [] },
      { id: 'confirm', title: '确认年限和账户都接上了', materials: [] },
    ],
  },
]

/**
 * An index entry as a Guide with empty step texts, sources and ending: enough for searchGuides and the progress
 * functions (step and material ids), never for showing a guide.
 * @param entry the index entry
 */
export function indexGuide(entry: GuideIndexEntry): Guide {
  return {
    ...entry,
    steps: entry.steps.map((s) => ({ id: s.id, title: s.title, actions: [], where: [], tips: [], materials: s.materials.map((id) => ({ id, name: '' })) })),
    related: [],
    sources: [],
    ending: '',
  }
}

/** Every index entry as a Guide (see indexGuide), in list order: what the tab searches. */
export const INDEX_GUIDES: readonly Guide[] = GUIDE_INDEX.map(indexGuide)

/**
 * A guide of the index by id.
 * @param id a guide id from a URL or storage (may be anything)
 * @returns the index Guide, or undefined for an unknown id
 */
export function findIndexGuide(id: string): Guide | undefined {
  return INDEX_GUIDES.find((g) => g.id === id)
}
