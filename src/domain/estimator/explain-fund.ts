import type { Breakdown } from '@/domain/estimator/breakdown'
import type { EstimateLine, FigureKey } from '@/domain/estimator/types'
import type { Plan } from '@/domain/types'
import { formatAmount, formatYuan } from '@/domain/money'
import { formatPercent } from '@/domain/estimator/format-ratio'

function deductibleLine(plan: Plan, b: Breakdown): EstimateLine | null {
  if (plan.deductible === 0) return null
  const d = formatYuan(plan.deductible)
  const part = formatYuan(b.deductiblePart)
  let detail: string
  if (plan.deductibleMode === 'annual' && b.deductibleLeft === 0) detail = `本年起付线 ${d}已付满，本次不再扣除起付线`
  else if (b.deductiblePart < b.deductibleLeft) {
    const what = b.prePay > 0 ? '先行自付后余下的费用' : '政策范围内费用'
    const bar = plan.deductibleMode === 'annual' ? `本年剩余起付线 ${formatYuan(b.deductibleLeft)}` : `起付线 ${d}`
    detail = `${what} ${part}未达到${bar}，全部由个人支付`
  }
  else if (plan.deductibleMode === 'annual') detail = `本年起付线 ${d}，此前已付 ${formatYuan(b.ytd.deductiblePaid)}，本次 ${part}由个人支付`
  else detail = `起付线 ${d}由个人支付`
  return { key: 'deductible', label: '起付线', amount: b.deductiblePart, party: 'personal', figureKeys: ['deductible'], detail }
}

/**
 * Lines for steps 3–5: the deductible, each segment's fund and personal parts, the part above the
 * annual cap and any part no segment covers.
 * @param plan the plan
 * @param b the breakdown
 */
export function explainFund(plan: Plan, b: Breakdown): EstimateLine[] {
  const lines: EstimateLine[] = []
  const ded = deductibleLine(plan, b)
  if (ded !== null) lines.push(ded)
  let due = 0
  b.fundPieces.forEach((p, i) => {
    const paid = b.fundPaid[i]
    due += p.amount
    const range = `${formatAmount(p.from)}–${formatYuan(p.to)}部分`
    const ratio = formatPercent(p.ratio)
    const note = p.ratio === p.planRatio ? '' : `（参保地比例 ${formatPercent(p.planRatio)}，异地调整后为 ${ratio}）`
    const ownKeys: FigureKey[] = p.ratio === p.planRatio ? ['segments'] : ['segments', 'remote']
    const figureKeys = ownKeys.slice()
    let detail = `${range}按 ${ratio} 报销，基金支付 ${formatYuan(paid)}${note}`
    if (paid < p.amount) {
      figureKeys.push('annualCap')
      detail = `${range}按 ${ratio} 应支付 ${formatYuan(p.amount)}，受年度最高支付限额影响，基金实际支付 ${formatYuan(paid)}${note}`
    }
    lines.push({ key: `fund-seg-${p.segment}`, label: `统筹基金支付（${formatPercent(p.ratio)}）`, amount: paid, party: 'fund', figureKeys, detail })
    const own = p.to - p.from - p.amount
    if (own > 0) {
      const share = formatPercent(10000 - p.ratio)
      lines.push({
        key: `self-seg-${p.segment}`, label: `个人自付（${share}）`, amount: own, party: 'personal', figureKeys: ownKeys,
        detail: `${range}个人自付 ${share}，计 ${formatYuan(own)}`,
      })
    }
  })
  if (due > b.fund) {
    const cap = plan.annualCap ?? 0
    lines.push({
      key: 'over-cap', label: '超过年度最高支付限额', amount: due - b.fund, party: 'personal', figureKeys: ['annualCap'],
      detail: `统筹基金年度最高支付限额 ${formatYuan(cap)}，本年此前已支付 ${formatYuan(b.ytd.fundPaid)}，本次按比例应付 ${formatYuan(due)}，超出限额的 ${formatYuan(due - b.fund)}由个人支付`,
    })
  }
  if (b.uncovered > 0) {
    lines.push({
      key: 'out-of-range', label: '超出报销分段的费用', amount: b.uncovered, party: 'personal', figureKeys: ['segments'],
      detail: `超出最高一段上限的 ${formatYuan(b.uncovered)}不在报销分段内，由个人支付`,
    })
  }
  return lines
}
