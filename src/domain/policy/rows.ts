import type { Provenance } from '@/domain/vocab'
import type { Alternative, Sourced } from '@/data/types'
import { provenancesAt, uniqueProvenances } from '@/domain/policy/review'
import { alternativeValueText, describeFigure, PROVINCE_NAMES } from '@/domain/policy/rows-format'

/** Another source's reading of a figure shown in a row, with why it was not chosen. */
export interface AlternativeView {
  /** Which figure, in plain words, e.g. 二级医院报销比例 */
  figure: string
  /** The other source's value as text, e.g. 78% */
  value: string
  /** Why the shown value was chosen */
  reason: string
  provenance: Provenance
  /** Chinese scope when the other value is a local rule, e.g. 仅江苏 */
  scope?: string
}

/** One line of a policy page: a parameter in plain words, its sources and disagreeing sources. */
export interface PolicyRow {
  /** ASCII id, unique within its section */
  id: string
  /** `figure`: our wording of dataset figures, parts separated by "；"; `statement`: a sentence from the dataset */
  kind: 'figure' | 'statement'
  label: string
  value: string
  /** Longer explanation under the value */
  detail?: string
  /** Bullet items (materials) */
  list?: readonly string[]
  /** Every source covering the figures of the row; the first is the main one. Never empty. */
  sources: readonly Provenance[]
  alternatives: readonly AlternativeView[]
}

/** A titled run of rows inside a section (e.g. 省内异地就医). */
export interface PolicyGroup {
  id: string
  title?: string
  note?: string
  rows: readonly PolicyRow[]
}

/** One section of a policy page (职工医保住院, 异地就医…). */
export interface PolicySection {
  /** ASCII id: anchor and test hook */
  id: string
  title: string
  groups: readonly PolicyGroup[]
}

/**
 * Every source covering the figures under some paths of a block, main source first, without repeats.
 * @param block the sourced block
 * @param paths dotted paths relative to the block
 */
export function sourcesOf(block: Sourced, paths: readonly string[]): Provenance[] {
  return uniqueProvenances(paths.flatMap((p) => provenancesAt(block, p)))
}

/**
 * Whether an alternative's path is one of the paths or below one of them.
 * @param altPath the alternative's dotted path
 * @param paths the row's paths
 */
export function pathCovered(altPath: string, paths: readonly string[]): boolean {
  return paths.some((p) => altPath === p || altPath.startsWith(`${p}.`) || altPath.startsWith(`${p}[`))
}

/**
 * The block's disagreeing sources for the figures under some paths, as display rows.
 * @param block the sourced block
 * @param paths the row's dotted paths
 * @param regionNames Chinese names of province ids, for alternatives that only apply to one province
 *   (default: the provinces of China)
 */
export function alternativesOf(
  block: Sourced,
  paths: readonly string[],
  regionNames: Readonly<Record<string, string>> = PROVINCE_NAMES,
): AlternativeView[] {
  return (block.alternatives ?? []).filter((a) => pathCovered(a.path, paths)).map((a) => alternativeView(block, a, regionNames))
}

function alternativeView(block: Sourced, a: Alternative, regionNames: Readonly<Record<string, string>>): AlternativeView {
  const view: AlternativeView = {
    figure: describeFigure(a.path, block),
    value: alternativeValueText(a.path, a.value),
    reason: a.reason,
    provenance: a.provenance,
  }
  return a.appliesTo ? { ...view, scope: `仅${regionNames[a.appliesTo] ?? '部分地区'}` } : view
}

/**
 * A row of a sourced block: its sources and alternatives come from the given paths.
 * @param block the sourced block
 * @param paths dotted paths of the figures the row shows
 * @param row id, label, value and optional detail / list
 */
export function blockRow(
  block: Sourced,
  paths: readonly string[],
  row: Omit<PolicyRow, 'sources' | 'alternatives' | 'kind'>,
): PolicyRow {
  return { kind: 'figure', ...row, sources: sourcesOf(block, paths), alternatives: alternativesOf(block, paths) }
}

/** A statement with its own single source (the dataset's RuleItem and friends). */
export interface SourcedStatement {
  id: string
  title: string
  text?: string
  materials?: readonly string[]
  provenance: Provenance
}

/**
 * A row for a statement that carries its own source.
 * @param item the statement
 * @param detail optional extra text under it
 */
export function statementRow(item: SourcedStatement, detail?: string): PolicyRow {
  const row: PolicyRow = {
    id: item.id,
    kind: 'statement',
    label: item.title,
    value: item.text ?? '',
    sources: [item.provenance],
    alternatives: [],
  }
  const withList = item.materials && item.materials.length > 0 ? { ...row, list: item.materials } : row
  return detail ? { ...withList, detail } : withList
}
