/**
 * A run that changes only the description or the KMS key while no value was given is visible: a
 * `::notice::` says so and names the likely cause (a GitHub secret not available to the run, whose
 * input is then empty), and the job summary shows it; a run with a value shows none. Run as the
 * runner runs the bundle, against moto, read back with boto3.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Moto } from '../../scripts/moto.mjs'
import { createSecret, readSecret } from '../support/aws.js'
import { expectExit } from '../support/expect-run.js'
import type { FaultProxy } from '../support/faults.js'
import { secretNames, startLocal, stopLocal } from '../support/local.js'
import { readLog, runAction } from '../support/run-action.js'
import type { ActionRun } from '../support/run-action.js'
import { hex } from '../support/seed.js'

let moto: Moto
let proxy: FaultProxy

beforeAll(async () => ({ moto, proxy } = await startLocal()))
afterAll(() => stopLocal({ moto, proxy }))

const uniqueName = secretNames('metadata-only')

const notices = (run: ActionRun): string[] =>
  readLog(run.log)
    .annotations.filter((annotation) => annotation.level === 'notice')
    .map((annotation) => annotation.message)

describe('no value given, only metadata changed', () => {
  it.each<[string, Record<string, string>, RegExp]>([
    [
      'an empty secret-string with a description',
      { 'secret-string': '', description: 'rotated' },
      /only the description/
    ],
    ['a KMS key alone', { 'kms-key-id': 'alias/other-key' }, /only the KMS key/],
    ['both', { description: 'moved', 'kms-key-id': 'alias/other-key' }, /only the description and the KMS key/]
  ])('%s: a notice naming the likely cause, in the summary too', async (_name, inputs, what) => {
    const name = uniqueName('meta')
    const value = `seed ${hex(16)}`
    await createSecret(moto.endpoint, name, { secretString: value })
    const before = await readSecret(moto.endpoint, name)

    const run = await runAction({ 'secret-id': name, 'endpoint-url': proxy.url, ...inputs })

    expectExit(run, 0)
    const [notice, ...more] = notices(run)
    expect(more).toEqual([])
    expect(notice).toMatch(/^No value was given: this step changed /)
    expect(notice).toMatch(what)
    expect(notice).toMatch(/GitHub secret is not available.*pull request.*Dependabot.*environment/)
    expect(run.summary).toMatch(/\*\*No value was given\*\*/)
    expect(run.summary).toMatch(what)
    const after = await readSecret(moto.endpoint, name)
    expect(after.current).toEqual(before.current)
    expect(after.versions).toEqual(before.versions)
    if (inputs.description) expect(after.description).toBe(inputs.description)
  })

  it('a value with a description: no notice', async () => {
    const name = uniqueName('value')
    await createSecret(moto.endpoint, name, { secretString: `seed ${hex(16)}` })
    const value = `new ${hex(16)}`

    const run = await runAction({
      'secret-id': name,
      'endpoint-url': proxy.url,
      'secret-string': value,
      description: 'd'
    })

    expectExit(run, 0)
    expect(notices(run)).toEqual([])
    expect(run.summary).not.toMatch(/No value was given/)
    expect((await readSecret(moto.endpoint, name)).current.secretString).toBe(value)
  })
})
