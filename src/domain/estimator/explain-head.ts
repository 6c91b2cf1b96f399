import type { Breakdown } from '@/domain/estimator/breakdown'
import type { EstimateLine, EstimateRequest } from '@/domain/estimator/types'
import type { RemoteCut } from '@/domain/estimator/remote'
import { formatYuan } from '@/domain/money'
import { formatPercent, percentNumber } from '@/domain/estimator/format-ratio'
import { filingLabels, locationLabels } from '@/domain/estimator/labels'

function where(cut: RemoteCut): string {
  return `${locationLabels[cut.location]}（${filingLabels[cut.filing]}）`
}

function remoteLine(b: Breakdown, cut: RemoteCut): EstimateLine {
  const figureKeys: EstimateLine['figureKeys'] = ['remote']
  if (cut.mode === 'pre-self-pay') {
    return {
      key: 'remote-pre-self-pay', label: '异地先行自付', amount: b.prePay, party: 'personal', figureKeys,
      detail: `${where(cut)}个人先行自付 ${formatPercent(cut.rate)}：${formatYuan(b.range)} × ${formatPercent(cut.rate)} = ${formatYuan(b.prePay)}，其余 ${formatYuan(b.base)}按参保地待遇报销`,
    }
  }
  const how = cut.rate === (cut.mode === 'points' ? 0 : 10000)
    ? '报销比例不降低'
    : cut.mode === 'points'
      ? `各段报销比例降低 ${percentNumber(cut.rate)} 个百分点（最低为 0）`
      : `各段报销比例按原比例的 ${formatPercent(cut.rate)} 计算`
  return { key: 'remote-adjust', label: '异地报销比例调整', amount: 0, party: 'info', figureKeys, detail: `${where(cut)}，${how}` }
}

/**
 * Lines for steps 1–2: the policy range, 全自费, 乙类先行自付 and the 异地 adjustment.
 * @param req the request
 * @param b its breakdown
 */
export function explainHead(req: EstimateRequest, b: Breakdown): EstimateLine[] {
  const lines: EstimateLine[] = [{
    key: 'policy-range', label: '政策范围内费用', amount: b.range, party: 'info',
    detail: `总费用 ${formatYuan(req.total)}，扣除全自费 ${formatYuan(req.selfPay)}和乙类先行自付 ${formatYuan(b.preB)}后，政策范围内费用为 ${formatYuan(b.range)}`,
  }]
  if (req.selfPay > 0) {
    lines.push({
      key: 'self-pay', label: '全自费', amount: req.selfPay, party: 'personal',
      detail: `全自费费用 ${formatYuan(req.selfPay)}不在医保支付范围内，由个人支付`,
    })
  }
  if (req.classB > 0) {
    const ratio = formatPercent(req.plan.classBSelfPayRatio)
    lines.push({
      key: 'class-b', label: '乙类先行自付', amount: b.preB, party: 'personal', figureKeys: ['classBSelfPayRatio'],
      detail: `乙类费用 ${formatYuan(req.classB)}按 ${ratio} 先行自付 ${formatYuan(b.preB)}，由个人支付`,
    })
  }
  if (b.cut !== null) lines.push(remoteLine(b, b.cut))
  return lines
}
