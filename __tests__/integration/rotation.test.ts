/**
 * The safe-rotation suite: skip-unchanged, json-merge (and its compare-and-swap on AWSCURRENT,
 * under real concurrency), dry-run, create-if-missing and the guards. Every case runs the committed
 * bundle as the runner does against moto, and checks the exit code, the outputs, the summary, the
 * versions and staging labels read independently with boto3, and the leak scan.
 *
 * What moto does differently from AWS, and how these tests deal with it:
 * - moto 5.2 does not move a secret's default version when UpdateSecretVersionStage moves
 *   AWSCURRENT, so a GetSecretValue without VersionStage (and the next UpdateSecret) would act on
 *   the old version. scripts/moto-launcher.py patches update_secret_version_stage so that the
 *   default version follows AWSCURRENT, as in AWS; json-merge depends on it. The launcher also
 *   serialises Secrets Manager requests, which moto handles on threads without a lock: without
 *   that the compare-and-swap would not be atomic in moto, as it is in AWS.
 * - DescribeSecret lists versions left without any label (with []), which AWS omits. The tests
 *   count every version, to prove that a run wrote no version (or exactly one per merge attempt),
 *   and look only at labelled versions when checking that just AWSCURRENT and AWSPREVIOUS remain.
 * - moto's RotateSecret with a rotation Lambda needs that function in moto's Lambda (and Docker to
 *   run it). Rotation is turned on with a schedule and no Lambda instead (see enableRotation): moto
 *   then sets RotationEnabled and, unlike AWS with RotateImmediately=false, labels a copy of the
 *   value AWSCURRENT as a new version, so those tests read the secret again after enabling it.
 * - moto accepts any KMS key id or alias without checking that the key exists.
 *
 * Runs go through a pass-through proxy (support/faults.ts) that records each request's operation,
 * so that "no write call" is checked on the wire, not only by reading the secret afterwards.
 */
import { randomBytes, randomInt } from 'node:crypto'
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals'
import type { Moto } from '../../scripts/moto.mjs'
import { createSecret, deleteSecret, enableRotation, moveStage, putValue, readSecret } from '../support/aws.js'
import type { SecretState } from '../support/aws.js'
import { secretNames, startLocal, stopLocal } from '../support/local.js'
import type { Fault, FaultProxy } from '../support/faults.js'
import {
  errorMessages,
  expectExit,
  expectOneError,
  expectOneNewVersion,
  expectRun,
  expectUntouched
} from '../support/expect-run.js'
import { expectMaskedWhenPrinted, expectNoLeaks } from '../support/leaks.js'
import { runAction } from '../support/run-action.js'
import type { ActionRun, RunOptions } from '../support/run-action.js'
import { inOrder } from '../support/calls.js'
import { hex, seed as seedSecret, type Seeded } from '../support/seed.js'
import { killedRun, type KilledRun, type KillPoint } from '../support/kill.js'

let moto: Moto
/** A pass-through proxy in front of moto that records each request's operation. */
let counter: FaultProxy

beforeAll(async () => ({ moto, proxy: counter } = await startLocal()))
afterAll(() => stopLocal({ moto, proxy: counter }))

const uniqueName = secretNames('rotation')

const SEED_DESCRIPTION = 'seeded by the rotation suite'
const SEED_KMS_KEY = 'alias/rotation-seed-key'

/** A new secret with the suite's description and key. */
function seed(label: string, value: string | Buffer): Promise<Seeded> {
  return seedSecret(moto.endpoint, uniqueName(label), { value, description: SEED_DESCRIPTION, kmsKeyId: SEED_KMS_KEY })
}

function read(secretId: string): Promise<SecretState> {
  return readSecret(moto.endpoint, secretId)
}

/** A run and the Secrets Manager operations it called, in order. */
interface CountedRun {
  readonly run: ActionRun
  readonly calls: string[]
}

/**
 * Runs the bundle through the counting proxy (one run at a time: the proxy's log is shared), with
 * `faults` planned for the operations they name.
 */
async function update(
  inputs: Record<string, string>,
  opts: RunOptions = {},
  faults?: [Fault[], string]
): Promise<CountedRun> {
  counter.reset()
  if (faults) counter.plan(...faults)
  const run = await runAction({ 'endpoint-url': counter.url, ...inputs }, opts)
  return { run, calls: counter.requests.map((request) => request.operation ?? '(none)') }
}

const WRITE_OPERATIONS = new Set([
  'CreateSecret',
  'UpdateSecret',
  'PutSecretValue',
  'UpdateSecretVersionStage',
  'DeleteSecret',
  'RestoreSecret',
  'RotateSecret',
  'CancelRotateSecret',
  'TagResource',
  'UntagResource',
  'PutResourcePolicy',
  'DeleteResourcePolicy',
  'ReplicateSecretToRegions'
])

function writes(calls: readonly string[]): string[] {
  return calls.filter((operation) => WRITE_OPERATIONS.has(operation))
}

function expectSucceeded(run: ActionRun): void {
  expectExit(run, 0)
  expect(errorMessages(run)).toEqual([])
}

/** Exit 1, exactly one `::error::` line matching every pattern, and no outputs at all. */
function expectFailed(run: ActionRun, first: RegExp, ...more: RegExp[]): string {
  expectExit(run, 1)
  const message = expectOneError(run, first)
  for (const pattern of more) expectRun(run, pattern.test(message), `expected the error to match ${String(pattern)}`)
  expect(run.outputs).toEqual({})
  return message
}

function expectOutputs(
  run: ActionRun,
  expected: { arn: string; name: string; versionId: string; changed: boolean }
): void {
  // previous-version-id is checked by the two-phase suite, which is about it.
  const outputs: Record<string, string> = { ...run.outputs }
  delete outputs['previous-version-id']
  // current-version-id is checked by the staged-rotation suite, which is about it.
  delete outputs['current-version-id']
  expect(outputs).toEqual({
    arn: expected.arn,
    name: expected.name,
    'version-id': expected.versionId,
    changed: String(expected.changed)
  })
}

/** The messages of the run's `::warning::` commands. */
function warnings(run: ActionRun): string[] {
  return run.log
    .split('\n')
    .map((line) => /^::warning(?: [^:]*)?::(.*)$/.exec(line.replace(/\r$/, '')))
    .flatMap((match) => (match ? [match[1] ?? ''] : []))
}

/** The summary's heading. */
function heading(run: ActionRun): string {
  return run.summary.split('\n').find((line) => line.startsWith('#')) ?? ''
}

/** The summary table's row for `label` (e.g. `Value`, `Description`). */
function row(run: ActionRun, label: string): string {
  return run.summary.split('\n').find((line) => line.startsWith(`| ${label} |`)) ?? ''
}

/** The row that says whether the secret changed (`Changed`, or `Would change` in a dry run). */
function changedRow(run: ActionRun): string {
  return row(run, 'Changed') || row(run, 'Would change')
}

/** A real run's summary: not a dry run, naming the secret and the outcome. */
function expectRealSummary(run: ActionRun, secret: { name: string }, outcome: RegExp): void {
  expect(heading(run)).not.toMatch(/dry run/i)
  expect(heading(run)).toMatch(outcome)
  expect(heading(run)).toContain(secret.name)
}

function expectDryRunSummary(run: ActionRun, secret: { name: string }): void {
  expect(heading(run)).toMatch(/dry run/i)
  expect(heading(run)).toContain(secret.name)
  expect(run.log).toMatch(/dry run/i)
}

/** Only labelled versions count here: moto keeps unlabelled ones in DescribeSecret, AWS does not. */
function labelsOf(state: SecretState): string[] {
  return state.versions.flatMap((version) => version.stages).sort()
}

/** Exactly AWSCURRENT and AWSPREVIOUS are left, on two versions: no merge label stays behind. */
function expectOnlyCurrentAndPrevious(state: SecretState): void {
  expect(labelsOf(state)).toEqual(['AWSCURRENT', 'AWSPREVIOUS'])
  expect(state.versions.filter((version) => version.stages.length > 0)).toHaveLength(2)
}

/** Nothing was written: the same versions (count and labels), value, description and key. */
async function expectNothingWritten(secret: Seeded): Promise<void> {
  const after = await read(secret.arn)
  expectUntouched(secret.before, after)
  expect(after.deletedDate).toEqual(secret.before.deletedDate)
}

/**
 * skip-unchanged found the value equal: changed=false, version-id is the current version's, no
 * write call was made, the secret is as it was, and the log says the value was unchanged.
 */
async function expectSkipped(run: ActionRun, calls: string[], secret: Seeded): Promise<void> {
  expectOutputs(run, { arn: secret.arn, name: secret.name, versionId: secret.before.current.versionId, changed: false })
  expect(writes(calls)).toEqual([])
  await expectNothingWritten(secret)
  expect(row(run, 'Value')).toMatch(/unchanged/i)
}

async function expectMissing(name: string): Promise<void> {
  await expect(read(name)).rejects.toMatchObject({ code: 'ResourceNotFoundException' })
}

/**
 * The run wrote one new version (expectOneNewVersion), only AWSCURRENT and AWSPREVIOUS remain, and
 * the outputs name them. Returns the state read after the run.
 */
async function expectWrittenOnce(run: ActionRun, secret: Seeded): Promise<SecretState> {
  const after = await read(secret.arn)
  expectOneNewVersion(run, secret.before, after)
  expectOnlyCurrentAndPrevious(after)
  expectOutputs(run, { arn: secret.arn, name: secret.name, versionId: after.current.versionId, changed: true })
  return after
}

/** The string and number leaves of a JSON value (the parts the action must mask). */
function leaves(value: unknown): string[] {
  if (typeof value === 'string') return [value]
  if (typeof value === 'number') return [String(value)]
  if (Array.isArray(value)) return value.flatMap(leaves)
  if (typeof value === 'object' && value !== null) return Object.values(value).flatMap(leaves)
  return []
}

/** What must not be visible of a JSON value: its compact text and its leaves. */
function jsonSecrets(value: unknown): string[] {
  return [JSON.stringify(value), ...leaves(value)]
}

/** Stored as compact JSON: no whitespace outside strings. */
function expectCompactJson(text: string | undefined): unknown {
  expect(text).toBeDefined()
  const parsed: unknown = JSON.parse(text ?? '')
  expect(text).toBe(JSON.stringify(parsed))
  return parsed
}

/** Deterministic bytes that are not UTF-8 and contain NUL, CR, LF and 0xFF. */
function bytePattern(length: number, step: number): Buffer {
  return Buffer.from(Array.from({ length }, (_, i) => (i * step + 11) % 256))
}

describe('skip-unchanged', () => {
  it('an equal string: no write, no new version, version-id is the current version, changed=false', async () => {
    const value = 'skip-equal-Value-9f3K!'
    const secret = await seed('skip-equal', value)
    const { run, calls } = await update({ 'secret-id': secret.name, 'secret-string': value, 'skip-unchanged': 'true' })
    expectSucceeded(run)
    expect(calls).toContain('GetSecretValue')
    await expectSkipped(run, calls, secret)
    expectRealSummary(run, secret, /unchanged/i)
    expect(changedRow(run)).toMatch(/\| no \|/)
    expectNoLeaks(run, [value])
    expectMaskedWhenPrinted(run, value)
  })

  it('equal JSON with another key order and whitespace: no new version, changed=false', async () => {
    const stored = {
      username: 'svc-skip-user',
      password: 'pw-Zr8#kL2q-json',
      timeoutMs: 86400000,
      options: { tls: true, hosts: ['db-one.internal', 'db-two.internal'] }
    }
    const secret = await seed('skip-json', JSON.stringify(stored))
    const value = [
      '{',
      '  "options": { "hosts": [ "db-one.internal", "db-two.internal" ], "tls": true },',
      '  "timeoutMs": 86400000,',
      '  "password": "pw-Zr8#kL2q-json",',
      '\t"username":"svc-skip-user"',
      '}',
      ''
    ].join('\n')
    const { run, calls } = await update({ 'secret-id': secret.name, 'secret-string': value, 'skip-unchanged': 'true' })
    expectSucceeded(run)
    await expectSkipped(run, calls, secret)
    expectRealSummary(run, secret, /unchanged/i)
    expectNoLeaks(run, [value, ...jsonSecrets(stored)])
  })

  it.each([
    ['a different string', 'skip-old-Value-1aB', 'skip-new-Value-2cD'],
    [
      'JSON that differs in one leaf',
      '{"user":"svc-diff-user","password":"pw-before-Xy7"}',
      '{ "password": "pw-after-Wq3", "user": "svc-diff-user" }'
    ]
  ])('%s: a new version, stored as given, changed=true', async (_label, stored, value) => {
    const secret = await seed('skip-different', stored)
    const { run, calls } = await update({ 'secret-id': secret.name, 'secret-string': value, 'skip-unchanged': 'true' })
    expectSucceeded(run)
    const after = await expectWrittenOnce(run, secret)
    expect(after.current.secretString).toBe(value)
    expect(after.previous?.secretString).toBe(stored)
    expect(after.description).toBe(SEED_DESCRIPTION)
    expect(after.kmsKeyId).toBe(SEED_KMS_KEY)
    expect(writes(calls)).toEqual(['UpdateSecret'])
    expectRealSummary(run, secret, /updated/i)
    expect(row(run, 'Value')).toMatch(/new version/i)
    expect(changedRow(run)).toMatch(/\| yes \|/)
    expectNoLeaks(run, [stored, value])
    expectMaskedWhenPrinted(run, value)
  })

  it('equal bytes from a binary file: no new version, changed=false', async () => {
    const bytes = bytePattern(512, 37)
    const secret = await seed('skip-binary', bytes)
    const { run, calls } = await update(
      { 'secret-id': secret.name, 'value-from-file': 'keystore.p12', binary: 'true', 'skip-unchanged': 'true' },
      { files: { 'keystore.p12': bytes } }
    )
    expectSucceeded(run)
    await expectSkipped(run, calls, secret)
    expectNoLeaks(run, [bytes])
    expectMaskedWhenPrinted(run, bytes)
  })

  it('bytes that differ in one byte: a new version with the new bytes', async () => {
    const stored = bytePattern(512, 37)
    const value = Buffer.from(stored)
    value[511] = (value[511] ?? 0) ^ 0xff
    const secret = await seed('skip-binary-diff', stored)
    const { run } = await update(
      { 'secret-id': secret.name, 'value-from-file': 'keystore.p12', binary: 'true', 'skip-unchanged': 'true' },
      { files: { 'keystore.p12': value } }
    )
    expectSucceeded(run)
    const after = await expectWrittenOnce(run, secret)
    expect(after.current.secretBinary?.toString('hex')).toBe(value.toString('hex'))
    expectNoLeaks(run, [stored, value])
  })

  it('an equal value with a new description and KMS key: both applied, no new version, changed=true', async () => {
    const value = 'skip-desc-Value-5tG'
    const secret = await seed('skip-description', value)
    const description = 'described anew by the rotation suite'
    const kmsKeyId = 'alias/rotation-skip-key'
    const inputs = {
      'secret-id': secret.name,
      'secret-string': value,
      description,
      'kms-key-id': kmsKeyId,
      'skip-unchanged': 'true'
    }
    const { run, calls } = await update(inputs)
    expectSucceeded(run)
    expectOutputs(run, {
      arn: secret.arn,
      name: secret.name,
      versionId: secret.before.current.versionId,
      changed: true
    })
    expect(writes(calls)).toEqual(['UpdateSecret'])
    const after = await read(secret.arn)
    expect(after.description).toBe(description)
    expect(after.kmsKeyId).toBe(kmsKeyId)
    expect(after.versions).toEqual(secret.before.versions)
    expect(after.current).toEqual(secret.before.current)
    expectRealSummary(run, secret, /updated/i)
    expect(row(run, 'Value')).toMatch(/unchanged/i)
    expect(row(run, 'Description')).toContain(SEED_DESCRIPTION)
    expect(row(run, 'Description')).toContain(description)
    expect(row(run, 'KMS key')).toContain(SEED_KMS_KEY)
    expect(row(run, 'KMS key')).toContain(kmsKeyId)
    expect(changedRow(run)).toMatch(/\| yes \|/)
    expectNoLeaks(run, [value])

    // The same step again: description and key are now equal too, so nothing at all is written.
    const again = await update(inputs)
    expectSucceeded(again.run)
    expectOutputs(again.run, {
      arn: secret.arn,
      name: secret.name,
      versionId: secret.before.current.versionId,
      changed: false
    })
    expect(writes(again.calls)).toEqual([])
    expectUntouched(after, await read(secret.arn))
    expectNoLeaks(again.run, [value])
  })
})

describe('json-merge', () => {
  const ORIGINAL = {
    username: 'svc-merge-user',
    password: 'old-pw-Qm3!xT',
    legacy_token: 'legacy-token-77aa',
    db: { host: 'db-primary.internal', options: { sslmode: 'verify-full', pool: 'pool-size-ten' } }
  }
  const PATCH = {
    password: 'new-pw-Kp9$wZ',
    api_key: 'ak-live-7Yt2Pq',
    legacy_token: null,
    db: { replica: 'db-replica.internal', options: { pool: null, timeout: 'timeout-30s' } }
  }
  const MERGED = {
    username: 'svc-merge-user',
    password: 'new-pw-Kp9$wZ',
    db: {
      host: 'db-primary.internal',
      options: { sslmode: 'verify-full', timeout: 'timeout-30s' },
      replica: 'db-replica.internal'
    },
    api_key: 'ak-live-7Yt2Pq'
  }

  const PATCH_FILE = `${JSON.stringify(PATCH, null, 2)}\n`
  const PATCH_SOURCES: Array<
    [string, { inputs: Record<string, string>; files: Record<string, string>; text: string }]
  > = [
    ['secret-string', { inputs: { 'secret-string': JSON.stringify(PATCH) }, files: {}, text: JSON.stringify(PATCH) }],
    [
      'value-from-file (pretty-printed)',
      { inputs: { 'value-from-file': 'patch.json' }, files: { 'patch.json': PATCH_FILE }, text: PATCH_FILE }
    ]
  ]

  it.each(PATCH_SOURCES)(
    'a patch from %s: keys merge, nested objects merge, null removes; stored compact as the new AWSCURRENT',
    async (_label, { inputs: valueInputs, files, text: patchText }) => {
      const secret = await seed('merge', JSON.stringify(ORIGINAL))
      const { run, calls } = await update({ 'secret-id': secret.name, 'json-merge': 'true', ...valueInputs }, { files })
      expectSucceeded(run)
      const after = await expectWrittenOnce(run, secret)
      expect(expectCompactJson(after.current.secretString)).toEqual(MERGED)
      expect(after.previous?.secretString).toBe(JSON.stringify(ORIGINAL))
      expect(after.description).toBe(SEED_DESCRIPTION)
      expect(after.kmsKeyId).toBe(SEED_KMS_KEY)
      // One attempt (no other writer): the value under the run's own label, then the swap of
      // AWSCURRENT, then the removal of the run's label.
      expect(writes(calls)).toEqual(['PutSecretValue', 'UpdateSecretVersionStage', 'UpdateSecretVersionStage'])
      expect(row(run, 'Merge attempts')).toBe('')
      expectRealSummary(run, secret, /updated/i)
      expect(row(run, 'Value')).toMatch(/new version/i)
      expect(run.summary).toContain(after.current.versionId)

      expectNoLeaks(run, [patchText, ...jsonSecrets(PATCH), ...jsonSecrets(ORIGINAL), ...jsonSecrets(MERGED)])
      for (const value of [JSON.stringify(MERGED), ...leaves(PATCH), ...leaves(MERGED)])
        expectMaskedWhenPrinted(run, value)
    }
  )

  it.each([
    ['plain text', 'plain-text-current-Value-x9'],
    ['a JSON array', '["array-item-one","array-item-two"]'],
    ['a JSON string', '"json-string-current-value"']
  ])('a current value that is %s: exit 1, nothing written, neither value shown', async (_label, stored) => {
    const secret = await seed('merge-not-object', stored)
    const patch = '{"new_key":"patch-leaf-value-1"}'
    const { run, calls } = await update({ 'secret-id': secret.name, 'json-merge': 'true', 'secret-string': patch })
    expectFailed(run, /not a JSON object/, /current value|AWSCURRENT/i, /nothing was written/i)
    expect(writes(calls)).toEqual([])
    await expectNothingWritten(secret)
    expectNoLeaks(run, [stored, patch, 'patch-leaf-value-1', 'array-item-one', 'array-item-two'])
  })

  it.each([
    ['a JSON array', '[1,2]'],
    ['a JSON string', '"x"'],
    ['a JSON number', '4242'],
    ['null', 'null'],
    ['invalid JSON', '{"unterminated": "patch-text-abcd"']
  ])('a patch that is %s: exit 1, nothing written', async (_label, patch) => {
    const stored = '{"kept":"kept-value-before-bad-patch"}'
    const secret = await seed('merge-bad-patch', stored)
    const { run, calls } = await update({ 'secret-id': secret.name, 'json-merge': 'true', 'secret-string': patch })
    expectFailed(run, /json-merge/, /not a JSON object/)
    expect(writes(calls)).toEqual([])
    await expectNothingWritten(secret)
    expectNoLeaks(run, [stored, patch, 'kept-value-before-bad-patch', 'patch-text-abcd'])
  })

  it('with skip-unchanged, a patch that changes nothing writes nothing: changed=false, version-id is the current one', async () => {
    const secret = await seed('merge-noop', JSON.stringify(ORIGINAL))
    const patch = JSON.stringify({ username: ORIGINAL.username, absent_key: null, db: { host: ORIGINAL.db.host } })
    const { run, calls } = await update({
      'secret-id': secret.name,
      'json-merge': 'true',
      'skip-unchanged': 'true',
      'secret-string': patch
    })
    expectSucceeded(run)
    await expectSkipped(run, calls, secret)
    expectRealSummary(run, secret, /unchanged/i)
    expectNoLeaks(run, [patch, ...jsonSecrets(ORIGINAL)])
  })

  it('without skip-unchanged, the same no-op patch writes a new version (same JSON, compact)', async () => {
    const secret = await seed('merge-noop-written', JSON.stringify(ORIGINAL, null, 2))
    const patch = JSON.stringify({ username: ORIGINAL.username })
    const { run } = await update({ 'secret-id': secret.name, 'json-merge': 'true', 'secret-string': patch })
    expectSucceeded(run)
    const after = await expectWrittenOnce(run, secret)
    expect(expectCompactJson(after.current.secretString)).toEqual(ORIGINAL)
    expectNoLeaks(run, [patch, ...jsonSecrets(ORIGINAL)])
  })
})

describe('json-merge with metadata, an empty secret and a lost answer', () => {
  const STORED = { user: 'svc-merge-meta-user', password: 'merge-meta-pw-6Tg' }

  it('a merge and a new description in one run: one new version, the description applied', async () => {
    const secret = await seed('merge-description', JSON.stringify(STORED))
    const patch = JSON.stringify({ password: 'merge-meta-new-pw-7Yh' })
    const description = 'merged and described by the rotation suite'
    const { run } = await update({
      'secret-id': secret.name,
      'json-merge': 'true',
      'secret-string': patch,
      description
    })
    expectSucceeded(run)
    const after = await expectWrittenOnce(run, secret)
    expect(expectCompactJson(after.current.secretString)).toEqual({ ...STORED, password: 'merge-meta-new-pw-7Yh' })
    expect(after.description).toBe(description)
    expect(row(run, 'Description')).toContain(description)
    expectNoLeaks(run, [patch, 'merge-meta-new-pw-7Yh', ...jsonSecrets(STORED)])
  })

  it('a no-op patch with skip-unchanged and a new description: the description applied, no new version, changed=true', async () => {
    const secret = await seed('merge-noop-description', JSON.stringify(STORED))
    const patch = JSON.stringify({ user: STORED.user })
    const description = 'described, not merged, by the rotation suite'
    const { run, calls } = await update({
      'secret-id': secret.name,
      'json-merge': 'true',
      'skip-unchanged': 'true',
      'secret-string': patch,
      description
    })
    expectSucceeded(run)
    expectOutputs(run, {
      arn: secret.arn,
      name: secret.name,
      versionId: secret.before.current.versionId,
      changed: true
    })
    expect(writes(calls)).toEqual(['UpdateSecret'])
    const after = await read(secret.arn)
    expect(after.versions).toEqual(secret.before.versions)
    expect(after.current).toEqual(secret.before.current)
    expect(after.description).toBe(description)
    expect(row(run, 'Value')).toMatch(/unchanged/i)
    expectNoLeaks(run, [patch, ...jsonSecrets(STORED)])
  })

  it('onto a secret that has no value yet: the patch (nulls dropped) becomes its first and only version', async () => {
    const name = uniqueName('merge-empty')
    const created = await createSecret(moto.endpoint, name, { description: SEED_DESCRIPTION })
    const before = await read(created.arn)
    expect(before.versions).toEqual([])
    const patch = JSON.stringify({ first_key: 'merge-empty-Value-8Uj', dropped: null })
    const { run } = await update({ 'secret-id': name, 'json-merge': 'true', 'secret-string': patch })
    expectSucceeded(run)
    const after = await read(created.arn)
    expect(expectCompactJson(after.current.secretString)).toEqual({ first_key: 'merge-empty-Value-8Uj' })
    expectOutputs(run, { arn: created.arn, name, versionId: after.current.versionId, changed: true })
    expect(labelsOf(after)).toEqual(['AWSCURRENT'])
    // No other writer: one attempt, one version.
    expect(row(run, 'Merge attempts')).toBe('')
    expect(after.versions).toHaveLength(1)
    expectNoLeaks(run, [patch, 'merge-empty-Value-8Uj'])
  })

  it.each([
    ['without skip-unchanged', {}],
    ['with skip-unchanged', { 'skip-unchanged': 'true' }]
  ])(
    'the answer to a successful swap is lost (%s): the merge stands as one version, changed=true',
    async (_label, options) => {
      const secret = await seed('merge-lost-answer', JSON.stringify(STORED))
      const patch = JSON.stringify({ password: 'merge-lost-pw-9Ik' })
      counter.reset()
      // moto applies the first swap, then the connection closes without an answer: the SDK retries
      // it, and the retry finds AWSCURRENT already moved (by this very run).
      counter.plan([{ kind: 'forward-then-close' }], 'UpdateSecretVersionStage')
      const run = await runAction({
        'endpoint-url': counter.url,
        'secret-id': secret.name,
        'json-merge': 'true',
        'secret-string': patch,
        ...options
      })
      counter.reset()
      expectSucceeded(run)
      // AWSCURRENT is on the run's own version: the swap landed, and there is nothing to merge again
      // (a second identical version would spend the version quota for nothing).
      const after = await expectWrittenOnce(run, secret)
      expect(expectCompactJson(after.current.secretString)).toEqual({ ...STORED, password: 'merge-lost-pw-9Ik' })
      expect(changedRow(run)).toMatch(/\| yes \|/)
      expectNoLeaks(run, [patch, 'merge-lost-pw-9Ik', ...jsonSecrets(STORED)])
    }
  )
})

describe('json-merge: several instances of the action at once', () => {
  const INSTANCES = 6
  const ROUNDS = 3

  /** Compare-and-swap attempts a run took: the summary shows the count when above 1. */
  function attemptsOf(run: ActionRun): number {
    const match = /^\| Merge attempts \| (\d+) \|$/m.exec(run.summary)
    return match ? Number(match[1]) : 1
  }

  /**
   * Starts INSTANCES runs at once, each merging one key of its own, and checks the round: every
   * run succeeded with a version of the secret, the value holds every key merged so far, only
   * AWSCURRENT and AWSPREVIOUS remain, and each attempt wrote exactly one version.
   */
  async function mergeRound(
    secret: Seeded,
    expected: Record<string, string>,
    tag: string,
    endpoint: string
  ): Promise<number[]> {
    const before = await read(secret.arn)
    const patches = Array.from({ length: INSTANCES }, (_, i) => ({
      [`${tag}-key-${i}`]: `merged-${tag}-${i}-${randomBytes(6).toString('hex')}`
    }))
    const runs = await Promise.all(
      patches.map((patch) =>
        runAction({
          'endpoint-url': endpoint,
          'secret-id': secret.name,
          'json-merge': 'true',
          'secret-string': JSON.stringify(patch)
        })
      )
    )
    for (const run of runs) {
      expectSucceeded(run)
      expect(run.outputs).toMatchObject({ arn: secret.arn, name: secret.name, changed: 'true' })
    }
    Object.assign(expected, ...patches)

    const after = await read(secret.arn)
    expect(expectCompactJson(after.current.secretString)).toEqual(expected)

    const versionIds = runs.map((run) => run.outputs['version-id'] ?? '')
    const known = new Set(after.versions.map((version) => version.versionId))
    const earlier = new Set(before.versions.map((version) => version.versionId))
    expect(new Set(versionIds).size).toBe(INSTANCES)
    for (const id of versionIds) {
      expect(id).not.toBe('')
      expect(known.has(id)).toBe(true)
      expect(earlier.has(id)).toBe(false)
    }
    // The last swap of the round is AWSCURRENT, the one before it AWSPREVIOUS.
    expect(versionIds).toContain(after.current.versionId)
    expect(versionIds).toContain(after.previous?.versionId)
    expectOnlyCurrentAndPrevious(after)

    // Each attempt writes one version (a lost race leaves it unlabelled): nothing more.
    const attempts = runs.map(attemptsOf)
    expect(after.versions).toHaveLength(before.versions.length + attempts.reduce((sum, n) => sum + n, 0))

    const secrets = [...leaves(expected), JSON.stringify(expected), ...patches.map((patch) => JSON.stringify(patch))]
    for (const run of runs) expectNoLeaks(run, secrets)
    return attempts
  }

  it(`${INSTANCES} instances merging a key each into one secret: all succeed, no key is lost (${ROUNDS} rounds)`, async () => {
    const original = { 'original-user': 'svc-concurrent-user', 'original-password': 'orig-pw-Hn4#qLw' }
    const secret = await seed('concurrent', JSON.stringify(original))
    const expected: Record<string, string> = { ...original }
    for (let round = 1; round <= ROUNDS; round++) {
      await mergeRound(secret, expected, `round${round}`, moto.endpoint)
    }
    expect(Object.keys(expected)).toHaveLength(2 + INSTANCES * ROUNDS)
  }, 180_000)

  it('instances that all read the same AWSCURRENT retry the swap until every merge lands', async () => {
    const original = { 'original-user': 'svc-contended-user' }
    const secret = await seed('contended', JSON.stringify(original))
    const expected: Record<string, string> = { ...original }
    // Each instance's first read is answered 1.5 s late, after moto served it: every instance that
    // reads within that window merges onto the same version, so all but one lose the first swap.
    counter.reset()
    counter.plan(
      Array.from({ length: INSTANCES }, () => ({ kind: 'delay', ms: 1500 }) as const),
      'GetSecretValue'
    )
    try {
      const attempts = await mergeRound(secret, expected, 'contended', counter.url)
      expect(attempts.filter((n) => n > 1).length).toBeGreaterThanOrEqual(1)
      expect(counter.requestsFor('UpdateSecretVersionStage').some((request) => request.upstreamStatus === 400)).toBe(
        true
      )
    } finally {
      counter.reset()
    }
  }, 120_000)
})

describe('dry-run', () => {
  it('plans a value, description and KMS key change and writes nothing', async () => {
    const stored = 'dry-run-seed-Value-3Lp'
    const secret = await seed('dry-run', stored)
    const value = 'dry-run-new-Value-8Qw'
    const description = 'new description from the dry run'
    const kmsKeyId = 'alias/rotation-new-key'
    const { run, calls } = await update({
      'secret-id': secret.name,
      'secret-string': value,
      description,
      'kms-key-id': kmsKeyId,
      'dry-run': 'true'
    })
    expectSucceeded(run)
    expectOutputs(run, { arn: secret.arn, name: secret.name, versionId: '', changed: true })
    expect(writes(calls)).toEqual([])
    // The secret is resolved; its value is read only for skip-unchanged or json-merge.
    expect(calls).toContain('DescribeSecret')
    expect(calls).not.toContain('GetSecretValue')
    await expectNothingWritten(secret)

    expectDryRunSummary(run, secret)
    expect(row(run, 'Value')).toMatch(/would/i)
    expect(row(run, 'Value')).toMatch(/new version/i)
    expect(row(run, 'Description')).toContain(SEED_DESCRIPTION)
    expect(row(run, 'Description')).toContain(description)
    expect(row(run, 'KMS key')).toContain(SEED_KMS_KEY)
    expect(row(run, 'KMS key')).toContain(kmsKeyId)
    expect(changedRow(run)).toMatch(/\| yes \|/)
    const logLines = run.log.split('\n')
    expect(
      logLines.some(
        (line) => /description/i.test(line) && line.includes(SEED_DESCRIPTION) && line.includes(description)
      )
    ).toBe(true)
    expect(logLines.some((line) => /kms/i.test(line) && line.includes(SEED_KMS_KEY) && line.includes(kmsKeyId))).toBe(
      true
    )
    expectNoLeaks(run, [stored, value])
    expectMaskedWhenPrinted(run, value)
  })

  it('with skip-unchanged and an equal value: changed=false, nothing written', async () => {
    const value = 'dry-run-equal-Value-6Yh'
    const secret = await seed('dry-run-equal', value)
    const { run, calls } = await update({
      'secret-id': secret.name,
      'secret-string': value,
      'skip-unchanged': 'true',
      'dry-run': 'true'
    })
    expectSucceeded(run)
    expectOutputs(run, { arn: secret.arn, name: secret.name, versionId: '', changed: false })
    expect(writes(calls)).toEqual([])
    expect(calls).toContain('GetSecretValue')
    await expectNothingWritten(secret)
    expectDryRunSummary(run, secret)
    expect(row(run, 'Value')).toMatch(/unchanged/i)
    expect(changedRow(run)).toMatch(/\| no \|/)
    expectNoLeaks(run, [value])
  })

  it('with json-merge: a real run would write, this one writes nothing; a no-op patch with skip-unchanged: changed=false', async () => {
    const stored = { user: 'svc-dry-merge-user', password: 'dry-merge-pw-4Rf' }
    const secret = await seed('dry-run-merge', JSON.stringify(stored))
    const patch = JSON.stringify({ password: 'dry-merge-new-pw-9Jk' })
    const first = await update({
      'secret-id': secret.name,
      'json-merge': 'true',
      'secret-string': patch,
      'dry-run': 'true'
    })
    expectSucceeded(first.run)
    expectOutputs(first.run, { arn: secret.arn, name: secret.name, versionId: '', changed: true })
    expect(writes(first.calls)).toEqual([])
    await expectNothingWritten(secret)
    expectDryRunSummary(first.run, secret)
    expect(row(first.run, 'Value')).toMatch(/would/i)
    expectNoLeaks(first.run, [patch, 'dry-merge-new-pw-9Jk', ...jsonSecrets(stored)])

    const noop = JSON.stringify({ user: stored.user })
    const second = await update({
      'secret-id': secret.name,
      'json-merge': 'true',
      'skip-unchanged': 'true',
      'secret-string': noop,
      'dry-run': 'true'
    })
    expectSucceeded(second.run)
    expectOutputs(second.run, { arn: secret.arn, name: secret.name, versionId: '', changed: false })
    expect(writes(second.calls)).toEqual([])
    await expectNothingWritten(secret)
    expectDryRunSummary(second.run, secret)
    expectNoLeaks(second.run, [noop, ...jsonSecrets(stored)])
  })

  it('a secret that does not exist fails, and nothing is created', async () => {
    const name = uniqueName('dry-run-missing')
    const value = 'dry-run-missing-Value-2Ws'
    const { run, calls } = await update({ 'secret-id': name, 'secret-string': value, 'dry-run': 'true' })
    expectFailed(run, /ResourceNotFoundException/, /secret-id/)
    expect(writes(calls)).toEqual([])
    await expectMissing(name)
    expectNoLeaks(run, [value])
  })

  it.each([
    [
      'a value and a description',
      { 'secret-string': 'dry-run-create-Value-7Ed', description: 'planned by the dry run' }
    ],
    ['a description only', { description: 'planned by the dry run' }]
  ])(
    'a missing secret with create-if-missing and %s: the plan says it would be created, nothing is created',
    async (_label, inputs) => {
      const name = uniqueName('dry-run-create')
      const { run, calls } = await update({
        'secret-id': name,
        'create-if-missing': 'true',
        'dry-run': 'true',
        ...inputs
      })
      expectSucceeded(run)
      // No ARN exists yet: the output is empty, as version-id is.
      expectOutputs(run, { arn: '', name, versionId: '', changed: true })
      expect(writes(calls)).toEqual([])
      await expectMissing(name)
      expectDryRunSummary(run, { name })
      expect(row(run, 'Description')).toContain(inputs.description)
      expectNoLeaks(run, ['dry-run-create-Value-7Ed'])
      // The plan must say that the secret does not exist and would be created, in the summary and in
      // the log (a log reader sees nothing else of the plan).
      expect(run.summary).toMatch(/would (be )?creat/i)
      expect(run.log).toMatch(/would (be )?creat/i)
    }
  )
})

describe('create-if-missing', () => {
  it.each([
    ['a plain update', {}, 'create-plain-Value-1Qa', 'create-plain-Value-1Qa'],
    ['skip-unchanged', { 'skip-unchanged': 'true' }, 'create-skip-Value-2Ws', 'create-skip-Value-2Ws'],
    [
      'json-merge (the patch merged onto {})',
      { 'json-merge': 'true' },
      '{"created_key":"create-merge-Value-3Ed","dropped":null}',
      '{"created_key":"create-merge-Value-3Ed"}'
    ]
  ])(
    'with %s: a missing name is created with the value, description and KMS key',
    async (_label, options, value, stored) => {
      const name = uniqueName('create')
      const description = 'created by the rotation suite'
      const kmsKeyId = 'alias/rotation-create-key'
      const { run, calls } = await update({
        'secret-id': name,
        'secret-string': value,
        description,
        'kms-key-id': kmsKeyId,
        'create-if-missing': 'true',
        ...options
      })
      expectSucceeded(run)
      const after = await read(name)
      expectOutputs(run, { arn: after.arn, name, versionId: after.current.versionId, changed: true })
      expect(after.current.versionId).not.toBe('')
      expect(after.current.secretString).toBe(stored)
      expect(after.description).toBe(description)
      expect(after.kmsKeyId).toBe(kmsKeyId)
      expect(after.versions).toEqual([{ versionId: after.current.versionId, stages: ['AWSCURRENT'] }])
      expect(writes(calls).filter((operation) => operation === 'CreateSecret')).toHaveLength(1)
      expectRealSummary(run, { name }, /created/i)
      expect(run.summary).toContain(after.arn)
      expectNoLeaks(run, [value, stored, 'create-merge-Value-3Ed'])
      expectMaskedWhenPrinted(run, stored)
    }
  )

  it.each([
    ['a plain update', {}],
    ['skip-unchanged', { 'skip-unchanged': 'true' }],
    ['dry-run', { 'dry-run': 'true' }]
  ])('with %s: the ARN of a missing secret fails clearly, nothing is created', async (_label, options) => {
    const name = uniqueName('create-by-arn')
    const arn = `arn:aws:secretsmanager:us-east-1:123456789012:secret:${name}-AbCdEf`
    const value = 'create-by-arn-Value-4Rf'
    const { run, calls } = await update({
      'secret-id': arn,
      'secret-string': value,
      'create-if-missing': 'true',
      ...options
    })
    expectFailed(run, /ARN/, /secret-id/, /name/)
    expect(writes(calls)).not.toContain('CreateSecret')
    await expectMissing(name)
    expectNoLeaks(run, [value])
  })

  it.each([
    ['a plain update', {}],
    ['skip-unchanged', { 'skip-unchanged': 'true' }],
    ['json-merge', { 'json-merge': 'true' }]
  ])('off (the default), with %s: a missing secret is an error, nothing is created', async (_label, options) => {
    const name = uniqueName('no-create')
    const value = '{"never":"never-created-Value-5Tg"}'
    const { run, calls } = await update({ 'secret-id': name, 'secret-string': value, ...options })
    expectFailed(run, /ResourceNotFoundException/, /create-if-missing/)
    expect(writes(calls)).not.toContain('CreateSecret')
    await expectMissing(name)
    expectNoLeaks(run, [value, 'never-created-Value-5Tg'])
  })
})

describe('guards', () => {
  async function seedRotating(label: string, value: string): Promise<Seeded> {
    const secret = await seed(label, value)
    await enableRotation(moto.endpoint, secret.arn)
    // moto's RotateSecret labels a copy of the value AWSCURRENT: read the secret again.
    const before = await read(secret.arn)
    expect(before.rotationEnabled).toBe(true)
    expect(before.current.secretString).toBe(value)
    return { ...secret, before }
  }

  const ROTATING_STORED = '{"user":"svc-rotating-user"}'
  it.each([
    ['skip-unchanged', 'skip-unchanged', 'rotating-new-Value-6Yh', 'rotating-new-Value-6Yh'],
    [
      'json-merge',
      'json-merge',
      '{"rotating_key":"rotating-merged-Value-7Uj"}',
      '{"user":"svc-rotating-user","rotating_key":"rotating-merged-Value-7Uj"}'
    ]
  ])('rotation enabled, with %s: a warning, and the value is still written', async (_label, option, value, stored) => {
    const secret = await seedRotating('rotating', ROTATING_STORED)
    const { run } = await update({ 'secret-id': secret.name, [option]: 'true', 'secret-string': value })
    expectSucceeded(run)
    expect(warnings(run)).toEqual([expect.stringMatching(/rotation/i)])
    const after = await expectWrittenOnce(run, secret)
    expect(after.current.secretString).toBe(stored)
    expectNoLeaks(run, [ROTATING_STORED, value, stored, 'svc-rotating-user', 'rotating-merged-Value-7Uj'])
  })

  it('rotation enabled, with dry-run: a warning, nothing written', async () => {
    const stored = 'rotating-dry-Value-8Ik'
    const secret = await seedRotating('rotating-dry', stored)
    const value = 'rotating-dry-new-Value-9Ol'
    const { run, calls } = await update({ 'secret-id': secret.name, 'secret-string': value, 'dry-run': 'true' })
    expectSucceeded(run)
    expect(warnings(run)).toEqual([expect.stringMatching(/rotation/i)])
    expectOutputs(run, { arn: secret.arn, name: secret.name, versionId: '', changed: true })
    expect(writes(calls)).toEqual([])
    await expectNothingWritten(secret)
    expectNoLeaks(run, [stored, value])
  })

  it('rotation enabled, plain update (the secret is not read): no DescribeSecret, no warning, the value is written', async () => {
    const stored = 'rotating-plain-Value-1Pl'
    const secret = await seedRotating('rotating-plain', stored)
    const value = 'rotating-plain-new-Value-2Ok'
    const { run, calls } = await update({ 'secret-id': secret.name, 'secret-string': value })
    expectSucceeded(run)
    expect(calls).toEqual(['UpdateSecret'])
    expect(warnings(run)).toEqual([])
    const after = await expectWrittenOnce(run, secret)
    expect(after.current.secretString).toBe(value)
    expectNoLeaks(run, [stored, value])
  })

  it.each([
    ['skip-unchanged', { 'skip-unchanged': 'true' }],
    ['dry-run', { 'dry-run': 'true' }],
    ['json-merge', { 'json-merge': 'true' }],
    ['json-merge and skip-unchanged', { 'json-merge': 'true', 'skip-unchanged': 'true' }],
    ['dry-run and create-if-missing', { 'dry-run': 'true', 'create-if-missing': 'true' }]
  ])('scheduled for deletion, with %s: exit 1 before any write', async (_label, options) => {
    const stored = '{"user":"svc-deleted-user","password":"deleted-pw-3Ij"}'
    const created = await seed('deleted', stored)
    await deleteSecret(moto.endpoint, created.arn, { recoveryWindowInDays: 7 })
    const secret = { ...created, before: await read(created.arn) }
    expect(secret.before.deletedDate).toBeDefined()
    const value = '{"password":"deleted-new-pw-4Uh"}'
    const { run, calls } = await update({ 'secret-id': secret.name, 'secret-string': value, ...options })
    expectFailed(run, /scheduled for deletion/i, /restore/i)
    expect(writes(calls)).toEqual([])
    await expectNothingWritten(secret)
    expectNoLeaks(run, [stored, value, 'svc-deleted-user', 'deleted-pw-3Ij', 'deleted-new-pw-4Uh'])
  })
})

describe('read → plan → apply: checks before any write, reads only what is needed', () => {
  it('json-merge onto a plain-text value fails with nothing written: the description and the KMS key are unchanged', async () => {
    const secret = await seed('merge-onto-text', 'plain-text-Value-8Yh')
    const { run, calls } = await update({
      'secret-id': secret.name,
      'secret-string': '{"a":1}',
      'json-merge': 'true',
      description: 'NEW',
      'kms-key-id': 'alias/other'
    })
    expectFailed(run, /not a JSON object/, /nothing was written/)
    expect(writes(calls)).toEqual([])
    const after = await read(secret.arn)
    expect(after.description).toBe(SEED_DESCRIPTION)
    expect(after.kmsKeyId).toBe(SEED_KMS_KEY)
    await expectNothingWritten(secret)
    expectNoLeaks(run, ['plain-text-Value-8Yh'])
  })

  it('skip-unchanged with only a new description: DescribeSecret and UpdateSecret, no GetSecretValue', async () => {
    const secret = await seed('describe-only', 'describe-only-Value-9Uj')
    const { run, calls } = await update({
      'secret-id': secret.name,
      description: 'a new description',
      'skip-unchanged': 'true'
    })
    expectSucceeded(run)
    expect(calls).toEqual(['DescribeSecret', 'UpdateSecret'])
    expect((await read(secret.arn)).description).toBe('a new description')
    expect(run.outputs).toMatchObject({ changed: 'true', 'version-id': '' })
  })

  it('skip-unchanged with only an equal description: DescribeSecret alone, changed=false', async () => {
    const secret = await seed('describe-equal', 'describe-equal-Value-0Ik')
    const { run, calls } = await update({
      'secret-id': secret.name,
      description: SEED_DESCRIPTION,
      'skip-unchanged': 'true'
    })
    expectSucceeded(run)
    expect(calls).toEqual(['DescribeSecret'])
    expect(run.outputs).toMatchObject({ changed: 'false' })
    await expectNothingWritten(secret)
  })

  it.each([
    [
      'the plain path (update → not found → create → already exists → update)',
      {},
      ['UpdateSecret', 'CreateSecret', 'UpdateSecret']
    ],
    [
      'the read-first path (missing → create → already exists → read again → update)',
      { 'skip-unchanged': 'true' },
      // The read-first path reads the value with the description: a missing secret answers both.
      ['DescribeSecret', 'GetSecretValue', 'CreateSecret', 'DescribeSecret', 'GetSecretValue', 'UpdateSecret']
    ]
  ])(
    'create-if-missing when another writer creates the secret first, on %s',
    async (_label, options, expectedCalls) => {
      const name = uniqueName('created-meanwhile')
      const theirs = 'their-Value-1Ol'
      const mine = 'my-Value-2Pm'
      const createTheirs: Fault = {
        kind: 'after',
        first: async () => void (await createSecret(moto.endpoint, name, { secretString: theirs }))
      }
      const { run, calls } = await update(
        { 'secret-id': name, 'secret-string': mine, 'create-if-missing': 'true', ...options },
        {},
        [[createTheirs], 'CreateSecret']
      )
      expectSucceeded(run)
      expect(inOrder(calls)).toEqual(expectedCalls)
      const after = await read(name)
      expect(after.current.secretString).toBe(mine)
      expect(after.previous?.secretString).toBe(theirs)
      expectOutputs(run, { arn: after.arn, name, versionId: after.current.versionId, changed: true })
      expect(run.log).toMatch(/another writer/i)
      expectNoLeaks(run, [mine, theirs])
    }
  )
})

describe('json-merge labels: none is left behind', () => {
  const LABEL = /^update-secret-/

  /** A UUIDv7 of `ms`, as another run of this action would have named its merge version then. */
  function uuidv7At(ms: number): string {
    const hex = ms.toString(16).padStart(12, '0')
    return `${hex.slice(0, 8)}-${hex.slice(8)}-7${randomBytes(2).toString('hex').slice(1)}-8${randomBytes(2).toString('hex').slice(1)}-${randomBytes(6).toString('hex')}`
  }

  it('a merge removes merge labels older than any merge can run, and leaves young ones and other labels alone', async () => {
    const secret = await seed('stale-labels', '{"a":"stale-Value-3Qn"}')
    const old = uuidv7At(Date.now() - 48 * 3600_000)
    const young = uuidv7At(Date.now() - 60_000)
    const v4 = '0190b6a0-0000-4000-8000-00000000a0a0'
    await putValue(moto.endpoint, secret.arn, '{"a":"old"}', {
      clientRequestToken: old,
      versionStages: [`update-secret-${old}`]
    })
    await putValue(moto.endpoint, secret.arn, '{"a":"young"}', {
      clientRequestToken: young,
      versionStages: [`update-secret-${young}`]
    })
    await putValue(moto.endpoint, secret.arn, '{"a":"v4"}', {
      clientRequestToken: v4,
      versionStages: [`update-secret-${v4}`, 'my-label']
    })
    const { run } = await update({
      'secret-id': secret.name,
      'secret-string': '{"b":"stale-Value-4Wr"}',
      'json-merge': 'true'
    })
    expectSucceeded(run)
    const after = await read(secret.arn)
    const stagesOf = (id: string): string[] => after.versions.find((v) => v.versionId === id)?.stages ?? []
    expect(stagesOf(old)).toEqual([])
    expect(stagesOf(young)).toEqual([`update-secret-${young}`])
    expect(stagesOf(v4).sort()).toEqual([`update-secret-${v4}`, 'my-label'].sort())
    expect(JSON.parse(after.current.secretString ?? '')).toEqual({ a: 'stale-Value-3Qn', b: 'stale-Value-4Wr' })
  })

  it('another merge removes the same stale label first: this merge goes on', async () => {
    const secret = await seed('stale-label-race', '{"a":"stale-race-Value-8Op"}')
    const old = uuidv7At(Date.now() - 48 * 3600_000)
    await moveStage(moto.endpoint, secret.arn, `update-secret-${old}`, {
      moveToVersionId: secret.before.current.versionId
    })
    const removeFirst: Fault = {
      kind: 'after',
      first: () =>
        moveStage(moto.endpoint, secret.arn, `update-secret-${old}`, {
          removeFromVersionId: secret.before.current.versionId
        }).then(() => undefined)
    }
    const { run } = await update(
      { 'secret-id': secret.name, 'secret-string': '{"b":"stale-race-Value-9Pa"}', 'json-merge': 'true' },
      {},
      [[removeFirst], 'UpdateSecretVersionStage']
    )
    expectSucceeded(run)
    const after = await read(secret.arn)
    expect(JSON.parse(after.current.secretString ?? '')).toEqual({
      a: 'stale-race-Value-8Op',
      b: 'stale-race-Value-9Pa'
    })
    expect(after.versions.flatMap((v) => v.stages).filter((s) => LABEL.test(s))).toEqual([])
  })

  it('a lost race, then a failed read: the error says what the earlier attempt wrote', async () => {
    const secret = await seed('lost-then-throttled', '{"a":"lost-Value-0Qs"}')
    const otherWriter: Fault = {
      kind: 'after',
      first: () => putValue(moto.endpoint, secret.arn, '{"a":"other"}').then(() => undefined)
    }
    counter.reset()
    counter.plan([otherWriter], 'UpdateSecretVersionStage')
    counter.plan([{ kind: 'pass' }, { kind: 'throttle' }], 'DescribeSecret')
    const run = await runAction({
      'endpoint-url': counter.url,
      'secret-id': secret.name,
      'secret-string': '{"b":"x-Value-1Rt"}',
      'json-merge': 'true',
      'max-attempts': '1'
    })
    const message = expectFailed(
      run,
      /ThrottlingException/,
      /Already written before this failure: new version \S+ labelled update-secret-/
    )
    expect(message).toMatch(/label update-secret-\S+ removed from version/)
  })

  /** A merge run killed with `signal` at `at`. */
  function killedMerge(secretId: string, signal: NodeJS.Signals, at: KillPoint): Promise<KilledRun> {
    return killedRun(
      counter,
      { 'secret-id': secretId, 'secret-string': `{"k${hex(8)}":"kill-Value-5Ts"}`, 'json-merge': 'true' },
      signal,
      at
    )
  }

  /** A point in a merge's calls (a read, the put, the label moves): while that call's answer is held back 120 ms. */
  const somewhereInMerge = (): KillPoint => ({ afterRequests: randomInt(0, 5), thenMs: randomInt(0, 119) })

  it.each<NodeJS.Signals>(['SIGINT', 'SIGTERM'])(
    'killed with %s at random points of a merge: its label is removed, AWSCURRENT is on one version',
    async (signal) => {
      const secret = await seed(`killed-${signal}`, '{"a":"kill-Value-6Yu"}')
      // Every call answers 120 ms late, so that the kills land in the middle of the merge's calls.
      counter.reset()
      counter.setDefault({ kind: 'delay', ms: 120 })
      let landed = 0
      try {
        for (let i = 0; i < 12; i++) {
          const run = await killedMerge(secret.arn, signal, somewhereInMerge())
          const { log } = run
          if (run.landed) landed++
          // One failure, the cancellation's: the flow the signal stopped reports nothing of its own.
          const errors = log.split('\n').filter((line) => line.startsWith('::error'))
          expectRun(
            { log, code: 0 } as unknown as ActionRun,
            errors.length <= 1,
            `more than one ::error:: line: ${JSON.stringify(errors)}`
          )
          const after = await read(secret.arn)
          const labelled = after.versions.filter((v) => v.stages.some((s) => LABEL.test(s)))
          expectRun(
            { log, code: 0 } as unknown as ActionRun,
            labelled.length === 0,
            `a merge label was left: ${JSON.stringify(labelled)}`
          )
          expect(after.versions.filter((v) => v.stages.includes('AWSCURRENT'))).toHaveLength(1)
          expect(JSON.parse(after.current.secretString ?? '')).toMatchObject({ a: 'kill-Value-6Yu' })
        }
      } finally {
        counter.setDefault(undefined)
      }
      // Most runs must have been stopped mid-way, or the loop proved nothing.
      expect(landed).toBeGreaterThanOrEqual(4)
    }
  )

  it("SIGINT while the merge's put is on the wire: one ::error:: saying what was written, and the label removed", async () => {
    const secret = await seed('killed-during-put', '{"a":"kill-put-Value-2Sd"}')
    counter.reset()
    counter.plan([{ kind: 'delay', ms: 1500 }], 'PutSecretValue')
    // The signal follows the put's arrival: the put is then on the wire for 1.5 s.
    const { code, log } = await killedMerge(secret.arn, 'SIGINT', { afterRequests: 1, operation: 'PutSecretValue' })
    const errors = log.split('\n').filter((line) => line.startsWith('::error'))
    expect(code).toBe(1)
    expect(errors).toHaveLength(1)
    expect(errors[0]).toMatch(/cancelled \(SIGINT\)\. Written before the stop: new version \S+ labelled update-secret-/)
    const after = await read(secret.arn)
    expect(after.versions.flatMap((v) => v.stages).filter((s) => LABEL.test(s))).toEqual([])
    expect(JSON.parse(after.current.secretString ?? '')).toEqual({ a: 'kill-put-Value-2Sd' })
  })

  it('killed with SIGKILL: any label left is of the merge pattern and carries its time, so a later merge can remove it', async () => {
    const secret = await seed('killed-SIGKILL', '{"a":"kill-Value-7Io"}')
    counter.reset()
    counter.setDefault({ kind: 'delay', ms: 120 })
    const started = Date.now()
    let landed = 0
    try {
      for (let i = 0; i < 6; i++) if ((await killedMerge(secret.arn, 'SIGKILL', somewhereInMerge())).landed) landed++
      expect(landed).toBeGreaterThanOrEqual(2)
    } finally {
      counter.setDefault(undefined)
    }
    const after = await read(secret.arn)
    expect(after.versions.filter((v) => v.stages.includes('AWSCURRENT'))).toHaveLength(1)
    for (const label of after.versions.flatMap((v) => v.stages.filter((s) => !/^AWS(CURRENT|PREVIOUS)$/.test(s)))) {
      const m = /^update-secret-([0-9a-f]{8})-([0-9a-f]{4})-7/.exec(label)
      expect(m).not.toBeNull()
      const made = parseInt(m![1]! + m![2]!, 16)
      expect(made).toBeGreaterThanOrEqual(started - 1000)
      expect(made).toBeLessThanOrEqual(Date.now())
    }
  })
})
