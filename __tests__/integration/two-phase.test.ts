/**
 * Two-phase rotation through the committed bundle against moto: staging a new version under
 * AWSPENDING (`version-stages`), promoting it (`promote-version-id`, `promote-stage`), rolling back
 * (`promote-stage: AWSPREVIOUS`), and generated passwords (`generate-password`, `password-env`).
 * Every run is checked by reading every version's labels back with boto3, by the calls the
 * counting proxy saw, and by the leak scan.
 *
 * moto and AWS differ here in one way that matters: DescribeSecret in moto lists versions left
 * without any label (AWS omits them), so the version counts below include them.
 */
import { spawnSync } from 'node:child_process'
import { randomInt, randomUUID } from 'node:crypto'
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals'
import type { Moto } from '../../scripts/moto.mjs'
import { createSecret, enableRotation, moveStage, putValue, readSecret, readVersion } from '../support/aws.js'
import type { SecretState } from '../support/aws.js'
import { errorMessages, expectExit, expectOneError, expectRun, expectUntouched } from '../support/expect-run.js'
import type { Fault, FaultProxy } from '../support/faults.js'
import { expectMaskedWhenPrinted, expectNoLeaks, maskLog, printLater } from '../support/leaks.js'
import { secretNames, startLocal, stopLocal } from '../support/local.js'
import { runAction } from '../support/run-action.js'
import type { ActionRun, RunOptions } from '../support/run-action.js'
import { inOrder } from '../support/calls.js'
import { hex, seed as seedSecret, type Seeded } from '../support/seed.js'
import { killedRun } from '../support/kill.js'

let moto: Moto
let proxy: FaultProxy

beforeAll(async () => ({ moto, proxy } = await startLocal()))
afterAll(() => stopLocal({ moto, proxy }))

const uniqueName = secretNames('two-phase')

const UPPER = /[A-Z]/
const LOWER = /[a-z]/
const DIGIT = /[0-9]/
const PUNCTUATION = /[!"#$%&'()*+,\-./:;<=>?@[\\\]^_`{|}~]/

function seed(label: string, value = `first-${hex(24)}`): Promise<Seeded<string>> {
  return seedSecret(moto.endpoint, uniqueName(label), { value })
}

function read(secretId: string): Promise<SecretState> {
  return readSecret(moto.endpoint, secretId)
}

interface CountedRun {
  readonly run: ActionRun
  readonly calls: string[]
}

/** Runs the bundle through the proxy, with `faults` planned first (one run at a time: the proxy's log is shared). */
async function action(
  inputs: Record<string, string>,
  faults?: (proxy: FaultProxy) => void,
  opts: RunOptions = {}
): Promise<CountedRun> {
  proxy.reset()
  faults?.(proxy)
  const run = await runAction({ 'endpoint-url': proxy.url, ...inputs }, opts)
  return { run, calls: proxy.requests.map((request) => request.operation ?? '(none)') }
}

function expectSucceeded(run: ActionRun): void {
  expectExit(run, 0)
  expect(errorMessages(run)).toEqual([])
}

/** The version that carries `label`. */
function holder(state: SecretState, label: string): string | undefined {
  return state.versions.find((version) => version.stages.includes(label))?.versionId
}

/** Each labelled version's labels, sorted: what a staging run may change. */
function labelMap(state: SecretState): Record<string, string[]> {
  return Object.fromEntries(
    state.versions.filter((v) => v.stages.length > 0).map((v) => [v.versionId, [...v.stages].sort()])
  )
}

/** The visible log lines (masks applied) that match `pattern`. */
function logLines(run: ActionRun, pattern: RegExp): string[] {
  return maskLog(run.log)
    .split('\n')
    .filter((line) => pattern.test(line))
}

function warnings(run: ActionRun): string[] {
  return run.log.split('\n').flatMap((line) => {
    const match = /^::warning(?: [^:]*)?::(.*)$/.exec(line)
    return match ? [match[1] ?? ''] : []
  })
}

/** The summary table's row for `label`. */
function row(run: ActionRun, label: string): string {
  return run.summary.split('\n').find((line) => line.startsWith(`| ${label} |`)) ?? ''
}

/**
 * What staging promises, whatever happened: AWSCURRENT is on the same version with the same value;
 * every version that existed keeps its labels, except the staged labels, which may have left it
 * for the one new version (there is at most one); returns the new version's id, if any.
 */
function expectStagingKeptCurrent(
  before: SecretState,
  after: SecretState,
  stages: readonly string[]
): string | undefined {
  expect(after.current.versionId).toBe(before.current.versionId)
  expect(after.current.secretString).toBe(before.current.secretString)
  const old = new Set(before.versions.map((v) => v.versionId))
  const added = after.versions.filter((v) => !old.has(v.versionId))
  expect(added.length).toBeLessThanOrEqual(1)
  const next = added[0]
  for (const version of before.versions) {
    const now = after.versions.find((v) => v.versionId === version.versionId)?.stages ?? []
    const kept = version.stages.filter((label) => !stages.includes(label) || !next?.stages.includes(label))
    expect([...now].sort()).toEqual([...kept].sort())
  }
  if (next) expect([...next.stages].sort()).toEqual([...stages].sort())
  return next?.versionId
}

describe('staging: a new version under AWSPENDING, AWSCURRENT unchanged', () => {
  it('a string, then another one: AWSPENDING moves from the first staged version to the second', async () => {
    const secret = await seed('string')
    const first = `staged-one-${hex(24)}`
    const one = await action({ 'secret-id': secret.name, 'secret-string': first, 'version-stages': 'AWSPENDING' })
    expectSucceeded(one.run)
    expect(one.calls).toEqual(['DescribeSecret', 'PutSecretValue'])
    const afterOne = await read(secret.name)
    const firstId = expectStagingKeptCurrent(secret.before, afterOne, ['AWSPENDING'])
    expect(one.run.outputs).toEqual({
      arn: secret.arn,
      name: secret.name,
      'version-id': firstId,
      'previous-version-id': '',
      changed: 'true',
      'current-version-id': secret.before.current.versionId
    })
    expect((await readVersion(moto.endpoint, secret.name, { versionStage: 'AWSPENDING' })).secretString).toBe(first)
    expect(logLines(one.run, /label AWSPENDING/)).toEqual([
      `Moved label AWSPENDING from no version to version ${firstId}.`
    ])
    expect(row(one.run, 'Value')).toMatch(/labelled `AWSPENDING`; AWSCURRENT does not move/)
    expect(row(one.run, 'Labels')).toContain(`\`AWSPENDING\`: (none) &rarr; \`${firstId}\``)

    const second = `staged-two-${hex(24)}`
    const two = await action({ 'secret-id': secret.name, 'secret-string': second, 'version-stages': 'AWSPENDING' })
    expectSucceeded(two.run)
    const afterTwo = await read(secret.name)
    const secondId = expectStagingKeptCurrent(afterOne, afterTwo, ['AWSPENDING'])
    expect(secondId).toBe(two.run.outputs['version-id'])
    expect(labelMap(afterTwo)).toEqual({
      [secret.before.current.versionId]: ['AWSCURRENT'],
      [secondId!]: ['AWSPENDING']
    })
    expect(logLines(two.run, /label AWSPENDING/)).toEqual([
      `Moved label AWSPENDING from version ${firstId} to version ${secondId}.`
    ])
    expect(row(two.run, 'Labels')).toContain(`\`AWSPENDING\`: \`${firstId}\` &rarr; \`${secondId}\``)
    for (const { run } of [one, two]) expectNoLeaks(run, [first, second, secret.value])
  })

  it('a file, under two labels of its own', async () => {
    const secret = await seed('file')
    const content = `-----BEGIN KEY-----\n${hex(48)}\n-----END KEY-----\n`
    const { run, calls } = await action(
      { 'secret-id': secret.name, 'value-from-file': 'build/key.pem', 'version-stages': 'blue\ngreen' },
      undefined,
      { files: { 'build/key.pem': content } }
    )
    expectSucceeded(run)
    expect(calls).toEqual(['DescribeSecret', 'PutSecretValue'])
    const id = expectStagingKeptCurrent(secret.before, await read(secret.name), ['blue', 'green'])
    expect(id).toBe(run.outputs['version-id'])
    expect((await readVersion(moto.endpoint, secret.name, { versionId: id! })).secretString).toBe(content)
    expectNoLeaks(run, [content, secret.value])
    expectMaskedWhenPrinted(run, content)
  })

  it('a merge: the patch applied to AWSCURRENT, the result staged', async () => {
    const current = { user: 'app', password: `old-${hex(16)}`, host: 'db.internal' }
    const secret = await seed('merge', JSON.stringify(current))
    const patch = { password: `new-${hex(16)}`, host: null }
    const { run, calls } = await action({
      'secret-id': secret.name,
      'secret-string': JSON.stringify(patch),
      'json-merge': 'true',
      'version-stages': 'AWSPENDING'
    })
    expectSucceeded(run)
    // No compare-and-swap: nothing becomes current.
    expect(inOrder(calls)).toEqual(['DescribeSecret', 'GetSecretValue', 'PutSecretValue'])
    expectStagingKeptCurrent(secret.before, await read(secret.name), ['AWSPENDING'])
    const staged = await readVersion(moto.endpoint, secret.name, { versionStage: 'AWSPENDING' })
    expect(JSON.parse(staged.secretString ?? '')).toEqual({ user: 'app', password: patch.password })
    expect(staged.versionId).toBe(run.outputs['version-id'])
    expectNoLeaks(run, [current.password, patch.password, staged.secretString ?? ''])
  })

  it('a generated password, exported masked to a later step with password-env', async () => {
    const secret = await seed('generated')
    const { run, calls } = await action({
      'secret-id': secret.name,
      'generate-password': 'true',
      'password-length': '40',
      'password-exclude-characters': '/@" ',
      'version-stages': 'AWSPENDING',
      'password-env': 'DB_PASSWORD'
    })
    expectSucceeded(run)
    expect(calls).toEqual(['DescribeSecret', 'PutSecretValue'])
    const id = expectStagingKeptCurrent(secret.before, await read(secret.name), ['AWSPENDING'])
    const password = (await readVersion(moto.endpoint, secret.name, { versionId: id! })).secretString ?? ''
    expect(password).toHaveLength(40)
    expect(password).not.toMatch(/[/@" ]/)
    for (const kind of [UPPER, LOWER, DIGIT, PUNCTUATION]) expect(password).toMatch(kind)

    // Handed on through GITHUB_ENV only: never an output, and masked wherever a later step prints it.
    expect(run.exported).toEqual({ DB_PASSWORD: password })
    expect(Object.values(run.outputs).some((output) => output.includes(password))).toBe(false)
    const later = spawnSync('sh', ['-c', 'printf "%s\\n" "$DB_PASSWORD"'], {
      env: { PATH: process.env.PATH, ...run.exported },
      encoding: 'utf8'
    })
    expect(later.stdout).toBe(`${password}\n`)
    expect(printLater(run, later.stdout.trimEnd())).toBe('***')
    expectMaskedWhenPrinted(run, password)
    expectNoLeaks(run, [password, secret.value])
  })

  it('a generated password whose PutSecretValue answer is lost: the retry sends the same password and token, one version', async () => {
    const secret = await seed('generated-lost')
    const { run } = await action(
      {
        'secret-id': secret.name,
        'generate-password': 'true',
        'version-stages': 'AWSPENDING',
        'password-env': 'DB_PASSWORD'
      },
      (p) => p.plan([{ kind: 'forward-then-close' }], 'PutSecretValue')
    )
    expectSucceeded(run)
    const puts = proxy.requestsFor('PutSecretValue')
    expect(puts).toHaveLength(2)
    expect(new Set(puts.map((put) => put.clientRequestToken))).toEqual(new Set([run.outputs['version-id']]))
    const id = expectStagingKeptCurrent(secret.before, await read(secret.name), ['AWSPENDING'])
    const password = (await readVersion(moto.endpoint, secret.name, { versionId: id! })).secretString ?? ''
    expect(run.exported).toEqual({ DB_PASSWORD: password })
    expectNoLeaks(run, [password])
  })

  it('the password rules hold in the bundle too, over several runs', async () => {
    const secret = await seed('rules')
    const cases: Array<{ inputs: Record<string, string>; length: number; never: RegExp; kinds: RegExp[] }> = [
      { inputs: {}, length: 32, never: /[^\x21-\x7e]/, kinds: [UPPER, LOWER, DIGIT, PUNCTUATION] },
      {
        inputs: { 'password-length': '8', 'password-exclude-punctuation': 'true' },
        length: 8,
        never: PUNCTUATION,
        kinds: [UPPER, LOWER, DIGIT]
      },
      {
        inputs: { 'password-length': '4096', 'password-exclude-characters': 'abcdefghijklmnopqrstuvwxyz' },
        length: 4096,
        never: LOWER,
        kinds: [UPPER, DIGIT, PUNCTUATION]
      }
    ]
    const seen = new Set<string>()
    for (const { inputs, length, never, kinds } of cases) {
      for (let i = 0; i < 2; i++) {
        const before = await read(secret.name)
        const { run } = await action({
          'secret-id': secret.name,
          'generate-password': 'true',
          'version-stages': 'AWSPENDING',
          ...inputs
        })
        expectSucceeded(run)
        expectStagingKeptCurrent(before, await read(secret.name), ['AWSPENDING'])
        const password =
          (await readVersion(moto.endpoint, secret.name, { versionStage: 'AWSPENDING' })).secretString ?? ''
        expect(password).toHaveLength(length)
        expect(password).not.toMatch(never)
        for (const kind of kinds) expect(password).toMatch(kind)
        expect(run.exported).toEqual({})
        expectNoLeaks(run, [password])
        seen.add(password)
      }
    }
    expect(seen.size).toBe(6)
  })

  it('a generated password merged under password-key with the rest of the patch (made current)', async () => {
    const current = { user: 'app', password: `old-${hex(16)}` }
    const secret = await seed('generated-merge', JSON.stringify(current))
    const { run } = await action({
      'secret-id': secret.name,
      'generate-password': 'true',
      'json-merge': 'true',
      'password-key': 'password',
      'secret-string': '{"port":5432}'
    })
    expectSucceeded(run)
    const after = await read(secret.name)
    const stored = JSON.parse(after.current.secretString ?? '') as Record<string, unknown>
    expect(Object.keys(stored).sort()).toEqual(['password', 'port', 'user'])
    expect(stored).toMatchObject({ user: 'app', port: 5432 })
    expect(stored.password).toMatch(/^[\x21-\x7e]{32}$/)
    expect(after.previous?.versionId).toBe(secret.before.current.versionId)
    expect(run.outputs['previous-version-id']).toBe(secret.before.current.versionId)
    expectNoLeaks(run, [String(stored.password), current.password, after.current.secretString ?? ''])
  })

  it('dry-run with a generated password: nothing written, nothing exported', async () => {
    const secret = await seed('generated-dry-run')
    const { run, calls } = await action({
      'secret-id': secret.name,
      'generate-password': 'true',
      'version-stages': 'AWSPENDING',
      'password-env': 'DB_PASSWORD',
      'dry-run': 'true'
    })
    expectSucceeded(run)
    expect(calls).toEqual(['DescribeSecret'])
    expect(run.exported).toEqual({})
    expect(run.outputs).toMatchObject({ 'version-id': '', changed: 'true' })
    expect(logLines(run, /Would move label AWSPENDING from no version/)).toHaveLength(1)
    expectUntouched(secret.before, await read(secret.name))
    expectNoLeaks(run, [secret.value])
  })

  it('create-if-missing: created without a value, then staged; the first version is AWSCURRENT too, and the run says so', async () => {
    const name = uniqueName('create')
    const value = `first-staged-${hex(24)}`
    const { run, calls } = await action({
      'secret-id': name,
      'secret-string': value,
      'version-stages': 'AWSPENDING',
      'create-if-missing': 'true'
    })
    expectSucceeded(run)
    expect(calls).toEqual(['DescribeSecret', 'CreateSecret', 'PutSecretValue', 'UpdateSecretVersionStage'])
    const after = await read(name)
    // Current, it loses AWSPENDING as a promoted version does.
    expect(labelMap(after)).toEqual({ [run.outputs['version-id']!]: ['AWSCURRENT'] })
    expect(after.current.secretString).toBe(value)
    expect(logLines(run, /first version AWSCURRENT too/)).toHaveLength(1)
    expect(row(run, 'Value')).toMatch(/first version, labelled `AWSPENDING` and AWSCURRENT too/)
    expectNoLeaks(run, [value])
  })

  it('DescribeSecret refused: staging goes on without it and says so once', async () => {
    const secret = await seed('denied')
    const value = `staged-denied-${hex(24)}`
    const { run, calls } = await action(
      { 'secret-id': secret.name, 'secret-string': value, 'version-stages': 'AWSPENDING' },
      (p) => p.plan([{ kind: 'deny' }], 'DescribeSecret')
    )
    expectSucceeded(run)
    expect(calls).toEqual(['DescribeSecret', 'PutSecretValue'])
    expect(logLines(run, /DescribeSecret was refused/)).toHaveLength(1)
    const id = expectStagingKeptCurrent(secret.before, await read(secret.name), ['AWSPENDING'])
    expect(run.outputs['version-id']).toBe(id)
    expect(row(run, 'Labels')).toContain('`AWSPENDING`: (unknown) &rarr;')
    expectNoLeaks(run, [value, secret.value])
  })

  it('DescribeSecret refused and the secret missing: put → not found → create → put', async () => {
    const name = uniqueName('denied-create')
    const value = `staged-denied-create-${hex(24)}`
    const { run, calls } = await action(
      { 'secret-id': name, 'secret-string': value, 'version-stages': 'AWSPENDING', 'create-if-missing': 'true' },
      (p) => p.plan([{ kind: 'deny' }], 'DescribeSecret')
    )
    expectSucceeded(run)
    expect(calls).toEqual([
      'DescribeSecret',
      'PutSecretValue',
      'CreateSecret',
      'PutSecretValue',
      'UpdateSecretVersionStage'
    ])
    const after = await read(name)
    expect(labelMap(after)).toEqual({ [run.outputs['version-id']!]: ['AWSCURRENT'] })
    expect(logLines(run, /first version AWSCURRENT too/).length).toBeGreaterThanOrEqual(1)
    expectNoLeaks(run, [value])
  })

  it('with rotation enabled: a warning that the rotation function owns AWSPENDING', async () => {
    const secret = await seed('rotation-enabled')
    await enableRotation(moto.endpoint, secret.name)
    const before = await read(secret.name)
    const value = `staged-rotating-${hex(24)}`
    const { run } = await action({ 'secret-id': secret.name, 'secret-string': value, 'version-stages': 'AWSPENDING' })
    expectSucceeded(run)
    expect(warnings(run).filter((w) => /rotation function owns the AWSPENDING label/.test(w))).toHaveLength(1)
    expectStagingKeptCurrent(before, await read(secret.name), ['AWSPENDING'])
    expectNoLeaks(run, [value, secret.value])
  })
})

describe('staging never moves AWSCURRENT, whichever call fails', () => {
  interface Scenario {
    readonly name: string
    readonly calls: readonly string[]
    readonly prepare: () => Promise<{
      secretId: string
      before: SecretState | undefined
      inputs: Record<string, string>
      value: string
    }>
  }
  const scenarios: Scenario[] = [
    {
      name: 'a string over an earlier staged version',
      calls: ['DescribeSecret', 'PutSecretValue'],
      async prepare() {
        const secret = await seed('fault-string')
        await putValue(moto.endpoint, secret.name, `older-staged-${hex(16)}`, { versionStages: ['AWSPENDING'] })
        const value = `fault-staged-${hex(24)}`
        return { secretId: secret.name, before: await read(secret.name), inputs: { 'secret-string': value }, value }
      }
    },
    {
      name: 'a merge',
      calls: ['DescribeSecret', 'GetSecretValue', 'PutSecretValue'],
      async prepare() {
        const secret = await seed('fault-merge', JSON.stringify({ user: 'app', password: `old-${hex(16)}` }))
        const password = `fault-merged-${hex(24)}`
        return {
          secretId: secret.name,
          before: secret.before,
          inputs: { 'secret-string': JSON.stringify({ password }), 'json-merge': 'true' },
          value: password
        }
      }
    },
    {
      name: 'a secret to create',
      calls: ['DescribeSecret', 'CreateSecret', 'PutSecretValue'],
      async prepare() {
        const value = `fault-created-${hex(24)}`
        return {
          secretId: uniqueName('fault-create'),
          before: undefined,
          inputs: { 'secret-string': value, 'create-if-missing': 'true' },
          value
        }
      }
    }
  ]
  const faults: Array<{ name: string; faults: Fault[]; fails: boolean }> = [
    {
      name: 'fails on every attempt (503)',
      faults: [
        { kind: 'status', status: 503 },
        { kind: 'status', status: 503 }
      ],
      fails: true
    },
    { name: 'is applied but its answer is lost', faults: [{ kind: 'forward-then-close' }], fails: false }
  ]

  for (const scenario of scenarios) {
    for (const [index, operation] of scenario.calls.entries()) {
      for (const fault of faults) {
        it(`${scenario.name}: call ${index + 1} (${operation}) ${fault.name}`, async () => {
          const { secretId, before, inputs, value } = await scenario.prepare()
          const { run, calls } = await action(
            { 'secret-id': secretId, 'version-stages': 'AWSPENDING', 'max-attempts': '2', ...inputs },
            (p) => p.plan(fault.faults, operation)
          )
          expect(inOrder(calls).slice(0, index + 1)).toEqual(scenario.calls.slice(0, index + 1))
          expectExit(run, fault.fails ? 1 : 0)
          if (fault.fails) expectOneError(run, new RegExp(operation))

          if (before) {
            const id = expectStagingKeptCurrent(before, await read(secretId), ['AWSPENDING'])
            if (!fault.fails) {
              expect(id).toBe(run.outputs['version-id'])
              expect((await readVersion(moto.endpoint, secretId, { versionId: id! })).secretString).toContain(value)
            }
          } else {
            // A secret this run created: its only version, if any, is the staged value (AWSCURRENT too,
            // as any first version); never another value under AWSCURRENT.
            const after = await read(secretId).catch(() => undefined)
            const labelled = after ? Object.entries(labelMap(after)) : []
            expect(labelled.length).toBeLessThanOrEqual(1)
            if (labelled.length === 1) {
              // Current, it loses AWSPENDING (unless the run failed before that call).
              expect(labelled[0]![1].filter((label) => label !== 'AWSPENDING')).toEqual(['AWSCURRENT'])
              if (!fault.fails) expect(labelled[0]![1]).toEqual(['AWSCURRENT'])
              expect(after?.current.secretString).toBe(value)
            }
            if (!fault.fails) expect(labelled.map(([id]) => id)).toEqual([run.outputs['version-id']])
          }
          expectNoLeaks(run, [value])
        })
      }
    }
  }
})

describe('promotion: AWSCURRENT moves to the staged version', () => {
  /** A secret with AWSCURRENT (and AWSPREVIOUS) and a version staged under AWSPENDING. */
  /**
   * `otherWriter`: a version labelled other-writer is made before the staged one, so that a test
   * can make it current meanwhile without it being younger than the staged version.
   */
  async function staged(
    label: string,
    otherWriter = false
  ): Promise<Seeded<string> & { pending: string; pendingValue: string; previous: string; other: string }> {
    const secret = await seed(label)
    // A second current version, so that a version carries AWSPREVIOUS before the promotion too.
    const currentValue = `current-${hex(16)}`
    await putValue(moto.endpoint, secret.name, currentValue)
    const other = otherWriter
      ? (await putValue(moto.endpoint, secret.name, `other-writer-${hex(16)}`, { versionStages: ['other-writer'] }))
          .versionId
      : ''
    const pendingValue = `pending-${hex(24)}`
    const pending = await putValue(moto.endpoint, secret.name, pendingValue, { versionStages: ['AWSPENDING'] })
    const before = await read(secret.name)
    return {
      ...secret,
      value: currentValue,
      before,
      pending: pending.versionId,
      pendingValue,
      previous: secret.before.current.versionId,
      other
    }
  }

  async function expectPromoted(
    run: ActionRun,
    calls: string[],
    secret: Awaited<ReturnType<typeof staged>>
  ): Promise<void> {
    expectSucceeded(run)
    const current = secret.before.current.versionId
    expect(inOrder(calls)).toEqual([
      'DescribeSecret',
      'ListSecretVersionIds',
      'UpdateSecretVersionStage',
      'UpdateSecretVersionStage'
    ])
    const after = await read(secret.name)
    expect(labelMap(after)).toEqual({ [secret.pending]: ['AWSCURRENT'], [current]: ['AWSPREVIOUS'] })
    expect(after.current.secretString).toBe(secret.pendingValue)
    expect(run.outputs).toEqual({
      arn: secret.arn,
      name: secret.name,
      'version-id': secret.pending,
      'previous-version-id': current,
      changed: 'true',
      'current-version-id': secret.pending
    })
    expect(logLines(run, /^Moved label/)).toEqual([
      `Moved label AWSCURRENT from version ${current} to version ${secret.pending}.`,
      `Moved label AWSPREVIOUS from version ${secret.previous} to version ${current}.`,
      `Moved label AWSPENDING off version ${secret.pending}.`
    ])
    expect(row(run, 'Labels')).toContain(`\`AWSCURRENT\`: \`${current}\` &rarr; \`${secret.pending}\``)
    expectNoLeaks(run, [secret.pendingValue, secret.value])
  }

  it("by version id (the staging step's version-id)", async () => {
    const secret = await staged('promote-id')
    const { run, calls } = await action({ 'secret-id': secret.name, 'promote-version-id': secret.pending })
    await expectPromoted(run, calls, secret)
  })

  it('by promote-stage: AWSPENDING; then roll back with promote-stage: AWSPREVIOUS', async () => {
    const secret = await staged('promote-stage')
    const promoted = await action({ 'secret-id': secret.name, 'promote-stage': 'AWSPENDING' })
    await expectPromoted(promoted.run, promoted.calls, secret)

    const rollback = await action({ 'secret-id': secret.name, 'promote-stage': 'AWSPREVIOUS' })
    expectSucceeded(rollback.run)
    expect(rollback.calls).toEqual(['DescribeSecret', 'UpdateSecretVersionStage'])
    const after = await read(secret.name)
    const current = secret.before.current.versionId
    expect(labelMap(after)).toEqual({ [current]: ['AWSCURRENT'], [secret.pending]: ['AWSPREVIOUS'] })
    expect(after.current.secretString).toBe(secret.value)
    expect(rollback.run.outputs).toMatchObject({
      'version-id': current,
      'previous-version-id': secret.pending,
      changed: 'true'
    })
    expectNoLeaks(rollback.run, [secret.pendingValue, secret.value])
  })

  it('a version that is already current: nothing written, changed=false', async () => {
    const secret = await staged('already-current')
    const current = secret.before.current.versionId
    const { run, calls } = await action({ 'secret-id': secret.name, 'promote-version-id': current })
    expectSucceeded(run)
    expect(inOrder(calls)).toEqual(['DescribeSecret', 'ListSecretVersionIds'])
    expect(run.outputs).toEqual({
      arn: secret.arn,
      name: secret.name,
      'version-id': current,
      'previous-version-id': '',
      changed: 'false',
      'current-version-id': current
    })
    expectUntouched(secret.before, await read(secret.name))
    expectNoLeaks(run, [secret.pendingValue, secret.value])
    expect(logLines(run, /already AWSCURRENT/)).toHaveLength(2)
  })

  it('a dry run resolves the version and reports the move, writing nothing', async () => {
    const secret = await staged('promote-dry-run')
    const { run, calls } = await action({ 'secret-id': secret.name, 'promote-stage': 'AWSPENDING', 'dry-run': 'true' })
    expectSucceeded(run)
    expect(inOrder(calls)).toEqual(['DescribeSecret', 'ListSecretVersionIds'])
    expect(run.outputs).toMatchObject({ 'version-id': secret.pending, changed: 'true' })
    expect(logLines(run, /^Would move label AWSCURRENT/)).toEqual([
      `Would move label AWSCURRENT from version ${secret.before.current.versionId} to version ${secret.pending}.`
    ])
    expectUntouched(secret.before, await read(secret.name))
    expectNoLeaks(run, [secret.pendingValue, secret.value])
  })

  it.each<[string, (secret: Awaited<ReturnType<typeof staged>>) => Record<string, string>, RegExp]>([
    ['a version id the secret does not have', () => ({ 'promote-version-id': randomUUID() }), /has no version/],
    [
      'a label no version carries',
      () => ({ 'promote-stage': 'release-candidate' }),
      /No version of secret .* carries the label release-candidate/
    ]
  ])('%s: a clear error, nothing written', async (_name, inputs, message) => {
    const secret = await staged('promote-missing')
    const { run, calls } = await action({ 'secret-id': secret.name, ...inputs(secret) })
    expectExit(run, 1)
    expectOneError(run, message)
    expect(inOrder(calls)).toEqual(['DescribeSecret', 'ListSecretVersionIds'])
    expectUntouched(secret.before, await read(secret.name))
    expectNoLeaks(run, [secret.pendingValue, secret.value])
  })

  it('racing another writer that moves AWSCURRENT between the read and the move: reads again and wins', async () => {
    const secret = await staged('race', true)
    const other = { versionId: secret.other }
    const current = secret.before.current.versionId
    const { run, calls } = await action({ 'secret-id': secret.name, 'promote-stage': 'AWSPENDING' }, (p) =>
      p.plan(
        [
          {
            kind: 'after',
            first: async () => {
              await moveStage(moto.endpoint, secret.name, 'AWSCURRENT', {
                moveToVersionId: other.versionId,
                removeFromVersionId: current
              })
            }
          }
        ],
        'UpdateSecretVersionStage'
      )
    )
    expectSucceeded(run)
    // The stale move is refused, the settle read sees the other writer's version, and the move is made again from it.
    expect(inOrder(calls)).toEqual([
      'DescribeSecret',
      'ListSecretVersionIds',
      'UpdateSecretVersionStage',
      'DescribeSecret',
      'DescribeSecret',
      'ListSecretVersionIds',
      'UpdateSecretVersionStage',
      'UpdateSecretVersionStage'
    ])
    expect(proxy.requestsFor('UpdateSecretVersionStage')[0]?.upstreamStatus).toBe(400)
    const after = await read(secret.name)
    // The version that was current before the other writer is left without a label.
    expect(labelMap(after)).toEqual({
      [secret.pending]: ['AWSCURRENT'],
      [other.versionId]: ['AWSPREVIOUS', 'other-writer']
    })
    expect(holder(after, 'AWSCURRENT')).toBe(secret.pending)
    expect(holder(after, 'AWSPREVIOUS')).toBe(other.versionId)
    expect(holder(after, 'AWSPENDING')).toBeUndefined()
    expect(run.outputs['previous-version-id']).toBe(other.versionId)
    expect(logLines(run, /Another writer moved AWSCURRENT/)).toHaveLength(1)
    expectNoLeaks(run, [secret.pendingValue, secret.value])
  })

  it('a rollback racing an update: neither the version AWSPREVIOUS names after the update is made current, nor the one it named first (now without a label, and older than the update)', async () => {
    const name = uniqueName('rollback-race')
    const good = (await createSecret(moto.endpoint, name, { secretString: `good-${hex(16)}` })).versionId!
    const bad = (await putValue(moto.endpoint, name, `bad-${hex(16)}`)).versionId
    let other = ''
    const { run } = await action({ 'secret-id': name, 'promote-stage': 'AWSPREVIOUS' }, (p) =>
      p.plan(
        [
          {
            kind: 'after',
            first: async () => void (other = (await putValue(moto.endpoint, name, `other-${hex(16)}`)).versionId)
          }
        ],
        'UpdateSecretVersionStage'
      )
    )
    expectExit(run, 1)
    expectOneError(run, new RegExp(`Version ${good} of secret \\S+ has no staging label`))
    const after = await read(name)
    // The update stands: a rollback never silently discards a change made after its read.
    expect(holder(after, 'AWSCURRENT')).toBe(other)
    expect(holder(after, 'AWSPREVIOUS')).toBe(bad)
  })

  it("promote-stage AWSPENDING racing another stager and an update: the version that was AWSPENDING at the first read is not promoted over the update, nor the other stager's", async () => {
    const secret = await staged('pending-race')
    let untested = ''
    const { run } = await action({ 'secret-id': secret.name, 'promote-stage': 'AWSPENDING' }, (p) =>
      p.plan(
        [
          {
            kind: 'after',
            first: async () => {
              untested = (
                await putValue(moto.endpoint, secret.name, `untested-${hex(16)}`, { versionStages: ['AWSPENDING'] })
              ).versionId
              await putValue(moto.endpoint, secret.name, `update-${hex(16)}`)
            }
          }
        ],
        'UpdateSecretVersionStage'
      )
    )
    expectExit(run, 1)
    expectOneError(run, new RegExp(`Version ${secret.pending} of secret \\S+ has no staging label`))
    const after = await read(secret.name)
    expect(holder(after, 'AWSCURRENT')).not.toBe(secret.pending)
    expect(holder(after, 'AWSCURRENT')).not.toBe(untested)
    // The other stager's version keeps its label: it was never this run's to promote.
    expect(holder(after, 'AWSPENDING')).toBe(untested)
  })

  it('a writer that keeps moving AWSCURRENT: gives up after a bounded number of attempts, AWSCURRENT always on one version', async () => {
    const secret = await staged('race-forever', true)
    const x = secret.before.current.versionId
    const y = secret.other
    const flip = async (): Promise<void> => {
      const now = holder(await read(secret.name), 'AWSCURRENT')
      const next = now === x ? y : x
      await moveStage(moto.endpoint, secret.name, 'AWSCURRENT', { moveToVersionId: next, removeFromVersionId: now! })
    }
    const { run } = await action({ 'secret-id': secret.name, 'promote-stage': 'AWSPENDING' }, (p) =>
      p.plan(
        Array.from({ length: 12 }, () => ({ kind: 'after', first: flip }) as const),
        'UpdateSecretVersionStage'
      )
    )
    expectExit(run, 1)
    expectOneError(run, /Gave up after 10 attempts: other writers kept moving AWSCURRENT/)
    expect(proxy.requestsFor('UpdateSecretVersionStage')).toHaveLength(10)
    const after = await read(secret.name)
    expect(after.versions.filter((v) => v.stages.includes('AWSCURRENT'))).toHaveLength(1)
    expect([x, y]).toContain(holder(after, 'AWSCURRENT'))
    expect(holder(after, 'AWSPENDING')).toBe(secret.pending)
    expectNoLeaks(run, [secret.pendingValue, secret.value])
  }, 60_000)

  it('the answer of the move is lost: the retry finds AWSCURRENT already moved, and the run reports it', async () => {
    const secret = await staged('promote-lost')
    const { run } = await action({ 'secret-id': secret.name, 'promote-version-id': secret.pending }, (p) =>
      p.plan([{ kind: 'forward-then-close' }], 'UpdateSecretVersionStage')
    )
    expectSucceeded(run)
    const after = await read(secret.name)
    expect(labelMap(after)).toEqual({
      [secret.pending]: ['AWSCURRENT'],
      [secret.before.current.versionId]: ['AWSPREVIOUS']
    })
    expect(run.outputs).toMatchObject({
      'version-id': secret.pending,
      'previous-version-id': secret.before.current.versionId,
      changed: 'true'
    })
    expectNoLeaks(run, [secret.pendingValue, secret.value])
  })

  it('the answer of the AWSPENDING removal is lost: the retry finds it gone, and the run succeeds', async () => {
    const secret = await staged('pending-lost')
    const { run, calls } = await action({ 'secret-id': secret.name, 'promote-stage': 'AWSPENDING' }, (p) =>
      p.plan([{ kind: 'pass' }, { kind: 'forward-then-close' }], 'UpdateSecretVersionStage')
    )
    expectSucceeded(run)
    expect(calls.filter((c) => c === 'UpdateSecretVersionStage')).toHaveLength(3)
    expect(labelMap(await read(secret.name))).toEqual({
      [secret.pending]: ['AWSCURRENT'],
      [secret.before.current.versionId]: ['AWSPREVIOUS']
    })
    expect(run.outputs).toMatchObject({ 'version-id': secret.pending, changed: 'true' })
    expectNoLeaks(run, [secret.pendingValue, secret.value])
  })

  it('the move fails for good (503 on every attempt): one error, AWSCURRENT where it was, AWSPENDING kept', async () => {
    const secret = await staged('promote-fails')
    const { run } = await action(
      { 'secret-id': secret.name, 'promote-stage': 'AWSPENDING', 'max-attempts': '2' },
      (p) =>
        p.plan(
          [
            { kind: 'status', status: 503 },
            { kind: 'status', status: 503 }
          ],
          'UpdateSecretVersionStage'
        )
    )
    expectExit(run, 1)
    expectOneError(run, /UpdateSecretVersionStage/)
    expectUntouched(secret.before, await read(secret.name))
    expectNoLeaks(run, [secret.pendingValue, secret.value])
  })

  it('with rotation enabled: promoting AWSPENDING warns that the rotation function owns it', async () => {
    const secret = await seed('promote-rotating')
    await enableRotation(moto.endpoint, secret.name)
    const pending = await putValue(moto.endpoint, secret.name, `pending-${hex(16)}`, { versionStages: ['AWSPENDING'] })
    const { run } = await action({ 'secret-id': secret.name, 'promote-stage': 'AWSPENDING' })
    expectSucceeded(run)
    expectRun(
      run,
      warnings(run).some((w) => /rotation function owns the AWSPENDING label/.test(w)),
      'expected the rotation warning'
    )
    expect(holder(await read(secret.name), 'AWSCURRENT')).toBe(pending.versionId)
    expectNoLeaks(run, [secret.value])
  })
})

describe('a run killed in the middle', () => {
  /** Runs the bundle with `inputs`, killed with `signal` during one of its first `calls` calls; whether the signal landed. */
  async function killed(inputs: Record<string, string>, signal: NodeJS.Signals, calls: number): Promise<boolean> {
    const at = { afterRequests: randomInt(0, calls + 1), thenMs: randomInt(0, 120) }
    return (await killedRun(proxy, inputs, signal, at)).landed
  }

  // Every call answers 120 ms late, so that the kills land between and during the calls.
  beforeAll(() => {
    proxy.reset()
    proxy.setDefault({ kind: 'delay', ms: 120 })
  })
  afterAll(() => proxy.setDefault(undefined))

  it.each<NodeJS.Signals>(['SIGTERM', 'SIGKILL'])(
    'staging, killed with %s at random points: AWSCURRENT never moves',
    async (signal) => {
      const secret = await seed(`killed-stage-${signal}`)
      let landed = 0
      for (let i = 0; i < 6; i++) {
        const before = await read(secret.name)
        if (
          await killed(
            { 'secret-id': secret.name, 'secret-string': `killed-staged-${hex(16)}`, 'version-stages': 'AWSPENDING' },
            signal,
            2
          )
        )
          landed++
        expectStagingKeptCurrent(before, await read(secret.name), ['AWSPENDING'])
      }
      expect(landed).toBeGreaterThanOrEqual(2)
    }
  )

  it.each<NodeJS.Signals>(['SIGTERM', 'SIGKILL'])(
    'a promotion, killed with %s at random points: AWSCURRENT on one version, the old or the staged',
    async (signal) => {
      let landed = 0
      for (let i = 0; i < 4; i++) {
        const secret = await seed(`killed-promote-${signal}`)
        const pending = await putValue(moto.endpoint, secret.name, `pending-${hex(16)}`, {
          versionStages: ['AWSPENDING']
        })
        if (await killed({ 'secret-id': secret.name, 'promote-stage': 'AWSPENDING' }, signal, 2)) landed++
        const after = await read(secret.name)
        expect(after.versions.filter((v) => v.stages.includes('AWSCURRENT'))).toHaveLength(1)
        expect([secret.before.current.versionId, pending.versionId]).toContain(holder(after, 'AWSCURRENT'))
      }
      expect(landed).toBeGreaterThanOrEqual(1)
    }
  )
})
