/**
 * Text that did not come from the action (inputs, a description stored in AWS, an error message
 * from the endpoint) never reaches the runner as a command. Each case runs the committed bundle
 * against moto and reads its log as the runner does (scripts/runner.mjs: line ends at CR, LF and
 * CRLF, `::name::` after leading white space, `##[name]` anywhere, `::stop-commands::`), then
 * checks that the runner ran only the action's own commands, and reads the secret back with boto3
 * to show that the text itself was stored exactly as given.
 */
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals'
import { createSecret, readSecret } from '../support/aws.js'
import { errorMessages, expectExit, expectOneError } from '../support/expect-run.js'
import { expectNoLeaks } from '../support/leaks.js'
import { secretNames, startLocal, stopLocal, type Local } from '../support/local.js'
import { readLog, runAction, type ActionRun } from '../support/run-action.js'
import { hex } from '../support/seed.js'

let local: Local
beforeAll(async () => {
  local = await startLocal()
})
afterAll(() => stopLocal(local))

const uniqueName = secretNames('injection')

/** The commands the action issues itself. */
const OWN_COMMANDS = new Set(['add-mask', 'notice', 'warning', 'error'])

/** What the runner ran of the log that the action did not mean: any other command, a stop, a fake annotation. */
function injected(run: ActionRun, marker = 'FAKE'): string[] {
  const view = readLog(run.log)
  return [
    ...view.commands
      .filter((c) => !OWN_COMMANDS.has(c.command.toLowerCase()))
      .map((c) => `command ${c.command}: ${c.data}`),
    ...view.annotations
      .filter((a) => a.message.includes(marker) && a.level !== 'error')
      .map((a) => `${a.level} annotation: ${a.message}`),
    ...view.annotations
      .filter((a) => a.properties.file !== undefined)
      .map((a) => `annotation on ${a.properties.file}: ${a.message}`),
    ...view.registered.filter((m) => m.includes(marker) || m.includes('injected')).map((m) => `mask ${m}`),
    ...(view.stopped ? ['commands stopped at the end of the step'] : [])
  ]
}

/** The attacks, each as a description; `FAKE` marks what must never become an annotation. */
const ATTACKS: Array<[string, string]> = [
  ['an annotation after LF', 'x\n::error file=src/main.ts,line=1::FAKE'],
  ['an annotation after CR', 'x\r::warning file=src/main.ts,line=1::FAKE'],
  ['an annotation after CRLF and Unicode spaces', 'x\r\n\u3000\t::notice::FAKE'],
  ['the legacy form mid-line', 'x ##[warning]FAKE'],
  ['the legacy form, upper case', 'x ##[ERROR file=src/main.ts]FAKE'],
  ['a mask after LF', 'x\n::add-mask::injected-mask'],
  ['stop-commands after LF', 'x\n::stop-commands::injected-token'],
  ['stop-commands in the legacy form', 'x ##[stop-commands]injected-token']
]

describe('a description given as input', () => {
  it.each(ATTACKS)('%s is printed as text and stored as given', async (_what, description) => {
    const name = uniqueName('input')
    await createSecret(local.moto.endpoint, name, { secretString: `old ${hex(16)}` })
    const value = `new value ${hex(24)}`
    const run = await runAction({
      'secret-id': name,
      'endpoint-url': local.moto.endpoint,
      'secret-string': value,
      description
    })
    expectExit(run, 0)
    expect(injected(run)).toEqual([])
    expect(errorMessages(run)).toEqual([])
    expectNoLeaks(run, [value])
    expect((await readSecret(local.moto.endpoint, name)).description).toBe(description)
  })
})

describe('a kms-key-id given as input', () => {
  it('is printed as text', async () => {
    const name = uniqueName('kms')
    await createSecret(local.moto.endpoint, name, { secretString: `old ${hex(16)}` })
    const run = await runAction({
      'secret-id': name,
      'endpoint-url': local.moto.endpoint,
      'kms-key-id': 'alias/app\n::error file=src/main.ts,line=1::FAKE ##[warning]FAKE'
    })
    expectExit(run, 0)
    expect(injected(run)).toEqual([])
    expect(errorMessages(run)).toEqual([])
  })
})

describe('a description stored in AWS, printed back', () => {
  // Seeded with boto3: whatever another tool stored is read back and printed by dry-run and
  // skip-unchanged ("Would set description: "<stored>" -> …").
  it.each<[string, Record<string, string>]>([
    ['by dry-run', { 'dry-run': 'true' }],
    ['by skip-unchanged', { 'skip-unchanged': 'true' }]
  ])('%s', async (_what, options) => {
    const name = uniqueName('stored')
    const stored = 'seeded\n::error file=src/main.ts,line=1::FAKE ##[warning]FAKE\n::stop-commands::injected-token'
    await createSecret(local.moto.endpoint, name, { secretString: `stored ${hex(16)}`, description: stored })
    const run = await runAction({
      'secret-id': name,
      'endpoint-url': local.moto.endpoint,
      'secret-string': `next ${hex(16)}`,
      description: 'plain new description',
      ...options
    })
    expectExit(run, 0)
    expect(injected(run)).toEqual([])
    expect(errorMessages(run)).toEqual([])
    // The stored text is shown, escaped, on the one line that reports the change.
    expect(readLog(run.log).lines.filter((line) => line.includes('seeded'))).toEqual([
      'Would set description: "seeded\\n::error file=src/main.ts,line=1::FAKE ##\\[warning]FAKE\\n::stop-commands::injected-token" -> "plain new description".'.replace(
        /^Would/,
        options['dry-run'] ? 'Would' : 'Did'
      )
    ])
  })
})

describe('stop-commands, then a value read from AWS', () => {
  // Were `::stop-commands::` to take effect, every later `::add-mask::` of the action would print
  // its value as text: here the current value json-merge reads, and the merged value.
  it('masks the value read and the merged value all the same', async () => {
    const name = uniqueName('stop')
    const password = `current-password-${hex(24)}`
    await createSecret(local.moto.endpoint, name, { secretString: JSON.stringify({ password }) })
    const run = await runAction({
      'secret-id': name,
      'endpoint-url': local.moto.endpoint,
      'secret-string': JSON.stringify({ user: `user-${hex(12)}` }),
      'json-merge': 'true',
      description: 'x\n::stop-commands::injected-token'
    })
    expectExit(run, 0)
    expect(injected(run)).toEqual([])
    const after = await readSecret(local.moto.endpoint, name)
    expectNoLeaks(run, [password, after.current.secretString ?? ''])
  })
})

describe('secret-id', () => {
  it.each([
    ['a line break and a command', 'app/db\n::error file=src/main.ts,line=1::FAKE'],
    ['the legacy form', 'app/db ##[stop-commands]injected-token'],
    ['a space', 'app db'],
    ['a character AWS does not allow', 'app/db#1'],
    [
      'an ARN whose name has a line break',
      'arn:aws:secretsmanager:us-east-1:123456789012:secret:app\n::add-mask::injected'
    ]
  ])('with %s is refused before any request', async (_what, secretId) => {
    local.proxy.reset()
    const run = await runAction({
      'secret-id': secretId,
      'endpoint-url': local.proxy.url,
      'secret-string': `value ${hex(16)}`
    })
    expectExit(run, 1)
    expectOneError(run, /^Input `secret-id`: /)
    expect(injected(run)).toEqual([])
    expect(local.proxy.count).toBe(0)
  })

  it.each([
    ['a name with every character AWS allows', 'team/app_1+x=y.z@corp-db'],
    ['a full ARN', 'arn:aws:secretsmanager:us-east-1:123456789012:secret:team/app_1+x=y.z@corp-db-AbCdEf'],
    ['a partial ARN', 'arn:aws:secretsmanager:us-east-1:123456789012:secret:team/app_1+x=y.z@corp-db']
  ])('accepts %s', async (_what, secretId) => {
    await createSecret(local.moto.endpoint, 'team/app_1+x=y.z@corp-db', { secretString: 'seed' }).catch(() => undefined)
    const run = await runAction({
      'secret-id': secretId,
      'endpoint-url': local.moto.endpoint,
      'dry-run': 'true',
      'secret-string': 'v'
    })
    expect(errorMessages(run).filter((message) => message.startsWith('Input `secret-id`'))).toEqual([])
  })
})

describe('an error message from the endpoint', () => {
  // Not Secrets Manager: a server that answers every request with an error whose message is an attack.
  let server: Server
  let url: string
  beforeAll(async () => {
    server = createServer((request, response) => {
      request.resume()
      request.on('end', () => {
        response.writeHead(400, { 'content-type': 'application/x-amz-json-1.1' })
        response.end(
          JSON.stringify({
            __type: 'ResourceNotFoundException',
            message:
              'not found\n::add-mask::injected-mask\r::stop-commands::injected-token ##[warning]FAKE\u2028::notice::FAKE'
          })
        )
      })
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

  it('is quoted in the one error, as text', async () => {
    const run = await runAction({
      'secret-id': 'app/db',
      'endpoint-url': url,
      'secret-string': `value ${hex(16)}`,
      'max-attempts': '1'
    })
    expectExit(run, 1)
    const message = expectOneError(run, /ResourceNotFoundException/)
    expect(message).toContain(
      'not found\\n::add-mask::injected-mask\\r::stop-commands::injected-token ##\\[warning]FAKE\\u2028::notice::FAKE'
    )
    expect(injected(run)).toEqual([])
  })
})
