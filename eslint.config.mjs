import tseslint from 'typescript-eslint'
import checkFile from 'eslint-plugin-check-file'

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', '.swc/**', 'coverage/**', '.scratch/**', 'test-results/**'] },
  ...tseslint.configs.recommended,
  {
    plugins: { 'check-file': checkFile },
    rules: {
      'check-file/filename-naming-convention': ['error', { 'src/**/*.{ts,tsx}': 'KEBAB_CASE', 'test/**/*.{ts,tsx}': 'KEBAB_CASE' }, { ignoreMiddleExtensions: true }],
      'check-file/folder-naming-convention': ['error', { 'src/**/': 'KEBAB_CASE' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // The domain is pure: no Taro, React, zustand, store or bundled data. Its tests run in plain Node.
    files: ['src/domain/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { group: ['@tarojs/*', 'react', 'react-*', 'react/*', 'zustand', 'zustand/*'], message: 'src/domain must stay free of Taro, React and zustand.' },
        { group: ['@/store/*', '@/pages/*', '@/components/*', '@/hooks/*', '@/package-*'], message: 'src/domain must not depend on the UI or the store.' },
        { group: ['@/data/*', '!@/data/*types'], message: 'src/domain takes data as arguments; import only types from @/data/*types.' },
        { group: ['*.json'], message: 'src/domain must not import JSON.' },
      ] }],
    },
  },
  {
    files: ['src/data/index.ts', 'src/**/*.tsx', 'src/pages/**', 'src/package-*/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ group: ['@/data/schema'], message: 'The validator stays out of the bundle: only tests and scripts import schema.ts.' }] }] },
  },
  {
    // Tests load fresh module copies with jest.isolateModules + require.
    files: ['test/**/*.{ts,tsx}'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['**/*.{js,mjs,cjs}'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
    languageOptions: { globals: { require: 'readonly', module: 'writable', process: 'readonly', console: 'readonly' } },
  },
)
