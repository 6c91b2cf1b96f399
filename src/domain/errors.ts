/** A problem with one input field, shown next to that field. */
export interface FieldError {
  /** Dotted path of the field, e.g. `selfPay`, `ytd.fundPaid`, `plan.segments[1].ratio` */
  field: string
  /** Chinese message for the user */
  message: string
}

/** Outcome of parsing or checking a value: the value, or why it was rejected. Never thrown. */
export type Checked<T, E = FieldError> = { ok: true; value: T } | { ok: false; error: E }

/** Chinese messages shared by parsers and validators, so tests can check exact text. */
export const messages = {
  amountMissing: '请填写金额',
  amountFormat: '金额格式不正确，应为不小于 0 的数字（元），最多两位小数',
  amountTooLarge: '金额不能超过 100,000,000.00 元',
  ratioFormat: '比例应为 0 到 1 之间的小数（如 0.85），最多 4 位小数',
  integerFormat: '应为不小于 1 的整数',
  notAnObject: '应为对象',
  notAList: '应为数组',
  unknownField: '不认识的字段',
  required: '必须填写',
  invalidChoice: '取值无效',
  selfPayOverTotal: '全自费金额不能大于总费用',
  classBOverRest: '乙类金额与全自费金额之和不能大于总费用',
  segmentsEmpty: '至少需要一段报销比例',
  segmentsOrder: '各段上限必须大于 0 且逐段递增',
  segmentsOpenEnd: '只有最后一段不设上限，且最后一段必须不设上限',
  regionOrPolicy: '请选择参保地，或填写自定义参数 policy',
  regionFormat: '参保地编号格式不正确',
  regionUnknown: '数据中没有这个参保地',
  dateFormat: '日期格式应为 YYYY-MM-DD',
  jsonInvalid: '不是有效的 JSON',
  codeVersion: '链接版本不受支持',
  codeDamaged: '链接内容已损坏或被修改',
  codeInvalid: '链接中的测算数据无效',
} as const
