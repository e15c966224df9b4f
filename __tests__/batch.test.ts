// The flow for a batch of one secret, read → plan → apply, driven through writeAll() with a mocked
// client: what goes on the wire, the fallbacks, the compare-and-swap, cleanup and failures after a
// write. What each request plans, call by call, is plan.test.ts's table; several secrets at once
// are at the end.
import 'aws-sdk-client-mock-jest'
import { beforeEach, describe, expect, it, jest } from '@jest/globals'
import {
  CreateSecretCommand,
  DescribeSecretCommand,
  GetSecretValueCommand,
  InvalidParameterException,
  PutSecretValueCommand,
  ResourceNotFoundException,
  SecretsManagerClient,
  UpdateSecretCommand,
  UpdateSecretVersionStageCommand,
  type DescribeSecretCommandOutput,
  type GetSecretValueCommandOutput,
  type UpdateSecretCommandInput,
  type UpdateSecretVersionStageCommandInput
} from '@aws-sdk/client-secrets-manager'
import { mockClient } from 'aws-sdk-client-mock'
import { MAX_ATTEMPTS as MERGE_ATTEMPTS, PlanFailedError, writeAll, type BatchOptions } from '../src/batch.js'
import { ActionError, PartialWriteError, failureMessage } from '../src/errors.js'
import type { Outcome, Reporter, SecretValue } from '../src/types.js'
import { confirming } from '../__fixtures__/answers.js'
import { request as secretRequest, type RequestOptions } from '../__fixtures__/requests.js'
import { sdkError } from './support/errors.js'

const NAME = 'app/db'
const ARN = 'arn:aws:secretsmanager:us-east-1:123456789012:secret:app/db-AbCdEf'
const META: DescribeSecretCommandOutput = {
  ARN,
  Name: NAME,
  Description: 'old description',
  KmsKeyId: 'alias/old',
  $metadata: {}
}
const TOKEN = 'a1b2c3d4-0000-4000-8000-given-token-xx'
const UUIDV7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/

const client = new SecretsManagerClient({ region: 'us-east-1' })
const sm = mockClient(client)

const text = (t: string): SecretValue => ({ kind: 'text', text: t })

/** A request's options, and whether the run is a dry run. */
type Request = RequestOptions & { readonly dryRun?: boolean }

function request(over: Partial<Request> = {}): Request {
  return { secretId: NAME, value: text('new-secret-value'), ...over }
}

type UpdateOptions = Omit<BatchOptions, 'dryRun' | 'maxConcurrency'>

/**
 * One secret through the batch, as a step with `secret-id` runs it: its outcome, or what it threw
 * (a failed read or plan, or a failed write with what it had written).
 */
async function updateSecret(
  sdk: SecretsManagerClient,
  { dryRun, ...options }: Request,
  to: Reporter,
  with_: UpdateOptions
): Promise<Outcome> {
  const results = await writeAll(sdk, [secretRequest(options)], () => to, {
    dryRun: dryRun === true,
    maxConcurrency: 1,
    ...with_
  }).catch((error: unknown) => {
    throw error instanceof PlanFailedError ? error.cause : error
  })
  const result = results[0]?.result
  if (result?.status === 'done') return result.outcome
  if (result?.status === 'failed') throw result.error
  throw new Error(`no outcome: ${JSON.stringify(result)}`)
}

function fakeReporter(): { [K in keyof Reporter]-?: jest.Mock<NonNullable<Reporter[K]>> } {
  return { info: jest.fn(), warning: jest.fn(), mask: jest.fn(), stored: jest.fn() }
}
let reporter: ReturnType<typeof fakeReporter>

/** Deterministic version ids, and no waiting between merge attempts. */
function options(
  ...tokens: string[]
): UpdateOptions & { newToken: jest.Mock<() => string>; backoff: jest.Mock<(n: number) => number> } {
  let n = 0
  return {
    staleLabelMs: 3_600_000,
    newToken: jest.fn(() => tokens[n++] ?? `token-${n}`),
    backoff: jest.fn((_attempt: number) => 0)
  }
}

const notFound = (): Error =>
  new ResourceNotFoundException({ message: "Secrets Manager can't find the specified secret.", $metadata: {} })
const current = (versionId: string, value: string): GetSecretValueCommandOutput => ({
  ARN,
  Name: NAME,
  VersionId: versionId,
  SecretString: value,
  $metadata: {}
})

/** The class names of the commands sent, in order. */
const sent = (): string[] => sm.calls().map((call) => (call.args[0] as object).constructor.name)
const READS = ['DescribeSecretCommand', 'GetSecretValueCommand']

function expectNoWrites(): void {
  expect(sm).not.toHaveReceivedCommand(UpdateSecretCommand)
  expect(sm).not.toHaveReceivedCommand(PutSecretValueCommand)
  expect(sm).not.toHaveReceivedCommand(CreateSecretCommand)
  expect(sm).not.toHaveReceivedCommand(UpdateSecretVersionStageCommand)
  expect(sent().filter((name) => !READS.includes(name))).toEqual([])
}

beforeEach(() => {
  sm.reset()
  reporter = fakeReporter()
})

describe('the default path: one UpdateSecret', () => {
  beforeEach(() => {
    sm.on(UpdateSecretCommand).callsFake(async (input: { ClientRequestToken?: string }) => ({
      ARN,
      Name: NAME,
      ...(input.ClientRequestToken ? { VersionId: input.ClientRequestToken } : {})
    }))
  })

  it('sends a text value as SecretString with the given token, and nothing else', async () => {
    const outcome = await updateSecret(client, request({ clientRequestToken: TOKEN }), reporter, options())
    expect(sent()).toEqual(['UpdateSecretCommand'])
    expect(sm.commandCalls(UpdateSecretCommand)[0]!.args[0].input).toEqual({
      SecretId: NAME,
      SecretString: 'new-secret-value',
      ClientRequestToken: TOKEN
    })
    expect(outcome).toEqual({
      arn: ARN,
      name: NAME,
      versionId: TOKEN,
      changed: true,
      dryRun: false,
      created: false,
      value: 'new-version',
      description: undefined,
      kmsKeyId: undefined,
      mergeAttempts: undefined,
      stages: undefined,
      promotion: undefined,
      labels: [],
      previousVersionId: '',
      tags: undefined,
      currentVersionId: TOKEN,
      readCurrentVersionId: ''
    })
  })

  it('sends a binary value as SecretBinary', async () => {
    const bytes = Uint8Array.from([0, 1, 2, 0xff])
    await updateSecret(
      client,
      request({ value: { kind: 'binary', bytes }, clientRequestToken: TOKEN }),
      reporter,
      options()
    )
    expect(sm.commandCalls(UpdateSecretCommand)[0]!.args[0].input).toEqual({
      SecretId: NAME,
      SecretBinary: bytes,
      ClientRequestToken: TOKEN
    })
  })

  it('sends the description and KMS key with the value', async () => {
    const outcome = await updateSecret(
      client,
      request({ description: 'new description', kmsKeyId: 'alias/new', clientRequestToken: TOKEN }),
      reporter,
      options()
    )
    expect(sm).toHaveReceivedCommandTimes(UpdateSecretCommand, 1)
    expect(sm).toHaveReceivedCommandWith(UpdateSecretCommand, {
      SecretId: NAME,
      SecretString: 'new-secret-value',
      ClientRequestToken: TOKEN,
      Description: 'new description',
      KmsKeyId: 'alias/new'
    })
    expect(outcome.description).toEqual({ from: undefined, to: 'new description' })
    expect(outcome.kmsKeyId).toEqual({ from: undefined, to: 'alias/new' })
  })

  it('generates a random UUID (v4: no fixed part a mask could match) when none is given and no generator either', async () => {
    const outcome = await updateSecret(client, request(), reporter, { staleLabelMs: 3_600_000 })
    const token = sm.commandCalls(UpdateSecretCommand)[0]!.args[0].input.ClientRequestToken
    expect(token).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
    expect(outcome.versionId).toBe(token)
  })

  it.each<[string, Partial<Request>]>([
    ['description only', { value: undefined, description: 'only the description' }],
    ['KMS key only', { value: undefined, kmsKeyId: 'alias/aws/secretsmanager' }]
  ])('sends no value, no token and reports version-id "" for %s', async (_name, over) => {
    // A real UpdateSecret without a value returns no VersionId; even if one came back, no
    // version was made by this run.
    sm.on(UpdateSecretCommand).resolves({ ARN, Name: NAME, VersionId: 'some-older-version' })
    const outcome = await updateSecret(client, request(over), reporter, options())
    const input = sm.commandCalls(UpdateSecretCommand)[0]!.args[0].input
    expect(input).not.toHaveProperty('SecretString')
    expect(input).not.toHaveProperty('SecretBinary')
    expect(input).not.toHaveProperty('ClientRequestToken')
    expect(outcome).toMatchObject({ versionId: '', changed: true, value: 'none' })
  })

  it('fails on a missing secret without create-if-missing, and creates nothing', async () => {
    const error = notFound()
    sm.on(UpdateSecretCommand).rejects(error)
    await expect(updateSecret(client, request(), reporter, options())).rejects.toBe(error)
    expect(sent()).toEqual(['UpdateSecretCommand'])
  })
})

describe('create-if-missing', () => {
  beforeEach(() => {
    sm.on(UpdateSecretCommand).rejects(notFound())
    sm.on(DescribeSecretCommand).rejects(notFound())
    sm.on(CreateSecretCommand).callsFake(async (input: { Name: string; ClientRequestToken?: string }) => ({
      ARN: `arn:aws:secretsmanager:us-east-1:123456789012:secret:${input.Name}-XyZ123`,
      Name: input.Name,
      VersionId: input.ClientRequestToken
    }))
  })

  it('creates a missing secret by name with the value, description and KMS key', async () => {
    const outcome = await updateSecret(
      client,
      request({ createIfMissing: true, description: 'made by CI', kmsKeyId: 'alias/app', clientRequestToken: TOKEN }),
      reporter,
      options()
    )
    expect(sm).toHaveReceivedCommandTimes(CreateSecretCommand, 1)
    expect(sm.commandCalls(CreateSecretCommand)[0]!.args[0].input).toEqual({
      Name: NAME,
      SecretString: 'new-secret-value',
      ClientRequestToken: TOKEN,
      Description: 'made by CI',
      KmsKeyId: 'alias/app'
    })
    expect(outcome).toMatchObject({
      arn: `arn:aws:secretsmanager:us-east-1:123456789012:secret:${NAME}-XyZ123`,
      name: NAME,
      versionId: TOKEN,
      changed: true,
      created: true,
      dryRun: false,
      value: 'new-version'
    })
  })

  it('creates a missing secret found missing by DescribeSecret (with skip-unchanged)', async () => {
    const outcome = await updateSecret(
      client,
      request({ createIfMissing: true, skipUnchanged: true, clientRequestToken: TOKEN }),
      reporter,
      options()
    )
    expect(sm).toHaveReceivedCommandWith(CreateSecretCommand, {
      Name: NAME,
      SecretString: 'new-secret-value',
      ClientRequestToken: TOKEN
    })
    expect(sm).not.toHaveReceivedCommand(UpdateSecretCommand)
    expect(outcome).toMatchObject({ created: true, changed: true, versionId: TOKEN })
  })

  it.each<[string, Partial<Request>]>([
    ['the default path', {}],
    ['the read path', { skipUnchanged: true }],
    ['a dry run', { dryRun: true }]
  ])('refuses to create from an ARN (%s), sending no CreateSecret', async (_name, over) => {
    const promise = updateSecret(
      client,
      request({ ...over, secretId: ARN, createIfMissing: true }),
      reporter,
      options()
    )
    await expect(promise).rejects.toBeInstanceOf(ActionError)
    await expect(promise).rejects.toThrow(/ARN cannot name a secret to create/)
    expect(sm).not.toHaveReceivedCommand(CreateSecretCommand)
  })

  it('does not create on any other error', async () => {
    const denied = sdkError('AccessDeniedException')
    sm.on(UpdateSecretCommand).rejects(denied)
    await expect(updateSecret(client, request({ createIfMissing: true }), reporter, options())).rejects.toBe(denied)
    expect(sm).not.toHaveReceivedCommand(CreateSecretCommand)
  })

  it('merges a json-merge patch onto an empty object to create the secret', async () => {
    const outcome = await updateSecret(
      client,
      request({ createIfMissing: true, jsonMerge: true, value: text('{"user":"ci-user","gone":null}') }),
      reporter,
      options('merge-token-000000000000000000001')
    )
    expect(sm).toHaveReceivedCommandWith(CreateSecretCommand, { Name: NAME, SecretString: '{"user":"ci-user"}' })
    expect(reporter.mask).toHaveBeenCalledWith(text('{"user":"ci-user"}'))
    expect(outcome).toMatchObject({ created: true, changed: true })
  })
})

describe('generated version ids come from options.newToken on every path', () => {
  it.each<[string, Partial<Request>, () => void, () => string | undefined]>([
    [
      'the default path (UpdateSecret)',
      {},
      () => sm.on(UpdateSecretCommand).callsFake(confirming(ARN, NAME)),
      () => sm.commandCalls(UpdateSecretCommand)[0]?.args[0].input.ClientRequestToken
    ],
    [
      'create-if-missing on the default path (CreateSecret)',
      { createIfMissing: true },
      () => {
        sm.on(UpdateSecretCommand).rejects(notFound())
        sm.on(CreateSecretCommand).callsFake(confirming(ARN, NAME))
      },
      () => sm.commandCalls(CreateSecretCommand)[0]?.args[0].input.ClientRequestToken
    ],
    [
      'skip-unchanged with a new value (UpdateSecret)',
      { skipUnchanged: true },
      () => {
        sm.on(DescribeSecretCommand).resolves(META)
        sm.on(GetSecretValueCommand).resolves(current('v1', 'old-value'))
        sm.on(UpdateSecretCommand).callsFake(confirming(ARN, NAME))
      },
      () => sm.commandCalls(UpdateSecretCommand)[0]?.args[0].input.ClientRequestToken
    ],
    [
      'json-merge (PutSecretValue)',
      { jsonMerge: true, value: text('{"k":"vvv"}') },
      () => {
        sm.on(DescribeSecretCommand).resolves(META)
        sm.on(GetSecretValueCommand).resolves(current('v1', '{}'))
        sm.on(PutSecretValueCommand).callsFake(confirming(ARN, NAME))
        sm.on(UpdateSecretVersionStageCommand).resolves({ ARN, Name: NAME })
      },
      () => sm.commandCalls(PutSecretValueCommand)[0]?.args[0].input.ClientRequestToken
    ]
  ])('%s', async (_name, over, arrange, tokenSent) => {
    // main.ts passes a generator that avoids the value's masks: a token from anywhere else could
    // contain one, and the runner would then drop the version-id output.
    arrange()
    const opts = options('chosen-by-caller-0000000000000000001')
    await updateSecret(client, request(over), reporter, opts)
    expect(tokenSent()).toBe('chosen-by-caller-0000000000000000001')
  })
})

describe('skip-unchanged', () => {
  beforeEach(() => {
    sm.on(DescribeSecretCommand).resolves(META)
    sm.on(UpdateSecretCommand).callsFake(async (input: { ClientRequestToken?: string }) => ({
      ARN,
      Name: NAME,
      ...(input.ClientRequestToken ? { VersionId: input.ClientRequestToken } : {})
    }))
  })

  it('reads AWSCURRENT by stage, with DescribeSecret and by the same id as given', async () => {
    sm.on(GetSecretValueCommand).resolves(current('v1', 'new-secret-value'))
    await updateSecret(client, request({ skipUnchanged: true }), reporter, options())
    expect(sm).toHaveReceivedCommandWith(DescribeSecretCommand, { SecretId: NAME })
    expect(sm).toHaveReceivedCommandWith(GetSecretValueCommand, { SecretId: NAME, VersionStage: 'AWSCURRENT' })
  })

  it.each<[string, SecretValue, Partial<GetSecretValueCommandOutput>]>([
    ['byte-equal text', text('new-secret-value'), { SecretString: 'new-secret-value' }],
    [
      'JSON equal in another key order and spacing',
      text('{ "b": [1, 2], "a": "x" }'),
      { SecretString: '{"a":"x","b":[1,2]}' }
    ],
    ['equal bytes', { kind: 'binary', bytes: Uint8Array.from([1, 2, 3]) }, { SecretBinary: Uint8Array.from([1, 2, 3]) }]
  ])('writes nothing for %s, and reports the current version', async (_name, value, stored) => {
    sm.on(GetSecretValueCommand).resolves({ VersionId: 'current-v1', ...stored })
    const outcome = await updateSecret(client, request({ skipUnchanged: true, value }), reporter, options())
    expectNoWrites()
    expect(outcome).toMatchObject({ versionId: 'current-v1', changed: false, value: 'unchanged', dryRun: false })
    expect(reporter.info).toHaveBeenCalledWith(expect.stringMatching(/no new version/))
  })

  it('masks the current value it read', async () => {
    sm.on(GetSecretValueCommand).resolves(current('v1', 'the-old-secret'))
    await updateSecret(client, request({ skipUnchanged: true }), reporter, options())
    expect(reporter.mask).toHaveBeenCalledWith(text('the-old-secret'))
  })

  it('sends an equal value with a new description as a description-only update', async () => {
    sm.on(GetSecretValueCommand).resolves(current('current-v1', 'new-secret-value'))
    const outcome = await updateSecret(
      client,
      request({ skipUnchanged: true, description: 'new description', clientRequestToken: TOKEN }),
      reporter,
      options()
    )
    expect(sm).toHaveReceivedCommandTimes(UpdateSecretCommand, 1)
    expect(sm.commandCalls(UpdateSecretCommand)[0]!.args[0].input).toEqual({
      SecretId: ARN,
      Description: 'new description'
    })
    expect(outcome).toMatchObject({
      versionId: 'current-v1',
      changed: true,
      value: 'unchanged',
      description: { from: 'old description', to: 'new description' }
    })
  })

  it('sends nothing when the value, description and key all equal the stored ones', async () => {
    sm.on(GetSecretValueCommand).resolves(current('current-v1', 'new-secret-value'))
    const outcome = await updateSecret(
      client,
      request({ skipUnchanged: true, description: 'old description', kmsKeyId: 'alias/old' }),
      reporter,
      options()
    )
    expectNoWrites()
    expect(outcome).toMatchObject({ changed: false, description: undefined, kmsKeyId: undefined })
  })

  it('sends a different value as a new version', async () => {
    sm.on(GetSecretValueCommand).resolves(current('current-v1', 'old-secret-value'))
    const outcome = await updateSecret(
      client,
      request({ skipUnchanged: true, clientRequestToken: TOKEN }),
      reporter,
      options()
    )
    expect(sm.commandCalls(UpdateSecretCommand)[0]!.args[0].input).toEqual({
      SecretId: ARN,
      SecretString: 'new-secret-value',
      ClientRequestToken: TOKEN
    })
    expect(outcome).toMatchObject({ versionId: TOKEN, changed: true, value: 'new-version' })
  })

  it.each<[string, Partial<GetSecretValueCommandOutput>]>([
    ['text stored as binary', { SecretBinary: Buffer.from('new-secret-value') }],
    ['a value that differs only by a trailing newline', { SecretString: 'new-secret-value\n' }]
  ])('sends the value when the stored one is %s', async (_name, stored) => {
    sm.on(GetSecretValueCommand).resolves({ VersionId: 'current-v1', ...stored })
    await updateSecret(client, request({ skipUnchanged: true }), reporter, options())
    expect(sm).toHaveReceivedCommandWith(UpdateSecretCommand, { SecretString: 'new-secret-value' })
  })

  it('sends the value when the secret has no current version yet', async () => {
    sm.on(GetSecretValueCommand).rejects(notFound())
    const outcome = await updateSecret(
      client,
      request({ skipUnchanged: true, clientRequestToken: TOKEN }),
      reporter,
      options()
    )
    expect(sm).toHaveReceivedCommandWith(UpdateSecretCommand, {
      SecretString: 'new-secret-value',
      ClientRequestToken: TOKEN
    })
    expect(outcome.versionId).toBe(TOKEN)
  })

  it('reports version-id "" for a description-only update, as action.yml documents', async () => {
    // "version-id: Empty when no value was sent (a description- or key-only update)": with no
    // value given there is nothing to compare, so the current version is not this run's output.
    sm.on(GetSecretValueCommand).resolves(current('current-v1', 'whatever-is-stored'))
    const outcome = await updateSecret(
      client,
      request({ skipUnchanged: true, value: undefined, description: 'new description' }),
      reporter,
      options()
    )
    expect(sm).toHaveReceivedCommandWith(UpdateSecretCommand, { SecretId: ARN, Description: 'new description' })
    expect(outcome).toMatchObject({ value: 'none', changed: true, versionId: '' })
  })

  it('rethrows an error reading the current value', async () => {
    const denied = sdkError('AccessDeniedException')
    sm.on(GetSecretValueCommand).rejects(denied)
    await expect(updateSecret(client, request({ skipUnchanged: true }), reporter, options())).rejects.toBe(denied)
    expectNoWrites()
  })
})

describe('dry-run', () => {
  beforeEach(() => {
    sm.on(DescribeSecretCommand).resolves(META)
    sm.on(GetSecretValueCommand).resolves(current('current-v1', '{"a":"1"}'))
  })

  it.each<[string, Partial<Request>, { changed: boolean; value: string }]>([
    ['a new value', {}, { changed: true, value: 'new-version' }],
    ['a new value with skip-unchanged', { skipUnchanged: true }, { changed: true, value: 'new-version' }],
    [
      'an equal value with skip-unchanged',
      { skipUnchanged: true, value: text('{ "a": "1" }') },
      { changed: false, value: 'unchanged' }
    ],
    ['a json-merge patch', { jsonMerge: true, value: text('{"b":"2"}') }, { changed: true, value: 'new-version' }],
    [
      'a no-op json-merge patch with skip-unchanged',
      { jsonMerge: true, skipUnchanged: true, value: text('{"a":"1"}') },
      { changed: false, value: 'unchanged' }
    ],
    ['a description only', { value: undefined, description: 'new description' }, { changed: true, value: 'none' }],
    ['a KMS key only', { value: undefined, kmsKeyId: 'alias/new' }, { changed: true, value: 'none' }]
  ])('makes no write call for %s', async (_name, over, expected) => {
    const outcome = await updateSecret(client, request({ dryRun: true, ...over }), reporter, options())
    expectNoWrites()
    expect(outcome).toMatchObject({ ...expected, dryRun: true, versionId: '', arn: ARN, name: NAME })
  })

  it('reports the description and KMS key old to new', async () => {
    const outcome = await updateSecret(
      client,
      request({ dryRun: true, description: 'new description', kmsKeyId: 'alias/new' }),
      reporter,
      options()
    )
    expect(outcome.description).toEqual({ from: 'old description', to: 'new description' })
    expect(outcome.kmsKeyId).toEqual({ from: 'alias/old', to: 'alias/new' })
  })

  it('does not read the value when neither skip-unchanged nor json-merge needs it', async () => {
    await updateSecret(client, request({ dryRun: true }), reporter, options())
    expect(sm).not.toHaveReceivedCommand(GetSecretValueCommand)
  })

  it('fails for a missing secret without create-if-missing', async () => {
    sm.on(DescribeSecretCommand).rejects(notFound())
    await expect(updateSecret(client, request({ dryRun: true }), reporter, options())).rejects.toMatchObject({
      name: 'ResourceNotFoundException'
    })
    expectNoWrites()
  })

  it('plans the creation of a missing secret with create-if-missing', async () => {
    sm.on(DescribeSecretCommand).rejects(notFound())
    const outcome = await updateSecret(
      client,
      request({ dryRun: true, createIfMissing: true, description: 'd' }),
      reporter,
      options()
    )
    expectNoWrites()
    expect(outcome).toMatchObject({
      dryRun: true,
      created: true,
      changed: true,
      versionId: '',
      arn: '',
      name: NAME,
      value: 'new-version'
    })
  })
})

describe('guards on the secret read first', () => {
  const modes: [string, Partial<Request>][] = [
    ['dry-run', { dryRun: true }],
    ['skip-unchanged', { skipUnchanged: true }],
    ['json-merge', { jsonMerge: true, value: text('{"k":"vvv"}') }]
  ]

  beforeEach(() => {
    sm.on(GetSecretValueCommand).resolves(current('v1', '{"a":"1"}'))
    sm.on(UpdateSecretCommand).callsFake(confirming(ARN, NAME))
    sm.on(PutSecretValueCommand).callsFake(confirming(ARN, NAME))
    sm.on(UpdateSecretVersionStageCommand).resolves({ ARN, Name: NAME })
  })

  it.each(modes)('fails before any write on a secret scheduled for deletion (%s)', async (_name, over) => {
    sm.on(DescribeSecretCommand).resolves({ ...META, DeletedDate: new Date('2030-01-02T03:04:05Z') })
    const promise = updateSecret(client, request(over), reporter, options())
    await expect(promise).rejects.toBeInstanceOf(ActionError)
    await expect(promise).rejects.toThrow(/scheduled for deletion.*2030-01-02T03:04:05/)
    expectNoWrites()
  })

  it.each(modes)('warns when rotation is enabled, and goes on (%s)', async (_name, over) => {
    sm.on(DescribeSecretCommand).resolves({ ...META, RotationEnabled: true })
    await updateSecret(client, request(over), reporter, options())
    expect(reporter.warning).toHaveBeenCalledTimes(1)
    expect(reporter.warning).toHaveBeenCalledWith(expect.stringMatching(/[Rr]otation is enabled/))
  })

  it('does not warn when rotation is off', async () => {
    sm.on(DescribeSecretCommand).resolves({ ...META, RotationEnabled: false })
    await updateSecret(client, request({ skipUnchanged: true }), reporter, options())
    expect(reporter.warning).not.toHaveBeenCalled()
  })
})

describe('json-merge: compare-and-swap on AWSCURRENT', () => {
  const PATCH = text('{"mine":"my-new-key","drop":null}')

  beforeEach(() => {
    sm.on(DescribeSecretCommand).resolves(META)
    sm.on(PutSecretValueCommand).callsFake(async (input: { ClientRequestToken: string }) => ({
      ARN,
      Name: NAME,
      VersionId: input.ClientRequestToken
    }))
  })

  /** The staging label a PutSecretValue call wrote its version under. */
  const labelOf = (n: number): string => {
    const stages = sm.commandCalls(PutSecretValueCommand)[n]!.args[0].input.VersionStages
    expect(stages).toHaveLength(1)
    return stages![0]!
  }
  const stageCalls = (): UpdateSecretVersionStageCommandInput[] =>
    sm.commandCalls(UpdateSecretVersionStageCommand).map((c) => c.args[0].input)

  it('names its version with a UUIDv7 of the current time, which its label carries (a later run reads its age)', async () => {
    sm.on(GetSecretValueCommand).resolves(current('v1', '{"a":"1"}'))
    sm.on(UpdateSecretVersionStageCommand).resolves({ ARN, Name: NAME })
    await updateSecret(client, request({ jsonMerge: true, value: PATCH }), reporter, { staleLabelMs: 3_600_000 })
    const token = sm.commandCalls(PutSecretValueCommand)[0]!.args[0].input.ClientRequestToken!
    expect(token).toMatch(UUIDV7)
    expect(Math.abs(parseInt(token.replace('-', '').slice(0, 12), 16) - Date.now())).toBeLessThan(60_000)
    expect(labelOf(0)).toBe(`update-secret-${token}`)
  })

  it('writes under its own label, swaps AWSCURRENT from the version it read, then removes its label', async () => {
    sm.on(GetSecretValueCommand).resolves(current('v1', '{"keep":"kept-value","drop":"old-value"}'))
    sm.on(UpdateSecretVersionStageCommand).resolves({ ARN, Name: NAME })
    const opts = options('t1-000000000000000000000000000000')
    const outcome = await updateSecret(client, request({ jsonMerge: true, value: PATCH }), reporter, opts)

    expect(sm).toHaveReceivedCommandTimes(PutSecretValueCommand, 1)
    const put = sm.commandCalls(PutSecretValueCommand)[0]!.args[0].input
    expect(put).toMatchObject({ SecretId: ARN, ClientRequestToken: 't1-000000000000000000000000000000' })
    expect(put.SecretString).toBe('{"keep":"kept-value","mine":"my-new-key"}')
    const label = labelOf(0)
    expect(['AWSCURRENT', 'AWSPENDING', 'AWSPREVIOUS']).not.toContain(label)
    expect(label.length).toBeLessThanOrEqual(256)

    expect(stageCalls()).toEqual([
      {
        SecretId: ARN,
        VersionStage: 'AWSCURRENT',
        MoveToVersionId: 't1-000000000000000000000000000000',
        RemoveFromVersionId: 'v1'
      },
      { SecretId: ARN, VersionStage: label, RemoveFromVersionId: 't1-000000000000000000000000000000' }
    ])
    expect(sent().slice(-3)).toEqual([
      'PutSecretValueCommand',
      'UpdateSecretVersionStageCommand',
      'UpdateSecretVersionStageCommand'
    ])
    expect(sm).not.toHaveReceivedCommand(UpdateSecretCommand)
    expect(outcome).toMatchObject({
      versionId: 't1-000000000000000000000000000000',
      changed: true,
      value: 'new-version',
      mergeAttempts: 1
    })
    expect(reporter.mask).toHaveBeenCalledWith(text('{"keep":"kept-value","mine":"my-new-key"}'))
    expect(reporter.mask).toHaveBeenCalledWith(text('{"keep":"kept-value","drop":"old-value"}'))
    expect(opts.backoff).not.toHaveBeenCalled()
  })

  it('merges again onto the new value when another writer moved AWSCURRENT first', async () => {
    sm.on(GetSecretValueCommand)
      .resolvesOnce(current('v1', '{"base":"b-value"}'))
      .resolves(current('v2', '{"base":"b-value","other":"their-key"}'))
    let swaps = 0
    sm.on(UpdateSecretVersionStageCommand).callsFake(async (input: UpdateSecretVersionStageCommandInput) => {
      if (input.VersionStage === 'AWSCURRENT' && ++swaps === 1) {
        throw new InvalidParameterException({
          message: "The parameter RemoveFromVersionId doesn't match the current version",
          $metadata: {}
        })
      }
      return { ARN, Name: NAME }
    })
    const opts = options('t1-000000000000000000000000000000', 't2-000000000000000000000000000000')
    const outcome = await updateSecret(client, request({ jsonMerge: true, value: PATCH }), reporter, opts)

    expect(sm).toHaveReceivedCommandTimes(PutSecretValueCommand, 2)
    const puts = sm.commandCalls(PutSecretValueCommand).map((c) => c.args[0].input)
    expect(JSON.parse(puts[0]!.SecretString!)).toEqual({ base: 'b-value', mine: 'my-new-key' })
    // The second attempt holds the other writer's key: its update is not lost.
    expect(JSON.parse(puts[1]!.SecretString!)).toEqual({ base: 'b-value', other: 'their-key', mine: 'my-new-key' })

    const [label1, label2] = [labelOf(0), labelOf(1)]
    expect(stageCalls()).toEqual([
      {
        SecretId: ARN,
        VersionStage: 'AWSCURRENT',
        MoveToVersionId: 't1-000000000000000000000000000000',
        RemoveFromVersionId: 'v1'
      },
      { SecretId: ARN, VersionStage: label1, RemoveFromVersionId: 't1-000000000000000000000000000000' },
      {
        SecretId: ARN,
        VersionStage: 'AWSCURRENT',
        MoveToVersionId: 't2-000000000000000000000000000000',
        RemoveFromVersionId: 'v2'
      },
      { SecretId: ARN, VersionStage: label2, RemoveFromVersionId: 't2-000000000000000000000000000000' }
    ])
    // The losing attempt's label is gone before the next attempt writes.
    const order = sent()
    const secondPut = order.lastIndexOf('PutSecretValueCommand')
    expect(
      order
        .slice(order.indexOf('PutSecretValueCommand') + 1, secondPut)
        .filter((n) => n === 'UpdateSecretVersionStageCommand')
    ).toHaveLength(2)
    expect(outcome).toMatchObject({ versionId: 't2-000000000000000000000000000000', changed: true, mergeAttempts: 2 })
    expect(opts.backoff).toHaveBeenCalledWith(2)
    expect(reporter.info).toHaveBeenCalledWith(expect.stringMatching(/[Aa]nother writer/))
    expect(reporter.mask).toHaveBeenCalledWith(text('{"base":"b-value","other":"their-key"}'))
  })

  it(`gives up after ${MERGE_ATTEMPTS} lost races, leaving no label behind`, async () => {
    let reads = 0
    sm.on(GetSecretValueCommand).callsFake(async () => current(`v${++reads}`, `{"n":"${reads}"}`))
    sm.on(UpdateSecretVersionStageCommand).callsFake(async (input: UpdateSecretVersionStageCommandInput) => {
      if (input.VersionStage === 'AWSCURRENT') throw new InvalidParameterException({ message: 'moved', $metadata: {} })
      return { ARN, Name: NAME }
    })
    const opts = options()
    const error = await updateSecret(client, request({ jsonMerge: true, value: PATCH }), reporter, opts).catch(
      (e: unknown) => e
    )
    // The attempts wrote versions (each label since removed): the failure says so.
    expect(error).toBeInstanceOf(PartialWriteError)
    expect((error as PartialWriteError).cause).toBeInstanceOf(ActionError)
    expect(failureMessage(error)).toMatch(
      new RegExp(`^Gave up after ${MERGE_ATTEMPTS} attempts.*Already written before this failure: new version `)
    )

    expect(sm).toHaveReceivedCommandTimes(PutSecretValueCommand, MERGE_ATTEMPTS)
    const labels = Array.from({ length: MERGE_ATTEMPTS }, (_, i) => labelOf(i))
    expect(new Set(labels).size).toBe(MERGE_ATTEMPTS)
    const removed = stageCalls().filter((c) => c.VersionStage !== 'AWSCURRENT')
    expect(removed.map((c) => c.VersionStage)).toEqual(labels)
    expect(opts.backoff.mock.calls.map(([n]) => n)).toEqual(Array.from({ length: MERGE_ATTEMPTS - 1 }, (_, i) => i + 2))
  })

  it('fails on a failure that is not a lost race, after removing its label, saying what was written', async () => {
    sm.on(GetSecretValueCommand).resolves(current('v1', '{"a":"1"}'))
    const denied = sdkError(
      'AccessDeniedException',
      'not authorized to perform secretsmanager:UpdateSecretVersionStage'
    )
    sm.on(UpdateSecretVersionStageCommand).callsFake(async (input: UpdateSecretVersionStageCommandInput) => {
      if (input.VersionStage === 'AWSCURRENT') throw denied
      return { ARN, Name: NAME }
    })
    const error = await updateSecret(client, request({ jsonMerge: true, value: PATCH }), reporter, options()).catch(
      (e: unknown) => e
    )
    expect(error).toBeInstanceOf(PartialWriteError)
    expect((error as PartialWriteError).cause).toBe(denied)
    expect((error as PartialWriteError).written).toEqual([
      'new version token-1 labelled update-secret-token-1',
      'label update-secret-token-1 removed from version token-1'
    ])
    expect(sm).toHaveReceivedCommandTimes(PutSecretValueCommand, 1)
    const label = labelOf(0)
    expect(stageCalls()).toEqual([
      expect.objectContaining({ VersionStage: 'AWSCURRENT' }),
      { SecretId: ARN, VersionStage: label, RemoveFromVersionId: 'token-1' }
    ])
  })

  it('removes its label even when the re-read after a failed swap fails too', async () => {
    // "When done, remove your label, so that only AWSCURRENT and AWSPREVIOUS remain."
    sm.on(GetSecretValueCommand)
      .resolvesOnce(current('v1', '{"a":"1"}'))
      .rejects(sdkError('ThrottlingException', 'Rate exceeded'))
    sm.on(UpdateSecretVersionStageCommand).callsFake(async (input: UpdateSecretVersionStageCommandInput) => {
      if (input.VersionStage === 'AWSCURRENT') throw new InvalidParameterException({ message: 'moved', $metadata: {} })
      return { ARN, Name: NAME }
    })
    // The swap's own failure is reported, not the re-read's throttling.
    const error = await updateSecret(client, request({ jsonMerge: true, value: PATCH }), reporter, options()).catch(
      (e: unknown) => e
    )
    expect((error as PartialWriteError).cause).toBeInstanceOf(InvalidParameterException)
    const label = labelOf(0)
    expect(stageCalls()).toContainEqual({ SecretId: ARN, VersionStage: label, RemoveFromVersionId: 'token-1' })
  })

  it.each<[string, Partial<GetSecretValueCommandOutput>, string]>([
    ['plain text', { SecretString: 'plain-secret-text-123' }, 'plain-secret-text-123'],
    ['a JSON array', { SecretString: '["array-secret-456"]' }, 'array-secret-456'],
    ['a JSON string', { SecretString: '"string-secret-789"' }, 'string-secret-789'],
    ['invalid JSON', { SecretString: '{"broken-secret-0": ' }, 'broken-secret-0'],
    ['binary', { SecretBinary: Buffer.from('{"binary-secret":1}') }, 'binary-secret']
  ])('fails without writing or echoing when the current value is %s', async (_name, stored, secret) => {
    sm.on(GetSecretValueCommand).resolves({ VersionId: 'v1', ...stored })
    const promise = updateSecret(client, request({ jsonMerge: true, value: PATCH }), reporter, options())
    await expect(promise).rejects.toBeInstanceOf(ActionError)
    const error = (await promise.catch((e: unknown) => e)) as Error
    expect(error.message).toMatch(/not a JSON object/)
    expect(error.message).not.toContain(secret)
    expectNoWrites()
  })

  it.each(['{"a":"1"}', '{"zzz":null}', '{}', '{"nested":{"x":"1"}}'])(
    'with skip-unchanged, writes nothing for the no-op patch %s',
    async (patch) => {
      sm.on(GetSecretValueCommand).resolves(current('v1', '{"a":"1","nested":{"x":"1"}}'))
      const outcome = await updateSecret(
        client,
        request({ jsonMerge: true, skipUnchanged: true, value: text(patch) }),
        reporter,
        options()
      )
      expectNoWrites()
      expect(outcome).toMatchObject({ versionId: 'v1', changed: false, value: 'unchanged', mergeAttempts: 1 })
    }
  )

  it('with skip-unchanged, a no-op patch with a new description updates only the description', async () => {
    sm.on(GetSecretValueCommand).resolves(current('v1', '{"a":"1"}'))
    sm.on(UpdateSecretCommand).callsFake(confirming(ARN, NAME))
    const outcome = await updateSecret(
      client,
      request({ jsonMerge: true, skipUnchanged: true, value: text('{"a":"1"}'), description: 'new description' }),
      reporter,
      options()
    )
    expect(sent().filter((n) => !READS.includes(n))).toEqual(['UpdateSecretCommand'])
    expect(sm.commandCalls(UpdateSecretCommand)[0]!.args[0].input).toEqual({
      SecretId: ARN,
      Description: 'new description'
    })
    expect(outcome).toMatchObject({ versionId: 'v1', changed: true, value: 'unchanged' })
  })

  it('without skip-unchanged, writes a new version even for a no-op patch', async () => {
    sm.on(GetSecretValueCommand).resolves(current('v1', '{"a":"1"}'))
    sm.on(UpdateSecretVersionStageCommand).resolves({ ARN, Name: NAME })
    await updateSecret(client, request({ jsonMerge: true, value: text('{"a":"1"}') }), reporter, options())
    expect(sm).toHaveReceivedCommandTimes(PutSecretValueCommand, 1)
  })

  it('applies a description and a KMS key once the merged value is current (a new key re-encrypts AWSCURRENT)', async () => {
    sm.on(GetSecretValueCommand).resolves(current('v1', '{"a":"1"}'))
    sm.on(UpdateSecretVersionStageCommand).resolves({ ARN, Name: NAME })
    sm.on(UpdateSecretCommand).callsFake(confirming(ARN, NAME))
    const over = { jsonMerge: true, value: PATCH, description: 'new description', kmsKeyId: 'alias/new-key' }
    await updateSecret(client, request(over), reporter, options())
    expect(sent().filter((n) => !READS.includes(n))).toEqual([
      'PutSecretValueCommand',
      'UpdateSecretVersionStageCommand',
      'UpdateSecretCommand',
      'UpdateSecretVersionStageCommand'
    ])
    expect(sm.commandCalls(UpdateSecretCommand)[0]!.args[0].input).toEqual({
      SecretId: ARN,
      Description: 'new description',
      KmsKeyId: 'alias/new-key'
    })
  })

  it('warns, and still succeeds, when its label cannot be removed after a successful swap', async () => {
    sm.on(GetSecretValueCommand).resolves(current('v1', '{"a":"1"}'))
    sm.on(UpdateSecretVersionStageCommand, { VersionStage: 'AWSCURRENT' }).resolves({ ARN, Name: NAME })
    sm.on(UpdateSecretVersionStageCommand, { VersionStage: 'update-secret-t1' }).rejects(
      sdkError('InternalServiceError')
    )
    const outcome = await updateSecret(client, request({ jsonMerge: true, value: PATCH }), reporter, options('t1'))
    expect(outcome).toMatchObject({ versionId: 't1', changed: true })
    expect(reporter.warning).toHaveBeenCalledWith(expect.stringContaining('update-secret-t1'))
  })

  it('merges onto an empty object when the secret has no current version: the first write becomes AWSCURRENT itself', async () => {
    // AWS labels a secret's first version AWSCURRENT on PutSecretValue: there is no swap to make,
    // only a check that it is this run's version.
    sm.on(GetSecretValueCommand).rejectsOnce(notFound()).resolves(current('t1', '{"mine":"my-new-key"}'))
    sm.on(UpdateSecretVersionStageCommand).resolves({ ARN, Name: NAME })
    const outcome = await updateSecret(client, request({ jsonMerge: true, value: PATCH }), reporter, options('t1'))
    expect(sm).toHaveReceivedCommandWith(PutSecretValueCommand, { SecretString: '{"mine":"my-new-key"}' })
    expect(stageCalls().filter((c) => c.VersionStage === 'AWSCURRENT')).toEqual([])
    expect(stageCalls()).toEqual([{ SecretId: ARN, VersionStage: 'update-secret-t1', RemoveFromVersionId: 't1' }])
    expect(outcome).toMatchObject({ versionId: 't1', changed: true, mergeAttempts: 1 })
  })

  it('takes a swap whose answer was lost as done when AWSCURRENT is on its own version', async () => {
    sm.on(DescribeSecretCommand).resolves({ ARN, Name: NAME })
    sm.on(GetSecretValueCommand)
      .resolvesOnce(current('v1', '{"a":"one"}'))
      .resolves(current('t1', '{"a":"one","mine":"my-new-key"}'))
    sm.on(UpdateSecretVersionStageCommand, { VersionStage: 'AWSCURRENT' }).rejects(
      new InvalidParameterException({ message: 'Version stage AWSCURRENT not found in version v1', $metadata: {} })
    )
    sm.on(UpdateSecretVersionStageCommand, { VersionStage: 'update-secret-t1' }).resolves({ ARN, Name: NAME })
    const outcome = await updateSecret(
      client,
      request({ jsonMerge: true, value: PATCH }),
      reporter,
      options('t1', 't2')
    )
    expect(sm).toHaveReceivedCommandTimes(PutSecretValueCommand, 1)
    expect(outcome).toMatchObject({ versionId: 't1', changed: true, mergeAttempts: 1 })
  })
})

describe('create-if-missing when another job creates the secret first', () => {
  it('updates the secret the other job created, instead of failing', async () => {
    sm.on(UpdateSecretCommand).rejectsOnce(notFound()).callsFake(confirming(ARN, NAME))
    sm.on(CreateSecretCommand).rejects(
      sdkError('ResourceExistsException', 'The operation failed because the secret already exists.')
    )
    const outcome = await updateSecret(client, request({ createIfMissing: true }), reporter, options('t1', 't2'))
    expect(sm).toHaveReceivedCommandTimes(CreateSecretCommand, 1)
    expect(sm).toHaveReceivedCommandTimes(UpdateSecretCommand, 2)
    // One logical write: the update after the create carries the first token.
    expect(outcome).toMatchObject({ arn: ARN, versionId: 't1', changed: true, created: false })
  })
})

/** One of several secrets, with a value of its own. */
function one(secretId: string, over: Partial<RequestOptions> = {}): ReturnType<typeof secretRequest> {
  return secretRequest({ secretId, value: { kind: 'text', text: `value of ${secretId}` }, ...over })
}
const manyReporter = (): Reporter => ({ info: jest.fn(), warning: jest.fn(), mask: jest.fn() })
const ids = (n: number): string[] => Array.from({ length: n }, (_, i) => `app/s${i}`)
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms))
const many = (maxConcurrency: number, dryRun = false): BatchOptions => ({
  dryRun,
  maxConcurrency,
  staleLabelMs: 3_600_000,
  newToken: () => 'tok'
})

/** UpdateSecret answers after `ms`; records the most calls in flight at once. */
function slowUpdates(ms: number): { peak: () => number } {
  let inFlight = 0
  let peak = 0
  sm.on(UpdateSecretCommand).callsFake(async (input: UpdateSecretCommandInput) => {
    inFlight++
    peak = Math.max(peak, inFlight)
    await sleep(ms)
    inFlight--
    return { ARN: `arn:${input.SecretId}`, Name: input.SecretId, VersionId: input.ClientRequestToken }
  })
  return { peak: () => peak }
}

describe('several secrets in one batch', () => {
  it.each([1, 3, 4, 16])('keeps at most %i writes in flight and writes every secret', async (limit) => {
    const updates = slowUpdates(5)
    const results = await writeAll(
      client,
      ids(10).map((id) => one(id)),
      manyReporter,
      many(limit)
    )
    expect(updates.peak()).toBe(Math.min(limit, 10))
    expect(results.map((r) => r.result.status)).toEqual(Array(10).fill('done'))
    expect(results.map((r) => r.secretId)).toEqual(ids(10))
  })

  it('starts no write after one failed; those in flight finish', async () => {
    // s1 fails after 5 ms while s0, s2 and s3 are in flight (10 ms each but s1).
    sm.on(UpdateSecretCommand).callsFake(async (input: UpdateSecretCommandInput) => {
      const id = input.SecretId!
      await sleep(id === 'app/s1' ? 5 : 20)
      if (id === 'app/s1') throw Object.assign(new Error('boom'), { name: 'InternalFailure' })
      return { ARN: `arn:${id}`, Name: id, VersionId: input.ClientRequestToken }
    })
    const results = await writeAll(
      client,
      ids(8).map((id) => one(id)),
      manyReporter,
      many(4)
    )
    expect(results.map((r) => r.result.status)).toEqual([
      'done',
      'failed',
      'done',
      'done',
      ...Array(4).fill('not-attempted')
    ])
    expect(sm.commandCalls(UpdateSecretCommand)).toHaveLength(4)
    const failed = results[1]!.result
    expect(failed.status === 'failed' && failed.reason).toBe('Failed: InternalFailure: boom')
  })

  it('reads and plans every secret before the first write; a failed read or guard writes nothing', async () => {
    const order: string[] = []
    sm.on(DescribeSecretCommand).callsFake(async (input: { SecretId: string }) => {
      order.push(`describe ${input.SecretId}`)
      if (input.SecretId === 'app/s4')
        return { ARN: 'arn:s4', Name: 'app/s4', DeletedDate: new Date('2026-12-24T00:00:00Z'), $metadata: {} }
      return { ARN: `arn:${input.SecretId}`, Name: input.SecretId, VersionIdsToStages: { v1: ['AWSCURRENT'] } }
    })
    sm.on(GetSecretValueCommand).resolves({ VersionId: 'v1', SecretString: 'old' })
    sm.on(UpdateSecretCommand).callsFake(async (input: UpdateSecretCommandInput) => {
      order.push(`update ${input.SecretId}`)
      return { ARN: `arn:${input.SecretId}`, Name: input.SecretId, VersionId: input.ClientRequestToken }
    })
    await expect(
      writeAll(
        client,
        ids(5).map((id) => one(id, { skipUnchanged: true })),
        manyReporter,
        many(2)
      )
    ).rejects.toMatchObject({
      secretId: 'app/s4',
      message: expect.stringMatching(/^Secret app\/s4 is scheduled for deletion/)
    })
    expect(order.filter((o) => o.startsWith('update'))).toEqual([])

    order.length = 0
    sm.on(DescribeSecretCommand).callsFake(async (input: { SecretId: string }) => {
      order.push(`describe ${input.SecretId}`)
      return { ARN: `arn:${input.SecretId}`, Name: input.SecretId, VersionIdsToStages: { v1: ['AWSCURRENT'] } }
    })
    await writeAll(
      client,
      ids(5).map((id) => one(id, { skipUnchanged: true })),
      manyReporter,
      many(2)
    )
    expect(order.slice(0, 5).every((o) => o.startsWith('describe'))).toBe(true)
    expect(order.slice(5).every((o) => o.startsWith('update'))).toBe(true)
    expect(order).toHaveLength(10)
  })

  it('a dry run plans every secret and writes none', async () => {
    sm.on(DescribeSecretCommand).callsFake(async (input: { SecretId: string }) => ({
      ARN: `arn:${input.SecretId}`,
      Name: input.SecretId
    }))
    const results = await writeAll(
      client,
      ids(3).map((id) => one(id)),
      manyReporter,
      many(4, true)
    )
    expect(sm.commandCalls(UpdateSecretCommand)).toHaveLength(0)
    expect(results.map((r) => r.result.status === 'done' && r.result.outcome.changed)).toEqual([true, true, true])
  })
})
