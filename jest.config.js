/** Jest: `unit` runs pure TypeScript in Node; `component` renders React with Taro mocked, in jsdom. */
const swc = (tsx) => ['@swc/jest', { jsc: { target: 'es2022', parser: { syntax: 'typescript', tsx }, transform: { react: { runtime: 'automatic' } } } }]
const shared = {
  transform: { '^.+\\.tsx$': swc(true), '^.+\\.(ts|js|mjs)$': swc(false) },
  moduleNameMapper: {
    '^@tarojs/taro$': '<rootDir>/test/mocks/taro.ts',
    '^@tarojs/components$': '<rootDir>/test/mocks/components.tsx',
    '\\.(css|scss)$': '<rootDir>/test/mocks/style.ts',
    '^@/(.*)$': '<rootDir>/src/$1',
    '^@test/(.*)$': '<rootDir>/test/$1',
    '^@scripts/(.*)$': '<rootDir>/scripts/$1',
  },
  transformIgnorePatterns: ['/node_modules/(?!(@tarojs|zustand)/)'],
}
module.exports = {
  projects: [
    { ...shared, displayName: 'unit', testEnvironment: 'node', roots: ['<rootDir>/test/unit'] },
    {
      ...shared,
      displayName: 'component',
      testEnvironment: 'jsdom',
      roots: ['<rootDir>/test/component'],
      testMatch: ['<rootDir>/test/component/**/*.test.ts?(x)'],
    },
  ],
}
