/**
 * Where a value may be read from, run as the runner runs the committed bundle against moto behind
 * a request-counting proxy, and read back with boto3: a path stays, after symbolic links, inside
 * the root it was written in (a relative path in the workspace, an absolute path under RUNNER_TEMP
 * in RUNNER_TEMP). Anything else is refused before any request, for `value-from-file` and for each
 * file source of `secrets`, with one error naming the input, and nothing is written.
 *
 * Each case has its own directory: the workspace inside it, a file beside the workspace (outside
 * it, reachable as `../`), and RUNNER_TEMP beside it too, as on a hosted runner
 * (/home/runner/work/_temp next to /home/runner/work/repo/repo).
 */
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Moto } from '../../scripts/moto.mjs'
import { createSecret, readSecret } from '../support/aws.js'
import { expectExit, expectOneError, expectUntouched } from '../support/expect-run.js'
import type { FaultProxy } from '../support/faults.js'
import { expectNoLeaks } from '../support/leaks.js'
import { secretNames, startLocal, stopLocal } from '../support/local.js'
import { runAction } from '../support/run-action.js'
import { hex } from '../support/seed.js'

let moto: Moto
let proxy: FaultProxy

beforeAll(async () => ({ moto, proxy } = await startLocal()))
afterAll(() => stopLocal({ moto, proxy }))

const uniqueName = secretNames('value-files')

/** What a file outside the workspace holds: a private key, persisted credentials. */
const OUTSIDE = `outside the workspace ${hex(32)}`
/** The good value of the other `secrets` line, which must not be written either. */
const GOOD = `good value ${hex(24)}`

/** A case's directories: `workspace`, with `outside.txt` and RUNNER_TEMP (`temp`) beside it. */
interface Place {
  readonly base: string
  readonly workspace: string
  readonly temp: string
  readonly outside: string
}

async function place(tempInsideWorkspace = false): Promise<Place> {
  const base = await mkdtemp(path.join(tmpdir(), 'value-files-'))
  const workspace = path.join(base, 'repo')
  const temp = tempInsideWorkspace ? path.join(workspace, '_temp') : path.join(base, '_temp')
  await mkdir(workspace)
  await mkdir(temp, { recursive: true })
  const outside = path.join(base, 'outside.txt')
  await writeFile(outside, OUTSIDE)
  // What actions/checkout persists in RUNNER_TEMP: never a value.
  await writeFile(path.join(temp, 'git-credentials'), OUTSIDE)
  return { base, workspace, temp, outside }
}

interface Case {
  readonly name: string
  /** The path as written, and what to prepare for it. */
  readonly path: (p: Place) => string
  readonly setup?: (p: Place) => Promise<void>
  readonly tempInsideWorkspace?: boolean
}

const link = (target: (p: Place) => string) => (p: Place) => symlink(target(p), path.join(p.workspace, 'config.env'))

const REFUSED: readonly Case[] = [
  {
    name: 'a symbolic link in the workspace to a file outside it',
    path: () => 'config.env',
    setup: link((p) => p.outside)
  },
  {
    name: 'a symbolic link in the workspace into /proc (/proc/self/environ)',
    path: () => 'config.env',
    setup: link(() => '/proc/self/environ')
  },
  {
    name: "a symbolic link in the workspace into RUNNER_TEMP (checkout's persisted credentials)",
    path: () => 'config.env',
    setup: link((p) => path.join(p.temp, 'git-credentials'))
  },
  {
    name: 'a relative path into RUNNER_TEMP when RUNNER_TEMP lies inside the workspace',
    path: () => '_temp/git-credentials',
    tempInsideWorkspace: true
  },
  {
    name: 'a symbolic link in the workspace into RUNNER_TEMP when RUNNER_TEMP lies inside the workspace',
    path: () => 'config.env',
    setup: link((p) => path.join(p.temp, 'git-credentials')),
    tempInsideWorkspace: true
  },
  { name: 'an absolute path outside the workspace and RUNNER_TEMP', path: (p) => p.outside },
  { name: 'a relative path that climbs out of the workspace (../)', path: () => '../outside.txt' },
  { name: '/proc/self/environ by its absolute path', path: () => '/proc/self/environ' },
  {
    name: 'an absolute path under RUNNER_TEMP through a symbolic link out of it',
    path: (p) => path.join(p.temp, 'config.env'),
    setup: (p) => symlink(p.outside, path.join(p.temp, 'config.env'))
  }
]

/** How each value source names the path: the single input, or a file source on a `secrets` line. */
const SOURCES = [
  { kind: 'value-from-file', error: /^Input `value-from-file`: .*(outside|inside RUNNER_TEMP)/ },
  { kind: 'file:', error: /^Input `secrets`: line 2\b.*(outside|inside RUNNER_TEMP)/ },
  { kind: 'binary-file:', error: /^Input `secrets`: line 2\b.*(outside|inside RUNNER_TEMP)/ }
] as const

type SourceKind = (typeof SOURCES)[number]['kind']

/** The inputs that read `written` through `kind`: with `secrets`, a good line comes first. */
function inputsFor(kind: SourceKind, written: string, secretId: string, other: string): Record<string, string> {
  if (kind === 'value-from-file') return { 'secret-id': secretId, 'value-from-file': written }
  return { secrets: `${other} env:GOOD_VALUE\n${secretId} ${kind}${written}` }
}

describe.each(SOURCES)('$kind: a path that leaves its root is refused before any request', ({ kind, error }) => {
  it.each(REFUSED)('$name', async (c) => {
    const p = await place(c.tempInsideWorkspace)
    try {
      await c.setup?.(p)
      const secretId = uniqueName('refused')
      const other = uniqueName('other')
      await createSecret(moto.endpoint, secretId, { secretString: `seed ${hex(16)}` })
      await createSecret(moto.endpoint, other, { secretString: `seed ${hex(16)}` })
      const before = [await readSecret(moto.endpoint, secretId), await readSecret(moto.endpoint, other)]
      proxy.reset()

      const run = await runAction(
        { 'endpoint-url': proxy.url, ...inputsFor(kind, c.path(p), secretId, other) },
        { cwd: p.workspace, env: { RUNNER_TEMP: p.temp, GOOD_VALUE: GOOD } }
      )

      expectExit(run, 1, 20_000)
      expectOneError(run, error)
      expect({ requests: proxy.count, connections: proxy.connections }).toEqual({ requests: 0, connections: 0 })
      expectUntouched(before[0]!, await readSecret(moto.endpoint, secretId))
      expectUntouched(before[1]!, await readSecret(moto.endpoint, other))
      expectNoLeaks(run, [OUTSIDE, GOOD])
    } finally {
      await rm(p.base, { recursive: true, force: true })
    }
  })
})

describe.each(SOURCES)('$kind: a file written in RUNNER_TEMP by its absolute path is read', ({ kind }) => {
  it('stores the file as the value', async () => {
    const p = await place()
    try {
      const value = `generated in RUNNER_TEMP ${hex(24)}`
      const file = path.join(p.temp, 'generated', 'value.txt')
      await mkdir(path.dirname(file))
      await writeFile(file, value)
      const secretId = uniqueName('runner-temp')
      const other = uniqueName('other')
      await createSecret(moto.endpoint, secretId, { secretString: `seed ${hex(16)}` })
      await createSecret(moto.endpoint, other, { secretString: `seed ${hex(16)}` })

      const run = await runAction(
        { 'endpoint-url': proxy.url, ...inputsFor(kind, file, secretId, other) },
        { cwd: p.workspace, env: { RUNNER_TEMP: p.temp, GOOD_VALUE: GOOD } }
      )

      expectExit(run, 0, 20_000)
      const after = await readSecret(moto.endpoint, secretId)
      if (kind === 'binary-file:') expect(after.current.secretBinary).toEqual(Buffer.from(value))
      else expect(after.current.secretString).toBe(value)
      expectNoLeaks(run, [value, GOOD])
    } finally {
      await rm(p.base, { recursive: true, force: true })
    }
  })
})

describe('value-from-file: an absolute path inside the workspace is read', () => {
  it('stores the file as the value', async () => {
    const p = await place()
    try {
      const value = `built in the workspace ${hex(24)}`
      const file = path.join(p.workspace, 'build', 'value.txt')
      await mkdir(path.dirname(file))
      await writeFile(file, value)
      const secretId = uniqueName('workspace-absolute')
      await createSecret(moto.endpoint, secretId, { secretString: `seed ${hex(16)}` })

      const run = await runAction(
        { 'endpoint-url': proxy.url, 'secret-id': secretId, 'value-from-file': file },
        { cwd: p.workspace, env: { RUNNER_TEMP: p.temp } }
      )

      expectExit(run, 0, 20_000)
      expect((await readSecret(moto.endpoint, secretId)).current.secretString).toBe(value)
      expectNoLeaks(run, [value])
    } finally {
      await rm(p.base, { recursive: true, force: true })
    }
  })
})
