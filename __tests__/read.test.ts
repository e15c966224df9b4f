// read: only what the plan needs, the value read together with DescribeSecret, and how their
// answers combine (a missing secret, no AWSCURRENT yet, a secret scheduled for deletion, a refused
// describe that a staging run can do without).
import 'aws-sdk-client-mock-jest'
import { beforeEach, describe, expect, it } from '@jest/globals'
import {
  DescribeSecretCommand,
  GetSecretValueCommand,
  InvalidRequestException,
  ResourceNotFoundException,
  SecretsManagerClient
} from '@aws-sdk/client-secrets-manager'
import { mockClient } from 'aws-sdk-client-mock'
import { readNeeds, readSecret } from '../src/read.js'
import { request, type RequestOptions } from '../__fixtures__/requests.js'

const NAME = 'app/db'
const ARN = 'arn:aws:secretsmanager:us-east-1:123456789012:secret:app/db-AbCdEf'
const client = new SecretsManagerClient({ region: 'us-east-1' })
const sm = mockClient(client)
const VALUE = { kind: 'text', text: 'new' } as const

function ask(over: Partial<RequestOptions> = {}): ReturnType<typeof request> {
  return request({ secretId: NAME, value: VALUE, ...over })
}
const notFound = (): Error => new ResourceNotFoundException({ message: 'not found', $metadata: {} })
const denied = (): Error => Object.assign(new Error('denied'), { name: 'AccessDeniedException' })

beforeEach(() => {
  sm.reset()
})

describe('readNeeds: what each option reads', () => {
  it.each<[string, Partial<RequestOptions>, boolean, ReturnType<typeof readNeeds>]>([
    ['a plain write: nothing', {}, false, { describe: false, describeOptional: true, value: false, created: false }],
    [
      'a dry run of a plain write: DescribeSecret',
      {},
      true,
      { describe: true, describeOptional: false, value: false, created: false }
    ],
    [
      'skip-unchanged: both',
      { skipUnchanged: true },
      false,
      { describe: true, describeOptional: false, value: true, created: false }
    ],
    [
      'skip-unchanged without a value: DescribeSecret',
      { skipUnchanged: true, value: undefined, description: 'd' },
      false,
      { describe: true, describeOptional: false, value: false, created: false }
    ],
    [
      'json-merge: both',
      { jsonMerge: true, value: { kind: 'text', text: '{}' } },
      false,
      { describe: true, describeOptional: false, value: true, created: false }
    ],
    [
      'staging: DescribeSecret, if allowed',
      { versionStages: ['AWSPENDING'] },
      false,
      { describe: true, describeOptional: true, value: false, created: false }
    ],
    [
      'a promotion: DescribeSecret and ListSecretVersionIds (which version is older)',
      { value: undefined, promote: { kind: 'stage', stage: 'AWSPENDING' } },
      false,
      { describe: true, describeOptional: false, value: false, created: true }
    ],
    [
      'a rollback to AWSPREVIOUS: DescribeSecret only (an older version on purpose)',
      { value: undefined, promote: { kind: 'stage', stage: 'AWSPREVIOUS' } },
      false,
      { describe: true, describeOptional: false, value: false, created: false }
    ],
    [
      'a promotion with if-current-version-id: DescribeSecret only (it names the version it replaces)',
      { value: undefined, promote: { kind: 'stage', stage: 'AWSPENDING' }, ifCurrentVersionId: 'v'.repeat(32) },
      false,
      { describe: true, describeOptional: false, value: false, created: false }
    ],
    [
      'a plain write with if-current-version-id: DescribeSecret (the precondition is checked at the read)',
      { ifCurrentVersionId: 'v'.repeat(32) },
      false,
      { describe: true, describeOptional: false, value: false, created: false }
    ],
    [
      'staging with if-current-version-id: DescribeSecret, required',
      { versionStages: ['AWSPENDING'], ifCurrentVersionId: 'v'.repeat(32) },
      false,
      { describe: true, describeOptional: false, value: false, created: false }
    ]
  ])('%s', (_name, over, dryRun, needs) => {
    expect(readNeeds(ask(over), dryRun)).toEqual(needs)
  })
})

describe('readSecret', () => {
  it('sends nothing for a plain write', async () => {
    await expect(readSecret(client, ask())).resolves.toEqual({ kind: 'unread' })
    expect(sm.calls()).toHaveLength(0)
  })

  it('sends GetSecretValue without waiting for DescribeSecret, both by the id as given', async () => {
    let describeAnswered = false
    sm.on(DescribeSecretCommand).callsFake(async () => {
      // Answered only once GetSecretValue is out: a read that waited for it would never get here.
      await new Promise<void>((resolve) => {
        const poll = (): void =>
          sm.commandCalls(GetSecretValueCommand).length > 0 ? resolve() : void setImmediate(poll)
        poll()
      })
      describeAnswered = true
      return { ARN, Name: NAME, VersionIdsToStages: { v1: ['AWSCURRENT'] } }
    })
    sm.on(GetSecretValueCommand).resolves({ VersionId: 'v1', SecretString: 'old' })
    const state = await readSecret(client, ask({ skipUnchanged: true }))
    expect(describeAnswered).toBe(true)
    expect(state).toMatchObject({ kind: 'found', current: { versionId: 'v1', value: { kind: 'text', text: 'old' } } })
    expect(sm).toHaveReceivedCommandWith(DescribeSecretCommand, { SecretId: NAME })
    expect(sm).toHaveReceivedCommandWith(GetSecretValueCommand, { SecretId: NAME, VersionStage: 'AWSCURRENT' })
  })

  it('takes a missing secret from DescribeSecret, whatever GetSecretValue answered', async () => {
    sm.on(DescribeSecretCommand).rejects(notFound())
    sm.on(GetSecretValueCommand).rejects(notFound())
    await expect(readSecret(client, ask({ skipUnchanged: true, createIfMissing: true }))).resolves.toEqual({
      kind: 'missing'
    })
    await expect(readSecret(client, ask({ skipUnchanged: true }))).rejects.toThrow('not found')
  })

  it('reads a secret without AWSCURRENT as found with no current value', async () => {
    sm.on(DescribeSecretCommand).resolves({ ARN, Name: NAME, VersionIdsToStages: {} })
    sm.on(GetSecretValueCommand).rejects(notFound())
    await expect(readSecret(client, ask({ skipUnchanged: true }))).resolves.toMatchObject({
      kind: 'found',
      current: undefined
    })
  })

  it("leaves a secret scheduled for deletion to the plan, whose guard it meets (its value's refusal aside)", async () => {
    const deletedDate = new Date('2030-01-02T03:04:05Z')
    sm.on(DescribeSecretCommand).resolves({ ARN, Name: NAME, DeletedDate: deletedDate })
    sm.on(GetSecretValueCommand).rejects(new InvalidRequestException({ message: 'marked for deletion', $metadata: {} }))
    await expect(readSecret(client, ask({ skipUnchanged: true }))).resolves.toMatchObject({
      kind: 'found',
      meta: { deletedDate },
      current: undefined
    })
  })

  it("fails with GetSecretValue's own refusal on a secret that exists", async () => {
    sm.on(DescribeSecretCommand).resolves({ ARN, Name: NAME })
    sm.on(GetSecretValueCommand).rejects(denied())
    await expect(readSecret(client, ask({ skipUnchanged: true }))).rejects.toThrow('denied')
  })

  it('goes on unread when a staging run may not describe the secret, and says so', async () => {
    sm.on(DescribeSecretCommand).rejects(denied())
    await expect(readSecret(client, ask({ versionStages: ['AWSPENDING'] }))).resolves.toEqual({
      kind: 'unread',
      describeDenied: true
    })
    await expect(readSecret(client, ask({ skipUnchanged: true, versionStages: ['AWSPENDING'] }))).rejects.toThrow(
      'denied'
    )
  })
})
