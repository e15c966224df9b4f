/**
 * bundle/core-lite.ts, what the bundle gets for `@actions/core`, does what @actions/core's entry
 * point does for every function src/ calls: the same stdout, the same command files, the same
 * exit code and environment, call for call.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, afterEach, describe, expect, it, jest } from '@jest/globals'
import * as core from '@actions/core'
import * as lite from '../bundle/core-lite.js'

const dir = mkdtempSync(path.join(os.tmpdir(), 'core-lite-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const saved = { ...process.env }
afterEach(() => {
  process.env = { ...saved }
  process.exitCode = undefined
  jest.restoreAllMocks()
})

type Api = typeof lite
type Files = 'none' | 'files'

/** What a call leaves for the runner: stdout, the command files, the exit code and one variable. */
function effects(api: Api, files: Files, call: (api: Api) => unknown) {
  const output = path.join(dir, `output-${Math.random()}`)
  const env = path.join(dir, `env-${Math.random()}`)
  process.env = { ...saved, 'INPUT_SECRET-STRING': ' a value \n', INPUT_EMPTY: '' }
  delete process.env.GITHUB_OUTPUT
  delete process.env.GITHUB_ENV
  if (files === 'files') {
    writeFileSync(output, '')
    writeFileSync(env, '')
    process.env.GITHUB_OUTPUT = output
    process.env.GITHUB_ENV = env
  }
  process.exitCode = undefined
  const stdout: string[] = []
  jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout.push(String(chunk))
    return true
  })
  let result: unknown
  try {
    result = call(api)
  } catch (error) {
    result = `threw ${String(error)}`
  }
  jest.restoreAllMocks()
  const read = (file: string) => (files === 'files' ? readFileSync(file, 'utf8') : '')
  // Multi-line values are framed by a random delimiter each time.
  const norm = (text: string) => text.replace(/ghadelimiter_[0-9a-f-]{36}/g, 'ghadelimiter_X')
  return {
    result,
    stdout: stdout.join(''),
    output: norm(read(output)),
    env: norm(read(env)),
    exitCode: process.exitCode,
    variable: process.env.DB_PASSWORD
  }
}

const CALLS: [string, (api: Api) => unknown][] = [
  ['getInput untrimmed', (api) => api.getInput('secret-string', { trimWhitespace: false })],
  ['getInput trimmed', (api) => api.getInput('secret-string')],
  ['getInput absent', (api) => api.getInput('description', { trimWhitespace: false })],
  ['getInput required and empty', (api) => api.getInput('empty', { required: true })],
  ['setSecret', (api) => api.setSecret('line-1\nline-2\r100%')],
  ['info', (api) => api.info('Updating secret app/db.')],
  ['warning', (api) => api.warning('Rotation: on, 100%')],
  ['warning with properties', (api) => api.warning('w', { title: 'T', file: 'a.ts', startLine: 3 })],
  ['warning of an Error', (api) => api.warning(new Error('boom'))],
  ['notice', (api) => api.notice('No value was given: 100%, a:b')],
  ['setFailed', (api) => api.setFailed('Input `region`: is not set.')],
  ['setOutput', (api) => api.setOutput('version-id', 'v-1\nv-2')],
  ['setOutput of an object', (api) => api.setOutput('results', { a: 1 })],
  ['exportVariable', (api) => api.exportVariable('DB_PASSWORD', 'p@ss"word')]
]

describe('bundle/core-lite.ts against @actions/core', () => {
  it.each(CALLS.flatMap(([name, call]) => (['none', 'files'] as const).map((files) => [name, files, call] as const)))(
    '%s (command files: %s)',
    (_name, files, call) => {
      const expected = effects(core as unknown as Api, files, call)
      expect(effects(lite, files, call)).toEqual(expected)
    }
  )
})
