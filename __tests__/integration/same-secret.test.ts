/**
 * One write per secret: a secret listed in `secrets` by its name and again by its ARN (full or
 * partial) is refused before any request, with one error naming both lines; nothing is written
 * (read back with boto3), and `results` never has two keys for one secret. Run as the runner runs
 * the bundle, against moto behind the counting proxy.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import type { Moto } from '../../scripts/moto.mjs'
import { createSecret, readSecret } from '../support/aws.js'
import { expectExit, expectOneError, expectUntouched } from '../support/expect-run.js'
import type { FaultProxy } from '../support/faults.js'
import { expectNoLeaks } from '../support/leaks.js'
import { secretNames, startLocal, stopLocal } from '../support/local.js'
import { runAction } from '../support/run-action.js'
import { hex } from '../support/seed.js'

let moto: Moto
let proxy: FaultProxy

beforeAll(async () => ({ moto, proxy } = await startLocal()))
afterAll(() => stopLocal({ moto, proxy }))
afterEach(() => proxy.reset())

const uniqueName = secretNames('same-secret')

describe('two lines naming one secret', () => {
  it.each<[string, (name: string, arn: string) => [string, string]]>([
    ['its name, then its full ARN', (name, arn) => [name, arn]],
    ['its full ARN, then its name', (name, arn) => [arn, name]],
    ['its name, then its partial ARN', (name, arn) => [name, arn.replace(/-[A-Za-z0-9]{6}$/, '')]],
    ['its partial ARN, then its full ARN', (_name, arn) => [arn.replace(/-[A-Za-z0-9]{6}$/, ''), arn]]
  ])('%s: refused before any request, naming both lines; nothing written', async (_label, ids) => {
    const name = uniqueName('db')
    const { arn } = await createSecret(moto.endpoint, name, { secretString: `seed ${hex(16)}` })
    const before = await readSecret(moto.endpoint, name)
    const [first, second] = ids(name, arn)
    const a = `value a ${hex(24)}`
    const b = `value b ${hex(24)}`

    const run = await runAction(
      { 'endpoint-url': proxy.url, secrets: `${first} env:VALUE_A\n${second} env:VALUE_B\n` },
      { env: { VALUE_A: a, VALUE_B: b } }
    )

    expectExit(run, 1)
    expectOneError(run, /Input `secrets`: line 2 may name the same secret as line 1/)
    expect(proxy.count).toBe(0)
    expect(run.outputs.results ?? '').toBe('')
    expectUntouched(before, await readSecret(moto.endpoint, name))
    expectNoLeaks(run, [a, b])
  })

  it('a name and the ARN of a secret of another name: both written', async () => {
    const one = uniqueName('one')
    const other = uniqueName('other')
    await createSecret(moto.endpoint, one, { secretString: `seed ${hex(16)}` })
    const { arn } = await createSecret(moto.endpoint, other, { secretString: `seed ${hex(16)}` })
    const a = `value a ${hex(24)}`
    const b = `value b ${hex(24)}`

    const run = await runAction(
      { 'endpoint-url': proxy.url, secrets: `${one} env:VALUE_A\n${arn} env:VALUE_B\n` },
      { env: { VALUE_A: a, VALUE_B: b } }
    )

    expectExit(run, 0)
    expect(Object.keys(JSON.parse(run.outputs.results ?? '{}') as object)).toEqual([one, arn])
    expect((await readSecret(moto.endpoint, one)).current.secretString).toBe(a)
    expect((await readSecret(moto.endpoint, other)).current.secretString).toBe(b)
  })
})
