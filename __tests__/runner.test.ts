import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, jest } from '@jest/globals'
import { appendSummary, exportVariable, info, setFailed, setOutput, setSecret, warning } from '../src/runner.js'

// What the runner reads: the step's stdout, line by line, and the GITHUB_OUTPUT file.
let stdout: string[]
let dir: string
const savedOutput = process.env.GITHUB_OUTPUT
const savedEnv = process.env.GITHUB_ENV

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'runner-test-'))
})
afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})
beforeEach(() => {
  stdout = []
  jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout.push(String(chunk))
    return true
  })
  delete process.env.GITHUB_OUTPUT
  delete process.env.GITHUB_ENV
})
afterEach(() => {
  jest.restoreAllMocks()
  process.exitCode = undefined
  if (savedOutput === undefined) delete process.env.GITHUB_OUTPUT
  else process.env.GITHUB_OUTPUT = savedOutput
  delete process.env.GITHUB_STEP_SUMMARY
  if (savedEnv === undefined) delete process.env.GITHUB_ENV
  else process.env.GITHUB_ENV = savedEnv
})

describe('runner protocol', () => {
  it('registers a mask with one ::add-mask:: line, escaping line breaks and %', () => {
    setSecret('line-1\nline-2\r100%')
    expect(stdout).toEqual(['::add-mask::line-1%0Aline-2%0D100%25\n'])
  })

  it('logs info as plain text', () => {
    info('Updating secret app/db in us-east-1.')
    expect(stdout).toEqual(['Updating secret app/db in us-east-1.\n'])
  })

  it('issues a warning annotation', () => {
    warning('Rotation is enabled')
    expect(stdout).toEqual(['::warning::Rotation is enabled\n'])
  })

  it('fails with one ::error:: line and exit code 1', () => {
    setFailed('Input `region`: is not set.')
    expect(stdout).toEqual(['::error::Input `region`: is not set.\n'])
    expect(process.exitCode).toBe(1)
  })

  // Whatever a caller passes (an input, a description or an error message read from AWS), each
  // call prints exactly one line, and neither it nor the text in it is a command to the runner.
  it.each<[string, (text: string) => void, string]>([
    ['info', info, 'Did set description: "x\\n::error file=src/main.ts,line=1::FAKE".\n'],
    ['warning', warning, '::warning::Did set description: "x\\n::error file=src/main.ts,line=1::FAKE".\n'],
    ['setFailed', setFailed, '::error::Did set description: "x\\n::error file=src/main.ts,line=1::FAKE".\n']
  ])('%s prints text from outside as one inert line', (_name, print, expected) => {
    print('Did set description: "x\n::error file=src/main.ts,line=1::FAKE".')
    expect(stdout).toEqual([expected])
  })

  it.each([
    ['info', info],
    ['warning', warning],
    ['setFailed', setFailed]
  ])('%s breaks the ##[ marker and a leading ::', (_name, print) => {
    print('::stop-commands::TOKEN ##[warning]FAKE')
    const line = stdout.join('')
    expect(line).not.toContain('##[')
    expect(line).not.toMatch(/^(::(warning|error)::)?\s*::stop-commands/)
  })

  it('writes an output to the GITHUB_OUTPUT file with a random delimiter', async () => {
    const file = path.join(dir, 'output')
    await writeFile(file, '')
    process.env.GITHUB_OUTPUT = file
    setOutput('version-id', 'v-123')
    setOutput('changed', 'true')
    const text = await readFile(file, 'utf8')
    expect(text).toMatch(
      /^version-id<<(ghadelimiter_[0-9a-f-]{36})\nv-123\n\1\nchanged<<(ghadelimiter_[0-9a-f-]{36})\ntrue\n\2\n$/
    )
    expect(stdout).toEqual([])
  })

  it('falls back to ::set-output:: without a GITHUB_OUTPUT file', () => {
    setOutput('arn', 'arn:aws:secretsmanager:us-east-1:123456789012:secret:x')
    expect(stdout.join('')).toBe('\n::set-output name=arn::arn:aws:secretsmanager:us-east-1:123456789012:secret:x\n')
  })

  it('exports a variable for later steps through the GITHUB_ENV file, printing nothing', async () => {
    const file = path.join(dir, 'env')
    await writeFile(file, '')
    process.env.GITHUB_ENV = file
    expect(exportVariable('DB_PASSWORD', 'p@ss"word')).toBe(true)
    expect(await readFile(file, 'utf8')).toMatch(/^DB_PASSWORD<<(ghadelimiter_[0-9a-f-]{36})\np@ss"word\n\1\n$/)
    expect(stdout).toEqual([])
  })

  it('exports nothing, and prints nothing, without a GITHUB_ENV file', () => {
    expect(exportVariable('DB_PASSWORD', 'p@ssword')).toBe(false)
    expect(stdout).toEqual([])
  })

  it('appends to the job summary file, keeping what earlier steps wrote', async () => {
    const file = path.join(dir, 'summary.md')
    await writeFile(file, '# earlier step\n')
    process.env.GITHUB_STEP_SUMMARY = file
    appendSummary('### this step')
    appendSummary('| a | b |')
    expect(await readFile(file, 'utf8')).toBe('# earlier step\n### this step\n| a | b |\n')
  })

  it('writes no summary outside a runner (no GITHUB_STEP_SUMMARY)', async () => {
    delete process.env.GITHUB_STEP_SUMMARY
    expect(() => appendSummary('### nowhere')).not.toThrow()
    expect(stdout).toEqual([])
  })
})
