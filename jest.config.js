/** Jest: `unit` runs pure TypeScript in Node; `component` renders React with Taro mocked, in jsdom. */
const swc = ['@swc/jest', { jsc: { parser: { syntax: 'typescript', tsx: true }, transform: { react: { runtime: 'automatic' } } } }]
const shared = {
  transform: { '^.+\\.(t|j)sx?$': swc },
  moduleNameMapper: { '^@/(.*)$': '<rootDir>/src/$1' },
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
      moduleNameMapper: {
        '^@tarojs/taro$': '<rootDir>/test/mocks/taro.ts',
        '^@tarojs/components$': '<rootDir>/test/mocks/components.tsx',
        '\\.(css|scss)$': '<rootDir>/test/mocks/style.ts',
        '^@/(.*)$': '<rootDir>/src/$1',
      },
      transformIgnorePatterns: ['/node_modules/(?!(@tarojs|zustand)/)'],
    },
  ],
}
