/** The fields a user fills in to report a wrong figure, in order. */
export const CORRECTION_FIELDS = ['地区', '项目', '我们显示的数字', '您看到的数字', '文件名称和文号', '链接'] as const

export type CorrectionField = (typeof CORRECTION_FIELDS)[number]

/**
 * The text template copied by 复制纠错模板: one line per field, optionally pre-filled.
 * @param datasetCheckedAt ISO date the bundled data was last checked, so we know which version the user saw
 * @param filled values already known, e.g. the region
 */
export function correctionTemplate(datasetCheckedAt: string, filled: Partial<Record<CorrectionField, string>> = {}): string {
  return [
    '【医保小帮手 · 数据纠错】',
    ...CORRECTION_FIELDS.map((f) => `${f}：${filled[f] ?? ''}`),
    `（本机数据核对日期：${datasetCheckedAt}）`,
  ].join('\n')
}
