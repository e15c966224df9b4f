// apply's cancellation (an aborted signal, as a cancelled job gives): what it reports as written, as
// possibly applied, and as left behind; and how it runs a plan's steps: fallbacks, a step a
// create made redundant, a new plan asked for, the swap settled, cleanup. The flow is batch.test.ts's.
import 'aws-sdk-client-mock-jest'
import { beforeEach, describe, expect, it } from '@jest/globals'
import {
  CreateSecretCommand,
  GetSecretValueCommand,
  InvalidParameterException,
  PutSecretValueCommand,
  SecretsManagerClient,
  TagResourceCommand,
  UpdateSecretCommand,
  UpdateSecretVersionStageCommand
} from '@aws-sdk/client-secrets-manager'
import { mockClient } from 'aws-sdk-client-mock'
import { applyPlan } from '../src/apply.js'
import { CancelledError, PartialWriteError } from '../src/errors.js'
import { outcome } from '../__fixtures__/outcomes.js'
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
  outcome: outcome({ versionId: 't1', mergeAttempts: 1 })
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

describe('the steps of a plan', () => {
  const NAME = 'app/db'
  const update = (token: string): WriteCall => ({
    op: 'update',
    secretId: NAME,
    value: { kind: 'text', text: 'v' },
    token,
    description: undefined,
    kmsKeyId: undefined
  })
  const create: WriteCall = {
    op: 'create',
    name: NAME,
    value: { kind: 'text', text: 'v' },
    token: 't1',
    description: undefined,
    kmsKeyId: undefined,
    tags: [{ key: 'team', value: 'pay' }],
    replicas: [],
    forceOverwrite: false
  }
  const tag: WriteCall = { op: 'tag', secretId: NAME, tags: [{ key: 'team', value: 'pay' }] }
  const plan = (steps: Plan['steps'], cleanup: WriteCall[] = []): Plan => ({
    kind: 'update',
    steps,
    cleanup,
    notes: [],
    outcome: outcome()
  })
  const failing = (name: string): Error => Object.assign(new Error(`${name} happened`), { name })
  const warnings: string[] = []
  const reporter = { info: (): void => undefined, warning: (text: string): void => void warnings.push(text) }

  beforeEach(() => {
    warnings.length = 0
  })

  it('takes the fallback when the call fails the expected way, and skips a step the create made redundant', async () => {
    sm.on(UpdateSecretCommand).rejects(failing('ResourceNotFoundException'))
    sm.on(CreateSecretCommand).resolves({ ARN, Name: NAME, VersionId: 't1' })
    const result = await applyPlan(
      client,
      plan([
        { call: update('t1'), fallback: { exception: 'ResourceNotFoundException', instead: [{ call: create }] } },
        { call: tag, unlessCreated: true }
      ]),
      reporter
    )
    expect(result).toEqual({
      kind: 'done',
      applied: { arn: ARN, name: NAME, versionId: 't1', created: true },
      written: ['secret app/db created with new version t1 (AWSCURRENT), tags team']
    })
    expect(sm).not.toHaveReceivedCommand(TagResourceCommand)
  })

  it('fails with the fallback’s own message where the plan says the failure cannot be repaired', async () => {
    sm.on(UpdateSecretCommand).rejects(failing('ResourceNotFoundException'))
    await expect(
      applyPlan(
        client,
        plan([{ call: update('t1'), fallback: { exception: 'ResourceNotFoundException', instead: { fail: 'No.' } } }]),
        reporter
      )
    ).rejects.toThrow(/^No\.$/)
  })

  it('asks for a new plan when another writer got there first', async () => {
    sm.on(CreateSecretCommand).rejects(failing('ResourceExistsException'))
    const result = await applyPlan(client, plan([{ call: create, replanOn: 'ResourceExistsException' }]), reporter)
    expect(result.kind).toBe('replan')
  })

  it('says what was written before a later call failed, and still sends the cleanup', async () => {
    sm.on(UpdateSecretCommand).resolves({ ARN, Name: NAME, VersionId: 't1' })
    sm.on(TagResourceCommand).rejects(failing('AccessDeniedException'))
    sm.on(UpdateSecretVersionStageCommand).resolves({ ARN, Name: NAME })
    const error = await applyPlan(
      client,
      plan([{ call: update('t1') }, { call: tag }], [label(undefined, 't1')]),
      reporter
    ).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(PartialWriteError)
    expect((error as PartialWriteError).written).toEqual([
      'new version t1 (AWSCURRENT)',
      'label update-secret-t1 removed from version t1'
    ])
  })

  it('warns of a label its cleanup could not remove, after a write that succeeded', async () => {
    sm.on(UpdateSecretCommand).resolves({ ARN, Name: NAME, VersionId: 't1' })
    sm.on(UpdateSecretVersionStageCommand).rejects(failing('AccessDeniedException'))
    const result = await applyPlan(client, plan([{ call: update('t1') }], [label(undefined, 't1')]), reporter)
    expect(result.kind).toBe('done')
    expect(warnings).toEqual([
      'The staging label update-secret-t1 could not be removed from version t1: remove it by hand (aws secretsmanager update-secret-version-stage).'
    ])
  })

  it.each<[string, string | undefined, string]>([
    ['on our version: the lost answer is taken as done', 't1', 'done'],
    ["on another writer's version: plan again", 'v9', 'replan']
  ])('settles a swap whose answer was lost by reading AWSCURRENT: %s', async (_name, now, kind) => {
    sm.on(PutSecretValueCommand).resolves({ ARN, Name: NAME, VersionId: 't1' })
    sm.on(UpdateSecretVersionStageCommand, { VersionStage: 'AWSCURRENT' }).rejects(failing('TimeoutError'))
    sm.on(UpdateSecretVersionStageCommand, { VersionStage: 'update-secret-t1' }).resolves({ ARN, Name: NAME })
    sm.on(GetSecretValueCommand).resolves({ VersionId: now, SecretString: '{}' })
    expect((await applyPlan(client, MERGE, reporter)).kind).toBe(kind)
  })

  it('reports the swap’s own failure when AWSCURRENT stayed where the merge read it, with what was written', async () => {
    sm.on(PutSecretValueCommand).resolves({ ARN, Name: NAME, VersionId: 't1' })
    const lost = failing('TimeoutError')
    sm.on(UpdateSecretVersionStageCommand, { VersionStage: 'AWSCURRENT' }).rejects(lost)
    sm.on(UpdateSecretVersionStageCommand, { VersionStage: 'update-secret-t1' }).resolves({ ARN, Name: NAME })
    sm.on(GetSecretValueCommand).resolves({ VersionId: 'v1', SecretString: '{}' })
    const error = await applyPlan(client, MERGE, reporter).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(PartialWriteError)
    expect((error as PartialWriteError).cause).toBe(lost)
    expect((error as PartialWriteError).written).toEqual([
      'new version t1 labelled update-secret-t1',
      'label update-secret-t1 removed from version t1'
    ])
  })
})
