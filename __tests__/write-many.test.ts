// Several secrets through writeSecrets() with a mocked client: every read before the first write,
// at most maxConcurrency writes in flight, no write started after a failure, and the result of
// each secret. The integration suite checks the same against moto and boto3.
import { beforeEach, describe, expect, it, jest } from '@jest/globals'
import {
  DescribeSecretCommand,
  GetSecretValueCommand,
  SecretsManagerClient,
  UpdateSecretCommand,
  type UpdateSecretCommandInput
} from '@aws-sdk/client-secrets-manager'
import { mockClient } from 'aws-sdk-client-mock'
import type { Reporter, SecretRequest } from '../src/types.js'
import { writeSecrets } from '../src/write-many.js'
import { secretRequest } from '../__fixtures__/requests.js'

const client = new SecretsManagerClient({ region: 'us-east-1' })
const sm = mockClient(client)

function request(secretId: string, over: Partial<SecretRequest> = {}): SecretRequest {
  return secretRequest({ secretId, value: { kind: 'text', text: `value of ${secretId}` }, ...over })
}

const reporter = (): Reporter => ({ info: jest.fn(), warning: jest.fn(), mask: jest.fn() })
const ids = (n: number): string[] => Array.from({ length: n }, (_, i) => `app/s${i}`)
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms))
const options = (maxConcurrency: number) => ({ maxConcurrency, staleLabelMs: 3_600_000, newToken: () => 'tok' })

/** UpdateSecret answers after `ms`; records the most calls in flight at once. */
function slowUpdates(ms: number): { peak: () => number } {
  let inFlight = 0
  let peak = 0
  sm.on(UpdateSecretCommand).callsFake(async (input: UpdateSecretCommandInput) => {
    inFlight++
    peak = Math.max(peak, inFlight)
    await sleep(ms)
    inFlight--
    return { ARN: `arn:${input.SecretId}`, Name: input.SecretId, VersionId: `v-${input.SecretId}` }
  })
  return { peak: () => peak }
}

beforeEach(() => {
  sm.reset()
})

describe('writeSecrets', () => {
  it.each([1, 3, 4, 16])('keeps at most %i writes in flight and writes every secret', async (limit) => {
    const updates = slowUpdates(5)
    const results = await writeSecrets(
      client,
      ids(10).map((id) => request(id)),
      reporter,
      options(limit)
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
      return { ARN: `arn:${id}`, Name: id, VersionId: `v-${id}` }
    })
    const results = await writeSecrets(
      client,
      ids(8).map((id) => request(id)),
      reporter,
      options(4)
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
      return {}
    })
    await expect(
      writeSecrets(
        client,
        ids(5).map((id) => request(id, { skipUnchanged: true })),
        reporter,
        options(2)
      )
    ).rejects.toThrow(
      /^Secret app\/s4: Secret app\/s4 is scheduled for deletion .* Nothing was written to any of the 5 secrets\.$/
    )
    expect(order.filter((o) => o.startsWith('update'))).toEqual([])

    order.length = 0
    sm.on(DescribeSecretCommand).callsFake(async (input: { SecretId: string }) => {
      order.push(`describe ${input.SecretId}`)
      return { ARN: `arn:${input.SecretId}`, Name: input.SecretId, VersionIdsToStages: { v1: ['AWSCURRENT'] } }
    })
    await writeSecrets(
      client,
      ids(5).map((id) => request(id, { skipUnchanged: true })),
      reporter,
      options(2)
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
    const results = await writeSecrets(
      client,
      ids(3).map((id) => request(id, { dryRun: true })),
      reporter,
      options(4)
    )
    expect(sm.commandCalls(UpdateSecretCommand)).toHaveLength(0)
    expect(results.map((r) => r.result.status === 'done' && r.result.outcome.changed)).toEqual([true, true, true])
  })
})
