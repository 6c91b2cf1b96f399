import type { Breakdown } from '@/domain/estimator/breakdown'
import type { EstimateLine, Plan } from '@/domain/estimator/types'
import type { SegmentPay } from '@/domain/estimator/segment-pay'
import { formatAmount, formatYuan } from '@/domain/money/format'
import { figureKeys } from '@/domain/estimator/figure-keys'
import { lineText } from '@/domain/estimator/line-text'
import { formatPercent } from '@/domain/money/percent'

function deductibleDetail(plan: Plan, b: Breakdown): string {
  const d = formatYuan(plan.deductible)
  const part = formatYuan(b.deductiblePart)
  const annual = plan.deductibleMode === 'annual'
  if (annual && b.deductibleLeft === 0) return `本年起付线 ${d}已付满，本次不再扣除起付线`
  if (b.deductiblePart < b.deductibleLeft) {
    const what = b.prePay > 0 ? '先行自付后余下的费用' : '政策范围内费用'
    return `${what} ${part}未达到${annual ? `本年剩余起付线 ${formatYuan(b.deductibleLeft)}` : `起付线 ${d}`}，全部由个人支付`
  }
  if (annual) return `本年起付线 ${d}，此前已付 ${formatYuan(b.ytd.deductiblePaid)}，本次 ${part}由个人支付`
  return `起付线 ${d}由个人支付`
}

function pieceLines(p: SegmentPay, paid: number, lines: EstimateLine[]): void {
  const range = `${formatAmount(p.from)}–${formatYuan(p.to)}部分`
  const ratio = formatPercent(p.ratio)
  const adjusted = p.ratio !== p.planRatio
  const note = adjusted ? `（参保地比例 ${formatPercent(p.planRatio)}，异地调整后为 ${ratio}）` : ''
  const capped = paid < p.amount
  lines.push({
    key: lineText.fundKey(p.segment), label: lineText.fundLabel(p.ratio), amount: paid, party: 'fund',
    figureKeys: adjusted
      ? (capped ? figureKeys.segmentsRemoteCap : figureKeys.segmentsRemote)
      : (capped ? figureKeys.segmentsCap : figureKeys.segments),
    detail: capped
      ? `${range}按 ${ratio} 应支付 ${formatYuan(p.amount)}，受年度最高支付限额影响，基金实际支付 ${formatYuan(paid)}${note}`
      : `${range}按 ${ratio} 报销，基金支付 ${formatYuan(paid)}${note}`,
  })
  const own = p.to - p.from - p.amount
  if (own > 0) {
    const share = formatPercent(10000 - p.ratio)
    lines.push({
      key: lineText.selfKey(p.segment), label: lineText.selfLabel(10000 - p.ratio), amount: own, party: 'personal',
      figureKeys: adjusted ? figureKeys.segmentsRemote : figureKeys.segments,
      detail: `${range}个人自付 ${share}，计 ${formatYuan(own)}`,
    })
  }
}

/**
 * Lines for steps 3–5: the deductible, each segment's fund and personal parts, the part above the
 * annual cap and any part no segment covers.
 * @param plan the plan
 * @param b the breakdown
 * @param lines where the lines are appended
 */
export function explainFund(plan: Plan, b: Breakdown, lines: EstimateLine[]): void {
  if (plan.deductible > 0) {
    lines.push({
      key: 'deductible', label: '起付线', amount: b.deductiblePart, party: 'personal',
      figureKeys: figureKeys.deductible, detail: deductibleDetail(plan, b),
    })
  }
  let due = 0
  for (let i = 0; i < b.fundPieces.length; i++) {
    due += b.fundPieces[i].amount
    pieceLines(b.fundPieces[i], b.fundPaid[i], lines)
  }
  if (due > b.fund) {
    lines.push({
      key: 'over-cap', label: '超过年度最高支付限额', amount: due - b.fund, party: 'personal', figureKeys: figureKeys.annualCap,
      detail: `统筹基金年度最高支付限额 ${formatYuan(plan.annualCap ?? 0)}，本年此前已支付 ${formatYuan(b.ytd.fundPaid)}，本次按比例应付 ${formatYuan(due)}，超出限额的 ${formatYuan(due - b.fund)}由个人支付`,
    })
  }
  if (b.uncovered > 0) {
    lines.push({
      key: 'out-of-range', label: '超出报销分段的费用', amount: b.uncovered, party: 'personal', figureKeys: figureKeys.segments,
      detail: `超出最高一段上限的 ${formatYuan(b.uncovered)}不在报销分段内，由个人支付`,
    })
  }
}
