/**
 * Where staging, promotion and rollback meet across runs, through the committed bundle against
 * moto: labels always name what the run did, a promotion never discards a later change silently,
 * no AWSPENDING is left on AWSCURRENT, a deprecated version is never promoted, a stored password
 * always reaches the job (or the error says it did not), and `if-current-version-id` makes any
 * write conditional on AWSCURRENT. Every end state is read back with boto3: every version's labels
 * and AWSCURRENT's value.
 *
 * Promotions tell "older" from ListSecretVersionIds' CreatedDate, which scripts/moto-launcher.py
 * corrects (moto 5.2 answers the time of the list call) to the second each version was made: the
 * tests that need one version older than another wait past a second between them.
 */
import { spawn } from 'node:child_process'
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals'
import type { Moto } from '../../scripts/moto.mjs'
import { createSecret, moveStage, putValue, readSecret } from '../support/aws.js'
import type { SecretState } from '../support/aws.js'
import { errorMessages, expectExit, expectOneError, expectUntouched } from '../support/expect-run.js'
import type { Fault, FaultProxy } from '../support/faults.js'
import { expectNoLeaks } from '../support/leaks.js'
import { secretNames, startLocal, stopLocal } from '../support/local.js'
import { prepareRun, runAction } from '../support/run-action.js'
import type { ActionRun } from '../support/run-action.js'
import { hex } from '../support/seed.js'
import { inOrder } from '../support/calls.js'

let moto: Moto
let proxy: FaultProxy

beforeAll(async () => ({ moto, proxy } = await startLocal()))
afterAll(() => stopLocal({ moto, proxy }))

const uniqueName = secretNames('staged-rotation')
const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms))
/** moto records a version's creation to the second: past one, the next version is younger. */
const NEXT_SECOND = 1100
/** A label of the action's own pattern (a merge's, or a conditional write's). */
const OWN_LABEL = /^update-secret-/

/** Runs the bundle through the proxy, with `faults` planned first (one run at a time: the proxy's log is shared). */
async function action(
  inputs: Record<string, string>,
  faults?: (proxy: FaultProxy) => void
): Promise<{ run: ActionRun; calls: string[] }> {
  proxy.reset()
  faults?.(proxy)
  const run = await runAction({ 'endpoint-url': proxy.url, ...inputs })
  return { run, calls: proxy.requests.map((request) => request.operation ?? '(none)') }
}

function read(secretId: string): Promise<SecretState> {
  return readSecret(moto.endpoint, secretId)
}

function expectSucceeded(run: ActionRun): void {
  expectExit(run, 0)
  expect(errorMessages(run)).toEqual([])
}

/** Every version's labels, sorted (versions without a label too: moto lists them). */
function labelsOf(state: SecretState): Record<string, string[]> {
  return Object.fromEntries(state.versions.map((v) => [v.versionId, [...v.stages].sort()]))
}

function holder(state: SecretState, label: string): string | undefined {
  return state.versions.find((version) => version.stages.includes(label))?.versionId
}

/** What every run must leave: one AWSCURRENT, without AWSPENDING, and no label of the action's own. */
function expectClean(state: SecretState): void {
  expect(state.versions.filter((v) => v.stages.includes('AWSCURRENT'))).toHaveLength(1)
  expect(state.versions.find((v) => v.stages.includes('AWSCURRENT'))?.stages).not.toContain('AWSPENDING')
  expect(state.versions.flatMap((v) => v.stages).filter((label) => OWN_LABEL.test(label))).toEqual([])
}

async function seed(label: string, value = `first-${hex(24)}`): Promise<{ name: string; first: string }> {
  const name = uniqueName(label)
  const created = await createSecret(moto.endpoint, name, { secretString: value })
  return { name, first: created.versionId! }
}

describe('labels always name what the run did', () => {
  it('a staging run that finds the value equal moves AWSPENDING off a rejected version: its promotion promotes what it staged', async () => {
    const a = `value-a-${hex(24)}`
    const { name, first } = await seed('rejected', a)
    const b = `value-b-${hex(24)}`
    const one = await action({ 'secret-id': name, 'secret-string': b, 'version-stages': 'AWSPENDING' })
    expectSucceeded(one.run)
    const rejected = one.run.outputs['version-id']!
    // The smoke test of B fails; the next run stages A, equal to AWSCURRENT.
    const two = await action({
      'secret-id': name,
      'secret-string': a,
      'version-stages': 'AWSPENDING',
      'skip-unchanged': 'true'
    })
    expectSucceeded(two.run)
    expect(two.calls.filter((c) => c === 'PutSecretValue')).toEqual([])
    expect(two.run.outputs).toMatchObject({ 'version-id': first, 'current-version-id': first, changed: 'true' })
    expect(two.run.log).toContain(`Moved label AWSPENDING from version ${rejected} to version ${first}.`)
    expect(labelsOf(await read(name))).toEqual({ [first]: ['AWSCURRENT', 'AWSPENDING'], [rejected]: [] })

    const promote = await action({ 'secret-id': name, 'promote-stage': 'AWSPENDING' })
    expectSucceeded(promote.run)
    const after = await read(name)
    expect(labelsOf(after)).toEqual({ [first]: ['AWSCURRENT'], [rejected]: [] })
    expect(after.current.secretString).toBe(a)
    expect(promote.run.outputs).toMatchObject({ 'version-id': first, 'current-version-id': first })
    for (const { run } of [one, two, promote]) expectNoLeaks(run, [a, b])
  })

  it('the label move refused (AccessDenied): one error naming the version AWSPENDING stays on, nothing else written', async () => {
    const a = `value-a-${hex(24)}`
    const { name } = await seed('relabel-denied', a)
    const staged = await putValue(moto.endpoint, name, `value-b-${hex(16)}`, { versionStages: ['AWSPENDING'] })
    const before = await read(name)
    const { run } = await action(
      { 'secret-id': name, 'secret-string': a, 'version-stages': 'AWSPENDING', 'skip-unchanged': 'true' },
      (p) => p.plan([{ kind: 'deny' }], 'UpdateSecretVersionStage')
    )
    expectExit(run, 1)
    expectOneError(
      run,
      new RegExp(`no version was staged, but AWSPENDING could not be moved.*still on version ${staged.versionId}`)
    )
    expectUntouched(before, await read(name))
  })

  it("the label move's answer lost, the retry refused: a read finds AWSPENDING moved, and the run succeeds", async () => {
    const a = `value-a-${hex(24)}`
    const { name, first } = await seed('relabel-lost', a)
    const staged = await putValue(moto.endpoint, name, `value-b-${hex(16)}`, { versionStages: ['AWSPENDING'] })
    // The move is applied and its answer lost; the SDK's retry names a version that no longer has the label.
    const { run, calls } = await action(
      { 'secret-id': name, 'secret-string': a, 'version-stages': 'AWSPENDING', 'skip-unchanged': 'true' },
      (p) => p.plan([{ kind: 'forward-then-close' }], 'UpdateSecretVersionStage')
    )
    expectSucceeded(run)
    expect(inOrder(calls)).toEqual([
      'DescribeSecret',
      'GetSecretValue',
      'UpdateSecretVersionStage',
      'UpdateSecretVersionStage',
      'DescribeSecret'
    ])
    expect(run.outputs).toMatchObject({ 'version-id': first, 'current-version-id': first, changed: 'true' })
    expect(labelsOf(await read(name))).toEqual({ [first]: ['AWSCURRENT', 'AWSPENDING'], [staged.versionId]: [] })
  })

  it('a first version staged with create-if-missing is left as a promotion leaves it: AWSCURRENT, no AWSPENDING', async () => {
    const name = uniqueName('first-staged')
    const value = `first-staged-${hex(24)}`
    const { run, calls } = await action({
      'secret-id': name,
      'secret-string': value,
      'version-stages': 'AWSPENDING',
      'create-if-missing': 'true'
    })
    expectSucceeded(run)
    expect(calls).toEqual(['DescribeSecret', 'CreateSecret', 'PutSecretValue', 'UpdateSecretVersionStage'])
    const after = await read(name)
    const id = run.outputs['version-id']!
    expect(labelsOf(after)).toEqual({ [id]: ['AWSCURRENT'] })
    expect(after.current.secretString).toBe(value)
    expect(run.outputs['current-version-id']).toBe(id)
    expect(run.log).toMatch(/AWSPENDING is removed from it, as a promotion would/)
    // The README job's promotion of it then succeeds, as "already current".
    const promote = await action({ 'secret-id': name, 'promote-version-id': id })
    expectSucceeded(promote.run)
    expect(labelsOf(await read(name))).toEqual({ [id]: ['AWSCURRENT'] })
  })

  it('a staged version left under AWSPENDING: the log and summary say rotation will not start until it is promoted', async () => {
    const { name } = await seed('pending-blocks')
    const { run } = await action({ 'secret-id': name, 'secret-string': `b-${hex(16)}`, 'version-stages': 'AWSPENDING' })
    expectSucceeded(run)
    const id = run.outputs['version-id']!
    expect(run.log).toContain(
      `AWSPENDING is on version ${id}, which is not AWSCURRENT: Secrets Manager will not start a rotation`
    )
    expect(run.summary).toMatch(/\| Rotation \| AWSPENDING is on version `[^`]+`, which is not AWSCURRENT/)
  })
})

describe('a promotion never discards a later change', () => {
  it('a merge staged before another job merged into AWSCURRENT: refused, naming both versions; nothing written', async () => {
    const { name, first } = await seed('stale-merge', JSON.stringify({ user: 'app', password: `p0-${hex(12)}` }))
    const password = `p1-${hex(16)}`
    const stage = await action({
      'secret-id': name,
      'secret-string': JSON.stringify({ password }),
      'json-merge': 'true',
      'version-stages': 'AWSPENDING'
    })
    expectSucceeded(stage.run)
    const staged = stage.run.outputs['version-id']!
    expect(stage.run.outputs['current-version-id']).toBe(first)
    await pause(NEXT_SECOND)
    const other = await action({ 'secret-id': name, 'secret-string': '{"host":"db.internal"}', 'json-merge': 'true' })
    expectSucceeded(other.run)
    const later = other.run.outputs['version-id']!
    const before = await read(name)

    const promote = await action({ 'secret-id': name, 'promote-version-id': staged })
    expectExit(promote.run, 1)
    expectOneError(
      promote.run,
      new RegExp(`Version ${staged} .*is older than version ${later}.*AWSCURRENT.*Nothing was written`)
    )
    expect(promote.calls.filter((c) => c === 'UpdateSecretVersionStage')).toEqual([])
    const after = await read(name)
    expectUntouched(before, after)
    expect(JSON.parse(after.current.secretString ?? '')).toMatchObject({ host: 'db.internal' })
    expect(holder(after, 'AWSPENDING')).toBe(staged)

    // README's job passes the staging step's current-version-id: refused at the read as well.
    const guarded = await action({
      'secret-id': name,
      'promote-version-id': staged,
      'if-current-version-id': stage.run.outputs['current-version-id']!
    })
    expectExit(guarded.run, 1)
    expectOneError(guarded.run, new RegExp(`has version ${later} as AWSCURRENT, not version ${first}`))
    expectUntouched(before, await read(name))
  })

  it('ListSecretVersionIds refused: a promotion that needs it fails before any write, and says what to grant', async () => {
    const { name } = await seed('list-denied')
    const staged = await putValue(moto.endpoint, name, `b-${hex(16)}`, { versionStages: ['AWSPENDING'] })
    const before = await read(name)
    const { run } = await action({ 'secret-id': name, 'promote-version-id': staged.versionId }, (p) =>
      p.plan([{ kind: 'deny' }], 'ListSecretVersionIds')
    )
    expectExit(run, 1)
    expectOneError(run, /ListSecretVersionIds was refused \(grant secretsmanager:ListSecretVersionIds\)/)
    expectUntouched(before, await read(name))
  })

  it('a version staged in the same second as AWSCURRENT is not older: promoted', async () => {
    const { name } = await seed('same-second')
    const staged = await putValue(moto.endpoint, name, `b-${hex(16)}`, { versionStages: ['AWSPENDING'] })
    const { run } = await action({ 'secret-id': name, 'promote-stage': 'AWSPENDING' })
    expectSucceeded(run)
    expect(holder(await read(name), 'AWSCURRENT')).toBe(staged.versionId)
  })

  it('a deprecated version (no label, though the endpoint lists it) is refused', async () => {
    const { name, first } = await seed('deprecated')
    await putValue(moto.endpoint, name, `second-${hex(16)}`)
    await putValue(moto.endpoint, name, `third-${hex(16)}`)
    const before = await read(name)
    expect(labelsOf(before)[first]).toEqual([])
    const { run } = await action({ 'secret-id': name, 'promote-version-id': first })
    expectExit(run, 1)
    expectOneError(run, new RegExp(`Version ${first} of secret \\S+ has no staging label .*cannot be promoted`))
    expectUntouched(before, await read(name))
  })
})

describe('a promotion interrupted between its calls, then run again', () => {
  it('AWSCURRENT moved but AWSPENDING not yet removed: the rerun removes it', async () => {
    const { name, first } = await seed('half-promoted')
    const staged = await putValue(moto.endpoint, name, `b-${hex(16)}`, { versionStages: ['AWSPENDING'] })
    await moveStage(moto.endpoint, name, 'AWSCURRENT', {
      moveToVersionId: staged.versionId,
      removeFromVersionId: first
    })
    const { run, calls } = await action({ 'secret-id': name, 'promote-version-id': staged.versionId })
    expectSucceeded(run)
    // ListSecretVersionIds goes out with DescribeSecret; the one write is the removal.
    expect(calls.filter((c) => c === 'UpdateSecretVersionStage')).toHaveLength(1)
    expect(proxy.requestsFor('UpdateSecretVersionStage')).toHaveLength(1)
    expect(labelsOf(await read(name))).toEqual({ [first]: ['AWSPREVIOUS'], [staged.versionId]: ['AWSCURRENT'] })
    expect(run.outputs).toMatchObject({ 'version-id': staged.versionId, changed: 'true' })
  })

  /** Starts a promotion and sends `signal` once the proxy has seen `at`; returns when the process ended. */
  async function interrupted(inputs: Record<string, string>, signal: NodeJS.Signals, at: number): Promise<void> {
    const prepared = await prepareRun({ 'endpoint-url': proxy.url, ...inputs })
    const child = spawn(prepared.command, prepared.args, { cwd: prepared.cwd, env: prepared.env, stdio: 'ignore' })
    const closed = new Promise((resolve) => child.on('close', resolve))
    const watch = setInterval(() => {
      if (proxy.count >= at) {
        clearInterval(watch)
        child.kill(signal)
      }
    }, 2)
    await closed
    clearInterval(watch)
    await prepared.collect()
  }

  // The promotion's calls (README's form, with `if-current-version-id`: no ListSecretVersionIds):
  // DescribeSecret (1), the move of AWSCURRENT (2), AWSPENDING off the promoted version (3). Each point: the call held back (`hang`: never
  // forwarded, as a kill before it is sent), applied with its answer late (`delay`), or applied
  // with its answer lost (`forward-then-close`).
  const points: Array<{ name: string; at: number; operation: string; nth: number; fault: Fault }> = [
    { name: 'reading', at: 1, operation: 'DescribeSecret', nth: 1, fault: { kind: 'delay', ms: 1500 } },
    { name: 'before the move', at: 2, operation: 'UpdateSecretVersionStage', nth: 1, fault: { kind: 'hang' } },
    {
      name: 'during the move',
      at: 2,
      operation: 'UpdateSecretVersionStage',
      nth: 1,
      fault: { kind: 'delay', ms: 1500 }
    },
    {
      name: 'the move applied, its answer lost',
      at: 2,
      operation: 'UpdateSecretVersionStage',
      nth: 1,
      fault: { kind: 'forward-then-close' }
    },
    {
      name: 'between the move and the clean-up',
      at: 3,
      operation: 'UpdateSecretVersionStage',
      nth: 2,
      fault: { kind: 'hang' }
    },
    {
      name: 'during the clean-up',
      at: 3,
      operation: 'UpdateSecretVersionStage',
      nth: 2,
      fault: { kind: 'delay', ms: 1500 }
    },
    {
      name: 'the clean-up applied, its answer lost',
      at: 3,
      operation: 'UpdateSecretVersionStage',
      nth: 2,
      fault: { kind: 'forward-then-close' }
    }
  ]
  const signals: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGKILL']
  for (const point of points) {
    it.each(signals)(
      `${point.name}, then %s; one rerun: one AWSCURRENT, the staged one, without AWSPENDING`,
      async (signal) => {
        const { name, first } = await seed(`interrupted-${point.at}-${point.fault.kind}-${signal}`)
        const staged = await putValue(moto.endpoint, name, `staged-${hex(16)}`, { versionStages: ['AWSPENDING'] })
        const inputs = { 'secret-id': name, 'promote-version-id': staged.versionId, 'if-current-version-id': first }
        proxy.reset()
        proxy.plan(
          [...Array.from({ length: point.nth - 1 }, (): Fault => ({ kind: 'pass' })), point.fault],
          point.operation
        )
        await interrupted(inputs, signal, point.at)
        const midway = await read(name)
        expect(midway.versions.filter((v) => v.stages.includes('AWSCURRENT'))).toHaveLength(1)

        const rerun = await action(inputs)
        expectSucceeded(rerun.run)
        const after = await read(name)
        expectClean(after)
        expect(holder(after, 'AWSCURRENT')).toBe(staged.versionId)
        expect(holder(after, 'AWSPREVIOUS')).toBe(first)
        expect(rerun.run.outputs['current-version-id']).toBe(staged.versionId)
      },
      30_000
    )
  }
})

describe('a rollback is safe to rerun', () => {
  async function released(label: string): Promise<{ name: string; good: string; bad: string }> {
    const name = uniqueName(label)
    const good = (await createSecret(moto.endpoint, name, { secretString: `good-${hex(16)}` })).versionId!
    const bad = (await putValue(moto.endpoint, name, `bad-${hex(16)}`)).versionId
    return { name, good, bad }
  }

  it('promote-stage AWSPREVIOUS with if-current-version-id, run twice: the rerun is refused instead of flipping back', async () => {
    const { name, good, bad } = await released('rollback-stage')
    const inputs = { 'secret-id': name, 'promote-stage': 'AWSPREVIOUS', 'if-current-version-id': bad }
    const once = await action(inputs)
    expectSucceeded(once.run)
    expect(holder(await read(name), 'AWSCURRENT')).toBe(good)
    const twice = await action(inputs)
    expectExit(twice.run, 1)
    expectOneError(twice.run, new RegExp(`has version ${good} as AWSCURRENT, not version ${bad}`))
    const after = await read(name)
    expect(labelsOf(after)).toEqual({ [good]: ['AWSCURRENT'], [bad]: ['AWSPREVIOUS'] })
    expect(after.current.secretString).toMatch(/^good-/)
  })

  it("README's rollback (promote-version-id + if-current-version-id), run twice: the rerun is a no-op", async () => {
    const { name, good, bad } = await released('rollback-id')
    const inputs = { 'secret-id': name, 'promote-version-id': good, 'if-current-version-id': bad }
    for (const expected of ['true', 'false']) {
      const { run } = await action(inputs)
      expectSucceeded(run)
      expect(run.outputs).toMatchObject({ 'version-id': good, 'current-version-id': good, changed: expected })
      expect(labelsOf(await read(name))).toEqual({ [good]: ['AWSCURRENT'], [bad]: ['AWSPREVIOUS'] })
    }
  })

  it('the move refused because another writer moved AWSCURRENT after the read: fails, no retry', async () => {
    const { name, good, bad } = await released('rollback-race')
    const other = await putValue(moto.endpoint, name, `other-${hex(16)}`, { versionStages: ['other'] })
    const { run, calls } = await action(
      { 'secret-id': name, 'promote-version-id': good, 'if-current-version-id': bad },
      (p) =>
        p.plan(
          [
            {
              kind: 'after',
              first: () =>
                moveStage(moto.endpoint, name, 'AWSCURRENT', {
                  moveToVersionId: other.versionId,
                  removeFromVersionId: bad
                }).then(() => undefined)
            }
          ],
          'UpdateSecretVersionStage'
        )
    )
    expectExit(run, 1)
    expectOneError(run, new RegExp(`AWSCURRENT is no longer version ${bad} \\(\`if-current-version-id\`\\)`))
    expect(calls.filter((c) => c === 'UpdateSecretVersionStage')).toHaveLength(1)
    expect(holder(await read(name), 'AWSCURRENT')).toBe(other.versionId)
  })
})

describe('if-current-version-id with each write', () => {
  it('a value: put under the action label, AWSCURRENT moved off that version only; no UpdateSecret', async () => {
    const { name, first } = await seed('if-current-value')
    const value = `next-${hex(24)}`
    const { run, calls } = await action({ 'secret-id': name, 'secret-string': value, 'if-current-version-id': first })
    expectSucceeded(run)
    expect(calls).toEqual(['DescribeSecret', 'PutSecretValue', 'UpdateSecretVersionStage', 'UpdateSecretVersionStage'])
    const after = await read(name)
    const id = run.outputs['version-id']!
    expect(labelsOf(after)).toEqual({ [first]: ['AWSPREVIOUS'], [id]: ['AWSCURRENT'] })
    expect(after.current.secretString).toBe(value)
    expect(run.outputs).toMatchObject({ 'previous-version-id': first, 'current-version-id': id, changed: 'true' })
    expectNoLeaks(run, [value])
  })

  it('a value, AWSCURRENT moved by another writer between the put and the move: the label removed, the error names the version left unlabelled', async () => {
    const { name, first } = await seed('if-current-race')
    const other = await putValue(moto.endpoint, name, `other-${hex(16)}`, { versionStages: ['other'] })
    const value = `next-${hex(24)}`
    const { run } = await action({ 'secret-id': name, 'secret-string': value, 'if-current-version-id': first }, (p) =>
      p.plan(
        [
          {
            kind: 'after',
            first: () =>
              moveStage(moto.endpoint, name, 'AWSCURRENT', {
                moveToVersionId: other.versionId,
                removeFromVersionId: first
              }).then(() => undefined)
          }
        ],
        'UpdateSecretVersionStage'
      )
    )
    expectExit(run, 1)
    const message = expectOneError(run, new RegExp(`AWSCURRENT is no longer version ${first}`))
    const after = await read(name)
    const written = after.versions.find((v) => v.versionId !== first && v.versionId !== other.versionId)!
    expect(written.stages).toEqual([])
    expect(message).toContain(`Version ${written.versionId} was written and is left without a label`)
    expect(holder(after, 'AWSCURRENT')).toBe(other.versionId)
    expectClean(after)
    expectNoLeaks(run, [value])
  })

  it.each<[string, (first: string) => Record<string, string>]>([
    ['a value', () => ({ 'secret-string': `v-${hex(16)}` })],
    ['a merge', () => ({ 'secret-string': '{"a":"1"}', 'json-merge': 'true' })],
    ['a staging write', () => ({ 'secret-string': `v-${hex(16)}`, 'version-stages': 'AWSPENDING' })],
    ['a description', () => ({ description: 'new description' })],
    ['tags', () => ({ tags: 'team=core' })],
    ['a promotion', (first) => ({ 'promote-version-id': first })]
  ])(
    '%s, while AWSCURRENT is another version: fails at the read, names the current version, writes nothing',
    async (_what, inputs) => {
      const { name, first } = await seed('if-current-mismatch', '{"a":"0"}')
      const second = (await putValue(moto.endpoint, name, '{"a":"2"}')).versionId
      const before = await read(name)
      const { run, calls } = await action({ 'secret-id': name, 'if-current-version-id': first, ...inputs(first) })
      expectExit(run, 1)
      if (calls.includes('UpdateSecretVersionStage') || calls.includes('PutSecretValue'))
        throw new Error(`wrote: ${calls.join(', ')}`)
      expectOneError(run, new RegExp(`has version ${second} as AWSCURRENT, not version ${first}`))
      expectUntouched(before, await read(name))
    }
  )

  it('a merge while AWSCURRENT is that version: merged and swapped from it', async () => {
    const { name, first } = await seed('if-current-merge', '{"a":"0"}')
    const { run } = await action({
      'secret-id': name,
      'secret-string': '{"b":"1"}',
      'json-merge': 'true',
      'if-current-version-id': first
    })
    expectSucceeded(run)
    const after = await read(name)
    expect(JSON.parse(after.current.secretString ?? '')).toEqual({ a: '0', b: '1' })
    expect(holder(after, 'AWSPREVIOUS')).toBe(first)
    expectClean(after)
  })
})

describe('a generated password always reaches the job, or the error says it did not', () => {
  it('a later call fails (TagResource refused): the password, stored and current, is exported, and the error says so', async () => {
    const { name } = await seed('password-tags')
    const { run } = await action(
      { 'secret-id': name, 'generate-password': 'true', 'password-env': 'DB_PASSWORD', tags: 'team=core' },
      (p) => p.plan([{ kind: 'deny' }], 'TagResource')
    )
    expectExit(run, 1)
    const after = await read(name)
    const password = after.current.secretString ?? ''
    expect(password).toHaveLength(32)
    expect(run.exported).toEqual({ DB_PASSWORD: password })
    expectOneError(
      run,
      new RegExp(`The generated password is stored \\(version ${after.current.versionId}\\) and is in DB_PASSWORD`)
    )
    expectNoLeaks(run, [password])
  })
})
