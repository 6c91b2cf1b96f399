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
  // `test` is the root so that test/__mocks__/zustand.ts replaces the zustand package (node_modules mocks are looked up in a
  // `__mocks__` folder of a root); each project picks its tests with testMatch.
  roots: ['<rootDir>/test'],
  // Loads that mock before every test file and resets the Taro mock before every test.
  setupFilesAfterEnv: ['<rootDir>/test/setup-tests.ts'],
}
module.exports = {
  projects: [
    { ...shared, displayName: 'unit', testEnvironment: 'node', testMatch: ['<rootDir>/test/unit/**/*.test.ts?(x)'] },
    { ...shared, displayName: 'component', testEnvironment: 'jsdom', testMatch: ['<rootDir>/test/component/**/*.test.ts?(x)'] },
  ],
}
