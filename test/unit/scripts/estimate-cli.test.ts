import { spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const root = join(__dirname, '..', '..', '..')
const run = (args: string[], input?: string) =>
  spawnSync(join(root, 'node_modules/.bin/tsx'), ['scripts/estimate.ts', ...args], { cwd: root, input, encoding: 'utf8', timeout: 30000 })

describe('scripts/estimate.ts', () => {
  it('prints the estimate of a valid file as JSON', () => {
    const dir = mkdtempSync(join(tmpdir(), 'estimate-cli-'))
    const file = join(dir, 'input.json')
    writeFileSync(file, JSON.stringify({
      location: 'national', filing: 'none', total: '50000', selfPay: 0, classB: 0,
      policy: {
        deductible: 800, deductibleMode: 'per-admission', segments: [{ upTo: null, ratio: 0.85 }], annualCap: null,
        classBSelfPayRatio: 0, remote: { mode: 'pre-self-pay', referral: 0.1, emergency: 0.1, temporary: 0.2, none: 0.2 },
      },
    }))
    const r = run([file])
    expect(r.stderr).toBe('')
    expect(r.status).toBe(0)
    const out = JSON.parse(r.stdout)
    expect(out).toMatchObject({ fund: '33320.00', critical: '0.00', personal: '16680.00', effectiveRatio: 0.6664 })
    expect(out.lines).toContainEqual({ label: '异地先行自付', amount: '10000.00', party: 'personal', detail: expect.stringContaining('先行自付 20%') })
  }, 30000)

  it('exits 2 with one line naming the field on bad input from stdin', () => {
    const r = run(['-'], JSON.stringify({ location: 'local', total: 100, selfPay: 200, policy: { deductible: 0, deductibleMode: 'annual', segments: [{ ratio: 0.9 }], annualCap: null, classBSelfPayRatio: 0 } }))
    expect(r.status).toBe(2)
    expect(r.stdout).toBe('')
    expect(r.stderr).toBe('selfPay: 全自费金额不能大于总费用\n')
  }, 30000)
})
