import { spawn, spawnSync } from 'node:child_process'
import { mkdtemp, rm, truncate, writeFile } from 'node:fs/promises'
import * as http from 'node:http'
import type * as https from 'node:https'
import type { AddressInfo } from 'node:net'
import * as net from 'node:net'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { Readable } from 'node:stream'
import { rootCertificates } from 'node:tls'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { DescribeSecretCommand, type SecretsManagerClient } from '@aws-sdk/client-secrets-manager'
import {
  collectBody,
  createAgents,
  createClient,
  familyAttemptTimeout,
  userAgent,
  type ClientSettings
} from '../src/client.js'
import { itWithPython, startBlackhole, type Blackhole } from './support/faults.js'
import { startForwardProxy, type ForwardProxy } from './support/forward-proxy.js'
import { inputErrorOf } from './support/errors.js'
import { failureMessage } from '../src/errors.js'
import { ACTION_NAME, ACTION_VERSION } from '../src/version.js'

const RUN = { repository: 'octo-org/octo-repo', runId: 987654321, runAttempt: 3 }

/** A stand-in for Secrets Manager on loopback: records each request, answers as told. */
interface Endpoint {
  readonly url: string
  readonly requests: { headers: http.IncomingHttpHeaders; body: string }[]
  /** How to answer; `{}` with status 200 by default. `hang` never answers. */
  answer: { status: number; body: string; contentType?: string } | 'hang'
}

let server: http.Server
let endpoint: Endpoint
const hanging = new Set<http.ServerResponse>()

beforeAll(async () => {
  endpoint = { url: '', requests: [], answer: { status: 200, body: '{}' } }
  server = http.createServer((req, res) => {
    let body = ''
    req.on('data', (chunk: Buffer) => (body += chunk.toString()))
    req.on('end', () => {
      endpoint.requests.push({ headers: req.headers, body })
      if (endpoint.answer === 'hang') {
        hanging.add(res)
        return
      }
      res
        .writeHead(endpoint.answer.status, {
          'content-type': endpoint.answer.contentType ?? 'application/x-amz-json-1.1'
        })
        .end(endpoint.answer.body)
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  ;(endpoint as { url: string }).url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})

afterAll(async () => {
  server.closeAllConnections()
  await new Promise((resolve) => server.close(resolve))
})

// Credentials for SigV4 only; nothing leaves loopback. Jest gives each test file its own
// process.env, and the SDK's own endpoint variables are cleared so that they cannot interfere.
const savedEnv = { ...process.env }
beforeAll(() => {
  process.env.AWS_ACCESS_KEY_ID = 'AKIDEXAMPLE'
  process.env.AWS_SECRET_ACCESS_KEY = 'secret-for-signing-only'
  for (const name of [
    'AWS_PROFILE',
    'AWS_SESSION_TOKEN',
    'AWS_ENDPOINT_URL',
    'AWS_ENDPOINT_URL_SECRETS_MANAGER',
    'AWS_CA_BUNDLE'
  ]) {
    delete process.env[name]
  }
})
afterAll(() => {
  process.env = savedEnv
})

const clients: SecretsManagerClient[] = []
beforeEach(() => {
  endpoint.requests.length = 0
  endpoint.answer = { status: 200, body: '{}' }
})
afterEach(() => {
  for (const res of hanging) res.destroy()
  hanging.clear()
  for (const client of clients.splice(0)) client.destroy()
})

function settings(over: Partial<ClientSettings> = {}): ClientSettings {
  return {
    region: 'eu-west-1',
    endpointUrl: endpoint.url,
    maxAttempts: 4,
    connectTimeoutMs: 3000,
    readTimeoutMs: 5000,
    httpProxy: undefined,
    httpsProxy: undefined,
    noProxy: '',
    caBundle: undefined,
    ...over
  }
}

async function client(
  over: Partial<ClientSettings> = {},
  run: Parameters<typeof createClient>[1] = RUN
): Promise<SecretsManagerClient> {
  const c = await createClient(settings(over), run)
  clients.push(c)
  return c
}

const describeSecret = (c: SecretsManagerClient): Promise<unknown> =>
  c.send(new DescribeSecretCommand({ SecretId: 'app/db' }))
const rejection = (p: Promise<unknown>): Promise<Error & Record<string, unknown>> =>
  p.then(
    () => {
      throw new Error('expected the call to fail')
    },
    (e: unknown) => e as Error & Record<string, unknown>
  )

describe('userAgent', () => {
  it.each<[string, Parameters<typeof userAgent>[0], [string, string][]]>([
    ['outside a workflow run', undefined, [[ACTION_NAME, ACTION_VERSION]]],
    ['with no repository or run', { repository: '', runId: 0, runAttempt: 1 }, [[ACTION_NAME, ACTION_VERSION]]],
    [
      'in a workflow run',
      RUN,
      [
        [ACTION_NAME, ACTION_VERSION],
        ['gha-repo', 'octo-org.octo-repo'],
        ['gha-run', '987654321-3']
      ]
    ],
    [
      'with an unknown attempt',
      { repository: 'o/r', runId: 5, runAttempt: 0 },
      [
        [ACTION_NAME, ACTION_VERSION],
        ['gha-repo', 'o.r'],
        ['gha-run', '5-1']
      ]
    ]
  ])('%s', (_name, run, pairs) => {
    expect(userAgent(run)).toEqual(pairs)
  })
})

describe('createClient: configuration', () => {
  it('sets the region, the endpoint and the SDK standard retry strategy with max-attempts', async () => {
    const c = await client({ region: 'ap-southeast-2', maxAttempts: 7 })
    expect(await c.config.region()).toBe('ap-southeast-2')
    expect(await c.config.maxAttempts()).toBe(7)
    expect(c.config.retryMode).toBe('standard')
    const url = new URL(endpoint.url)
    expect(await c.config.endpoint?.()).toMatchObject({
      hostname: url.hostname,
      port: Number(url.port),
      protocol: 'http:'
    })
  })

  it('leaves the endpoint to the SDK when endpoint-url is empty', async () => {
    const c = await client({ endpointUrl: undefined })
    expect(c.config.endpoint).toBeUndefined()
  })
})

describe('createClient: requests', () => {
  it('adds the action, repository and run to the user agent CloudTrail records', async () => {
    await describeSecret(await client())
    expect(endpoint.requests).toHaveLength(1)
    const ua = endpoint.requests[0]!.headers['user-agent'] ?? ''
    expect(ua).toContain(`aws-secretsmanager-update-secret/${ACTION_VERSION}`)
    expect(ua).toContain('gha-repo/octo-org.octo-repo')
    expect(ua).toContain('gha-run/987654321-3')
    expect(endpoint.requests[0]!.headers['x-amz-target']).toBe('secretsmanager.DescribeSecret')
  })

  it('still honours AWS_ENDPOINT_URL_SECRETS_MANAGER when endpoint-url is empty', async () => {
    process.env.AWS_ENDPOINT_URL_SECRETS_MANAGER = endpoint.url
    try {
      await describeSecret(await client({ endpointUrl: undefined }))
    } finally {
      delete process.env.AWS_ENDPOINT_URL_SECRETS_MANAGER
    }
    expect(endpoint.requests).toHaveLength(1)
  })

  it('retries a 5xx answer up to max-attempts in all, then fails naming the operation', async () => {
    endpoint.answer = { status: 503, body: '{"__type":"ServiceUnavailable","message":"try later"}' }
    const error = await rejection(describeSecret(await client({ maxAttempts: 3 })))
    expect(endpoint.requests).toHaveLength(3)
    expect(endpoint.requests.map((r) => r.headers['amz-sdk-request'])).toEqual([
      'attempt=1; max=3',
      'attempt=2; max=3',
      'attempt=3; max=3'
    ])
    expect(error.operation).toBe('DescribeSecret')
  })

  it('does not retry a client error, and tags it with the operation', async () => {
    endpoint.answer = {
      status: 400,
      body: '{"__type":"ResourceNotFoundException","message":"Secrets Manager can\'t find the specified secret."}'
    }
    const error = await rejection(describeSecret(await client()))
    expect(endpoint.requests).toHaveLength(1)
    expect(error.name).toBe('ResourceNotFoundException')
    expect(failureMessage(error)).toMatch(/^DescribeSecret failed: ResourceNotFoundException: .*create-if-missing/)
  })

  it('aborts a request after read-timeout and retries it', async () => {
    endpoint.answer = 'hang'
    const started = Date.now()
    const error = await rejection(describeSecret(await client({ readTimeoutMs: 300, maxAttempts: 2 })))
    expect(Date.now() - started).toBeLessThan(5000)
    expect(endpoint.requests).toHaveLength(2)
    expect(error.name).toBe('TimeoutError')
    expect(failureMessage(error)).toMatch(/^DescribeSecret failed: the endpoint did not answer within `read-timeout`/)
  })

  it('fails at once, naming the operation, when nothing listens at the endpoint', async () => {
    // Only the operation is checked here: under jest's vm modules, Node's socket errors come from
    // another realm, fail the SDK's `instanceof Error` and reach us wrapped without their code.
    // errors.test.ts maps ECONNREFUSED; the integration suite checks the message end to end.
    const closed = net.createServer()
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve))
    const port = (closed.address() as AddressInfo).port
    await new Promise((resolve) => closed.close(resolve))
    const started = Date.now()
    const error = await rejection(
      describeSecret(await client({ endpointUrl: `http://127.0.0.1:${port}`, maxAttempts: 1 }))
    )
    expect(Date.now() - started).toBeLessThan(2000)
    expect(error.operation).toBe('DescribeSecret')
    expect(failureMessage(error)).toMatch(/^DescribeSecret failed: /)
  })
})

describe('an answer that is not from Secrets Manager (a gateway or a proxy in the path)', () => {
  it.each<[string, number, string, string]>([
    ['a 502 HTML page', 502, 'text/html', '<html><body><h1>502 Bad Gateway</h1></body></html>'],
    ['an XML 403', 403, 'application/xml', '<?xml version="1.0"?><Error><Code>AccessDenied</Code></Error>'],
    ['a 200 HTML page (a captive portal)', 200, 'text/html', '<!DOCTYPE html><title>Sign in to the network</title>'],
    ['a 503 plain text', 503, 'text/plain', 'upstream connect error or disconnect/reset before headers']
  ])(
    '%s: the message names the status and says where the answer did not come from',
    async (_name, status, contentType, body) => {
      endpoint.answer = { status, contentType, body }
      const message = failureMessage(await rejection(describeSecret(await client({ maxAttempts: 1 }))))
      expect(message).toMatch(/^DescribeSecret failed: /)
      expect(message).toContain(`HTTP ${status}`)
      expect(message).toMatch(/did not come from Secrets Manager/)
      expect(message).not.toMatch(/Unexpected token|not valid JSON/)
    }
  )
})

describe('a proxy that refuses a plain (http endpoint) request', () => {
  it('HTTP 407: the message says the proxy refused and points at its credentials', async () => {
    endpoint.answer = { status: 407, contentType: 'text/html', body: '<html>Proxy Authentication Required</html>' }
    const message = failureMessage(await rejection(describeSecret(await client({ maxAttempts: 1 }))))
    expect(message).toMatch(/the proxy refused the request \(HTTP 407\).*credentials/)
  })
})

describe('an endpoint with several addresses, the first slow or dead (happy eyeballs)', () => {
  // What a dual-stack name resolves to: IPv6 first, as getaddrinfo usually orders them.
  const lookup: net.LookupFunction = (_hostname, options, callback) => {
    if (options.all)
      callback(null, [
        { address: '::1', family: 6 },
        { address: '127.0.0.1', family: 4 }
      ])
    else callback(null, '::1', 6)
  }
  const getVia = (agent: http.Agent, url: string): Promise<string> =>
    new Promise((resolve, reject) => {
      http
        .get(url, { agent, lookup }, (res) => {
          let body = ''
          res.on('data', (chunk: Buffer) => (body += chunk.toString()))
          res.on('end', () => resolve(body))
        })
        .on('error', reject)
    })
  let listeners: Blackhole[] = []
  let v4: http.Server | undefined
  let agents: { httpAgent?: http.Agent; httpsAgent?: https.Agent } = {}
  afterEach(async () => {
    agents.httpAgent?.destroy()
    agents.httpsAgent?.destroy()
    agents = {}
    await Promise.all(listeners.map((l) => l.close()))
    listeners = []
    const server = v4
    v4 = undefined
    if (server) {
      server.closeAllConnections()
      await new Promise((resolve) => server.close(resolve))
    }
  })

  itWithPython(
    'waits long enough per address for a handshake that needs a retransmitted SYN (Node waits 250 ms)',
    async () => {
      // ::1 completes the handshake only on the client's second SYN (about 1 s); 127.0.0.1 refuses.
      const slow = await startBlackhole({ host: '::1', acceptAfterMs: 300 })
      listeners.push(slow)
      agents = await createAgents(settings({ connectTimeoutMs: 10_000 }))
      await expect(getVia(agents.httpAgent!, `http://far.example:${slow.port}/`)).resolves.toBe('slow-ok')
    }
  )

  itWithPython('a dead first address still leaves the next its chance, well within connect-timeout', async () => {
    const dead = await startBlackhole({ host: '::1' })
    listeners.push(dead)
    v4 = http.createServer((_req, res) => res.end('v4-ok'))
    await new Promise<void>((resolve, reject) => v4!.once('error', reject).listen(dead.port, '127.0.0.1', resolve))
    agents = await createAgents(settings({ connectTimeoutMs: 10_000 }))
    const started = Date.now()
    await expect(getVia(agents.httpAgent!, `http://far.example:${dead.port}/`)).resolves.toBe('v4-ok')
    expect(Date.now() - started).toBeLessThan(10_000 / 2)
  })

  it.each<[number, number]>([
    [1_000, 250],
    [4_000, 1_000],
    [10_000, 2_500],
    [3_600_000, 2_500]
  ])('connect-timeout %i ms: %i ms per address', (connectTimeoutMs, perAddress) => {
    expect(familyAttemptTimeout(connectTimeoutMs)).toBe(perAddress)
  })
})

describe('collectBody', () => {
  const text = (bytes: Uint8Array): string => new TextDecoder().decode(bytes)

  it('joins the chunks of a Node stream into one fresh array', async () => {
    const bytes = await collectBody(Readable.from([Buffer.from('{"Name":'), Buffer.from('"app/token"}')]))
    expect(text(bytes)).toBe('{"Name":"app/token"}')
    expect(bytes.constructor).toBe(Uint8Array)
    expect(bytes.byteOffset).toBe(0)
  })

  it('answers an empty stream with no bytes', async () => {
    expect(await collectBody(Readable.from([]))).toEqual(new Uint8Array())
  })

  it('fails with the stream', async () => {
    const stream = new Readable({
      read() {
        this.destroy(new Error('socket hang up'))
      }
    })
    await expect(collectBody(stream)).rejects.toThrow('socket hang up')
  })

  it('abandons a body still arriving after timeoutMs, with a TimeoutError the SDK retries', async () => {
    const stream = new Readable({ read() {} })
    const timer = setInterval(() => stream.push('x'), 20)
    stream.on('close', () => clearInterval(timer))
    const started = Date.now()
    const error = await collectBody(stream, 200).then(
      () => undefined,
      (e: unknown) => e as Error & { code?: string }
    )
    expect(Date.now() - started).toBeLessThan(1000)
    expect(error?.name).toBe('TimeoutError')
    expect(error?.code).toBe('ETIMEDOUT')
    expect(stream.destroyed).toBe(true)
  })

  it('reads a body that ends within timeoutMs', async () => {
    expect(text(await collectBody(Readable.from([Buffer.from('{}')]), 200))).toBe('{}')
  })

  it('reads a web ReadableStream or a Blob too', async () => {
    expect(text(await collectBody(new Blob(['{}'])))).toBe('{}')
    expect(text(await collectBody(new Response('{"a":1}').body))).toBe('{"a":1}')
  })
})

describe('createClient: proxy', () => {
  let proxy: ForwardProxy
  const plain = (): string[] => proxy.records.filter((r) => r.kind === 'http').map((r) => r.requestTarget)
  const tunnels = (): string[] => proxy.records.filter((r) => r.kind === 'connect').map((r) => r.requestTarget)
  let proxyPort: number

  beforeAll(async () => {
    proxy = await startForwardProxy()
    proxyPort = proxy.port
  })
  afterAll(() => proxy.close())
  beforeEach(() => proxy.reset())

  it('sends the calls to an http endpoint through http-proxy, in absolute form', async () => {
    await describeSecret(await client({ httpProxy: `http://127.0.0.1:${proxyPort}` }))
    expect(plain()).toEqual([`${endpoint.url}/`])
    expect(tunnels()).toEqual([])
    expect(endpoint.requests).toHaveLength(1)
  })

  it('goes direct to a host NO_PROXY names', async () => {
    await describeSecret(await client({ httpProxy: `http://127.0.0.1:${proxyPort}`, noProxy: 'localhost,127.0.0.1' }))
    expect(tunnels()).toEqual([])
    expect(plain()).toEqual([])
    expect(endpoint.requests).toHaveLength(1)
  })
})

describe('createClient: ca-bundle', () => {
  let dir: string
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'client-test-'))
  })
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true })
  })

  it('rejects a missing file, naming the input and the path', async () => {
    const missing = path.join(dir, 'missing.pem')
    const error = await inputErrorOf(createClient(settings({ caBundle: { path: missing, from: 'ca-bundle' } }), RUN))
    expect(error.input).toBe('ca-bundle')
    expect(error.message).toContain('`ca-bundle`')
    expect(error.message).toContain(missing)
    expect(error.message).toContain('ENOENT')
    expect(error.message).not.toContain('AWS_CA_BUNDLE')
  })

  it('says when the missing file came from AWS_CA_BUNDLE', async () => {
    const missing = path.join(dir, 'env-missing.pem')
    const error = await inputErrorOf(
      createClient(settings({ caBundle: { path: missing, from: 'AWS_CA_BUNDLE' } }), RUN)
    )
    expect(error.input).toBe('ca-bundle')
    expect(error.message).toContain('taken from AWS_CA_BUNDLE')
  })

  it('rejects a directory', async () => {
    const error = await inputErrorOf(createClient(settings({ caBundle: { path: dir, from: 'ca-bundle' } }), RUN))
    expect(error.input).toBe('ca-bundle')
  })

  const posixOnly = process.platform === 'win32' ? it.skip : it
  posixOnly('rejects a FIFO at once, instead of blocking until something writes to it', async () => {
    const fifo = path.join(dir, 'ca.fifo')
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0)
    // Unblocks a reader that waits on the FIFO, so that the suite cannot hang: it writes a valid PEM.
    const pem = '-----BEGIN CERTIFICATE-----\nMIIBfake\n-----END CERTIFICATE-----\n'
    const writer = spawn('sh', ['-c', 'sleep 3; printf "%s" "$0" > "$1"', pem, fifo], { stdio: 'ignore' })
    try {
      const started = Date.now()
      const error = await inputErrorOf(createClient(settings({ caBundle: { path: fifo, from: 'AWS_CA_BUNDLE' } }), RUN))
      expect(Date.now() - started).toBeLessThan(1000)
      expect(error.input).toBe('ca-bundle')
      expect(error.message).toMatch(/not a regular file/)
      expect(error.message).toContain('taken from AWS_CA_BUNDLE')
    } finally {
      writer.kill('SIGKILL')
    }
  })

  it('rejects a bundle over 16 MiB without loading it', async () => {
    const file = path.join(dir, 'huge.pem')
    await writeFile(file, '')
    await truncate(file, 16 * 1024 * 1024 + 1)
    const error = await inputErrorOf(createClient(settings({ caBundle: { path: file, from: 'ca-bundle' } }), RUN))
    expect(error.input).toBe('ca-bundle')
    expect(error.message).toMatch(/at most 16777216 bytes/)
  })

  it.each([
    ['an empty file', ''],
    ['a private key only', '-----BEGIN PRIVATE KEY-----\nMIIB\n-----END PRIVATE KEY-----\n'],
    ['plain text', 'not a certificate at all\n']
  ])('rejects %s, which holds no certificate', async (_name, content) => {
    const file = path.join(dir, `${_name.replace(/ /g, '-')}.pem`)
    await writeFile(file, content)
    const error = await inputErrorOf(createClient(settings({ caBundle: { path: file, from: 'ca-bundle' } }), RUN))
    expect(error.input).toBe('ca-bundle')
    expect(error.message).toMatch(/no PEM certificate/)
  })

  it('adds the bundle to the trusted CAs, keeping the public ones', async () => {
    const pem = '-----BEGIN CERTIFICATE-----\nMIIBfake\n-----END CERTIFICATE-----\n'
    const file = path.join(dir, 'corp-ca.pem')
    await writeFile(file, pem)
    // That a private CA works over the wire is the reliability suite's; the public roots it keeps cannot be reached here.
    const { httpsAgent } = await createAgents(settings({ caBundle: { path: file, from: 'AWS_CA_BUNDLE' } }))
    const ca = httpsAgent?.options.ca as string[] | undefined
    expect(ca).toContain(pem)
    expect(ca).toEqual(expect.arrayContaining([...rootCertificates]))
  })
})
