/** Jest runs unit, component, contract and reliability suites. e2e and bench have their own runners. */
const swc = ['@swc/jest', { jsc: { parser: { syntax: 'typescript', tsx: true }, transform: { react: { runtime: 'automatic' } }, target: 'es2020' }, module: { type: 'commonjs' } }];

module.exports = {
  testEnvironment: 'node',
  transform: { '^.+\\.(t|j)sx?$': swc },
  roots: ['<rootDir>/test'],
  testMatch: ['**/test/{unit,component,contract,reliability}/**/*.test.ts?(x)'],
  moduleNameMapper: {
    '^@/(.*)$': '<rootDir>/client/$1',
    '^@contract/(.*)$': '<rootDir>/cloudfunctions/contract/$1',
  },
  testTimeout: 30000,
};
