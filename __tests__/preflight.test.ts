/**
 * `npm test` on a machine that lacks what the integration tests need: scripts/test.mjs stops
 * before jest with one message that says what it tried and what to run.
 */
import { describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { venvPython } from '../scripts/preflight.mjs'

const HEADER = 'The tests cannot run on this machine yet; nothing was run.'

/** scripts/test.mjs as `npm test` runs it, with `env` over this environment. */
function npmTest(env: Record<string, string>) {
  const r = spawnSync(process.execPath, ['scripts/test.mjs', '__tests__/version.test.ts'], {
    encoding: 'utf8',
    env: { ...process.env, ...env },
    timeout: 120000
  })
  return { status: r.status, output: `${r.stdout}${r.stderr}` }
}

const count = (text: string, part: string) => text.split(part).length - 1

describe('npm test without what the tests need', () => {
  it('stops before jest when there is no Python, naming what it tried and what to install', () => {
    const missing = path.join(os.tmpdir(), 'no-such-dir', 'python3')
    const { status, output } = npmTest({ PYTHON: missing })
    expect(status).toBe(1)
    expect(count(output, HEADER)).toBe(1)
    expect(output).toContain(`${missing}: not found`)
    expect(output).toContain('install Python 3.9 or newer')
    expect(output).not.toContain('Test Suites:')
  })

  it('stops before jest when moto is missing and no environment can be made, with the pip command to run', () => {
    // A Python without moto and boto3 (a bare virtual environment), and pip without any package
    // index, as on a machine without access to pypi.org.
    const dir = mkdtempSync(path.join(os.tmpdir(), 'preflight-'))
    const bare = path.join(dir, 'bare')
    const made = spawnSync(process.env.PYTHON ?? 'python3', ['-m', 'venv', '--without-pip', bare], { encoding: 'utf8' })
    expect(made.stderr).toBe('')
    const python = venvPython(bare)
    const venv = path.join(dir, 'venv-test')
    const { status, output } = npmTest({
      PYTHON: python,
      PREFLIGHT_VENV: venv,
      PIP_NO_INDEX: '1',
      PIP_FIND_LINKS: '',
      PIP_CONFIG_FILE: os.devNull
    })
    expect(status).toBe(1)
    expect(count(output, HEADER)).toBe(1)
    expect(output).toContain(`${python}: Python 3.`)
    expect(output).toContain("cannot import moto and boto3 (ModuleNotFoundError: No module named 'moto')")
    expect(output).toContain('pip install -r requirements-test.txt into .venv-test failed')
    expect(output).toContain(`${python} -m pip install -r requirements-test.txt`)
    expect(output).not.toContain('Test Suites:')
    // A half-made environment would pass for a made one next time.
    expect(existsSync(venv)).toBe(false)
  })
})
