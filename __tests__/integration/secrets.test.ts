/**
 * Several secrets in one step (`secrets`), `tags` and `value-format: dotenv`, run as the runner
 * runs the committed bundle, against moto behind a request-counting proxy, and checked with boto3.
 * Every run also gets the leak scan over every value it was given.
 */
import { randomBytes } from 'node:crypto'
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals'
import type { Moto } from '../../scripts/moto.mjs'
import { createSecret, readSecret } from '../support/aws.js'
import type { SecretState } from '../support/aws.js'
import { secretNames, startLocal, stopLocal } from '../support/local.js'
import type { FaultProxy } from '../support/faults.js'
import { expectExit, expectOneError, expectUntouched } from '../support/expect-run.js'
import { expectMaskedWhenPrinted, expectNoLeaks } from '../support/leaks.js'
import { runAction } from '../support/run-action.js'
import type { ActionRun, RunOptions } from '../support/run-action.js'

let moto: Moto
let counter: FaultProxy

beforeAll(async () => ({ moto, proxy: counter } = await startLocal()))
afterAll(() => stopLocal({ moto, proxy: counter }))

const uniqueName = secretNames('many')
const hex = (bytes: number): string => randomBytes(bytes).toString('hex')

/** A run through the counting proxy and the operations it called, in order. */
interface CountedRun {
  readonly run: ActionRun
  readonly calls: string[]
  readonly connections: number
}

async function run(inputs: Record<string, string>, opts: RunOptions = {}): Promise<CountedRun> {
  counter.reset()
  const result = await runAction({ 'endpoint-url': counter.url, ...inputs }, opts)
  return { run: result, calls: counter.requests.map((r) => r.operation ?? '(none)'), connections: counter.connections }
}

async function seed(label: string, value: string | Buffer = `seed ${hex(8)}`): Promise<{ name: string; arn: string; before: SecretState }> {
  const name = uniqueName(label)
  const created = await createSecret(moto.endpoint, name, typeof value === 'string' ? { secretString: value } : { secretBinary: value })
  return { name, arn: created.arn, before: await readSecret(moto.endpoint, name) }
}

describe('secrets: each kind of bad line is one error with its line number, and no request at all', () => {
  const GOOD = `good value ${hex(12)}`
  const PASTED = `pasted-value-${hex(12)}`
  const NON_UTF8 = Buffer.concat([Buffer.from(`text ${hex(8)} `), Buffer.from([0xc3, 0x28, 0xff])])
  const BIG = randomBytes(65537)

  interface Row {
    readonly name: string
    /** The block; `A` and `B` stand for two existing secrets (so that a partial write would show). */
    readonly block: (a: string, b: string) => string
    readonly env?: Record<string, string>
    readonly files?: Record<string, string | Buffer>
    readonly inputs?: Record<string, string>
    /** What the one error says after "Input `secrets`: ". */
    readonly error: RegExp
    readonly secrets?: ReadonlyArray<string | Buffer>
  }

  const rows: Row[] = [
    { name: 'a line without a source (a value pasted alone)', block: (a) => `${a} env:GOOD\n\n  ${PASTED}\n`, error: /^line 3 has no source/, secrets: [GOOD, PASTED] },
    { name: 'an unknown source', block: (a, b) => `${a} env:GOOD\n${b} vault:${PASTED}`, error: /^line 2: the source must be env:NAME/, secrets: [GOOD, PASTED] },
    { name: 'env: with a name that is not a variable name', block: (a, b) => `${a} env:GOOD\n${b} env:${PASTED}`, error: /^line 2: env: needs an environment variable name/, secrets: [GOOD, PASTED] },
    { name: 'env: naming a variable that is not set', block: (a, b) => `${a} env:GOOD\n# comment\n${b} env:NOT_SET`, error: /^line 3: the environment variable NOT_SET is not set/ },
    { name: 'env: naming an empty variable', block: (a, b) => `${a} env:GOOD\n${b} env:EMPTY`, env: { EMPTY: '' }, error: /^line 2 \(env:EMPTY\) is empty/ },
    { name: 'file: missing', block: (a, b) => `${a} env:GOOD\n\n\n${b} file:missing.pem`, error: /^line 4 \(a file\) cannot read .*missing\.pem: no such file/ },
    { name: 'file: not UTF-8', block: (a, b) => `${a} env:GOOD\n${b} file:latin.txt`, files: { 'latin.txt': NON_UTF8 }, error: /^line 2 \(a file\) is not valid UTF-8 text: write binary-file:PATH/, secrets: [GOOD, NON_UTF8] },
    { name: 'binary-file: over 65536 bytes', block: (a, b) => `${a} env:GOOD\n${b} binary-file:big.bin`, files: { 'big.bin': BIG }, error: /^line 2 \(a binary file\) is 65537 bytes/, secrets: [GOOD, BIG] },
    { name: 'file: without a path', block: (a, b) => `${a} env:GOOD\n${b} file:`, error: /^line 2: file: needs a path/ },
    { name: 'a secret named twice', block: (a, b) => `${a} env:GOOD\n${b} env:GOOD\n${a} env:GOOD`, error: /^line 3 names the same secret as line 1\./ },
    { name: 'a name Secrets Manager refuses', block: (a) => `${a} env:GOOD\nbad,name env:GOOD`, error: /^line 2: a secret name has 1 to 512 of the characters/ },
    {
      name: 'an ARN in another region than the step',
      block: (a) => `${a} env:GOOD\narn:aws:secretsmanager:eu-west-1:123456789012:secret:x-AbCdEf env:GOOD`,
      error: /^line 2: the ARN is in eu-west-1, but the step writes to us-east-1/
    },
    {
      name: 'a file that is not valid dotenv',
      block: (a, b) => `${a} env:GOOD\n${b} file:app.env`,
      inputs: { 'value-format': 'dotenv' },
      env: { GOOD: 'A=1' },
      files: { 'app.env': `USER=app\n${PASTED}\n` },
      error: /^line 2 \(a file\) is not valid dotenv \(`value-format: dotenv`\): line 2: expected `=` right after the key\./,
      secrets: [PASTED]
    },
    {
      name: 'binary-file with value-format: dotenv',
      block: (a, b) => `${a} env:GOOD\n${b} binary-file:k.bin`,
      inputs: { 'value-format': 'dotenv' },
      files: { 'k.bin': 'A=1' },
      error: /^line 2: binary-file: cannot be read as dotenv/
    },
    {
      name: 'a json-merge patch that is not a JSON object',
      block: (a, b) => `${a} env:PATCH\n${b} env:GOOD`,
      inputs: { 'json-merge': 'true' },
      env: { PATCH: '{"a":1}' },
      error: /^line 2 \(env:GOOD\) is not a JSON object, and `json-merge` needs one/
    },
    { name: 'a block of comments only', block: () => '# nothing yet\n\n', error: /^lists no secret/ },
    {
      name: '101 secrets',
      block: (a) => [a, ...Array.from({ length: 100 }, (_, i) => `${a}-${i}`)].map((id) => `${id} env:GOOD`).join('\n'),
      error: /^lists 101 secrets; one step writes at most 100\./
    }
  ]

  let a: Awaited<ReturnType<typeof seed>>
  let b: Awaited<ReturnType<typeof seed>>
  beforeAll(async () => {
    a = await seed('bad-a')
    b = await seed('bad-b')
  })

  it.each(rows)('$name', async (row) => {
    const { run: r, calls, connections } = await run(
      { secrets: row.block(a.name, b.name), ...row.inputs },
      { env: { GOOD, ...row.env }, ...(row.files ? { files: row.files } : {}) }
    )
    expectExit(r, 1, 20_000)
    const message = expectOneError(r, /^Input `secrets`: /)
    expect(message.replace(/^Input `secrets`: /, '')).toMatch(row.error)
    expect({ calls, connections }).toEqual({ calls: [], connections: 0 })
    expectUntouched(a.before, await readSecret(moto.endpoint, a.name))
    expectUntouched(b.before, await readSecret(moto.endpoint, b.name))
    expectNoLeaks(r, row.secrets ?? [GOOD])
  })

  it.each<[string, Record<string, string>, string]>([
    ['secret-id', { 'secret-id': 'other' }, 'secret-id'],
    ['secret-string', { 'secret-string': PASTED }, 'secret-string'],
    ['description', { description: 'd' }, 'description'],
    ['kms-key-id', { 'kms-key-id': 'alias/k' }, 'kms-key-id'],
    ['client-request-token', { 'client-request-token': hex(16) }, 'client-request-token'],
    ['binary: true', { binary: 'true' }, 'binary']
  ])('%s with secrets: one error naming it, no request', async (_name, inputs, input) => {
    const { run: r, calls } = await run({ secrets: `${a.name} env:GOOD`, ...inputs }, { env: { GOOD } })
    expectExit(r, 1, 20_000)
    expectOneError(r, new RegExp(`^Input \`${input}\`: cannot be combined with \`secrets\``))
    expect(calls).toEqual([])
    expectUntouched(a.before, await readSecret(moto.endpoint, a.name))
    expectNoLeaks(r, [GOOD, PASTED])
  })
})

describe('tags: refused before any request', () => {
  it.each<[string, string, RegExp]>([
    ['a reserved aws: key', 'team=payments\naws:cloudformation:stack-name=x', /^Input `tags`: line 2: keys starting with aws: are reserved/],
    ['a reserved key in upper case', 'AWS:owner=x', /^Input `tags`: line 1: keys starting with aws: are reserved/],
    ['a character Secrets Manager refuses', 'team=a,b', /^Input `tags`: line 1: keys and values may hold only/],
    ['a key given twice', 'a=1\na=2', /^Input `tags`: line 2 repeats the key of line 1\./]
  ])('%s', async (_name, tags, error) => {
    const s = await seed('tags-bad')
    const value = `tagged value ${hex(8)}`
    const { run: r, calls } = await run({ 'secret-id': s.name, 'secret-string': value, tags })
    expectExit(r, 1, 20_000)
    expectOneError(r, error)
    expect(calls).toEqual([])
    expectUntouched(s.before, await readSecret(moto.endpoint, s.name))
    expectNoLeaks(r, [value])
  })
})

describe('value-format: dotenv', () => {
  const USER = `app-${hex(4)}`
  const PASSWORD = `pass word "${hex(6)}" \\ end`
  const TOKEN = `tok#${hex(6)}`
  const PEM = `-----BEGIN KEY-----\nMII${hex(20)}\n-----END KEY-----\n`
  /** Each feature of the grammar once (CRLF line endings, a value spanning lines), and its JSON. */
  const ENV_FILE = [
    '# written by the build',
    '',
    `export DB_USER=${USER}`,
    `DB_PASSWORD="${PASSWORD.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"   # quoted, with escapes`,
    `TOKEN=${TOKEN} # a comment after whitespace`,
    "LITERAL='${HOME} \\n $PATH'",
    `KEY="${PEM}"`,
    '   SPACED=  x  ',
    'EMPTY='
  ].join('\r\n')

  function expected(): Record<string, string> {
    return { DB_USER: USER, DB_PASSWORD: PASSWORD, TOKEN, LITERAL: '${HOME} \\n $PATH', KEY: PEM, SPACED: 'x', EMPTY: '' }
  }

  it('stores a .env file with each syntax feature as a JSON object, byte-exact values', async () => {
    const s = await seed('dotenv-file')
    const { run: r, calls } = await run(
      { 'secret-id': s.name, 'value-from-file': 'build/app.env', 'value-format': 'dotenv' },
      { files: { 'build/app.env': ENV_FILE } }
    )
    expectExit(r, 0)
    expect(calls).toEqual(['UpdateSecret'])
    const after = await readSecret(moto.endpoint, s.name)
    expect(JSON.parse(after.current.secretString ?? '')).toEqual(expected())
    // Stored in the file's order, as compact JSON.
    expect(after.current.secretString).toBe(JSON.stringify(expected()))
    const values = Object.values(expected()).filter((v) => v.length >= 4)
    expectNoLeaks(r, [ENV_FILE, after.current.secretString ?? '', ...values])
    for (const value of values) expectMaskedWhenPrinted(r, value)
  })

  it('merges a dotenv text into the current JSON object as a patch of its keys', async () => {
    const keep = `keep-${hex(6)}`
    const s = await seed('dotenv-merge', JSON.stringify({ KEEP: keep, USER: 'old-user', NESTED: { a: 1 } }))
    const password = `new pass ${hex(6)}`
    const { run: r } = await run(
      { 'secret-id': s.name, 'secret-string': `USER=new-user\nPASSWORD="${password}"\n`, 'value-format': 'dotenv', 'json-merge': 'true' }
    )
    expectExit(r, 0)
    const after = await readSecret(moto.endpoint, s.name)
    expect(JSON.parse(after.current.secretString ?? '')).toEqual({ KEEP: keep, USER: 'new-user', NESTED: { a: 1 }, PASSWORD: password })
    expectNoLeaks(r, [password, keep, after.current.secretString ?? ''])
    expectMaskedWhenPrinted(r, password)
  })

  it('an invalid line fails with its line number, without quoting it, before any request', async () => {
    const s = await seed('dotenv-bad')
    const secret = `not-a-pair ${hex(8)}`
    const { run: r, calls } = await run({ 'secret-id': s.name, 'secret-string': `A=1\n\n${secret}\n`, 'value-format': 'dotenv' })
    expectExit(r, 1, 20_000)
    expectOneError(r, /^Input `secret-string`: is not valid dotenv \(`value-format: dotenv`\): line 3: /)
    expect(calls).toEqual([])
    expectUntouched(s.before, await readSecret(moto.endpoint, s.name))
    expectNoLeaks(r, [secret])
  })
})
