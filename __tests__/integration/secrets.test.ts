/**
 * Several secrets in one step (`secrets`), `tags` and `value-format: dotenv`, run as the runner
 * runs the committed bundle, against moto behind a request-counting proxy, and checked with boto3.
 * Every run also gets the leak scan over every value it was given.
 */
import { randomBytes } from 'node:crypto'
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals'
import type { Moto } from '../../scripts/moto.mjs'
import { createSecret, deleteSecret, putValue, readSecret } from '../support/aws.js'
import { secretNames, startLocal, stopLocal } from '../support/local.js'
import type { FaultProxy } from '../support/faults.js'
import { errorMessages, expectExit, expectOneError, expectRun, expectUntouched } from '../support/expect-run.js'
import { expectMaskedWhenPrinted, expectNoLeaks, maskLog } from '../support/leaks.js'
import { runAction } from '../support/run-action.js'
import type { ActionRun, RunOptions } from '../support/run-action.js'
import { inOrder } from '../support/calls.js'
import { hex, seed as seedSecret, type Seeded } from '../support/seed.js'
import { killedRun } from '../support/kill.js'

let moto: Moto
let counter: FaultProxy

beforeAll(async () => ({ moto, proxy: counter } = await startLocal()))
afterAll(() => stopLocal({ moto, proxy: counter }))

const uniqueName = secretNames('many')

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

function seed(label: string, value?: string | Buffer): Promise<Seeded> {
  return seedSecret(moto.endpoint, uniqueName(label), { value })
}

describe('secrets: each kind of bad line is one error with its line number, and no request at all', () => {
  const GOOD = `good value ${hex(24)}`
  const PASTED = `pasted-value-${hex(24)}`
  const NON_UTF8 = Buffer.concat([Buffer.from(`text ${hex(16)} `), Buffer.from([0xc3, 0x28, 0xff])])
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
    {
      name: 'a line without a source (a value pasted alone)',
      block: (a) => `${a} env:GOOD\n\n  ${PASTED}\n`,
      error: /^line 3 has no source/,
      secrets: [GOOD, PASTED]
    },
    {
      name: 'an unknown source',
      block: (a, b) => `${a} env:GOOD\n${b} vault:${PASTED}`,
      error: /^line 2: the source must be env:NAME/,
      secrets: [GOOD, PASTED]
    },
    {
      name: 'env: with a name that is not a variable name',
      block: (a, b) => `${a} env:GOOD\n${b} env:${PASTED}`,
      error: /^line 2: env: needs an environment variable name/,
      secrets: [GOOD, PASTED]
    },
    {
      name: 'env: naming a variable that is not set',
      block: (a, b) => `${a} env:GOOD\n# comment\n${b} env:NOT_SET`,
      error: /^line 3: the environment variable NOT_SET is not set/
    },
    {
      name: 'env: naming an empty variable',
      block: (a, b) => `${a} env:GOOD\n${b} env:EMPTY`,
      env: { EMPTY: '' },
      error: /^line 2 \(env:EMPTY\) is empty/
    },
    {
      name: 'file: missing',
      block: (a, b) => `${a} env:GOOD\n\n\n${b} file:missing.pem`,
      error: /^line 4 \(a file\) \S*missing\.pem cannot be read: no such file/
    },
    {
      name: 'file: not UTF-8',
      block: (a, b) => `${a} env:GOOD\n${b} file:latin.txt`,
      files: { 'latin.txt': NON_UTF8 },
      error: /^line 2 \(a file\) is not valid UTF-8 text: write binary-file:PATH/,
      secrets: [GOOD, NON_UTF8]
    },
    {
      name: 'binary-file: over 65536 bytes',
      block: (a, b) => `${a} env:GOOD\n${b} binary-file:big.bin`,
      files: { 'big.bin': BIG },
      error: /^line 2 \(a binary file\) \S*big\.bin is 65537 bytes/,
      secrets: [GOOD, BIG]
    },
    {
      name: 'file: without a path',
      block: (a, b) => `${a} env:GOOD\n${b} file:`,
      error: /^line 2: file: needs a path/
    },
    {
      name: 'a secret named twice',
      block: (a, b) => `${a} env:GOOD\n${b} env:GOOD\n${a} env:GOOD`,
      error: /^line 3 names the same secret as line 1\./
    },
    {
      name: 'a name Secrets Manager refuses',
      block: (a) => `${a} env:GOOD\nbad,name env:GOOD`,
      error: /^line 2: a secret name has 1 to 512 of the characters/
    },
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
      error:
        /^line 2 \(a file\) is not valid dotenv \(`value-format: dotenv`\): line 2: expected `=` right after the key\./,
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
    const {
      run: r,
      calls,
      connections
    } = await run(
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
    ['client-request-token', { 'client-request-token': hex(32) }, 'client-request-token'],
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
    [
      'a reserved aws: key',
      'team=payments\naws:cloudformation:stack-name=x',
      /^Input `tags`: line 2: keys starting with aws: are reserved/
    ],
    ['a reserved key in upper case', 'AWS:owner=x', /^Input `tags`: line 1: keys starting with aws: are reserved/],
    ['a character Secrets Manager refuses', 'team=a,b', /^Input `tags`: line 1: keys and values may hold only/],
    ['a key given twice', 'a=1\na=2', /^Input `tags`: line 2 repeats the key of line 1\./]
  ])('%s', async (_name, tags, error) => {
    const s = await seed('tags-bad')
    const value = `tagged value ${hex(16)}`
    const { run: r, calls } = await run({ 'secret-id': s.name, 'secret-string': value, tags })
    expectExit(r, 1, 20_000)
    expectOneError(r, error)
    expect(calls).toEqual([])
    expectUntouched(s.before, await readSecret(moto.endpoint, s.name))
    expectNoLeaks(r, [value])
  })
})

describe('value-format: dotenv', () => {
  const USER = `app-${hex(8)}`
  const PASSWORD = `pass word "${hex(12)}" \\ end`
  const TOKEN = `tok#${hex(12)}`
  const PEM = `-----BEGIN KEY-----\nMII${hex(40)}\n-----END KEY-----\n`
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
    return {
      DB_USER: USER,
      DB_PASSWORD: PASSWORD,
      TOKEN,
      LITERAL: '${HOME} \\n $PATH',
      KEY: PEM,
      SPACED: 'x',
      EMPTY: ''
    }
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
    const keep = `keep-${hex(12)}`
    const s = await seed('dotenv-merge', JSON.stringify({ KEEP: keep, USER: 'old-user', NESTED: { a: 1 } }))
    const password = `new pass ${hex(12)}`
    const { run: r } = await run({
      'secret-id': s.name,
      'secret-string': `USER=new-user\nPASSWORD="${password}"\n`,
      'value-format': 'dotenv',
      'json-merge': 'true'
    })
    expectExit(r, 0)
    const after = await readSecret(moto.endpoint, s.name)
    expect(JSON.parse(after.current.secretString ?? '')).toEqual({
      KEEP: keep,
      USER: 'new-user',
      NESTED: { a: 1 },
      PASSWORD: password
    })
    expectNoLeaks(r, [password, keep, after.current.secretString ?? ''])
    expectMaskedWhenPrinted(r, password)
  })

  it('an invalid line fails with its line number, without quoting it, before any request', async () => {
    const s = await seed('dotenv-bad')
    const secret = `not-a-pair ${hex(16)}`
    const { run: r, calls } = await run({
      'secret-id': s.name,
      'secret-string': `A=1\n\n${secret}\n`,
      'value-format': 'dotenv'
    })
    expectExit(r, 1, 20_000)
    expectOneError(r, /^Input `secret-string`: is not valid dotenv \(`value-format: dotenv`\): line 3: /)
    expect(calls).toEqual([])
    expectUntouched(s.before, await readSecret(moto.endpoint, s.name))
    expectNoLeaks(r, [secret])
  })
})

/** The `results` output, parsed. */
type Results = Record<string, { arn: string; name: string; 'version-id': string; changed: boolean }>
function resultsOf(r: ActionRun): Results {
  return JSON.parse(r.outputs.results ?? 'null') as Results
}

/** The summary's table rows (after its header), as cells. */
function summaryRows(r: ActionRun): string[][] {
  return r.summary
    .split('\n')
    .filter((line) => line.startsWith('| `'))
    .map((line) => line.split(' | ').map((cell) => cell.replace(/^\| /, '').replace(/ \|$/, '')))
}

describe('secrets: several secrets in one step', () => {
  it('writes a mixed block (env, text file, binary file) byte-exact, with results keyed as given', async () => {
    const password = `  db pass ${hex(16)}\n`
    const pem = `-----BEGIN PRIVATE KEY-----\r\nMII${hex(48)}\r\n-----END PRIVATE KEY-----\r\n`
    const keystore = Buffer.concat([Buffer.from([0x00, 0xff, 0xfe, 0x80]), randomBytes(64)])
    const db = await seed('mixed-db')
    const key = await seed('mixed-key')
    const store = await seed('mixed-store', randomBytes(16))
    const block = [
      '# the release secrets',
      `${db.name}   env:DB_PASSWORD`,
      '',
      `${key.arn}\tfile:build/signing key.pem`,
      `${store.name} binary-file:build/keystore.p12`
    ].join('\n')
    const {
      run: r,
      calls,
      connections
    } = await run(
      { secrets: block, 'max-concurrency': '2' },
      { env: { DB_PASSWORD: password }, files: { 'build/signing key.pem': pem, 'build/keystore.p12': keystore } }
    )
    expectExit(r, 0)
    expect(calls).toEqual(['UpdateSecret', 'UpdateSecret', 'UpdateSecret'])
    expect(connections).toBeLessThanOrEqual(2)

    const after = {
      db: await readSecret(moto.endpoint, db.name),
      key: await readSecret(moto.endpoint, key.name),
      store: await readSecret(moto.endpoint, store.name)
    }
    expect(after.db.current.secretString).toBe(password)
    expect(after.key.current.secretString).toBe(pem)
    expect(after.store.current.secretBinary?.equals(keystore)).toBe(true)
    expect(after.store.current.secretString).toBeUndefined()

    expect(resultsOf(r)).toEqual({
      [db.name]: { arn: db.arn, name: db.name, 'version-id': after.db.current.versionId, changed: true },
      [key.arn]: { arn: key.arn, name: key.name, 'version-id': after.key.current.versionId, changed: true },
      [store.name]: { arn: store.arn, name: store.name, 'version-id': after.store.current.versionId, changed: true }
    })
    expect({
      arn: r.outputs.arn,
      name: r.outputs.name,
      versionId: r.outputs['version-id'],
      changed: r.outputs.changed
    }).toEqual({
      arn: '',
      name: '',
      versionId: '',
      changed: 'true'
    })
    expect(summaryRows(r).map((row) => [row[0], row[5]])).toEqual([
      [`\`${db.name}\``, 'updated'],
      [`\`${key.arn}\``, 'updated'],
      [`\`${store.name}\``, 'updated']
    ])
    expectNoLeaks(r, [password, pem, keystore])
    for (const secret of [password, pem, keystore]) expectMaskedWhenPrinted(r, secret)
  })

  it('twelve secrets over at most max-concurrency connections of one client', async () => {
    const seeded = []
    for (let i = 0; i < 12; i++) seeded.push(await seed(`pool-${i}`))
    const v = `pooled ${hex(16)}`
    const {
      run: r,
      calls,
      connections
    } = await run(
      { secrets: seeded.map((s) => `${s.name} env:V`).join('\n'), 'max-concurrency': '3' },
      { env: { V: v } }
    )
    expectExit(r, 0)
    expect(calls).toEqual(Array(12).fill('UpdateSecret'))
    // The proxy keeps client connections alive (moto closes each one): the pool is the client's.
    expect(connections).toBeGreaterThanOrEqual(1)
    expect(connections).toBeLessThanOrEqual(3)
    for (const s of seeded) expect((await readSecret(moto.endpoint, s.name)).current.secretString).toBe(v)
    expectNoLeaks(r, [v])
  })

  it('dotenv values in a block, one as a merge patch: each secret a JSON object', async () => {
    const a = await seed('dotenv-a', JSON.stringify({ KEEP: 'kept-value', USER: 'old' }))
    const b = await seed('dotenv-b', '{}')
    const userA = `user-${hex(8)}`
    const tokenB = `tok en ${hex(12)}`
    const { run: r } = await run(
      { secrets: `${a.name} env:A_ENV\n${b.name} file:b.env`, 'value-format': 'dotenv', 'json-merge': 'true' },
      { env: { A_ENV: `export USER=${userA}\n` }, files: { 'b.env': `TOKEN="${tokenB}" # from the build\n` } }
    )
    expectExit(r, 0)
    expect(JSON.parse((await readSecret(moto.endpoint, a.name)).current.secretString ?? '')).toEqual({
      KEEP: 'kept-value',
      USER: userA
    })
    expect(JSON.parse((await readSecret(moto.endpoint, b.name)).current.secretString ?? '')).toEqual({ TOKEN: tokenB })
    expectNoLeaks(r, [userA, tokenB, 'kept-value'])
  })

  it.each<[string, (s: { name: string }) => Promise<unknown>, Record<string, string>, RegExp]>([
    [
      'scheduled for deletion',
      (s) => deleteSecret(moto.endpoint, s.name, { recoveryWindowInDays: 7 }),
      { 'skip-unchanged': 'true' },
      /is scheduled for deletion/
    ],
    [
      'holding a value that is not JSON, for a merge',
      (s) => putPlain(s.name),
      { 'json-merge': 'true' },
      /is not a JSON object, so `json-merge` cannot merge into it/
    ]
  ])('a guard failing on the third of five secrets (%s): nothing is written', async (_name, spoil, inputs, error) => {
    const seeded = []
    for (let i = 0; i < 5; i++) seeded.push(await seed(`guard-${i}`, JSON.stringify({ n: i })))
    await spoil(seeded[2]!)
    const before = await Promise.all(seeded.map((s) => readSecret(moto.endpoint, s.name)))
    const values = seeded.map((_, i) => JSON.stringify({ n: i, new: `value-${hex(12)}` }))
    const env = Object.fromEntries(values.map((v, i) => [`V${i}`, v]))
    const { run: r, calls } = await run(
      { secrets: seeded.map((s, i) => `${s.name} env:V${i}`).join('\n'), ...inputs },
      { env }
    )
    expectExit(r, 1)
    const message = expectOneError(r, error)
    expect(message).toContain(`Secret ${seeded[2]!.name}: `)
    expect(message).toMatch(/Nothing was written to any of the 5 secrets\.$/)
    expect(calls.filter((c) => !['DescribeSecret', 'GetSecretValue'].includes(c))).toEqual([])
    for (const [i, s] of seeded.entries()) expectUntouched(before[i]!, await readSecret(moto.endpoint, s.name))
    expectNoLeaks(r, values)
  })

  it.each(['1', '4'])(
    'a write failing with max-concurrency %s: the report matches boto3, and a rerun with skip-unchanged completes',
    async (concurrency) => {
      const seeded = []
      for (let i = 0; i < 5; i++) seeded.push(await seed(`fail-${concurrency}-${i}`))
      const before = await Promise.all(seeded.map((s) => readSecret(moto.endpoint, s.name)))
      const values = seeded.map((_, i) => `new value ${i} ${hex(16)}`)
      const env = Object.fromEntries(values.map((v, i) => [`V${i}`, v]))
      const block = seeded.map((s, i) => `${s.name} env:V${i}`).join('\n')

      // The third write to arrive fails with a 500, not retried (max-attempts 1).
      counter.reset()
      counter.plan([{ kind: 'pass' }, { kind: 'pass' }, { kind: 'status', status: 500 }], 'UpdateSecret')
      const r = await runAction(
        { 'endpoint-url': counter.url, secrets: block, 'max-concurrency': concurrency, 'max-attempts': '1' },
        { env }
      )
      expectExit(r, 1)
      const [failure] = errorMessages(r)
      expect(failure).toMatch(/^1 of 5 secrets failed: /)

      // What the log says of each secret, against what boto3 reads.
      const said = new Map<string, string>()
      for (const line of r.log.split('\n')) {
        const m = /^(Written|Failed|Not attempted): ([^ :(]+)/.exec(line.replace(/\.$/, ''))
        if (m) said.set(m[2]!.replace(/\.$/, ''), m[1]!)
      }
      const after = await Promise.all(seeded.map((s) => readSecret(moto.endpoint, s.name)))
      const status = seeded.map((s, i) => {
        const written = after[i]!.current.secretString === values[i]
        if (written) expect(after[i]!.versions).toHaveLength(before[i]!.versions.length + 1)
        else expectUntouched(before[i]!, after[i]!)
        return { name: s.name, said: said.get(s.name), written }
      })
      for (const s of status)
        expectRun(
          r,
          s.said === 'Written' ? s.written : !s.written,
          `${s.name}: the log says ${s.said}, boto3 says written=${s.written}`
        )
      expect(status.filter((s) => s.said === 'Failed')).toHaveLength(1)
      const writes = counter.requestsFor('UpdateSecret').length
      expect(status.filter((s) => s.said === 'Written')).toHaveLength(writes - 1)
      expect(status.filter((s) => s.said === 'Not attempted')).toHaveLength(5 - writes)
      if (concurrency === '1')
        expect(status.map((s) => s.said)).toEqual(['Written', 'Written', 'Failed', 'Not attempted', 'Not attempted'])
      // results: exactly the written ones, with the version ids boto3 sees.
      const results = resultsOf(r)
      expect(Object.keys(results).sort()).toEqual(
        status
          .filter((s) => s.written)
          .map((s) => s.name)
          .sort()
      )
      for (const [i, s] of seeded.entries())
        if (results[s.name]) expect(results[s.name]!['version-id']).toBe(after[i]!.current.versionId)
      // The summary: one row per secret, the failed one with its reason.
      const rows = summaryRows(r)
      expect(rows).toHaveLength(5)
      expect(
        rows.filter((row) => row[5]!.startsWith('**failed**: `UpdateSecret failed: InternalFailure'))
      ).toHaveLength(1)
      expectNoLeaks(r, values)

      // The rerun writes only what is missing.
      const { run: rerun, calls } = await run(
        { secrets: block, 'max-concurrency': concurrency, 'skip-unchanged': 'true' },
        { env }
      )
      expectExit(rerun, 0)
      expect(calls.filter((c) => c === 'UpdateSecret')).toHaveLength(status.filter((s) => !s.written).length)
      const final = await Promise.all(seeded.map((s) => readSecret(moto.endpoint, s.name)))
      final.forEach((state, i) => {
        expect(state.current.secretString).toBe(values[i])
        expect(state.versions).toHaveLength(before[i]!.versions.length + 1)
      })
      const rerunResults = resultsOf(rerun)
      for (const s of status) expect(rerunResults[s.name]!.changed).toBe(!s.written)
      expectNoLeaks(rerun, values)
    }
  )

  it('cancelled (SIGINT) during the writes: no further write starts, and the message says what was written and what not', async () => {
    const seeded = []
    for (let i = 0; i < 6; i++) seeded.push(await seed(`cancel-${i}`))
    const before = await Promise.all(seeded.map((s) => readSecret(moto.endpoint, s.name)))
    const v = `cancelled ${hex(16)}`
    counter.reset()
    counter.setDefault({ kind: 'delay', ms: 600 })
    // Cancelled once both writes of the first pair are on the wire (their answers are held back 600 ms).
    const { code, log } = await killedRun(
      counter,
      { secrets: seeded.map((s) => `${s.name} env:V`).join('\n'), 'max-concurrency': '2' },
      'SIGINT',
      { afterRequests: 2, operation: 'UpdateSecret' },
      { env: { V: v } }
    )
    counter.setDefault(undefined)
    expect(code).toBe(1)
    const message = /^::error::(.*)$/m.exec(log)?.[1] ?? ''
    expect(message).toMatch(/^The step was cancelled \(SIGINT\)\. Written before the stop: /)
    const written = [...message.matchAll(/([\w/-]+): new version ([0-9a-f-]+) \(AWSCURRENT\)/g)].map((m) => ({
      name: m[1]!,
      versionId: m[2]!
    }))
    const notAttempted = (/Not attempted: ([^.]*)\./.exec(message)?.[1] ?? '').split(', ').filter(Boolean)
    expect(written.length).toBeGreaterThanOrEqual(1)
    expect(notAttempted.length).toBeGreaterThanOrEqual(1)
    for (const w of written) {
      const after = await readSecret(moto.endpoint, w.name)
      expect({ value: after.current.secretString, versionId: after.current.versionId }).toEqual({
        value: v,
        versionId: w.versionId
      })
    }
    for (const name of notAttempted) {
      const i = seeded.findIndex((s) => s.name === name)
      expectUntouched(before[i]!, await readSecret(moto.endpoint, name))
    }
    expect(new Set([...written.map((w) => w.name), ...notAttempted]).size).toBe(written.length + notAttempted.length)
    expect(maskLog(log)).not.toContain(v)
  })

  it('a dry run reads every secret, writes nothing, and reports each', async () => {
    const a = await seed('dry-a')
    const b = await seed('dry-b')
    const v = `dry ${hex(16)}`
    const { run: r, calls } = await run(
      {
        secrets: `${a.name} env:V\n${b.name} env:V\nmissing/${hex(8)} env:V`,
        'dry-run': 'true',
        'create-if-missing': 'true',
        tags: 'team=pay'
      },
      { env: { V: v } }
    )
    expectExit(r, 0)
    expect(calls).toEqual(['DescribeSecret', 'DescribeSecret', 'DescribeSecret'])
    expect(summaryRows(r).map((row) => row[5])).toEqual(['would change', 'would change', 'would be created'])
    expect(r.summary).toContain('Dry run: 3 Secrets Manager secrets')
    expectUntouched(a.before, await readSecret(moto.endpoint, a.name))
    expectNoLeaks(r, [v])
  })
})

describe('tags', () => {
  const value = (): string => `tagged ${hex(16)}`

  it('on create: CreateSecret carries them', async () => {
    const name = uniqueName('tags-create')
    const v = value()
    const { run: r, calls } = await run({
      'secret-id': name,
      'secret-string': v,
      'create-if-missing': 'true',
      tags: 'team=payments\ncost-center=42\nempty='
    })
    expectExit(r, 0)
    expect(calls).toEqual(['UpdateSecret', 'CreateSecret'])
    expect((await readSecret(moto.endpoint, name)).tags).toEqual({ team: 'payments', 'cost-center': '42', empty: '' })
    expectNoLeaks(r, [v])
  })

  it('on update: TagResource sets them, tags not named are left alone', async () => {
    const name = uniqueName('tags-update')
    await createSecret(moto.endpoint, name, { secretString: 'x-old', tags: { team: 'old', keep: 'me' } })
    const v = value()
    const { run: r, calls } = await run({ 'secret-id': name, 'secret-string': v, tags: 'team=payments\nenv=prod' })
    expectExit(r, 0)
    expect(calls).toEqual(['UpdateSecret', 'TagResource'])
    const after = await readSecret(moto.endpoint, name)
    expect(after.tags).toEqual({ team: 'payments', keep: 'me', env: 'prod' })
    expect(after.current.secretString).toBe(v)
    expect(r.log).toContain('Did set tags: team: "payments", env: "prod".')
    expectNoLeaks(r, [v])
  })

  it('with skip-unchanged: only those that differ; none when equal, and changed stays false', async () => {
    const name = uniqueName('tags-skip')
    const v = value()
    await createSecret(moto.endpoint, name, { secretString: v, tags: { team: 'payments', env: 'dev' } })
    const first = await run({
      'secret-id': name,
      'secret-string': v,
      tags: 'team=payments\nenv=prod',
      'skip-unchanged': 'true'
    })
    expectExit(first.run, 0)
    expectNoLeaks(first.run, [v])
    expect(inOrder(first.calls)).toEqual(['DescribeSecret', 'GetSecretValue', 'TagResource'])
    expect(first.run.outputs.changed).toBe('true')
    expect(first.run.log).toContain('Did set tags: env: "dev" -> "prod".')
    expect((await readSecret(moto.endpoint, name)).tags).toEqual({ team: 'payments', env: 'prod' })

    const again = await run({
      'secret-id': name,
      'secret-string': v,
      tags: 'team=payments\nenv=prod',
      'skip-unchanged': 'true'
    })
    expectExit(again.run, 0)
    expect(inOrder(again.calls)).toEqual(['DescribeSecret', 'GetSecretValue'])
    expect(again.run.outputs.changed).toBe('false')
    expectNoLeaks(again.run, [v])
  })

  it('a dry run reports the tag changes and writes nothing', async () => {
    const name = uniqueName('tags-dry')
    await createSecret(moto.endpoint, name, { secretString: 'x-old', tags: { team: 'old' } })
    const v = value()
    const { run: r, calls } = await run({
      'secret-id': name,
      'secret-string': v,
      tags: 'team=payments',
      'dry-run': 'true'
    })
    expectExit(r, 0)
    expect(calls).toEqual(['DescribeSecret'])
    expect(r.log).toContain('Would set tags: team: "old" -> "payments".')
    expect(r.summary).toContain('| Tags | `team`: `old` &rarr; `payments` |')
    expect((await readSecret(moto.endpoint, name)).tags).toEqual({ team: 'old' })
    expectNoLeaks(r, [v])
  })

  it('with secrets: each secret tagged', async () => {
    const a = await seed('tags-many-a')
    const b = await seed('tags-many-b')
    const v = value()
    const { run: r } = await run(
      { secrets: `${a.name} env:V\n${b.name} env:V`, tags: 'release=v1.2.3' },
      { env: { V: v } }
    )
    expectExit(r, 0)
    for (const s of [a, b]) expect((await readSecret(moto.endpoint, s.name)).tags).toEqual({ release: 'v1.2.3' })
    expectNoLeaks(r, [v])
  })
})

/** A plain-text current value (for the merge guard). */
async function putPlain(name: string): Promise<void> {
  await putValue(moto.endpoint, name, `plain text ${hex(8)}`)
}
