// ESM all the way: @actions/core 3 and @actions/github 9 ship only ESM, so tests run under
// --experimental-vm-modules and mock with jest.unstable_mockModule.
/** @type {import('jest').Config} */
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: '__tests__/tsconfig.json' }]
  },
  testMatch: ['**/__tests__/**/*.test.ts'],
  // npm test's own Python environment (scripts/preflight.mjs) holds JavaScript of Python packages.
  modulePathIgnorePatterns: ['<rootDir>/.venv-test/'],
  setupFilesAfterEnv: ['aws-sdk-client-mock-jest'],
  maxWorkers: 2,
  testTimeout: 60000,
  collectCoverageFrom: ['src/**/*.ts']
}
