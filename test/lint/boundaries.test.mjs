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

test('file names are kebab-case', async () => {
  const ids = await ruleIds('src/components/MoneyText.tsx', 'export const x = 1\n')
  assert.ok(ids.includes('check-file/filename-naming-convention'))
})
