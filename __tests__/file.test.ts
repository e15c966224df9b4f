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
    const error = await loadValue({ kind: 'file', path: file, binary: false }).then(
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
