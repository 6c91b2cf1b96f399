// Proves the ESLint rules that guard our layering actually fire (run by `npm test` with node:test).
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { ESLint } from 'eslint'

const eslint = new ESLint()
async function ruleIds(filePath, code) {
  const [result] = await eslint.lintText(code, { filePath })
  return result.messages.map((m) => m.ruleId)
}

test('src/domain may not import Taro, React, zustand, the store or bundled JSON', async () => {
  for (const line of [
    "import Taro from '@tarojs/taro'",
    "import { useState } from 'react'",
    "import { create } from 'zustand'",
    "import { useProfileStore } from '@/store/profile-store'",
    "import { regions } from '@/data/index'",
    "import raw from '@/data/regions.json'",
  ]) {
    const ids = await ruleIds('src/domain/example.ts', `${line}\nexport const x = 1\n`)
    assert.ok(ids.includes('no-restricted-imports'), `expected ${line} to be rejected in src/domain`)
  }
})

test('src/domain may import types of the dataset and other domain modules', async () => {
  const ids = await ruleIds('src/domain/example.ts', "import type { RegionPolicy } from '@/data/types'\nimport { formatYuan } from '@/domain/money/format'\nexport const f = (r: RegionPolicy) => formatYuan(r.id.length)\n")
  assert.deepEqual(ids, [])
})

test('pages may not import the dataset validator', async () => {
  const ids = await ruleIds('src/package-policy/pages/index/index.tsx', "import { validateDataset } from '@/data/schema'\nexport default function P() { return validateDataset(1) }\n")
  assert.ok(ids.includes('no-restricted-imports'))
})

test('nothing under src/ but src/data/schema may import zod or the dataset schema', async () => {
  const lines = [
    "import { z } from 'zod'",
    "import { z } from 'zod/v4/core'",
    "import { validateDataset } from '@/data/schema'",
    "import { provenance } from '@/data/schema/provenance'",
  ]
  const files = ['src/package-policy/pages/index/index.tsx', 'src/pages/estimate/index.tsx', 'src/components/example.ts', 'src/store/example.ts', 'src/lib/example.ts', 'src/data/index.ts', 'src/domain/policy/example.ts', 'src/app.ts']
  for (const file of files) {
    for (const line of lines) {
      const [result] = await eslint.lintText(`${line}\nexport const x = 1\n`, { filePath: file })
      const fired = result.messages.some((m) => m.ruleId === 'no-restricted-imports' && m.message.includes('stay out of the app bundle'))
      assert.ok(fired, `expected ${line} to be rejected in ${file}`)
    }
  }
})

test('src/data/schema may import zod, vocab and its own modules', async () => {
  const code = "import { z } from 'zod'\nimport { CONFIDENCES } from '@/domain/vocab'\nimport { schemaMessages } from '@/data/schema/messages'\nexport const s = z.enum(CONFIDENCES, schemaMessages.confidence)\n"
  assert.deepEqual(await ruleIds('src/data/schema/example.ts', code), [])
})

test('file names are kebab-case', async () => {
  const ids = await ruleIds('src/components/MoneyText.tsx', 'export const x = 1\n')
  assert.ok(ids.includes('check-file/filename-naming-convention'))
})

test('src/data may import only the vocabulary from the domain', async () => {
  for (const line of ["import { formatYuan } from '@/domain/money/format'", "import { resolvePlan } from '@/domain/policy/plan'", "import { useProfileStore } from '@/store/profile-store'"]) {
    const ids = await ruleIds('src/data/example.ts', `${line}\nexport const x = 1\n`)
    assert.ok(ids.includes('no-restricted-imports'), `expected ${line} to be rejected in src/data`)
  }
  assert.deepEqual(await ruleIds('src/data/example.ts', "import type { Fen } from '@/domain/vocab'\nexport const f = (x: Fen) => x\n"), [])
})
