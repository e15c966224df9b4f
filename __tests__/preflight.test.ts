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

/** A script as npm runs it (scripts/test.mjs for `npm test`), with `env` over this environment. */
function npmRun(env: Record<string, string>, args = ['scripts/test.mjs', '__tests__/version.test.ts']) {
  const r = spawnSync(process.execPath, args, {
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
    const { status, output } = npmRun({ PYTHON: missing })
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
    const { status, output } = npmRun({
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
    // A virtual environment, not the system's Python, where PEP 668 refuses pip (Debian 12, Ubuntu 23.04+).
    expect(output).toContain(
      `then npm test again: ${python} -m venv ${venv} && ${venvPython(venv)} -m pip install -r requirements-test.txt`
    )
    expect(output).not.toContain(`${python} -m pip install`)
    expect(output).not.toContain('Test Suites:')
    // A half-made environment would pass for a made one next time.
    expect(existsSync(venv)).toBe(false)
  })

  it('uses a .venv-test/ made by hand, as its message says, without making it again', () => {
    // A Python without moto, and an environment that imports moto and boto3 (through the system's
    // site-packages) but has no stamp of the preflight's own making.
    const dir = mkdtempSync(path.join(os.tmpdir(), 'preflight-'))
    const base = process.env.PYTHON ?? 'python3'
    const bare = path.join(dir, 'bare')
    const venv = path.join(dir, 'venv-test')
    expect(spawnSync(base, ['-m', 'venv', '--without-pip', bare]).status).toBe(0)
    expect(spawnSync(base, ['-m', 'venv', '--without-pip', '--system-site-packages', venv]).status).toBe(0)
    const { status, output } = npmRun({ PYTHON: venvPython(bare), PREFLIGHT_VENV: venv, PIP_NO_INDEX: '1' })
    expect(output).not.toContain('installing requirements-test.txt')
    expect(output).toContain(`(.venv-test): ${venvPython(venv)}`)
    expect(status).toBe(0)
  })
})

describe('npm run demo without Python', () => {
  it('says what to install and to run npm run demo again', () => {
    const missing = path.join(os.tmpdir(), 'no-such-dir', 'python3')
    const { status, output } = npmRun({ PYTHON: missing }, ['scripts/demo.mjs'])
    expect(status).toBe(1)
    expect(output).toContain('The demo cannot run on this machine yet; nothing was run.')
    expect(output).toContain('then npm run demo again')
    expect(output).not.toContain('npm test')
  })
})

describe('npm run test:unit', () => {
  it('runs unit tests where there is no Python', () => {
    const missing = path.join(os.tmpdir(), 'no-such-dir', 'python3')
    const { status, output } = npmRun({ PYTHON: missing }, ['scripts/test.mjs', '--unit', '__tests__/json.test.ts'])
    expect(output).not.toContain(HEADER)
    expect(output).toMatch(/Test Suites: +1 passed, 1 total/)
    expect(status).toBe(0)
  })
})
