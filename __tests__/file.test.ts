/**
 * Reading the small files the inputs name (value-from-file, ca-bundle): one descriptor, opened so
 * that a FIFO or a device cannot block or flood the step, checked and read through that
 * descriptor so that a path swapped in between cannot be read unchecked.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import * as fs from 'node:fs'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { afterAll, afterEach, beforeAll, describe, expect, it, jest } from '@jest/globals'
import { inputErrorOf } from './support/errors.js'

// The check the old code made by path: here it always sees a regular file, as it would when a
// FIFO is renamed into place after the check. A reader that checks by path then reads a FIFO.
const realFs = { ...fs }
const statByPath = jest.fn(fs.statSync)
jest.unstable_mockModule('node:fs', () => ({ ...realFs, default: realFs, statSync: statByPath }))
const { readSmallFile } = await import('../src/file.js')
const { loadValue } = await import('../src/value.js')
const { InputError } = await import('../src/errors.js')
const { fileSource } = await import('../__fixtures__/value-file.js')
import type { FileRoot } from '../src/types.js'

let dir: string
const writers: ChildProcess[] = []
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'file-test-'))
})
afterEach(() => {
  for (const writer of writers.splice(0)) writer.kill('SIGKILL')
  statByPath.mockImplementation(fs.statSync)
})
afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

function fifo(name: string): string {
  const file = path.join(dir, name)
  const made = spawnSync('mkfifo', [file])
  if (made.status !== 0) throw new Error(`mkfifo failed: ${made.stderr.toString()}`)
  return file
}

/** A writer that opens the FIFO after `ms` and writes `text`: without it a blocked reader would hang the suite. */
function lateWriter(file: string, ms: number, text: string): void {
  writers.push(spawn('sh', ['-c', `sleep ${ms / 1000}; printf '%s' "$0" > "$1"`, text, file], { stdio: 'ignore' }))
}

const posixOnly = process.platform === 'win32' ? it.skip : it

describe('readSmallFile', () => {
  it('reads a regular file byte for byte', async () => {
    const file = path.join(dir, 'plain')
    await writeFile(file, Buffer.from([0, 1, 2, 255]))
    expect(readSmallFile(file, { input: 'value-from-file', maxBytes: 10 })).toEqual(Buffer.from([0, 1, 2, 255]))
  })

  posixOnly('rejects a FIFO with no writer at once, instead of blocking on open', () => {
    const file = fifo('no-writer')
    lateWriter(file, 3000, 'late')
    const started = Date.now()
    const error = inputErrorOf(() => readSmallFile(file, { input: 'value-from-file', maxBytes: 10 }))
    expect(Date.now() - started).toBeLessThan(1000)
    expect(error.input).toBe('value-from-file')
    expect(error.message).toContain(file)
    expect(error.message).toMatch(/not a regular file/)
  })

  posixOnly(
    'checks the file it reads, not the path: a FIFO renamed into place after a check by path is refused',
    () => {
      const file = fifo('swapped-in')
      // What a check by path would have seen before the swap: a small regular file.
      const regular = path.join(dir, 'before-the-swap')
      fs.writeFileSync(regular, 'x')
      statByPath.mockImplementation(((p: fs.PathLike, o?: fs.StatSyncOptions) =>
        fs.statSync(p === file ? regular : p, o)) as typeof fs.statSync)
      lateWriter(file, 3000, 'late')
      const started = Date.now()
      const error = inputErrorOf(() => readSmallFile(file, { input: 'value-from-file', maxBytes: 10 }))
      expect(Date.now() - started).toBeLessThan(1000)
      expect(error.message).toMatch(/not a regular file/)
    }
  )

  posixOnly('rejects a character device (/dev/zero) without reading it', () => {
    const error = inputErrorOf(() => readSmallFile('/dev/zero', { input: 'ca-bundle', maxBytes: 1 << 20 }))
    expect(error.input).toBe('ca-bundle')
    expect(error.message).toMatch(/not a regular file/)
  })

  posixOnly('value-from-file: a FIFO renamed into place after a check by path is refused, not read', async () => {
    const file = fifo('value-swapped-in')
    const regular = path.join(dir, 'value-before-the-swap')
    fs.writeFileSync(regular, 'x')
    statByPath.mockImplementation(((p: fs.PathLike, o?: fs.StatSyncOptions) =>
      fs.statSync(p === file ? regular : p, o)) as typeof fs.statSync)
    lateWriter(file, 3000, 'late')
    const started = Date.now()
    const error = await loadValue(fileSource(file)).then(
      () => undefined,
      (e: unknown) => e
    )
    expect(Date.now() - started).toBeLessThan(1000)
    expect(error).toBeInstanceOf(InputError)
    expect((error as Error).message).toMatch(/value-from-file.*not a regular file/)
  })

  it('rejects a file over the size limit, naming the limit', async () => {
    const file = path.join(dir, 'big')
    await writeFile(file, Buffer.alloc(11))
    const error = inputErrorOf(() => readSmallFile(file, { input: 'ca-bundle', maxBytes: 10 }))
    expect(error.input).toBe('ca-bundle')
    expect(error.message).toMatch(/11 bytes.*at most 10/)
  })

  it('names where the path came from', () => {
    const error = inputErrorOf(() =>
      readSmallFile(path.join(dir, 'none'), { input: 'ca-bundle', maxBytes: 10, origin: 'AWS_CA_BUNDLE' })
    )
    expect(error.message).toContain('taken from AWS_CA_BUNDLE')
    expect(error.message).toContain('ENOENT')
  })
})

describe('readSmallFile: a value file stays in its root, symbolic links followed', () => {
  /** `root/` (the workspace), `root/_temp` (RUNNER_TEMP inside it), `away/` beside it. */
  let base: string
  let workspace: string
  let temp: string
  let away: string
  beforeAll(async () => {
    base = await mkdtemp(path.join(tmpdir(), 'file-root-test-'))
    workspace = path.join(base, 'root')
    temp = path.join(workspace, '_temp')
    away = path.join(base, 'away')
    for (const d of [workspace, temp, away]) fs.mkdirSync(d, { recursive: true })
    fs.writeFileSync(path.join(workspace, 'inside.txt'), 'inside')
    fs.writeFileSync(path.join(away, 'outside.txt'), 'outside')
    fs.writeFileSync(path.join(temp, 'credentials'), 'credentials')
  })
  afterAll(async () => {
    await rm(base, { recursive: true, force: true })
  })

  const root = (): FileRoot => ({ name: 'workspace', dir: workspace, excluded: temp, platform: process.platform })
  const readLink = (name: string, target: string, r: FileRoot = root()): Buffer => {
    const file = path.join(workspace, name)
    fs.symlinkSync(target, file)
    return readSmallFile(file, { input: 'value-from-file', maxBytes: 100, root: r })
  }

  it('reads a link that stays inside the root', () => {
    expect(readLink('to-inside', 'inside.txt').toString()).toBe('inside')
  })

  it('refuses a link to a file outside the root, naming where it leads', () => {
    const error = inputErrorOf(() => readLink('to-outside', path.join(away, 'outside.txt')))
    expect(error.input).toBe('value-from-file')
    expect(error.message).toContain(path.join(workspace, 'to-outside'))
    expect(error.message).toMatch(/resolves to .*outside\.txt, outside the workspace/)
  })

  it('refuses a link through a directory outside the root', () => {
    fs.symlinkSync(away, path.join(workspace, 'away-dir'))
    const error = inputErrorOf(() =>
      readSmallFile(path.join(workspace, 'away-dir', 'outside.txt'), {
        input: 'value-from-file',
        maxBytes: 100,
        root: root()
      })
    )
    expect(error.message).toMatch(/outside the workspace/)
  })

  it('refuses a link into the excluded RUNNER_TEMP inside the root', () => {
    const error = inputErrorOf(() => readLink('to-temp', path.join(temp, 'credentials')))
    expect(error.message).toMatch(/inside RUNNER_TEMP/)
  })

  posixOnly('refuses a link into /proc', () => {
    const error = inputErrorOf(() => readLink('to-proc', '/proc/self/environ'))
    expect(error.message).toMatch(/resolves to \/proc\/\d+\/environ, outside the workspace/)
  })

  it('accepts a root that is itself reached through a link', () => {
    const linkedRoot = path.join(base, 'linked-root')
    fs.symlinkSync(workspace, linkedRoot)
    const r: FileRoot = { name: 'workspace', dir: linkedRoot, excluded: undefined, platform: process.platform }
    const read = readSmallFile(path.join(linkedRoot, 'inside.txt'), {
      input: 'value-from-file',
      maxBytes: 100,
      root: r
    })
    expect(read.toString()).toBe('inside')
  })

  it('still reports a missing file as missing', () => {
    const error = inputErrorOf(() =>
      readSmallFile(path.join(workspace, 'absent'), { input: 'value-from-file', maxBytes: 100, root: root() })
    )
    expect(error.message).toMatch(/no such file \(ENOENT/)
  })
})
