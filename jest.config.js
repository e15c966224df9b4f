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
  // How long a worker has to exit once the run is over (jest's default: 500 ms). Every file closes
  // what it started in afterAll, but on a loaded machine (2 cores, load average 13) a worker with
  // nothing left open still took longer than 500 ms to exit, and jest force-exited it with a
  // warning about leaks. A leak still shows: a handle left open holds the worker past this too.
  workerGracefulExitTimeout: 5000,
  testTimeout: 60000,
  collectCoverageFrom: ['src/**/*.ts']
}
