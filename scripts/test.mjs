/**
 * `npm test`: checks what the suite needs (scripts/preflight.mjs) and stops with one message when
 * something is missing; otherwise runs jest on Node 24 (whichever Node runs this script: `node
 * scripts/test.mjs` on an older system Node runs jest on the Node 24 that npm ci installs, as
 * `npm test` does) with ES modules enabled (--experimental-vm-modules, through NODE_OPTIONS so
 * that jest's workers get it too) and PYTHON set to the Python that imports moto and boto3.
 * Arguments go to jest: `npm test -- __tests__/json.test.ts`.
 *
 * `npm run test:unit` (`--unit` first) runs every test that needs no Python: not the integration
 * tests (moto, boto3), nor the preflight's own (they make virtual environments), nor the few unit
 * tests that hold a connection with a Python listener (itWithPython).
 * A Node script, not a shell line, so that it runs the same on Windows.
 */
import { spawn } from 'node:child_process'
import { createRequire } from 'node:module'
import { preflight, report } from './preflight.mjs'

/** The tests that need Python, as jest's testPathIgnorePatterns (regular expressions on the path). */
const NEEDS_PYTHON = ['/__tests__/integration/', '/__tests__/preflight\\.test\\.ts$']

const unit = process.argv[2] === '--unit'
const args = process.argv.slice(unit ? 3 : 2)

const checked = preflight({ unit })
if (checked.problems.length > 0) {
  console.error(report(checked.problems, unit ? 'The unit tests' : 'The tests'))
  process.exit(1)
}
if (!unit) {
  console.error(
    `npm test: Python ${checked.pythonVersion} for moto and boto3 (${checked.pythonVia}): ${checked.python}`
  )
}

const jest = createRequire(import.meta.url).resolve('jest/bin/jest')
// Last on the command line: an array option takes the file patterns after it as its values. It
// replaces jest.config.js's testPathIgnorePatterns, whose default is node_modules.
const ignore = unit ? ['/node_modules/', ...NEEDS_PYTHON].map((pattern) => `--testPathIgnorePatterns=${pattern}`) : []
const env = {
  ...process.env,
  // A few unit tests start a Python listener (__tests__/support/faults.ts: itWithPython).
  ...(unit ? { TESTS_WITHOUT_PYTHON: '1' } : { PYTHON: checked.python }),
  NODE_OPTIONS: [process.env.NODE_OPTIONS, '--experimental-vm-modules'].filter(Boolean).join(' ')
}
const child = spawn(checked.node, [jest, ...args, ...ignore], { stdio: 'inherit', env })
child.on('exit', (code, signal) => {
  if (signal) process.kill(process.pid, signal)
  else process.exit(code ?? 1)
})
