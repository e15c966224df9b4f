// apply's cancellation (an aborted signal, as a cancelled job gives): what it reports as written, as
// possibly applied, and as left behind. The flow's other cases are batch.test.ts's.
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
import { applyPlan } from '../src/apply.js'
import { CancelledError } from '../src/errors.js'
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
  kind: 'swap',
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

/**
 * Applies MERGE, and aborts once `reached` resolves (the call the test holds on the wire was sent):
 * what the CancelledError says.
 */
async function cancelledWhen(reached: Promise<void>): Promise<CancelledError> {
  const cancel = new AbortController()
  const applying = applyPlan(client, MERGE, quiet, { signal: cancel.signal, stopWaitMs: 100 })
  await reached
  cancel.abort('SIGINT')
  const error = await applying.then(
    () => undefined,
    (e: unknown) => e
  )
  expect(error).toBeInstanceOf(CancelledError)
  return error as CancelledError
}

/** A call that never answers, and a promise that resolves when it is sent. */
function held(): { call: () => Promise<never>; reached: Promise<void> } {
  let sent: () => void = () => undefined
  const reached = new Promise<void>((resolve) => (sent = resolve))
  return {
    call: () => {
      sent()
      return never()
    },
    reached
  }
}

describe('a cancellation', () => {
  it('reports a swap whose answer was lost as possibly applied while the read that settles it is still out', async () => {
    sm.on(PutSecretValueCommand).resolves({ ARN, Name: 'app/db', VersionId: 't1' })
    sm.on(UpdateSecretVersionStageCommand, { VersionStage: 'AWSCURRENT' }).rejects(
      Object.assign(new Error('socket hang up'), { name: 'TimeoutError' })
    )
    sm.on(UpdateSecretVersionStageCommand, { VersionStage: 'update-secret-t1' }).resolves({ ARN, Name: 'app/db' })
    const read = held()
    sm.on(GetSecretValueCommand).callsFake(read.call)
    const stop = await cancelledWhen(read.reached)
    expect(stop.uncertain).toBe('label AWSCURRENT moved to version t1 from v1')
    expect(stop.written).toEqual([
      'new version t1 labelled update-secret-t1',
      'label update-secret-t1 removed from version t1'
    ])
    expect(stop.leftover).toEqual([])
  })

  it('says which label it could not remove, and counts one it removed as written', async () => {
    const put = held()
    sm.on(PutSecretValueCommand).callsFake(put.call)
    sm.on(UpdateSecretVersionStageCommand).rejects(
      Object.assign(new Error('denied'), { name: 'AccessDeniedException' })
    )
    const stop = await cancelledWhen(put.reached)
    expect(stop.uncertain).toBe('new version t1 labelled update-secret-t1')
    expect(stop.leftover).toEqual([
      'The staging label update-secret-t1 could not be removed from version t1: remove it by hand (aws secretsmanager update-secret-version-stage).'
    ])
  })

  it('takes a removal refused because the label is not there as nothing left behind', async () => {
    const put = held()
    sm.on(PutSecretValueCommand).callsFake(put.call)
    sm.on(UpdateSecretVersionStageCommand).rejects(
      new InvalidParameterException({ message: 'not found', $metadata: {} })
    )
    expect((await cancelledWhen(put.reached)).leftover).toEqual([])
  })
})
