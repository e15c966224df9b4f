/**
 * Answers are checked before anything reports a write: an endpoint that answers 200 with `{}`,
 * with an error object, with `"ARN": 5` or with another version id than the one sent, and a write
 * whose answer is lost on every attempt, fail as "unconfirmed: the write may have been applied",
 * naming the version id the write would have and how to check; no output claims a version. A read
 * whose fields are not of their type fails before any write. Run as the runner runs the bundle,
 * against moto behind the fault proxy (which forwards the write, so that it was applied), and read
 * back with boto3.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import type { Moto } from '../../scripts/moto.mjs'
import { createSecret, readSecret } from '../support/aws.js'
import { expectExit, expectOneError, expectUntouched } from '../support/expect-run.js'
import type { Fault, FaultProxy } from '../support/faults.js'
import { expectNoLeaks } from '../support/leaks.js'
import { secretNames, startLocal, stopLocal } from '../support/local.js'
import { runAction } from '../support/run-action.js'
import { hex } from '../support/seed.js'

let moto: Moto
let proxy: FaultProxy

beforeAll(async () => ({ moto, proxy } = await startLocal()))
afterAll(() => stopLocal({ moto, proxy }))
afterEach(() => proxy.reset())

const uniqueName = secretNames('answers')
/** A version id the test chooses, so that it can look for it in the message and in moto. */
const token = (): string => `0123abcd-${hex(28)}`

async function seeded(label: string): Promise<{ name: string; value: string }> {
  const name = uniqueName(label)
  await createSecret(moto.endpoint, name, { secretString: `seed ${hex(16)}` })
  return { name, value: `new value ${hex(24)}` }
}

const rewrite = (body: (upstream: Record<string, unknown>) => unknown): Fault => ({
  kind: 'rewrite',
  body: (upstream) => JSON.stringify(body(JSON.parse(upstream) as Record<string, unknown>))
})

describe('a write whose answer does not confirm it', () => {
  it.each<[string, Fault]>([
    ['HTTP 200 with {}', rewrite(() => ({}))],
    [
      'HTTP 200 whose body is an error object',
      rewrite(() => ({ __type: 'ResourceNotFoundException', message: 'not found (injected)' }))
    ],
    ['"ARN": 5', rewrite((answer) => ({ ...answer, ARN: 5 }))],
    ['another VersionId than the one sent', rewrite((answer) => ({ ...answer, VersionId: token() }))]
  ])('%s: fails as unconfirmed, naming the version id and how to check; no version-id output', async (_name, fault) => {
    const { name, value } = await seeded('unconfirmed')
    const sent = token()
    proxy.plan([fault], 'UpdateSecret')

    const run = await runAction({
      'secret-id': name,
      'endpoint-url': proxy.url,
      'secret-string': value,
      'client-request-token': sent
    })

    expectExit(run, 1)
    const message = expectOneError(run, /UpdateSecret unconfirmed: the write may have been applied/)
    expect(message).toContain(`version ${sent}`)
    expect(message).toMatch(/aws secretsmanager list-secret-version-ids --secret-id /)
    expect(message).not.toMatch(/TypeError|was updated/)
    expect(run.stdout).not.toMatch(/Secret \S+ updated/)
    // Nothing claims the version: no output names it, and there is no summary of a write.
    expect(run.outputs['version-id'] ?? '').toBe('')
    expect(run.outputs.changed ?? 'false').toBe('false')
    expect(run.summary).not.toContain(sent)
    // The write was applied (the proxy forwarded it): the version the message names exists.
    const after = await readSecret(moto.endpoint, name)
    expect(after.current).toMatchObject({ versionId: sent, secretString: value })
    expectNoLeaks(run, [value])
  })

  it('a merge whose PutSecretValue answer has no ARN: unconfirmed, and AWSCURRENT does not move', async () => {
    const name = uniqueName('merge')
    await createSecret(moto.endpoint, name, { secretString: '{"a":"1"}' })
    const before = await readSecret(moto.endpoint, name)
    proxy.plan([rewrite(({ ARN: _arn, ...rest }) => rest)], 'PutSecretValue')

    const run = await runAction({
      'secret-id': name,
      'endpoint-url': proxy.url,
      'secret-string': '{"b":"2"}',
      'json-merge': 'true'
    })

    expectExit(run, 1)
    const message = expectOneError(run, /PutSecretValue unconfirmed: the write may have been applied.*has no ARN/)
    const after = await readSecret(moto.endpoint, name)
    // The version it names exists (labelled with the merge's label, removed by the cleanup), and is not current.
    const named = after.versions.find((version) => message.includes(version.versionId))
    expect(named).toBeDefined()
    expect(after.current).toEqual(before.current)
    expect(proxy.requestsFor('UpdateSecretVersionStage').some((r) => r.forwarded)).toBe(true)
    expect(run.outputs['version-id'] ?? '').toBe('')
  })
})

describe('a read whose fields are not of their type', () => {
  it.each<[string, (answer: Record<string, unknown>) => unknown]>([
    ['VersionIdsToStages a string', (answer) => ({ ...answer, VersionIdsToStages: { v1: 'AWSCURRENT' } })],
    ['Tags a string', (answer) => ({ ...answer, Tags: 'no' })],
    ['Name a number', (answer) => ({ ...answer, Name: 5 })]
  ])('DescribeSecret with %s: fails naming the field, nothing written', async (field, body) => {
    const { name, value } = await seeded('read')
    const before = await readSecret(moto.endpoint, name)
    proxy.plan([rewrite(body)], 'DescribeSecret')

    const run = await runAction({
      'secret-id': name,
      'endpoint-url': proxy.url,
      'secret-string': value,
      'skip-unchanged': 'true'
    })

    expectExit(run, 1)
    expectOneError(
      run,
      new RegExp(`DescribeSecret answered, but not as Secrets Manager does: its ${field.split(' ')[0]}`)
    )
    expect(run.stdout).not.toMatch(/TypeError/)
    expectUntouched(before, await readSecret(moto.endpoint, name))
  })

  it('GetSecretValue with a numeric SecretString: fails naming the field, nothing written', async () => {
    const { name, value } = await seeded('read-value')
    const before = await readSecret(moto.endpoint, name)
    proxy.plan([rewrite((answer) => ({ ...answer, SecretString: 5 }))], 'GetSecretValue')

    const run = await runAction({
      'secret-id': name,
      'endpoint-url': proxy.url,
      'secret-string': value,
      'skip-unchanged': 'true'
    })

    expectExit(run, 1)
    expectOneError(run, /GetSecretValue answered, but not as Secrets Manager does: its SecretString is not a string/)
    expectUntouched(before, await readSecret(moto.endpoint, name))
  })
})

describe('a write whose answer was lost on every attempt', () => {
  it('fails saying it may have been applied, naming its version id and how to finish safely', async () => {
    const { name, value } = await seeded('lost')
    const sent = token()
    proxy.plan([{ kind: 'forward-then-close' }, { kind: 'forward-then-close' }], 'UpdateSecret')

    const run = await runAction({
      'secret-id': name,
      'endpoint-url': proxy.url,
      'secret-string': value,
      'client-request-token': sent,
      'max-attempts': '2'
    })

    expectExit(run, 1)
    const message = expectOneError(
      run,
      /UpdateSecret unconfirmed: the write may have been applied, but no answer came back/
    )
    expect(message).toContain(`version ${sent}`)
    expect(message).toMatch(/skip-unchanged: true/)
    expect(message).toMatch(/list-secret-version-ids/)
    expect(proxy.requestsFor('UpdateSecret').map((r) => r.forwarded)).toEqual([true, true])
    expect(run.outputs['version-id'] ?? '').toBe('')
    const after = await readSecret(moto.endpoint, name)
    expect(after.current).toMatchObject({ versionId: sent, secretString: value })
    expectNoLeaks(run, [value])
  })

  it('a lost answer, then an error answer: still may have been applied', async () => {
    const { name, value } = await seeded('lost-then-error')
    const sent = token()
    proxy.plan([{ kind: 'forward-then-close' }, { kind: 'status', status: 500 }], 'UpdateSecret')

    const run = await runAction({
      'secret-id': name,
      'endpoint-url': proxy.url,
      'secret-string': value,
      'client-request-token': sent,
      'max-attempts': '2'
    })

    expectExit(run, 1)
    const message = expectOneError(run, /UpdateSecret unconfirmed: the write may have been applied/)
    expect(message).toContain(`version ${sent}`)
    expect((await readSecret(moto.endpoint, name)).current.versionId).toBe(sent)
  })

  it('refused on every attempt without a lost answer: a plain failure, nothing written', async () => {
    const { name, value } = await seeded('refused')
    const before = await readSecret(moto.endpoint, name)
    proxy.plan(
      [
        { kind: 'status', status: 500 },
        { kind: 'status', status: 500 }
      ],
      'UpdateSecret'
    )

    const run = await runAction({
      'secret-id': name,
      'endpoint-url': proxy.url,
      'secret-string': value,
      'max-attempts': '2'
    })

    expectExit(run, 1)
    const message = expectOneError(run, /UpdateSecret failed/)
    expect(message).not.toMatch(/may have been applied/)
    expectUntouched(before, await readSecret(moto.endpoint, name))
  })
})
