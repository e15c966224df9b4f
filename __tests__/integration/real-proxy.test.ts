/**
 * The bundled action through real forward proxies, as self-hosted runners behind a corporate
 * proxy meet them: tinyproxy and squid from the system's packages, each started by the test on
 * loopback with a configuration the test writes (support/forward-proxy.ts), and stopped after.
 *
 * - tinyproxy (Debian's default allows CONNECT to any port): an https endpoint through CONNECT,
 *   NO_PROXY, proxy credentials, and a proxy that refuses.
 * - squid with its default rules, which allow CONNECT only to port 443: an http endpoint on
 *   another port works only because it is sent in absolute form, as curl and botocore send it.
 *
 * Without the programs these tests are skipped by name, with a warning: `apt-get install -y
 * tinyproxy squid` (`.ci/run` installs them).
 */
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals'
import { randomBytes } from 'node:crypto'
import * as http from 'node:http'
import { startMoto, type Moto } from '../../scripts/moto.mjs'
import { readSecret, type AwsOptions } from '../support/aws.js'
import { expectExit, expectOneError, expectOneNewVersion, expectUntouched } from '../support/expect-run.js'
import { findProgram, startSquid, startTinyproxy, type RealProxy } from '../support/forward-proxy.js'
import { expectMaskedWhenPrinted, expectNoLeaks } from '../support/leaks.js'
import { startLocal, stopLocal, type Local } from '../support/local.js'
import { runAction, type ActionRun, type RunOptions } from '../support/run-action.js'
import { makeTestCertificates, type TestCertificates } from '../support/tls.js'
import { seedForUpdate } from '../support/seed.js'

/** `it`, or, when `program` is missing, `it.skip` under a name that says so, and a warning. */
function itWith(program: 'tinyproxy' | 'squid'): (name: string, test: () => Promise<void>) => void {
  if (findProgram(program)) return (name, test) => it(name, test)
  const reason = `SKIPPED: ${program} is not installed (apt-get install -y ${program})`
  console.warn(`real-proxy.test.ts: ${reason}: the tests through a real ${program} do not run.`)
  return (name, test) => it.skip(`${name} [${reason}]`, test)
}
const withTinyproxy = itWith('tinyproxy')
const withSquid = itWith('squid')

let local: Partial<Local> = {}
let tlsMoto: Moto | undefined
let certs: TestCertificates | undefined
/** How the test itself reads the TLS endpoint. */
let trusted: AwsOptions = {}

beforeAll(async () => {
  local = await startLocal()
  if (!findProgram('tinyproxy')) return
  certs = makeTestCertificates()
  tlsMoto = await startMoto({ cert: certs.cert, key: certs.key })
  trusted = { caBundle: certs.caCert }
})
afterAll(async () => {
  await tlsMoto?.stop()
  certs?.cleanup()
  await stopLocal(local)
})

function update(
  id: string,
  value: string,
  endpoint: string,
  inputs: Record<string, string> = {},
  opts: RunOptions = {}
): Promise<ActionRun> {
  return runAction({ 'secret-id': id, 'secret-string': value, 'endpoint-url': endpoint, ...inputs }, opts)
}

/** The `host:port` of an endpoint URL, as a proxy's log names a CONNECT target. */
const hostPort = (url: string): string => new URL(url).host

describe('tinyproxy: an https endpoint through CONNECT', () => {
  let open: RealProxy | undefined
  let withAuth: RealProxy | undefined
  let refusing: RealProxy | undefined
  const user = 'ci-runner'
  const password = `proxy-pass-${randomBytes(6).toString('hex')}`

  beforeAll(async () => {
    if (!findProgram('tinyproxy')) return
    open = await startTinyproxy()
    withAuth = await startTinyproxy({ auth: { username: user, password } })
    // A proxy that allows CONNECT to 443 only (tinyproxy's ConnectPort): the endpoint's port is refused.
    refusing = await startTinyproxy({ connectPorts: [443] })
  })
  afterAll(async () => {
    await Promise.all([open?.close(), withAuth?.close(), refusing?.close()])
  })

  withTinyproxy('HTTPS_PROXY: the write goes through a CONNECT tunnel, one new version', async () => {
    const endpoint = tlsMoto!.endpoint
    const { id, value, before } = await seedForUpdate(endpoint, trusted)
    const run = await update(id, value, endpoint, { 'ca-bundle': certs!.caCert }, { env: { HTTPS_PROXY: open!.url } })
    expectExit(run, 0, 20_000)
    expectOneNewVersion(run, before, await readSecret(endpoint, id, trusted), value)
    expect(open!.log()).toContain(`CONNECT ${hostPort(endpoint)} HTTP/1.1`)
    expectNoLeaks(run, [value])
  })

  withTinyproxy('NO_PROXY naming the endpoint: the proxy sees nothing', async () => {
    const endpoint = tlsMoto!.endpoint
    const { id, value, before } = await seedForUpdate(endpoint, trusted)
    const logBefore = open!.log()
    const run = await update(
      id,
      value,
      endpoint,
      { 'ca-bundle': certs!.caCert },
      { env: { HTTPS_PROXY: open!.url, NO_PROXY: 'example.com, 127.0.0.1' } }
    )
    expectExit(run, 0, 20_000)
    expectOneNewVersion(run, before, await readSecret(endpoint, id, trusted), value)
    expect(open!.log().slice(logBefore.length)).not.toMatch(/Request \(file descriptor \d+\)/)
  })

  withTinyproxy('credentials in HTTPS_PROXY: accepted by the proxy, masked in the log', async () => {
    const endpoint = tlsMoto!.endpoint
    const { id, value, before } = await seedForUpdate(endpoint, trusted)
    const url = `http://${user}:${encodeURIComponent(password)}@127.0.0.1:${withAuth!.port}`
    const run = await update(id, value, endpoint, { 'ca-bundle': certs!.caCert }, { env: { HTTPS_PROXY: url } })
    expectExit(run, 0, 20_000)
    expectOneNewVersion(run, before, await readSecret(endpoint, id, trusted), value)
    expect(withAuth!.log()).toContain(`CONNECT ${hostPort(endpoint)} HTTP/1.1`)
    expectNoLeaks(run, [value, password])
    expectMaskedWhenPrinted(run, password)
  })

  // tinyproxy answers a CONNECT with bad credentials 401, not 407.
  withTinyproxy(
    'wrong credentials: exit 1, the proxy refused the connection, check the credentials, nothing written',
    async () => {
      const endpoint = tlsMoto!.endpoint
      const { id, value, before } = await seedForUpdate(endpoint, trusted)
      const wrong = `wrong-${randomBytes(6).toString('hex')}`
      const run = await update(id, value, endpoint, {
        'ca-bundle': certs!.caCert,
        'http-proxy': `http://${user}:${wrong}@127.0.0.1:${withAuth!.port}`
      })
      expectExit(run, 1, 20_000)
      expectOneError(run, /proxy refused the connection \(HTTP 40[17]\).*credentials/)
      expectUntouched(before, await readSecret(endpoint, id, trusted))
      expectNoLeaks(run, [value, wrong])
    }
  )

  withTinyproxy(
    "a proxy that refuses CONNECT to the endpoint's port: exit 1 within 20 s, naming the status, nothing written",
    async () => {
      const endpoint = tlsMoto!.endpoint
      const { id, value, before } = await seedForUpdate(endpoint, trusted)
      const run = await update(
        id,
        value,
        endpoint,
        { 'ca-bundle': certs!.caCert, 'max-attempts': '2' },
        { env: { HTTPS_PROXY: refusing!.url } }
      )
      expectExit(run, 1, 20_000)
      expectOneError(run, /proxy refused the connection \(HTTP 403\)/)
      expect(refusing!.log()).toContain(`Refused CONNECT method on port ${new URL(endpoint).port}`)
      expectUntouched(before, await readSecret(endpoint, id, trusted))
      expectNoLeaks(run, [value])
    }
  )
})

describe('squid with its default rules (CONNECT only to 443): an http endpoint in absolute form', () => {
  let squid: RealProxy | undefined

  beforeAll(async () => {
    if (findProgram('squid')) squid = await startSquid()
  })
  afterAll(async () => {
    await squid?.close()
  })

  /** What squid answers to a CONNECT to `target`: its status line's code. */
  function connectStatus(target: string): Promise<number> {
    return new Promise((resolve, reject) => {
      http
        .request({ host: '127.0.0.1', port: squid!.port, method: 'CONNECT', path: target })
        .on('connect', (res, socket) => {
          socket.destroy()
          resolve(res.statusCode ?? 0)
        })
        .on('error', reject)
        .end()
    })
  }

  withSquid('HTTP_PROXY: the write reaches the endpoint through squid, one new version, and no CONNECT', async () => {
    const { moto, proxy: endpoint } = local as Local
    const { id, value, before } = await seedForUpdate(moto.endpoint)
    endpoint.reset()
    // The premise: squid refuses to tunnel to this port, so a CONNECT-only client would fail here.
    expect(await connectStatus(hostPort(endpoint.url))).toBe(403)

    const run = await update(id, value, endpoint.url, {}, { env: { HTTP_PROXY: squid!.url } })

    expectExit(run, 0, 20_000)
    expectOneNewVersion(run, before, await readSecret(moto.endpoint, id), value)
    expect(endpoint.count).toBeGreaterThan(0)
    // squid's access.log: `TCP_MISS/200 ... POST http://127.0.0.1:PORT/ ...` for the action's request.
    expect(squid!.log()).toMatch(new RegExp(`/200 \\d+ POST ${endpoint.url}/ `))
    expectNoLeaks(run, [value])
  })
})
