import type { Breakdown } from '@/domain/estimator/breakdown'
import type { EstimateLine, EstimateRequest } from '@/domain/estimator/types'
import type { RemoteCut } from '@/domain/estimator/remote'
import { formatYuan } from '@/domain/money/format'
import { FILING_RULE_LABELS, LOCATION_RULE_LABELS } from '@/domain/vocab'
import { figureKeys } from '@/domain/estimator/figure-keys'
import { formatPercent, percentNumber } from '@/domain/money/percent'

function where(cut: RemoteCut): string {
  return `${LOCATION_RULE_LABELS[cut.location]}（${FILING_RULE_LABELS[cut.filing]}）`
}

function remoteLine(b: Breakdown, cut: RemoteCut): EstimateLine {
  if (cut.mode === 'pre-self-pay') {
    const a = formatPercent(cut.rate)
    return {
      key: 'remote-pre-self-pay', label: '异地先行自付', amount: b.prePay, party: 'personal', figureKeys: figureKeys.remote,
      detail: `${where(cut)}个人先行自付 ${a}：${formatYuan(b.range)} × ${a} = ${formatYuan(b.prePay)}，其余 ${formatYuan(b.base)}按参保地待遇报销`,
    }
  }
  const how = cut.rate === (cut.mode === 'points' ? 0 : 10000)
    ? '报销比例不降低'
    : cut.mode === 'points'
      ? `各段报销比例降低 ${percentNumber(cut.rate)} 个百分点（最低为 0）`
      : `各段报销比例按原比例的 ${formatPercent(cut.rate)} 计算`
  return { key: 'remote-adjust', label: '异地报销比例调整', amount: 0, party: 'info', figureKeys: figureKeys.remote, detail: `${where(cut)}，${how}` }
}

function rangeDetail(req: EstimateRequest, b: Breakdown): string {
  const total = formatYuan(req.total)
  if (req.selfPay === 0 && b.preB === 0) return `总费用 ${total}均为政策范围内费用`
  const self = req.selfPay > 0 ? `全自费 ${formatYuan(req.selfPay)}` : ''
  const classB = b.preB > 0 ? `乙类先行自付 ${formatYuan(b.preB)}` : ''
  return `总费用 ${total}扣除${self}${self && classB ? '和' : ''}${classB}后，政策范围内费用为 ${formatYuan(b.range)}`
}

/**
 * Lines for steps 1–2: the policy range, 全自费, 乙类先行自付 and the 异地 adjustment.
 * @param req the request
 * @param b its breakdown
 * @param lines where the lines are appended
 */
export function explainHead(req: EstimateRequest, b: Breakdown, lines: EstimateLine[]): void {
  lines.push({ key: 'policy-range', label: '政策范围内费用', amount: b.range, party: 'info', detail: rangeDetail(req, b) })
  if (req.selfPay > 0) {
    lines.push({
      key: 'self-pay', label: '全自费', amount: req.selfPay, party: 'personal',
      detail: `全自费费用 ${formatYuan(req.selfPay)}不在医保支付范围内，由个人支付`,
    })
  }
  if (req.classB > 0) {
    lines.push({
      key: 'class-b', label: '乙类先行自付', amount: b.preB, party: 'personal', figureKeys: figureKeys.classB,
      detail: `乙类费用 ${formatYuan(req.classB)}按 ${formatPercent(req.plan.classBSelfPayRatio)} 先行自付 ${formatYuan(b.preB)}，由个人支付`,
    })
  }
  if (b.cut !== null) lines.push(remoteLine(b, b.cut))
}
