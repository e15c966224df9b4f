// A dry run is the real run's plan, reported instead of applied: both go through the one planning
// function with the same request, for a plain write (which a real run makes blind and a dry run
// after DescribeSecret) and for a merge.
import { beforeEach, describe, expect, it, jest } from '@jest/globals'
import {
  DescribeSecretCommand,
  GetSecretValueCommand,
  PutSecretValueCommand,
  SecretsManagerClient,
  UpdateSecretCommand,
  UpdateSecretVersionStageCommand
} from '@aws-sdk/client-secrets-manager'
import { mockClient } from 'aws-sdk-client-mock'
import * as realPlan from '../src/plan.js'
import type { Reporter, SecretRequest, SecretState } from '../src/types.js'
import { request } from '../__fixtures__/requests.js'

const planWrite = jest.fn(realPlan.planWrite)
jest.unstable_mockModule('../src/plan.js', () => ({ ...realPlan, planWrite }))
const { writeAll } = await import('../src/batch.js')

const NAME = 'app/db'
const ARN = 'arn:aws:secretsmanager:us-east-1:123456789012:secret:app/db-AbCdEf'
const client = new SecretsManagerClient({ region: 'us-east-1' })
const sm = mockClient(client)
const quiet = (): Reporter => ({ info: jest.fn(), warning: jest.fn(), mask: jest.fn() })

beforeEach(() => {
  sm.reset()
  planWrite.mockClear()
  sm.on(DescribeSecretCommand).resolves({ ARN, Name: NAME, VersionIdsToStages: { v1: ['AWSCURRENT'] } })
  sm.on(GetSecretValueCommand).resolves({ ARN, Name: NAME, VersionId: 'v1', SecretString: '{"a":"1"}' })
  sm.on(UpdateSecretCommand).resolves({ ARN, Name: NAME, VersionId: 'tok' })
  sm.on(PutSecretValueCommand).resolves({ ARN, Name: NAME, VersionId: 'tok' })
  sm.on(UpdateSecretVersionStageCommand).resolves({ ARN, Name: NAME })
})

/** The requests and states planWrite was called with, and the plan kinds it returned, for one run. */
async function planned(
  target: SecretRequest,
  dryRun: boolean
): Promise<{ requests: SecretRequest[]; states: SecretState['kind'][]; kinds: string[] }> {
  planWrite.mockClear()
  const results = await writeAll(client, [target], quiet, {
    dryRun,
    maxConcurrency: 1,
    staleLabelMs: 3_600_000,
    newToken: () => 'tok'
  })
  expect(results[0]?.result.status).toBe('done')
  return {
    requests: planWrite.mock.calls.map(([r]) => r),
    states: planWrite.mock.calls.map(([, state]) => state.kind),
    kinds: planWrite.mock.results.map((r) => (r.type === 'return' ? r.value.kind : 'threw'))
  }
}

describe('a dry run and the real run plan alike', () => {
  it.each<[string, SecretRequest, SecretState['kind'], SecretState['kind'], string]>([
    ['a plain write', request({ secretId: NAME, value: { kind: 'text', text: 'new' } }), 'unread', 'found', 'update'],
    [
      'a merge',
      request({ secretId: NAME, value: { kind: 'text', text: '{"b":"2"}' }, jsonMerge: true }),
      'found',
      'found',
      'swap'
    ]
  ])('%s: one planWrite, the same request, the same write chosen', async (_name, target, real, dry, kind) => {
    const wrote = await planned(target, false)
    const dryRun = await planned(target, true)
    expect(wrote.requests).toEqual([target])
    expect(dryRun.requests).toEqual([target])
    // The dry run reads what README documents (DescribeSecret); the real plain write reads nothing.
    expect(wrote.states).toEqual([real])
    expect(dryRun.states).toEqual([dry])
    expect(wrote.kinds).toEqual([kind])
    expect(dryRun.kinds).toEqual([kind])
  })
})
