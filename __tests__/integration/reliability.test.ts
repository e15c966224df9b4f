/**
 * Faults the action must survive: the bundled action against moto through a
 * fault-injecting proxy, a forward proxy and a TLS endpoint signed by a private CA. Every run is
 * checked for its result, the stored value read independently (boto3), version counts, time
 * bounds, and leaks.
 */
import { describe, it, expect, beforeAll, afterAll, afterEach } from '@jest/globals'
import { randomBytes } from 'node:crypto'
import { execFileSync } from 'node:child_process'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { startMoto } from '../../scripts/moto.mjs'
import type { Moto } from '../../scripts/moto.mjs'
import { readSecret } from '../support/aws.js'
import type { AwsOptions } from '../support/aws.js'
import { expectExit, expectOneError, expectOneNewVersion, expectUntouched } from '../support/expect-run.js'
import { startBlackhole, unusedPort } from '../support/faults.js'
import { startLocal, stopLocal } from '../support/local.js'
import type { Fault, FaultProxy, RequestRecord } from '../support/faults.js'
import { startForwardProxy } from '../support/forward-proxy.js'
import type { ForwardProxy } from '../support/forward-proxy.js'
import { expectMaskedWhenPrinted, expectNoLeaks } from '../support/leaks.js'
import { makeWorkspace, runAction, writeWorkspaceFile } from '../support/run-action.js'
import type { ActionRun, RunOptions } from '../support/run-action.js'
import { makeTestCertificates } from '../support/tls.js'
import type { TestCertificates } from '../support/tls.js'
import { seedForUpdate } from '../support/seed.js'

/** The calls that write a value: faults meant for "the update" are planned on these. */
const WRITES = ['UpdateSecret', 'PutSecretValue']

let moto: Moto
let proxy: FaultProxy

beforeAll(async () => ({ moto, proxy } = await startLocal()))
afterAll(() => stopLocal({ moto, proxy }))

afterEach(() => proxy.reset())

/** Runs the action to write `value` to secret `id` at `endpoint`, with more inputs and options. */
function update(
  id: string,
  value: string,
  endpoint: string,
  inputs: Record<string, string> = {},
  opts: RunOptions = {}
): Promise<ActionRun> {
  return runAction({ 'secret-id': id, 'secret-string': value, 'endpoint-url': endpoint, ...inputs }, opts)
}

/** Leak checks every run gets: the value never visible, and masked when a later step prints it. */
function expectNoValueShown(run: ActionRun, value: string, others: readonly string[] = []): void {
  expectNoLeaks(run, [value, ...others])
  expectMaskedWhenPrinted(run, value)
}

/** The write requests the proxy saw. */
function writes(): RequestRecord[] {
  return proxy.requests.filter((r) => WRITES.includes(r.operation ?? ''))
}

/** The ClientRequestTokens the write requests carried (one, when retries reused it). */
function writeTokens(): string[] {
  return [...new Set(writes().map((r) => r.clientRequestToken ?? ''))]
}

describe('transient faults are retried: one new version', () => {
  const cases: Array<[string, Fault[]]> = [
    [
      '500 twice',
      [
        { kind: 'status', status: 500 },
        { kind: 'status', status: 500 }
      ]
    ],
    [
      '503 twice',
      [
        { kind: 'status', status: 503 },
        { kind: 'status', status: 503 }
      ]
    ],
    ['ThrottlingException three times', [{ kind: 'throttle' }, { kind: 'throttle' }, { kind: 'throttle' }]],
    [
      '500, 503 and ThrottlingException',
      [{ kind: 'status', status: 500 }, { kind: 'status', status: 503 }, { kind: 'throttle' }]
    ],
    ['a connection reset before forwarding, twice', [{ kind: 'reset-before' }, { kind: 'reset-before' }]]
  ]

  it.each(cases)('%s, then success', async (_name, faults) => {
    const { id, value, before } = await seedForUpdate(moto.endpoint)
    proxy.plan(faults, WRITES)

    const run = await update(id, value, proxy.url)

    expectExit(run, 0, 15_000)
    expect(proxy.pending).toBe(0)
    expect(writes().map((r) => r.fault)).toEqual([...faults.map((f) => f.kind), 'pass'])
    // Every attempt is the same request: the SDK retries with the token it serialised once.
    expect(writeTokens()).toEqual([run.outputs['version-id']])
    expectOneNewVersion(run, before, await readSecret(moto.endpoint, id), value)
    expectNoValueShown(run, value)
  })
})

describe('a write applied but never answered', () => {
  it('is retried with the same ClientRequestToken: one new version, version-id is AWSCURRENT', async () => {
    const { id, value, before } = await seedForUpdate(moto.endpoint)
    proxy.plan([{ kind: 'forward-then-close' }], WRITES)

    const run = await update(id, value, proxy.url)

    expectExit(run, 0, 15_000)
    expect(writes().map((r) => [r.fault, r.forwarded])).toEqual([
      ['forward-then-close', true],
      ['pass', true]
    ])
    // moto applied the first attempt: the second is accepted as the same version, not a duplicate.
    expect(writes()[0]?.upstreamStatus).toBe(200)
    expect(writeTokens()).toEqual([run.outputs['version-id']])
    const after = await readSecret(moto.endpoint, id)
    expectOneNewVersion(run, before, after, value)
    expectNoValueShown(run, value)
  })
})

describe('timeouts', () => {
  it('no answer once with read-timeout 2: the retry succeeds within about 15 s', async () => {
    const { id, value, before } = await seedForUpdate(moto.endpoint)
    proxy.plan([{ kind: 'hang' }], WRITES)

    const run = await update(id, value, proxy.url, { 'read-timeout': '2' })

    expectExit(run, 0, 15_000)
    // It really waited for the read timeout, then retried once.
    expect(run.durationMs).toBeGreaterThanOrEqual(2_000)
    expect(writes().map((r) => r.fault)).toEqual(['hang', 'pass'])
    expect(writeTokens()).toEqual([run.outputs['version-id']])
    expectOneNewVersion(run, before, await readSecret(moto.endpoint, id), value)
    expectNoValueShown(run, value)
  })

  it('a hang on every attempt, read-timeout 1, max-attempts 2: fails within 20 s, secret untouched', async () => {
    const { id, value, before } = await seedForUpdate(moto.endpoint)
    proxy.setDefault({ kind: 'hang' })

    const run = await update(id, value, proxy.url, { 'read-timeout': '1', 'max-attempts': '2' })

    expectExit(run, 1, 20_000)
    expectOneError(run, /time(d)? ?out|did not answer|read-timeout/i)
    // max-attempts is the total number of attempts of the call that hung.
    expect(proxy.count).toBe(2)
    expect(proxy.requests.every((r) => !r.forwarded)).toBe(true)
    expectUntouched(before, await readSecret(moto.endpoint, id))
    expectNoValueShown(run, value)
  })
})

describe('read-timeout bounds the whole answer, not only silence', () => {
  it('an answer dripped one byte every 0.5 s, read-timeout 1, max-attempts 1: fails within 6 s', async () => {
    const { id, value } = await seedForUpdate(moto.endpoint)
    proxy.setDefault({ kind: 'drip', everyMs: 500 })

    const run = await update(id, value, proxy.url, { 'read-timeout': '1', 'max-attempts': '1' })

    // The dripped answer would take over a minute: no idle timer ever fires.
    expectExit(run, 1, 6_000)
    expectOneError(run, /did not answer within `read-timeout`/)
    expect(proxy.count).toBe(1)
    expectNoValueShown(run, value)
  })

  it('a dripped answer once, read-timeout 2: the attempt is abandoned and retried, one new version', async () => {
    const { id, value, before } = await seedForUpdate(moto.endpoint)
    proxy.plan([{ kind: 'drip', everyMs: 500 }], WRITES)

    const run = await update(id, value, proxy.url, { 'read-timeout': '2' })

    expectExit(run, 0, 15_000)
    expect(writes().map((r) => r.fault)).toEqual(['drip', 'pass'])
    // The dripped attempt was applied by moto: the retry carries its token, so no second version.
    expect(writeTokens()).toEqual([run.outputs['version-id']])
    expectOneNewVersion(run, before, await readSecret(moto.endpoint, id), value)
    expectNoValueShown(run, value)
  })
})

describe('a failure to report after the write says the new version exists', () => {
  it('GITHUB_OUTPUT is /dev/full: exit 1, and the error names the version now AWSCURRENT, one new version', async () => {
    const { id, value, before } = await seedForUpdate(moto.endpoint)

    const run = await update(id, value, proxy.url, {}, { env: { GITHUB_OUTPUT: '/dev/full' } })

    expectExit(run, 1)
    const after = await readSecret(moto.endpoint, id)
    const message = expectOneError(run, /was updated: version \S+ is AWSCURRENT.*outputs could not be written/)
    expect(message).toContain(after.current.versionId)
    expect(message).toMatch(/Do not rerun/)
    expect(after.current.secretString).toBe(value)
    expect(after.versions).toHaveLength(before.versions.length + 1)
    expectNoValueShown(run, value)
  })

  it('GITHUB_STEP_SUMMARY in a missing directory: exit 0, a warning naming the version, one new version', async () => {
    const { id, value, before } = await seedForUpdate(moto.endpoint)

    const run = await update(
      id,
      value,
      proxy.url,
      {},
      { env: { GITHUB_STEP_SUMMARY: '/nonexistent-directory/summary.md' } }
    )

    expectExit(run, 0)
    const after = await readSecret(moto.endpoint, id)
    expectOneNewVersion(run, before, after, value)
    expect(run.stdout).toMatch(
      new RegExp(
        `::warning::.*version ${after.current.versionId} is AWSCURRENT.*job summary could not be written \\(ENOENT\\)`
      )
    )
    expectNoValueShown(run, value)
  })
})

describe('failures that do not go away', () => {
  it('a persistent 503 with max-attempts 3: fails within 20 s after 3 attempts, secret untouched', async () => {
    const { id, value, before } = await seedForUpdate(moto.endpoint)
    proxy.setDefault({ kind: 'status', status: 503 })

    const run = await update(id, value, proxy.url, { 'max-attempts': '3' })

    expectExit(run, 1, 20_000)
    expectOneError(run, /ServiceUnavailable|503|unavailable/i)
    expect(proxy.count).toBe(3)
    expect(proxy.requests.every((r) => !r.forwarded)).toBe(true)
    expectUntouched(before, await readSecret(moto.endpoint, id))
    expectNoValueShown(run, value)
  })

  it.each<[string, Fault]>([
    [
      'a 502 HTML page',
      {
        kind: 'answer',
        status: 502,
        contentType: 'text/html',
        body: '<html><h1>502 Bad Gateway</h1>::warning::from-the-page</html>'
      }
    ],
    [
      'an XML 403',
      {
        kind: 'answer',
        status: 403,
        contentType: 'application/xml',
        body: '<?xml version="1.0"?><Error><Code>Forbidden</Code></Error>'
      }
    ]
  ])(
    'a gateway answering %s: the message names the status and says it did not come from Secrets Manager',
    async (_name, fault) => {
      const { id, value, before } = await seedForUpdate(moto.endpoint)
      proxy.setDefault(fault)

      const run = await update(id, value, proxy.url, { 'max-attempts': '2' })

      expectExit(run, 1, 20_000)
      const status = (fault as { status: number }).status
      const message = expectOneError(run, new RegExp(`HTTP ${status}.*did not come from Secrets Manager`))
      // The page is neither ours nor AWS's: none of it is repeated.
      expect(message).not.toMatch(/<|from-the-page|Unexpected token/)
      expect(run.stdout).not.toContain('from-the-page')
      expectUntouched(before, await readSecret(moto.endpoint, id))
      expectNoValueShown(run, value)
    }
  )

  it('nothing listening at the endpoint: fails within 20 s, says it could not connect', async () => {
    const { id, value, before } = await seedForUpdate(moto.endpoint)
    const port = await unusedPort()

    const run = await update(id, value, `http://127.0.0.1:${port}`)

    expectExit(run, 1, 20_000)
    expectOneError(run, /could not connect|ECONNREFUSED/i)
    expectUntouched(before, await readSecret(moto.endpoint, id))
    expectNoValueShown(run, value)
  })
})

describe("beyond the issue's list", () => {
  it('an endpoint that never accepts connections, connect-timeout 1, max-attempts 2: fails within 10 s', async () => {
    const { id, value, before } = await seedForUpdate(moto.endpoint)
    const blackhole = await startBlackhole()
    try {
      const run = await update(id, value, blackhole.url, { 'connect-timeout': '1', 'max-attempts': '2' })

      // With the defaults (10 s, 5 attempts) this would take 50 s: the input is what makes it fast.
      expectExit(run, 1, 10_000)
      expect(run.durationMs).toBeGreaterThanOrEqual(2_000)
      // The connection, not the answer, timed out: the message must say so (and not advise read-timeout alone).
      expectOneError(run, /connect/i)
      expectUntouched(before, await readSecret(moto.endpoint, id))
      expectNoValueShown(run, value)
    } finally {
      await blackhole.close()
    }
  })

  it('a connection reset on every attempt: fails saying the connection was reset, not that it timed out', async () => {
    const { id, value, before } = await seedForUpdate(moto.endpoint)
    proxy.setDefault({ kind: 'reset-before' })

    const run = await update(id, value, proxy.url, { 'max-attempts': '2' })

    expectExit(run, 1, 20_000)
    expect(proxy.count).toBe(2)
    expectOneError(run, /reset|closed|ECONNRESET|hang up/i)
    expectUntouched(before, await readSecret(moto.endpoint, id))
    expectNoValueShown(run, value)
  })
})

describe('through a forward proxy', () => {
  let forward: ForwardProxy
  let authenticated: ForwardProxy
  const proxyUser = 'runner'
  const proxyPassword = `proxy-pass-${randomBytes(6).toString('hex')}`

  beforeAll(async () => {
    forward = await startForwardProxy()
    authenticated = await startForwardProxy({ auth: { username: proxyUser, password: proxyPassword } })
  })
  afterAll(async () => {
    await forward?.close()
    await authenticated?.close()
  })
  afterEach(() => {
    forward.reset()
    authenticated.reset()
  })

  /** The endpoint is the fault proxy (forwarding only), so that both ends count the requests. */
  const endpointTarget = (): string => `127.0.0.1:${proxy.port}`

  async function throughProxy(
    inputs: Record<string, string>,
    opts: RunOptions,
    used: ForwardProxy
  ): Promise<ActionRun> {
    const { id, value, before } = await seedForUpdate(moto.endpoint)
    const run = await update(id, value, proxy.url, inputs, opts)

    expectExit(run, 0, 15_000)
    expect(used.count).toBeGreaterThan(0)
    expect(used.records.every((r) => r.accepted && r.target === endpointTarget())).toBe(true)
    // The endpoint is http: sent in absolute form, as curl and botocore do, never tunnelled.
    expect(used.records.every((r) => r.kind === 'http')).toBe(true)
    expect(proxy.count).toBeGreaterThan(0)
    expectOneNewVersion(run, before, await readSecret(moto.endpoint, id), value)
    expectNoValueShown(run, value, [proxyPassword])
    return run
  }

  it('given as the http-proxy input', async () => {
    await throughProxy({ 'http-proxy': forward.url }, {}, forward)
  })

  it('given as HTTP_PROXY (for an http endpoint)', async () => {
    await throughProxy({}, { env: { HTTP_PROXY: forward.url } }, forward)
  })

  it('given as lower-case http_proxy', async () => {
    await throughProxy({}, { env: { http_proxy: forward.url } }, forward)
  })

  it('given as HTTPS_PROXY (and HTTP_PROXY) together', async () => {
    await throughProxy({}, { env: { HTTPS_PROXY: forward.url, HTTP_PROXY: forward.url } }, forward)
  })

  it('with credentials in the http-proxy URL: sent to the proxy, masked in the log', async () => {
    const run = await throughProxy({ 'http-proxy': authenticated.urlWithCredentials }, {}, authenticated)
    expect(authenticated.records.every((r) => r.credentials === `${proxyUser}:${proxyPassword}`)).toBe(true)
    expectMaskedWhenPrinted(run, proxyPassword)
  })

  it('with credentials in HTTPS_PROXY: sent to the proxy, masked in the log', async () => {
    const url = authenticated.urlWithCredentials
    const run = await throughProxy({}, { env: { HTTPS_PROXY: url, HTTP_PROXY: url } }, authenticated)
    expect(authenticated.records.every((r) => r.credentials === `${proxyUser}:${proxyPassword}`)).toBe(true)
    expectMaskedWhenPrinted(run, proxyPassword)
  })

  it('(beyond the list) wrong proxy credentials: an error naming the proxy, nothing written', async () => {
    const { id, value, before } = await seedForUpdate(moto.endpoint)
    const wrong = `wrong-pass-${randomBytes(6).toString('hex')}`
    const url = `http://${proxyUser}:${wrong}@127.0.0.1:${authenticated.port}`

    const run = await update(id, value, proxy.url, { 'http-proxy': url })

    expectExit(run, 1, 20_000)
    // "Bad response: 407" alone does not tell a user that the proxy refused the credentials.
    expectOneError(run, /the proxy refused the request \(HTTP 407\).*credentials/)
    expect(authenticated.count).toBeGreaterThan(0)
    expect(authenticated.records.every((r) => !r.accepted)).toBe(true)
    expect(proxy.count).toBe(0)
    expectUntouched(before, await readSecret(moto.endpoint, id))
    expectNoValueShown(run, value, [wrong])
  })

  it.each<[string, (port: number) => Record<string, string>]>([
    ['its address', () => ({ NO_PROXY: '127.0.0.1' })],
    ['its address and port, among others, lower case', (port) => ({ no_proxy: `example.com, 127.0.0.1:${port}` })],
    ['*', () => ({ NO_PROXY: '*' })]
  ])('NO_PROXY naming the endpoint (%s): no request goes through the proxy', async (_name, noProxy) => {
    const { id, value, before } = await seedForUpdate(moto.endpoint)

    const env = { HTTPS_PROXY: forward.url, HTTP_PROXY: forward.url, ...noProxy(proxy.port) }
    const run = await update(id, value, proxy.url, {}, { env })

    expectExit(run, 0, 15_000)
    expect(forward.connections).toBe(0)
    expect(forward.count).toBe(0)
    expect(proxy.count).toBeGreaterThan(0)
    expectOneNewVersion(run, before, await readSecret(moto.endpoint, id), value)
    expectNoValueShown(run, value)
  })

  it('NO_PROXY naming another host still uses the proxy', async () => {
    await throughProxy({}, { env: { HTTP_PROXY: forward.url, NO_PROXY: 'example.com,10.0.0.1' } }, forward)
  })

  it('HTTPS_PROXY alone is for https endpoints: an http endpoint is reached directly', async () => {
    const { id, value, before } = await seedForUpdate(moto.endpoint)
    const run = await update(id, value, proxy.url, {}, { env: { HTTPS_PROXY: forward.url } })
    expectExit(run, 0, 15_000)
    expect(forward.connections).toBe(0)
    expect(proxy.count).toBeGreaterThan(0)
    expectOneNewVersion(run, before, await readSecret(moto.endpoint, id), value)
    expectNoValueShown(run, value)
  })
})

describe('a TLS endpoint signed by a private CA', () => {
  let certs: TestCertificates
  /** A second private CA, which did not sign the endpoint's certificate. */
  let otherCerts: TestCertificates
  let tlsMoto: Moto
  let forward: ForwardProxy
  /** How the test itself reads the TLS endpoint. */
  let trusted: AwsOptions

  beforeAll(async () => {
    certs = makeTestCertificates()
    otherCerts = makeTestCertificates()
    tlsMoto = await startMoto({ cert: certs.cert, key: certs.key })
    forward = await startForwardProxy()
    trusted = { caBundle: certs.caCert }
  })
  afterAll(async () => {
    await tlsMoto?.stop()
    await forward?.close()
    certs?.cleanup()
    otherCerts?.cleanup()
  })
  afterEach(() => forward.reset())

  async function works(inputs: Record<string, string>, opts: RunOptions = {}): Promise<ActionRun> {
    const { id, value, before } = await seedForUpdate(tlsMoto.endpoint, trusted)
    const run = await update(id, value, tlsMoto.endpoint, inputs, opts)
    expectExit(run, 0, 15_000)
    expectOneNewVersion(run, before, await readSecret(tlsMoto.endpoint, id, trusted), value)
    expectNoValueShown(run, value)
    return run
  }

  it('works with ca-bundle (absolute path)', async () => {
    await works({ 'ca-bundle': certs.caCert })
  })

  it('works with ca-bundle relative to the workspace', async () => {
    const workspace = await makeWorkspace()
    try {
      await writeWorkspaceFile(workspace, 'certs/private-ca.pem', await readFile(certs.caCert))
      await works({ 'ca-bundle': 'certs/private-ca.pem' }, { cwd: workspace })
    } finally {
      await rm(workspace, { recursive: true, force: true })
    }
  })

  it('works with AWS_CA_BUNDLE', async () => {
    await works({}, { env: { AWS_CA_BUNDLE: certs.caCert } })
  })

  it('works through HTTPS_PROXY (CONNECT) with ca-bundle', async () => {
    await works({ 'ca-bundle': certs.caCert }, { env: { HTTPS_PROXY: forward.url } })
    expect(forward.connects).toBeGreaterThan(0)
    expect(forward.records.every((r) => r.kind === 'connect' && r.target === `127.0.0.1:${tlsMoto.port}`)).toBe(true)
  })

  it.each<[string, () => { inputs: Record<string, string>; env: Record<string, string> }]>([
    ['without ca-bundle or AWS_CA_BUNDLE', () => ({ inputs: {}, env: {} })],
    ['with ca-bundle naming another CA', () => ({ inputs: { 'ca-bundle': otherCerts.caCert }, env: {} })],
    ['with AWS_CA_BUNDLE naming another CA', () => ({ inputs: {}, env: { AWS_CA_BUNDLE: otherCerts.caCert } })]
  ])('fails %s: says the certificate is not trusted, writes nothing', async (_name, trust) => {
    const { inputs, env } = trust()
    const { id, value, before } = await seedForUpdate(tlsMoto.endpoint, trusted)
    const run = await update(id, value, tlsMoto.endpoint, inputs, { env })

    expectExit(run, 1, 20_000)
    expectOneError(run, /certificate/i)
    expectUntouched(before, await readSecret(tlsMoto.endpoint, id, trusted))
    expectNoValueShown(run, value)
  })

  it.each<[string, (dir: string) => string]>([
    [
      'a FIFO nothing writes to',
      (dir) => {
        const fifo = path.join(dir, 'ca.fifo')
        execFileSync('mkfifo', [fifo])
        return fifo
      }
    ],
    ['/dev/zero', () => '/dev/zero']
  ])('AWS_CA_BUNDLE naming %s: exit 1 at once with one error naming ca-bundle, no request', async (_name, make) => {
    const dir = await mkdtemp(path.join(tmpdir(), 'ca-fifo-'))
    try {
      const { id, value, before } = await seedForUpdate(moto.endpoint)
      const run = await update(id, value, proxy.url, {}, { env: { AWS_CA_BUNDLE: make(dir) } })
      // It hung (a FIFO) or filled the heap (/dev/zero) before the guard.
      expectExit(run, 1, 5_000)
      expectOneError(run, /Input `ca-bundle`: .*taken from AWS_CA_BUNDLE.* is not a regular file/)
      expect(proxy.count).toBe(0)
      expectUntouched(before, await readSecret(moto.endpoint, id))
      expectNoValueShown(run, value)
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })
})
