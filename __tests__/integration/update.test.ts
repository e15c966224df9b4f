/**
 * The v1 integration suite: the committed bundle, run as the runner runs it, against a local
 * Secrets Manager (moto, started through scripts/moto-launcher.py), with every result checked by an
 * independent boto3 read and every run scanned for leaked values.
 */
import { readFileSync } from 'node:fs'
import { rm } from 'node:fs/promises'
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals'
import type { Moto } from '../../scripts/moto.mjs'
import { deleteSecret, readSecret } from '../support/aws.js'
import type { SecretState } from '../support/aws.js'
import { secretNames, startLocal, stopLocal } from '../support/local.js'
import type { FaultProxy } from '../support/faults.js'
import { errorMessages, expectExit, expectOneError, expectUntouched } from '../support/expect-run.js'
import { expectMaskedWhenPrinted, expectNoLeaks } from '../support/leaks.js'
import { makeWorkspace, runAction, writeWorkspaceFile } from '../support/run-action.js'
import type { ActionRun, RunOptions } from '../support/run-action.js'
import { seed as seedSecret, type Seeded } from '../support/seed.js'

let moto: Moto
/** A pass-through proxy in front of moto: it counts requests, to prove input errors send none. */
let counter: FaultProxy

beforeAll(async () => ({ moto, proxy: counter } = await startLocal()))
afterAll(() => stopLocal({ moto, proxy: counter }))

const uniqueName = secretNames('it')

const SEED_VALUE = 'seed-value-Qx7!vR2#'
const SEED_DESCRIPTION = 'seeded by the integration suite'
const SEED_KMS_KEY = 'alias/seed-key'

function seed(label: string, opts: { region?: string } = {}): Promise<Seeded<string>> {
  const name = uniqueName(label)
  return seedSecret(moto.endpoint, name, {
    value: `${SEED_VALUE}-${name}`,
    description: SEED_DESCRIPTION,
    kmsKeyId: SEED_KMS_KEY,
    region: opts.region
  })
}

/** The seeded value of a secret (never given to the action: it must not read or print it in v1). */
function seedValue(secret: Seeded<string>): string {
  return secret.value
}

function update(inputs: Record<string, string>, opts: RunOptions = {}): Promise<ActionRun> {
  return runAction({ 'endpoint-url': moto.endpoint, ...inputs }, opts)
}

/** Exit 1 with exactly one `::error::` line, which matches every pattern. */
function expectFailure(run: ActionRun, first: RegExp, ...more: RegExp[]): void {
  expectExit(run, 1)
  const message = expectOneError(run, first)
  for (const pattern of more) expect(message).toMatch(pattern)
}

/** The summary line that talks about `topic` (e.g. the Description row). */
function summaryLine(run: ActionRun, topic: RegExp): string {
  return run.summary.split('\n').find((line) => topic.test(line)) ?? ''
}

/** The link to the workflow run, as the summary must give it. */
function runLink(run: ActionRun): string {
  return `https://github.com/octo-org/octo-repo/actions/runs/${run.runId}`
}

async function expectUnchanged(secret: Seeded<string>): Promise<void> {
  const after = await readSecret(moto.endpoint, secret.arn)
  expectUntouched(secret.before, after)
  expect(after.deletedDate).toEqual(secret.before.deletedDate)
}

function expectStored(state: SecretState, value: string | Buffer): void {
  if (typeof value === 'string') {
    expect(state.current.secretString).toBe(value)
    expect(state.current.secretBinary).toBeUndefined()
  } else {
    expect(state.current.secretString).toBeUndefined()
    expect(state.current.secretBinary?.toString('hex')).toBe(value.toString('hex'))
  }
}

/**
 * A value update that worked: exit 0, outputs naming the secret and its one new version, the value
 * stored byte-exact as AWSCURRENT with the old version AWSPREVIOUS, description and key untouched,
 * a summary that says so, and the value neither visible nor printable unmasked.
 */
async function expectValueUpdated(
  run: ActionRun,
  secret: Seeded<string>,
  value: string | Buffer
): Promise<SecretState> {
  expectExit(run, 0)
  expect(errorMessages(run)).toEqual([])
  const after = await readSecret(moto.endpoint, secret.arn)
  expect(run.outputs).toMatchObject({ arn: secret.arn, name: secret.name, 'version-id': after.current.versionId })
  expect(after.current.versionId).not.toBe(secret.before.current.versionId)
  expectStored(after, value)
  expect(after.versions).toHaveLength(secret.before.versions.length + 1)
  expect(after.previous?.versionId).toBe(secret.before.current.versionId)
  expect(after.previous?.secretString).toBe(seedValue(secret))
  expect(after.description).toBe(SEED_DESCRIPTION)
  expect(after.kmsKeyId).toBe(SEED_KMS_KEY)

  expect(run.summary).toContain(secret.name)
  expect(run.summary).toContain(secret.arn)
  expect(run.summary).toContain(after.current.versionId)
  expect(run.summary).toContain(runLink(run))
  expect(summaryLine(run, /description/i)).toMatch(/unchanged/i)

  expectNoLeaks(run, [value, seedValue(secret)])
  expectMaskedWhenPrinted(run, value)
  return after
}

/** Deterministic bytes that are not UTF-8 and contain NUL, CR, LF and 0xFF. */
function bytePattern(length: number, step: number): Buffer {
  return Buffer.from(Array.from({ length }, (_, i) => (i * step + 11) % 256))
}

describe('value updates', () => {
  it('stores a string as a new AWSCURRENT version', async () => {
    const secret = await seed('string')
    const value = 'n3w-str1ng-Value_zK9'
    const run = await update({ 'secret-id': secret.name, 'secret-string': value })
    await expectValueUpdated(run, secret, value)
    expect(summaryLine(run, /value/i)).not.toMatch(/unchanged/i)
  })

  it.each([
    ['leading and trailing spaces', '  spaced-out-value  '],
    ['leading and trailing newlines', '\n\nnewline-wrapped-value\n\n'],
    ['CRLF, tab and a trailing space', '\r\n\tcrlf-tab-value\r\n ']
  ])('takes secret-string verbatim: %s', async (_label, value) => {
    const secret = await seed('verbatim')
    const run = await update({ 'secret-id': secret.name, 'secret-string': value })
    await expectValueUpdated(run, secret, value)
  })

  it('stores a multi-line text file byte-exact (value-from-file)', async () => {
    const secret = await seed('file')
    const value = [
      '-----BEGIN TEST PRIVATE KEY-----',
      'MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7VJTUt9Us8cKj',
      'MzEfYyjiWA4R4/M2bS1GB4t7NXp98C3SC6dVMvDuictGeurT8jNbvJZHtCSuYEvu',
      '-----END TEST PRIVATE KEY-----',
      ''
    ].join('\n')
    const run = await update(
      { 'secret-id': secret.name, 'value-from-file': 'config/key.pem' },
      { files: { 'config/key.pem': value } }
    )
    await expectValueUpdated(run, secret, value)
  })

  it('stores a binary file as SecretBinary (binary: true)', async () => {
    const secret = await seed('binary-file')
    const value = bytePattern(1024, 37)
    const run = await update(
      { 'secret-id': secret.name, 'value-from-file': 'keystore.p12', binary: 'true' },
      { files: { 'keystore.p12': value } }
    )
    await expectValueUpdated(run, secret, value)
  })

  it('stores secret-binary base64 as its bytes', async () => {
    const secret = await seed('base64')
    const value = bytePattern(300, 101)
    const run = await update({ 'secret-id': secret.name, 'secret-binary': value.toString('base64') })
    await expectValueUpdated(run, secret, value)
  })

  it('accepts a value of exactly 65536 bytes (counted in bytes, not characters)', async () => {
    const secret = await seed('max-size')
    const value = 'é'.repeat(32768) // 2 bytes each
    expect(Buffer.byteLength(value)).toBe(65536)
    const run = await update({ 'secret-id': secret.name, 'secret-string': value })
    await expectValueUpdated(run, secret, value)
  })
})

describe('metadata-only updates: no new version, version-id empty', () => {
  it.each([
    { label: 'description', input: 'description', value: 'Rotated by the deploy workflow', row: /description/i },
    { label: 'KMS key', input: 'kms-key-id', value: 'alias/it-rotated-key', row: /kms/i }
  ])('updates only the $label', async ({ input, value, row }) => {
    const secret = await seed(input)
    const run = await update({ 'secret-id': secret.name, [input]: value })
    expectExit(run, 0)
    const after = await readSecret(moto.endpoint, secret.arn)
    expect(run.outputs).toMatchObject({ arn: secret.arn, name: secret.name, 'version-id': '' })
    expect({ description: after.description, kmsKeyId: after.kmsKeyId }).toEqual({
      description: input === 'description' ? value : SEED_DESCRIPTION,
      kmsKeyId: input === 'kms-key-id' ? value : SEED_KMS_KEY
    })
    expect(after.versions).toEqual(secret.before.versions)
    expect(after.current).toEqual(secret.before.current)
    expect(run.summary).toContain(secret.name)
    expect(run.summary).toContain(runLink(run))
    expect(summaryLine(run, row)).not.toMatch(/unchanged/i)
    expect(run.summary).not.toContain(secret.before.current.versionId)
    expectNoLeaks(run, [seedValue(secret)])
  })
})

describe('client-request-token', () => {
  const token = 'it-token-0123456789abcdef-0123456789'

  it('becomes the version id; reused with the same value it is a no-op, with another value an error', async () => {
    const secret = await seed('token')
    const value = 'token-pinned-value-1'
    const first = await update({ 'secret-id': secret.name, 'secret-string': value, 'client-request-token': token })
    const afterFirst = await expectValueUpdated(first, secret, value)
    expect(first.outputs['version-id']).toBe(token)
    expect(afterFirst.current.versionId).toBe(token)

    // A retried step: same token, same value. AWS (and moto) ignore the request.
    const retry = await update({ 'secret-id': secret.name, 'secret-string': value, 'client-request-token': token })
    expectExit(retry, 0)
    expect(retry.outputs['version-id']).toBe(token)
    const afterRetry = await readSecret(moto.endpoint, secret.arn)
    expect(afterRetry.versions).toEqual(afterFirst.versions)
    expectNoLeaks(retry, [value])

    const other = 'token-pinned-value-2'
    const reuse = await update({ 'secret-id': secret.name, 'secret-string': other, 'client-request-token': token })
    // moto answers as AWS does: ResourceExistsException, "You can't use ClientRequestToken ... already in use".
    expectFailure(reuse, /ResourceExistsException/, /client-request-token/)
    const afterReuse = await readSecret(moto.endpoint, secret.arn)
    expect(afterReuse.versions).toEqual(afterFirst.versions)
    expectStored(afterReuse, value)
    expectNoLeaks(reuse, [value, other])
    expectMaskedWhenPrinted(reuse, other)
  })
})

describe('finding the secret, the region and the endpoint', () => {
  it('accepts the full ARN as secret-id', async () => {
    const secret = await seed('by-arn')
    const value = 'arn-addressed-value'
    const run = await update({ 'secret-id': secret.arn, 'secret-string': value })
    await expectValueUpdated(run, secret, value)
  })

  it('takes the region from an ARN secret-id when no region is set anywhere', async () => {
    const secret = await seed('eu-region', { region: 'eu-west-1' })
    expect(secret.arn).toMatch(/^arn:aws:secretsmanager:eu-west-1:/)
    const value = 'value-in-eu-west-1'
    const run = await update(
      { 'secret-id': secret.arn, 'secret-string': value, region: '' },
      { env: { AWS_REGION: undefined, AWS_DEFAULT_REGION: undefined } }
    )
    // The secret exists only in eu-west-1's backend: success proves the request went there.
    await expectValueUpdated(run, secret, value)
  })

  it("uses the ARN's region over AWS_REGION (the secret exists only there)", async () => {
    const secret = await seed('arn-region', { region: 'ap-southeast-2' })
    const value = 'value-in-ap-southeast-2'
    // The runner emulation sets AWS_REGION=us-east-1, as configure-aws-credentials would.
    const run = await update({ 'secret-id': secret.arn, 'secret-string': value, region: '' })
    await expectValueUpdated(run, secret, value)
    expect(run.stdout).toContain('in ap-southeast-2.')
  })

  it('fails before any request when `region` contradicts the ARN, naming both', async () => {
    const secret = await seed('arn-contradicted', { region: 'ap-southeast-2' })
    counter.reset()
    const run = await runAction({
      'secret-id': secret.arn,
      'secret-string': 'never-sent-value',
      region: 'eu-west-1',
      'endpoint-url': counter.url
    })
    expectFailure(run, /Input `region`/, /eu-west-1/, /ap-southeast-2/)
    expect(counter.count).toBe(0)
    await expectUnchanged(secret)
  })

  it.each(['AWS_ENDPOINT_URL_SECRETS_MANAGER', 'AWS_ENDPOINT_URL'])(
    'uses %s when endpoint-url is empty',
    async (variable) => {
      const secret = await seed('endpoint-env')
      const value = `value-via-${variable.toLowerCase()}`
      const run = await runAction(
        { 'secret-id': secret.name, 'secret-string': value, 'endpoint-url': '' },
        { env: { [variable]: moto.endpoint } }
      )
      await expectValueUpdated(run, secret, value)
    }
  )
})

describe('AWS errors', () => {
  it('fails on a secret that does not exist, naming ResourceNotFoundException', async () => {
    const value = 'value-for-a-missing-secret'
    const run = await update({ 'secret-id': uniqueName('missing'), 'secret-string': value })
    expectFailure(run, /ResourceNotFoundException/, /secret-id/)
    expect(run.outputs['version-id'] ?? '').toBe('')
    expectNoLeaks(run, [value])
    expectMaskedWhenPrinted(run, value)
  })

  it('fails on a secret scheduled for deletion, naming InvalidRequestException with a hint', async () => {
    const secret = await seed('deleted')
    await deleteSecret(moto.endpoint, secret.arn, { recoveryWindowInDays: 7 })
    const deleted = { ...secret, before: await readSecret(moto.endpoint, secret.arn) }
    expect(deleted.before.deletedDate).toBeDefined()
    const value = 'value-for-a-deleted-secret'
    const run = await update({ 'secret-id': secret.name, 'secret-string': value })
    expectFailure(run, /InvalidRequestException/, /restore/i)
    await expectUnchanged(deleted)
    expectNoLeaks(run, [value, seedValue(secret)])
  })
})

describe('credentials from the default chain', () => {
  // The bundle loads the credential providers beyond the environment (shared files, SSO, process,
  // web identity, instance metadata) from chunks of their own, only when the chain reaches them:
  // these runs prove the chunks load and work.
  it('reads a shared credentials file when the environment has no keys', async () => {
    const secret = await seed('shared-credentials')
    const workspace = await makeWorkspace()
    const file = await writeWorkspaceFile(
      workspace,
      'aws-credentials',
      '[default]\naws_access_key_id = AKIDFILE\naws_secret_access_key = file-secret\n'
    )
    const value = 'value-written-with-file-credentials'
    const run = await update(
      { 'secret-id': secret.name, 'secret-string': value },
      {
        cwd: workspace,
        env: { AWS_ACCESS_KEY_ID: undefined, AWS_SECRET_ACCESS_KEY: undefined, AWS_SHARED_CREDENTIALS_FILE: file }
      }
    ).finally(() => rm(workspace, { recursive: true, force: true }))
    expectExit(run, 0)
    expect((await readSecret(moto.endpoint, secret.arn)).current.secretString).toBe(value)
    expectNoLeaks(run, [value])
  })

  it('without any credentials: fails before writing and points to configure-aws-credentials', async () => {
    const secret = await seed('no-credentials')
    const value = 'value-that-has-no-credentials'
    const run = await update(
      { 'secret-id': secret.name, 'secret-string': value },
      { env: { AWS_ACCESS_KEY_ID: undefined, AWS_SECRET_ACCESS_KEY: undefined, AWS_EC2_METADATA_DISABLED: 'true' } }
    )
    expectFailure(run, /credentials/i, /configure-aws-credentials/)
    expectUntouched(secret.before, await readSecret(moto.endpoint, secret.arn))
    expectNoLeaks(run, [value])
  })
})

describe('provenance', () => {
  it("adds the action's name and version, the repository and the run to the user agent CloudTrail records", async () => {
    const secret = await seed('user-agent')
    const value = 'value-sent-with-a-user-agent'
    counter.reset()
    const run = await runAction({ 'secret-id': secret.name, 'secret-string': value, 'endpoint-url': counter.url })
    expectExit(run, 0)
    const version = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }
    expect(counter.requests).toHaveLength(1)
    expect(counter.requests[0]!.userAgent).toContain(
      `aws-secretsmanager-update-secret/${version.version} gha-repo/octo-org.octo-repo gha-run/${run.runId}-1`
    )
    expectNoLeaks(run, [value])
  })
})
