/**
 * Answer bodies are bounded: an endpoint that answers 200 with a body far larger than any Secrets
 * Manager answer (a buggy gateway, a hostile endpoint) is abandoned after the bound, with a clear
 * error and without buffering it, while the largest legitimate answer, GetSecretValue of a
 * 65536-byte value whose every byte JSON escapes six-fold, still goes through. Run as the runner
 * runs the committed bundle, against moto behind the fault proxy, read back with boto3.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
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

const uniqueName = secretNames('answer-size')
const MiB = 1024 * 1024

describe('an answer far larger than any Secrets Manager answer', () => {
  it('is abandoned early with a clear error, not buffered whole, and nothing is written', async () => {
    const name = uniqueName('flood')
    await createSecret(moto.endpoint, name, { secretString: `seed ${hex(16)}` })
    const before = await readSecret(moto.endpoint, name)
    const value = `new value ${hex(24)}`
    proxy.reset()
    proxy.setDefault({ kind: 'flood', bytes: 64 * MiB })

    const run = await runAction(
      { 'secret-id': name, 'endpoint-url': proxy.url, 'secret-string': value, 'max-attempts': '3' },
      { timeoutMs: 30_000 }
    )

    expectExit(run, 1, 15_000)
    expectOneError(run, /answer.*larger than \d+ bytes/i)
    // Abandoned, not retried: one request, and far less than the body was taken from the socket.
    expect(proxy.count).toBe(1)
    const sent = proxy.requests[0]?.sentBytes ?? 0
    expect(sent).toBeLessThan(16 * MiB)
    expectUntouched(before, await readSecret(moto.endpoint, name))
    expectNoLeaks(run, [value])
  })
})

describe('the largest legitimate answer', () => {
  it('GetSecretValue of a 65536-byte value of control characters (escaped six-fold in JSON) is read', async () => {
    const name = uniqueName('largest')
    // Every byte a control character: the answer's JSON carries each as \u00XX, about 384 KiB.
    const stored = Buffer.alloc(65536, 0x01).toString('latin1')
    await createSecret(moto.endpoint, name, { secretString: stored })
    const value = `v${hex(65536)}`.slice(0, 65536)
    proxy.reset()

    const run = await runAction({
      'secret-id': name,
      'endpoint-url': proxy.url,
      'secret-string': value,
      'skip-unchanged': 'true'
    })

    expectExit(run, 0, 20_000)
    expect(proxy.requestsFor('GetSecretValue')).toHaveLength(1)
    const after = await readSecret(moto.endpoint, name)
    expect(after.current.secretString).toBe(value)
    expect(run.outputs.changed).toBe('true')
  })
})
