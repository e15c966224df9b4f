// apply's interruption (a cancelled job): what it reports as written, as possibly applied, and as
// left behind. The flow's other cases are write.test.ts's.
import 'aws-sdk-client-mock-jest'
import { beforeEach, describe, expect, it } from '@jest/globals'
import {
  GetSecretValueCommand,
  InvalidParameterException,
  PutSecretValueCommand,
  SecretsManagerClient,
  UpdateSecretVersionStageCommand
} from '@aws-sdk/client-secrets-manager'
import { mockClient } from 'aws-sdk-client-mock'
import { Progress, applyPlan, interrupt } from '../src/apply.js'
import type { Plan, WriteCall } from '../src/types.js'

const ARN = 'arn:aws:secretsmanager:us-east-1:123456789012:secret:app/db-AbCdEf'
const client = new SecretsManagerClient({ region: 'us-east-1' })
const sm = mockClient(client)
const quiet = { info: (): void => undefined, warning: (): void => undefined }
const never = (): Promise<never> => new Promise(() => undefined)

const label = (to: string | undefined, from: string | undefined, name = 'update-secret-t1'): WriteCall => ({
  op: 'move-label',
  secretId: ARN,
  label: name,
  to,
  from
})
const MERGE: Plan = {
  steps: [
    {
      call: {
        op: 'put-version',
        secretId: ARN,
        value: { kind: 'text', text: '{"a":1}' },
        token: 't1',
        stages: ['update-secret-t1']
      }
    },
    { call: label('t1', 'v1', 'AWSCURRENT'), swapTo: 't1' }
  ],
  cleanup: [label(undefined, 't1')],
  notes: [],
  outcome: {
    arn: ARN,
    name: 'app/db',
    versionId: 't1',
    changed: true,
    dryRun: false,
    created: false,
    value: 'new-version',
    description: undefined,
    kmsKeyId: undefined,
    mergeAttempts: 1
  } as Plan['outcome']
}

beforeEach(() => {
  sm.reset()
})

describe('interrupt', () => {
  it('reports a swap whose answer was lost as possibly applied while the read that settles it is still out', async () => {
    sm.on(PutSecretValueCommand).resolves({ VersionId: 't1' })
    sm.on(UpdateSecretVersionStageCommand, { VersionStage: 'AWSCURRENT' }).rejects(
      Object.assign(new Error('socket hang up'), { name: 'TimeoutError' })
    )
    sm.on(UpdateSecretVersionStageCommand, { VersionStage: 'update-secret-t1' }).resolves({})
    sm.on(GetSecretValueCommand).callsFake(never)
    const progress = new Progress()
    void applyPlan(client, MERGE, quiet, progress).catch(() => undefined)
    await new Promise((resolve) => setTimeout(resolve, 50))
    const stop = await interrupt(client, progress, 100)
    expect(stop.uncertain).toBe('label AWSCURRENT moved to version t1 from v1')
    expect(stop.written).toEqual([
      'new version t1 labelled update-secret-t1',
      'label update-secret-t1 removed from version t1'
    ])
    expect(stop.leftover).toEqual([])
  })

  it('says which label it could not remove, and counts one it removed as written', async () => {
    sm.on(PutSecretValueCommand).callsFake(never)
    sm.on(UpdateSecretVersionStageCommand).rejects(
      Object.assign(new Error('denied'), { name: 'AccessDeniedException' })
    )
    const progress = new Progress()
    void applyPlan(client, MERGE, quiet, progress).catch(() => undefined)
    await new Promise((resolve) => setTimeout(resolve, 50))
    const stop = await interrupt(client, progress, 100)
    expect(stop.uncertain).toBe('new version t1 labelled update-secret-t1')
    expect(stop.leftover).toEqual([
      'The staging label update-secret-t1 could not be removed from version t1: remove it by hand (aws secretsmanager update-secret-version-stage).'
    ])
  })

  it('takes a removal refused because the label is not there as nothing left behind', async () => {
    sm.on(PutSecretValueCommand).callsFake(never)
    sm.on(UpdateSecretVersionStageCommand).rejects(
      new InvalidParameterException({ message: 'not found', $metadata: {} })
    )
    const progress = new Progress()
    void applyPlan(client, MERGE, quiet, progress).catch(() => undefined)
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect((await interrupt(client, progress, 100)).leftover).toEqual([])
  })
})
