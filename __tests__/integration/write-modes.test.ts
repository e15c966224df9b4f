/**
 * The write modes, through the bundle against moto and read back with boto3: `if-exists`
 * (create-only), `replica-regions` (moto serves the replica regions), `strip-final-newline` for
 * each source kind, and Secrets Manager's quotas as guidance (a LimitExceededException injected
 * through the fault proxy; a label count over 20 refused before any write).
 */
import { describe, it, expect, beforeAll, afterAll, beforeEach } from '@jest/globals'
import type { Moto } from '../../scripts/moto.mjs'
import { AwsError, createSecret, moveStage, readSecret } from '../support/aws.js'
import { errorMessages, expectExit, expectOneError, expectUntouched } from '../support/expect-run.js'
import type { Fault, FaultProxy } from '../support/faults.js'
import { expectNoLeaks } from '../support/leaks.js'
import { secretNames, startLocal, stopLocal } from '../support/local.js'
import { runAction } from '../support/run-action.js'
import type { ActionRun, RunOptions } from '../support/run-action.js'

let moto: Moto
/** In front of moto: counts the requests (least privilege, nothing written) and injects faults. */
let proxy: FaultProxy

beforeAll(async () => ({ moto, proxy } = await startLocal()))
afterAll(() => stopLocal({ moto, proxy }))
beforeEach(() => proxy.reset())

const uniqueName = secretNames('modes')
const WRITES = ['CreateSecret', 'UpdateSecret', 'PutSecretValue', 'UpdateSecretVersionStage', 'TagResource']

function run(inputs: Record<string, string>, options: RunOptions = {}): Promise<ActionRun> {
  return runAction({ 'endpoint-url': proxy.url, region: 'us-east-1', ...inputs }, options)
}

function operations(): string[] {
  return proxy.requests.map((r) => r.operation ?? '')
}

async function seed(label: string): Promise<{ name: string; arn: string }> {
  const name = uniqueName(label)
  const created = await createSecret(moto.endpoint, name, {
    secretString: `seeded-${name}`,
    description: 'seeded',
    tags: { team: 'ops' }
  })
  return { name, arn: created.arn }
}

/** Secrets Manager's refusal of a request (HTTP 400, AWS JSON 1.1), answered by the proxy itself. */
function refusal(type: string, message: string): Fault {
  return {
    kind: 'answer',
    status: 400,
    contentType: 'application/x-amz-json-1.1',
    body: JSON.stringify({ __type: type, message })
  }
}

async function expectMissing(name: string, region = 'us-east-1'): Promise<void> {
  await expect(readSecret(moto.endpoint, name, { region })).rejects.toThrow(AwsError)
}

describe('if-exists: create once, never overwrite', () => {
  const CREATE_ONLY = { 'create-if-missing': 'true', 'secret-string': 'bootstrap-Value-1', description: 'new' }

  it('skip on an existing secret: value, description and tags left as they are, changed false', async () => {
    const secret = await seed('skip')
    const before = await readSecret(moto.endpoint, secret.arn)
    const r = await run({ ...CREATE_ONLY, 'secret-id': secret.name, 'if-exists': 'skip', tags: 'team=dev' })
    expectExit(r, 0)
    const after = await readSecret(moto.endpoint, secret.arn)
    expectUntouched(before, after)
    expect(after.tags).toEqual({ team: 'ops' })
    expect(r.outputs).toMatchObject({ changed: 'false', arn: secret.arn, name: secret.name })
    expect(r.outputs['version-id']).toBe(before.current.versionId)
    // Left as it is: AWSCURRENT is the version found, not the one the create would have made.
    expect(r.outputs['current-version-id']).toBe(before.current.versionId)
    // Least privilege: the create is the question, and one read tells an existing secret from this run's own.
    expect(operations()).toEqual(['CreateSecret', 'DescribeSecret'])
    expect(r.log).toContain('`if-exists` is `skip`: it is left as it is')
  })

  it('fail on an existing secret: the step fails, nothing written', async () => {
    const secret = await seed('fail')
    const before = await readSecret(moto.endpoint, secret.arn)
    const r = await run({ ...CREATE_ONLY, 'secret-id': secret.name, 'if-exists': 'fail' })
    expectExit(r, 1)
    expectOneError(r, /already exists, and `if-exists` is `fail`/)
    expectUntouched(before, await readSecret(moto.endpoint, secret.arn))
    expect(proxy.requestsFor('CreateSecret').map((q) => q.upstreamStatus)).toEqual([400])
  })

  it.each(['skip', 'fail'])('%s on a missing secret: created with its value', async (mode) => {
    const name = uniqueName(`missing-${mode}`)
    const r = await run({ ...CREATE_ONLY, 'secret-id': name, 'if-exists': mode })
    expectExit(r, 0)
    const after = await readSecret(moto.endpoint, name)
    expect(after.current.secretString).toBe('bootstrap-Value-1')
    expect(after.description).toBe('new')
    expect(after.versions).toHaveLength(1)
    expect(r.outputs).toMatchObject({ changed: 'true', arn: after.arn, 'version-id': after.current.versionId })
    expect(operations()).toEqual(['CreateSecret'])
  })

  const EXISTS = refusal('ResourceExistsException', 'already exists (injected)')
  it.each<[string, Record<string, string>, Fault[], string[]]>([
    [
      "a value: the SDK's retry with the same token is accepted as the same request",
      {},
      [{ kind: 'forward-then-close' }],
      ['CreateSecret', 'CreateSecret']
    ],
    [
      "a value: a retry refused as existing is told by the version with the create's token",
      {},
      [{ kind: 'forward-then-close' }, EXISTS],
      ['CreateSecret', 'CreateSecret', 'DescribeSecret']
    ],
    [
      'no value: a retry refused as existing is told by a secret without any version',
      { 'secret-string': '' },
      [{ kind: 'forward-then-close' }],
      ['CreateSecret', 'CreateSecret', 'DescribeSecret']
    ]
  ])(
    "a create whose answer was lost is this run's own, not an existing secret: %s",
    async (_name, inputs, faults, calls) => {
      const name = uniqueName('lost-answer')
      // The create is applied, and the connection closed before its answer: the SDK sends it again.
      proxy.plan(faults, 'CreateSecret')
      const r = await run({ ...CREATE_ONLY, 'secret-id': name, 'if-exists': 'fail', ...inputs })
      expectExit(r, 0)
      const after = await readSecret(moto.endpoint, name).catch(() => undefined)
      expect(operations()).toEqual(calls)
      expect(r.outputs).toMatchObject({ changed: 'true', arn: expect.stringContaining(name) })
      if (inputs['secret-string'] === '') return
      expect(after?.versions).toHaveLength(1)
      expect(r.outputs['version-id']).toBe(after?.current.versionId)
    }
  )

  it('with secrets, fail describes every secret first: one exists, nothing is written to any', async () => {
    const existing = await seed('batch-existing')
    const before = await readSecret(moto.endpoint, existing.arn)
    const missing = uniqueName('batch-missing')
    const r = await run(
      {
        secrets: `${missing} env:A\n${existing.name} env:B`,
        'create-if-missing': 'true',
        'if-exists': 'fail'
      },
      { env: { A: 'value-A-123', B: 'value-B-456' } }
    )
    expectExit(r, 1)
    expectOneError(r, new RegExp(`${existing.name}: Secret ${existing.name} already exists.*Nothing was written`))
    await expectMissing(missing)
    expectUntouched(before, await readSecret(moto.endpoint, existing.arn))
    expect(operations().filter((op) => WRITES.includes(op))).toEqual([])
  })

  it('bootstrap: a generated password created once, exported only by the run that wrote it', async () => {
    const name = uniqueName('bootstrap')
    const inputs = {
      'secret-id': name,
      'create-if-missing': 'true',
      'if-exists': 'skip',
      'generate-password': 'true',
      'password-env': 'DB_PASSWORD'
    }
    const first = await run(inputs)
    expectExit(first, 0)
    const created = await readSecret(moto.endpoint, name)
    expect(first.outputs.changed).toBe('true')
    expect(first.exported.DB_PASSWORD).toBe(created.current.secretString)
    expectNoLeaks(first, [created.current.secretString ?? ''])

    const second = await run(inputs)
    expectExit(second, 0)
    expect(second.outputs.changed).toBe('false')
    expect(second.exported).toEqual({})
    expectUntouched(created, await readSecret(moto.endpoint, name))
  })

  it.each(['skip', 'fail'])(
    "%s: a generated password whose create answer was lost is this run's own, and is exported",
    async (mode) => {
      const name = uniqueName(`bootstrap-lost-${mode}`)
      // The create is applied, its answer lost; the SDK's retry is refused as existing.
      proxy.plan([{ kind: 'forward-then-close' }, EXISTS], 'CreateSecret')
      const r = await run({
        'secret-id': name,
        'create-if-missing': 'true',
        'if-exists': mode,
        'generate-password': 'true',
        'password-env': 'DB_PASSWORD'
      })
      expectExit(r, 0)
      const created = await readSecret(moto.endpoint, name)
      expect(operations()).toEqual(['CreateSecret', 'CreateSecret', 'DescribeSecret'])
      expect(r.outputs).toMatchObject({ changed: 'true', 'version-id': created.current.versionId })
      expect(r.exported.DB_PASSWORD).toBe(created.current.secretString)
      expectNoLeaks(r, [created.current.secretString ?? ''])
    }
  )
})

describe('replica-regions', () => {
  it('on create: the secret is created with its replicas, and the replicas output says so', async () => {
    const name = uniqueName('replicas-create')
    const r = await run({
      'secret-id': name,
      'secret-string': 'replicated-Value-1',
      'create-if-missing': 'true',
      'replica-regions': 'eu-west-1\nap-south-1 alias/aws/secretsmanager'
    })
    expectExit(r, 0)
    const after = await readSecret(moto.endpoint, name)
    expect(after.replication.map((x) => [x.region, x.status])).toEqual([
      ['eu-west-1', 'InSync'],
      ['ap-south-1', 'InSync']
    ])
    expect(JSON.parse(r.outputs.replicas ?? '')).toEqual({
      'eu-west-1': { status: 'InSync', message: 'Replication succeeded' },
      'ap-south-1': { status: 'InSync', message: 'Replication succeeded' }
    })
    const replica = await readSecret(moto.endpoint, after.arn.replace('us-east-1', 'eu-west-1'))
    expect(replica.current.secretString).toBe('replicated-Value-1')
    expect(replica.primaryRegion).toBe('us-east-1')
    expect(proxy.requestsFor('ReplicateSecretToRegions')).toEqual([])
  })

  it('on an existing secret: the regions it lacks are added, none removed', async () => {
    const name = uniqueName('replicas-add')
    await run({
      'secret-id': name,
      'secret-string': 'v1-Value',
      'create-if-missing': 'true',
      'replica-regions': 'eu-west-1'
    })
    proxy.reset()
    const r = await run({ 'secret-id': name, 'secret-string': 'v2-Value', 'replica-regions': 'us-west-2' })
    expectExit(r, 0)
    const after = await readSecret(moto.endpoint, name)
    expect(after.current.secretString).toBe('v2-Value')
    expect(after.replication.map((x) => x.region)).toEqual(['eu-west-1', 'us-west-2'])
    expect(JSON.parse(r.outputs.replicas ?? '')).toEqual({
      'us-west-2': { status: 'InSync', message: 'Replication succeeded' }
    })
    expect(operations()).toEqual(['DescribeSecret', 'UpdateSecret', 'ReplicateSecretToRegions'])

    // Again: nothing to add, no call, the status as read.
    proxy.reset()
    const again = await run({ 'secret-id': name, 'replica-regions': 'us-west-2\neu-west-1' })
    expectExit(again, 0)
    expect(again.outputs.changed).toBe('false')
    expect(Object.keys(JSON.parse(again.outputs.replicas ?? ''))).toEqual(['us-west-2', 'eu-west-1'])
    expect(operations()).toEqual(['DescribeSecret'])
  })

  it('a replica blocked by a secret of the same name fails the step with what was written; force-overwrite-replica replaces it', async () => {
    const secret = await seed('replicas-blocked')
    await createSecret(moto.endpoint, secret.name, { secretString: 'unrelated-Value', region: 'eu-west-1' })
    const r = await run({ 'secret-id': secret.name, 'replica-regions': 'eu-west-1' })
    expectExit(r, 1)
    expectOneError(
      r,
      /Replication failed in eu-west-1 .*Already written before this failure: replicas added in eu-west-1/
    )

    const other = await seed('replicas-force')
    await createSecret(moto.endpoint, other.name, { secretString: 'unrelated-Value', region: 'eu-west-1' })
    const dry = await run({
      'secret-id': other.name,
      'replica-regions': 'eu-west-1',
      'force-overwrite-replica': 'true',
      'dry-run': 'true'
    })
    expectExit(dry, 0)
    expect(dry.log).toMatch(/`force-overwrite-replica`: replicating to eu-west-1 overwrites any secret named/)
    expect(JSON.parse(dry.outputs.replicas ?? '')).toEqual({ 'eu-west-1': { status: 'Planned' } })
    expect((await readSecret(moto.endpoint, other.name)).replication).toEqual([])

    const forced = await run({
      'secret-id': other.name,
      'replica-regions': 'eu-west-1',
      'force-overwrite-replica': 'true'
    })
    expectExit(forced, 0)
    expect((await readSecret(moto.endpoint, other.name)).replication).toEqual([
      { region: 'eu-west-1', status: 'InSync' }
    ])
  })

  it('with secrets: each results entry has its replicas', async () => {
    const a = uniqueName('replicas-batch')
    const r = await run(
      { secrets: `${a} env:A`, 'create-if-missing': 'true', 'replica-regions': 'eu-west-1' },
      { env: { A: 'batch-Value-1' } }
    )
    expectExit(r, 0)
    expect(r.outputs.replicas ?? '').toBe('')
    expect(JSON.parse(r.outputs.results ?? '')[a].replicas).toEqual({
      'eu-west-1': { status: 'InSync', message: 'Replication succeeded' }
    })
  })
})

describe('strip-final-newline', () => {
  it('secret-string, value-from-file (CRLF), env: and file: lines lose one final newline; binary-file: keeps its bytes', async () => {
    const one = uniqueName('strip-string')
    const r1 = await run({
      'secret-id': one,
      'secret-string': 'token-Value-1\n',
      'create-if-missing': 'true',
      'strip-final-newline': 'true'
    })
    expectExit(r1, 0)
    expect((await readSecret(moto.endpoint, one)).current.secretString).toBe('token-Value-1')

    const two = uniqueName('strip-file')
    const r2 = await run(
      { 'secret-id': two, 'value-from-file': 'token.txt', 'create-if-missing': 'true', 'strip-final-newline': 'true' },
      { files: { 'token.txt': 'line-1\r\nline-2\r\n\r\n' } }
    )
    expectExit(r2, 0)
    expect((await readSecret(moto.endpoint, two)).current.secretString).toBe('line-1\r\nline-2\r\n')

    const [env, file, bin] = ['strip-env', 'strip-line-file', 'strip-bin'].map(uniqueName)
    const r3 = await run(
      {
        secrets: `${env ?? ''} env:TOKEN\n${file ?? ''} file:key.pem\n${bin ?? ''} binary-file:blob.bin`,
        'create-if-missing': 'true',
        'strip-final-newline': 'true'
      },
      {
        env: { TOKEN: 'env-Value-1\n' },
        files: { 'key.pem': '-----BEGIN-----\nabc\n-----END-----\n', 'blob.bin': Buffer.from([1, 2, 10]) }
      }
    )
    expectExit(r3, 0)
    expect((await readSecret(moto.endpoint, env ?? '')).current.secretString).toBe('env-Value-1')
    expect((await readSecret(moto.endpoint, file ?? '')).current.secretString).toBe(
      '-----BEGIN-----\nabc\n-----END-----'
    )
    expect((await readSecret(moto.endpoint, bin ?? '')).current.secretBinary).toEqual(Buffer.from([1, 2, 10]))
  })

  it('with skip-unchanged: a value equal but for its final newline writes no version', async () => {
    const secret = await seed('strip-skip')
    const before = await readSecret(moto.endpoint, secret.arn)
    const r = await run({
      'secret-id': secret.name,
      'secret-string': `${before.current.secretString ?? ''}\n`,
      'skip-unchanged': 'true',
      'strip-final-newline': 'true'
    })
    expectExit(r, 0)
    expect(r.outputs).toMatchObject({ changed: 'false', 'version-id': before.current.versionId })
    expectUntouched(before, await readSecret(moto.endpoint, secret.arn))
  })
})

describe('quotas as guidance', () => {
  it('LimitExceededException on a write that makes a version: the version quota, and what to do', async () => {
    const secret = await seed('quota')
    const before = await readSecret(moto.endpoint, secret.arn)
    proxy.plan([refusal('LimitExceededException', 'too many versions (injected)')], 'UpdateSecret')
    // The SDK retries LimitExceededException as throttling: every attempt is refused.
    const r = await run({ 'secret-id': secret.name, 'secret-string': 'quota-Value-1', 'max-attempts': '1' })
    expectExit(r, 1)
    const message = expectOneError(
      r,
      /UpdateSecret was refused: LimitExceededException: "too many versions \(injected\)"/
    )
    expect(message).toMatch(/about 100 versions.*24 hours.*Nothing was written before it\..*`skip-unchanged: true`/)
    expectUntouched(before, await readSecret(moto.endpoint, secret.arn))
  })

  it('a staging run that would take the secret past 20 labels is refused before any write', async () => {
    const secret = await seed('labels')
    const before = await readSecret(moto.endpoint, secret.arn)
    for (let i = 1; i <= 19; i++) {
      await moveStage(moto.endpoint, secret.arn, `L${i}`, { moveToVersionId: before.current.versionId })
    }
    const full = await readSecret(moto.endpoint, secret.arn)
    proxy.reset()
    const r = await run({ 'secret-id': secret.name, 'secret-string': 'staged-Value-1', 'version-stages': 'NEXT' })
    expectExit(r, 1)
    expectOneError(
      r,
      /would carry 21 staging labels: .*at most 20.*Nothing was written\. Labels in use: AWSCURRENT, L1,/
    )
    expect(operations().filter((op) => WRITES.includes(op))).toEqual([])
    expectUntouched(full, await readSecret(moto.endpoint, secret.arn))
    expect(errorMessages(r)).toHaveLength(1)
  })
})
