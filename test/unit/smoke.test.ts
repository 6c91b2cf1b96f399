import type { Fen } from '@/domain/types'
test('toolchain runs TypeScript with the @/ alias', () => {
  const a: Fen = 100
  expect(a + 1).toBe(101)
})
