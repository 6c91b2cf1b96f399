import dayjs from 'dayjs'
import { VERIFIED_CONFIDENCES, type Provenance } from '@/domain/vocab'

export interface ProvenanceMark {
  tone: 'ok' | 'warn' | 'stale'
  /** 已核实 / 待核实 / 可能已过期 */
  label: string
  /** One sentence for the user */
  explanation: string
}

/**
 * How a figure is marked to the user: verified only when read in an official text; overdue when past review.
 * @param p the figure's provenance
 * @param today ISO date
 */
export function provenanceMark(p: Provenance, today: string): ProvenanceMark {
  const due = dayjs(p.checkedAt).add(p.reviewIntervalDays, 'day')
  if (dayjs(today).isAfter(due, 'day')) {
    return { tone: 'stale', label: '可能已过期', explanation: `已超过复核期（应于 ${due.format('YYYY-MM-DD')} 前复核），政策可能已调整。` }
  }
  if (VERIFIED_CONFIDENCES.includes(p.confidence)) {
    return { tone: 'ok', label: '已核实', explanation: '已与官方文件或官方页面核对。' }
  }
  return { tone: 'warn', label: '待核实', explanation: '来自第三方汇编或尚未与官方原文核对，仅供参考。' }
}
