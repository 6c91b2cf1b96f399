import type { Fen } from '@/domain/vocab'
test('toolchain runs TypeScript with the @/ alias', () => {
  const a: Fen = 100
  expect(a + 1).toBe(101)
})
