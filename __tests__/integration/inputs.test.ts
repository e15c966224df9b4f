/**
 * Inputs as the places users put the action pass them: a runner or tool that sets only the inputs
 * given (no action.yml defaults: GitHub's own local runner for actions does so), and a wrapper (a
 * composite action or reusable workflow) that forwards every optional input it was not given as
 * the empty string. Both must mean "not given", and the secret is written; read back with boto3.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Moto } from '../../scripts/moto.mjs'
import { createSecret, readSecret } from '../support/aws.js'
import { expectExit } from '../support/expect-run.js'
import type { FaultProxy } from '../support/faults.js'
import { expectNoLeaks } from '../support/leaks.js'
import { secretNames, startLocal, stopLocal } from '../support/local.js'
import { actionInputs, inputVariable, runAction } from '../support/run-action.js'

let moto: Moto
let counter: FaultProxy
beforeAll(async () => ({ moto, proxy: counter } = await startLocal()))
afterAll(() => stopLocal({ moto, proxy: counter }))

const uniqueName = secretNames('inputs')

/** Every declared input's variable set to `value`, or removed (undefined), except those given. */
function otherInputs(given: Record<string, string>, value: string | undefined): Record<string, string | undefined> {
  return Object.fromEntries(
    actionInputs()
      .filter(({ name }) => !(name in given))
      .map(({ name }) => [inputVariable(name), value])
  )
}

describe('inputs not given', () => {
  it.each<[string, string | undefined]>([
    ['absent (no INPUT_* variable but the three given)', undefined],
    ['each passed as the empty string', '']
  ])('every other input %s: the secret is written with the defaults', async (_how, other) => {
    const name = uniqueName('defaults')
    await createSecret(moto.endpoint, name, { secretString: 'before-Value-7Hj' })
    const value = `after-Value-${Date.now()}`
    const given = { 'secret-id': name, 'secret-string': value, 'endpoint-url': moto.endpoint }
    const run = await runAction(given, { env: otherInputs(given, other) })
    expectExit(run, 0)
    const after = await readSecret(moto.endpoint, name)
    expect(after.current.secretString).toBe(value)
    expect(run.outputs).toMatchObject({ name, 'version-id': after.current.versionId, changed: 'true' })
    expectNoLeaks(run, [value])
  })
})
