import type { Breakdown } from '@/domain/estimator/breakdown'
import type { CriticalPlan, EstimateLine } from '@/domain/estimator/types'
import { formatAmount, formatYuan } from '@/domain/money/format'
import { figureKeys } from '@/domain/estimator/figure-keys'
import { lineText } from '@/domain/estimator/line-text'
import { formatPercent } from '@/domain/money/percent'

/**
 * Lines for step 7: 大病保险 per segment, or why it does not pay, and the matching reduction of
 * the personal share (the one negative line, so personal lines still add up to `personal`).
 * @param plan the 大病 plan, or null
 * @param b the breakdown
 * @param lines where the lines are appended
 */
export function explainCritical(plan: CriticalPlan | null, b: Breakdown, lines: EstimateLine[]): void {
  const pay = b.critical
  if (plan === null || pay === null) return
  const threshold = formatYuan(plan.threshold)
  if (pay.pieces.length === 0) {
    lines.push({
      key: 'critical-info', label: '大病保险', amount: 0, party: 'info', figureKeys: figureKeys.critical,
      detail: `本年累计合规自付 ${formatYuan(pay.after)}（含本次 ${formatYuan(b.compliant)}），未超过大病保险起付标准 ${threshold}，大病保险不支付`,
    })
    return
  }
  for (let i = 0; i < pay.pieces.length; i++) {
    const p = pay.pieces[i]
    const paid = pay.paid[i]
    const head = `本年累计合规自付 ${formatAmount(p.from)}–${formatYuan(p.to)}部分（起付标准 ${threshold}以上）按 ${formatPercent(p.ratio)} 报销`
    lines.push({
      key: lineText.criticalKey(p.segment), label: lineText.criticalLabel(p.ratio), amount: paid, party: 'critical', figureKeys: figureKeys.critical,
      detail: paid === p.amount
        ? `${head}，大病保险支付 ${formatYuan(paid)}`
        : `${head}，应支付 ${formatYuan(p.amount)}，受大病保险年度最高支付限额 ${formatYuan(plan.cap ?? 0)}（本年此前已支付 ${formatYuan(b.ytd.criticalPaid)}）影响，实际支付 ${formatYuan(paid)}`,
    })
  }
  if (pay.total > 0) {
    lines.push({
      key: 'critical-offset', label: '减：大病保险报销', amount: -pay.total, party: 'personal', figureKeys: figureKeys.critical,
      detail: `以上合规自付中 ${formatYuan(pay.total)}由大病保险报销，个人少付相应金额`,
    })
  }
}
