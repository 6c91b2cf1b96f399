const PROVENANCE_KEYS = ['document', 'checkedAt', 'reviewIntervalDays', 'confidence']

function isProvenance(x: Record<string, unknown>): boolean {
  return PROVENANCE_KEYS.every((k) => k in x)
}

/**
 * The dataset as the estimator and family pages need it: every figure and its source, without the long source
 * notes and the alternative readings (those stay on the policy pages). Keeps subpackages small.
 * @param raw the parsed regions.json
 * @returns a copy without `alternatives` anywhere and without `note` inside provenance records
 */
export function leanRegions(raw: unknown): unknown {
  if (Array.isArray(raw)) return raw.map(leanRegions)
  if (typeof raw !== 'object' || raw === null) return raw
  const obj = raw as Record<string, unknown>
  const prov = isProvenance(obj)
  const out: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(obj)) {
    if (k === 'alternatives' || (prov && k === 'note')) continue
    out[k] = leanRegions(v)
  }
  return out
}
