import tseslint from 'typescript-eslint'
import checkFile from 'eslint-plugin-check-file'

/** zod and the dataset schema are for tests and scripts: nothing under src/ but src/data/schema/** may import them. */
const NO_SCHEMA = {
  group: ['zod', 'zod/**', '@/data/schema', '@/data/schema/**'],
  message: 'zod and @/data/schema stay out of the app bundle: only src/data/schema/**, tests and scripts import them.',
}

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
    // Later blocks that set no-restricted-imports replace this one for their files, so they repeat NO_SCHEMA.
    files: ['src/**'],
    ignores: ['src/data/schema/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [NO_SCHEMA] }] },
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
        NO_SCHEMA,
      ] }],
    },
  },
  {
    // The dataset and its types sit below the domain: from it they import only the vocabulary.
    files: ['src/data/**'],
    ignores: ['src/data/schema/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { group: ['@/domain/*', '!@/domain/vocab', '@/domain/*/**'], message: 'src/data may import only @/domain/vocab from the domain.' },
        { group: ['@/store/*', '@/pages/*', '@/components/*', '@/hooks/*', '@/lib/*', '@/package-*'], message: 'src/data must not depend on the UI or the store.' },
        NO_SCHEMA,
      ] }],
    },
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
