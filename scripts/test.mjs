/**
 * `npm test`: checks what the suite needs (scripts/preflight.mjs) and stops with one message when
 * something is missing; otherwise runs jest with ES modules enabled (--experimental-vm-modules,
 * through NODE_OPTIONS so that jest's workers get it too) and PYTHON set to the Python that
 * imports moto and boto3. Arguments go to jest: `npm test -- __tests__/json.test.ts`.
 * A Node script, not a shell line, so that it runs the same on Windows.
 */
import { spawn } from 'node:child_process'
import { createRequire } from 'node:module'
import { preflight, report } from './preflight.mjs'

const checked = preflight()
if (checked.problems.length > 0) {
  console.error(report(checked.problems))
  process.exit(1)
}
console.error(`npm test: Python ${checked.pythonVersion} for moto and boto3 (${checked.pythonVia}): ${checked.python}`)

const jest = createRequire(import.meta.url).resolve('jest/bin/jest')
const env = {
  ...process.env,
  PYTHON: checked.python,
  NODE_OPTIONS: [process.env.NODE_OPTIONS, '--experimental-vm-modules'].filter(Boolean).join(' ')
}
const child = spawn(process.execPath, [jest, ...process.argv.slice(2)], { stdio: 'inherit', env })
child.on('exit', (code, signal) => {
  if (signal) process.kill(process.pid, signal)
  else process.exit(code ?? 1)
})
