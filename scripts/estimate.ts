/**
 * CLI: price one bill. `npm run --silent estimate -- FILE` (or `-` for stdin) reads one JSON input
 * and prints one JSON result; bad input exits 2 with one `field: message` line on stderr.
 */
import { readFileSync } from 'node:fs'
import type { Checked } from '@/domain/errors'
import { messages } from '@/domain/errors'
import type { EstimateInputs, Plan } from '@/domain/estimator/types'
import { parseCliText } from '@scripts/estimate-cli/parse-input'
import { toRequest } from '@/domain/estimator/request'
import { validateRequest } from '@/domain/estimator/validate'
import { estimate } from '@/domain/estimator/estimate'
import { toCliOutput } from '@scripts/estimate-cli/output'
import { planUnavailableReason, resolvePlan } from '@/domain/policy/plan'
import type { RegionPolicy } from '@/data/types'

/**
 * The dataset plan for the input's region. Isolated on purpose: src/data/index.ts (`findRegion`) is
 * loaded lazily through a specifier in a variable, so this script runs with a custom `policy`
 * before that module exists.
 * @param inputs parsed inputs with a region
 */
async function planFromRegion(inputs: EstimateInputs): Promise<Checked<Plan>> {
  const dataPath = '@/data/index'
  let findRegion: (id: string) => RegionPolicy | undefined
  try {
    findRegion = (await import(dataPath)).findRegion
  } catch {
    return { ok: false, error: { field: 'region', message: '内置政策数据暂不可用，请用 policy 填写自定义参数' } }
  }
  const region = inputs.region === null ? undefined : findRegion(inputs.region)
  if (region === undefined) return { ok: false, error: { field: 'region', message: messages.regionUnknown } }
  const { scheme, status, visit, level, admission, location, filing } = inputs
  const reason = planUnavailableReason(region, { scheme, status, visit, level, admission, location, filing })
  if (reason !== null) return { ok: false, error: { field: 'visit', message: reason } }
  return { ok: true, value: resolvePlan(region, { scheme, status, visit, level, admission, location, filing }).plan }
}

function readInput(arg: string): string {
  return readFileSync(arg === '-' ? 0 : arg, 'utf8')
}

async function main(args: string[]): Promise<number> {
  const bad = (field: string, message: string) => {
    process.stderr.write(`${field.replace(/\s+/g, ' ')}: ${message.replace(/\s+/g, ' ')}\n`)
    return 2
  }
  if (args.length !== 1) return bad('usage', '用法：npm run --silent estimate -- FILE（FILE 为 - 时读标准输入）')
  let text: string
  try {
    text = readInput(args[0])
  } catch (e) {
    return bad('input', `无法读取 ${args[0]}（${(e as NodeJS.ErrnoException).code ?? '读取失败'}）`)
  }
  const parsed = parseCliText(text)
  if (!parsed.ok) return bad(parsed.error.field, parsed.error.message)
  const inputs = parsed.value
  const plan = inputs.policy !== null ? { ok: true as const, value: inputs.policy } : await planFromRegion(inputs)
  if (!plan.ok) return bad(plan.error.field, plan.error.message)
  const request = toRequest(inputs, plan.value)
  const errors = validateRequest(request, inputs.policy !== null ? 'policy' : 'plan')
  if (errors.length > 0) return bad(errors[0].field, errors[0].message)
  process.stdout.write(`${JSON.stringify(toCliOutput(estimate(request)), null, 2)}\n`)
  return 0
}

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code },
  (e: unknown) => {
    process.stderr.write(`error: ${String(e instanceof Error ? e.message : e).replace(/\s+/g, ' ')}\n`)
    process.exitCode = 1
  },
)
