import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import * as http from 'node:http'
import * as https from 'node:https'
import * as net from 'node:net'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import { bypassesProxy, proxyAgents } from '../src/proxy.js'
import { itWithPython, startBlackhole } from './support/faults.js'
import { startForwardProxy, type ForwardProxy } from './support/forward-proxy.js'

describe('bypassesProxy (NO_PROXY as curl reads it)', () => {
  it.each<[string, string, number, boolean]>([
    ['', 'example.com', 443, false],
    ['example.com', 'example.com', 443, true],
    ['example.com', 'api.example.com', 443, true],
    ['example.com', 'a.b.example.com', 443, true],
    ['example.com', 'badexample.com', 443, false],
    ['example.com', 'example.com.evil.net', 443, false],
    ['api.example.com', 'example.com', 443, false],
    ['.example.com', 'api.example.com', 443, true],
    ['.example.com', 'example.com', 443, true],
    ['*.example.com', 'api.example.com', 443, true],
    ['*.example.com', 'badexample.com', 443, false],
    ['example.com.', 'api.example.com', 443, true],
    ['example.com', 'example.com.', 443, true],
    ['example.com:443', 'example.com', 443, true],
    ['example.com:8443', 'example.com', 443, false],
    ['example.com:443', 'api.example.com', 443, true],
    ['example.com:abc', 'example.com', 443, false],
    ['*', 'anything.at.all', 80, true],
    ['other.com, *', 'anything.at.all', 80, true],
    ['other.com,example.com', 'example.com', 443, true],
    ['other.com example.com', 'example.com', 443, true],
    [' other.com ,\texample.com ', 'example.com', 443, true],
    ['other.com,,', 'example.com', 443, false],
    ['EXAMPLE.com', 'api.Example.COM', 443, true],
    ['localhost', 'localhost', 5000, true],
    ['localhost', '127.0.0.1', 5000, false],
    ['127.0.0.1', '127.0.0.1', 5000, true],
    ['127.0.0.1:5000', '127.0.0.1', 5000, true],
    ['127.0.0.1:5001', '127.0.0.1', 5000, false],
    ['::1', '::1', 443, true],
    ['::1', '[::1]', 443, true],
    ['[::1]', '::1', 443, true],
    ['[::1]:8080', '[::1]', 8080, true],
    ['[::1]:8080', '::1', 9090, false],
    ['fe80::1', '::1', 443, false],
    ['[FE80::A]', 'fe80::a', 443, true]
  ])('NO_PROXY=%j host %s port %d → %s', (noProxy, host, port, expected) => {
    expect(bypassesProxy(noProxy, host, port)).toBe(expected)
  })
})

function listen(server: net.Server): Promise<number> {
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve((server.address() as net.AddressInfo).port))
  )
}

function close(server: http.Server): Promise<void> {
  server.closeAllConnections()
  return new Promise((resolve) => server.close(() => resolve()))
}

function get(module: typeof http | typeof https, url: string, agent: http.Agent): Promise<string> {
  return new Promise((resolve, reject) => {
    module
      .get(url, { agent }, (res) => {
        let body = ''
        res.on('data', (chunk: Buffer) => (body += chunk.toString()))
        res.on('end', () => resolve(body))
      })
      .on('error', reject)
  })
}

/** The same proxy for both schemes. */
const both = (url: string): { http: string; https: string } => ({ http: url, https: url })

describe('proxyAgents', () => {
  let proxy: ForwardProxy
  const plain = (): string[] => proxy.records.filter((r) => r.kind === 'http').map((r) => r.requestTarget)
  const tunnels = (): string[] => proxy.records.filter((r) => r.kind === 'connect').map((r) => r.requestTarget)
  let target: http.Server
  let targetPort: number
  let agents: ReturnType<typeof proxyAgents> | undefined

  beforeAll(async () => {
    proxy = await startForwardProxy()
    target = http.createServer((_req, res) => res.end('from-target'))
    targetPort = await listen(target)
  })
  afterAll(async () => {
    await proxy.close()
    await close(target)
  })
  afterEach(() => {
    agents?.httpAgent?.destroy()
    agents?.httpsAgent?.destroy()
    agents = undefined
    proxy.reset()
  })

  it.each<[string, string, boolean]>([
    ['no NO_PROXY', '', true],
    ['NO_PROXY naming another host', 'localhost,example.com', true],
    ['NO_PROXY naming the host on another port', '127.0.0.1:1', true],
    ['NO_PROXY naming the host', '127.0.0.1', false],
    ['NO_PROXY *', '*', false]
  ])(
    'http with %s (NO_PROXY %j): through the proxy = %s, in absolute form (no CONNECT)',
    async (_name, noProxy, proxied) => {
      agents = proxyAgents(both(`http://127.0.0.1:${proxy.port}`), noProxy, { keepAlive: true })
      await expect(get(http, `http://127.0.0.1:${targetPort}/a/b?c=d`, agents.httpAgent!)).resolves.toBe('from-target')
      // As curl and botocore send it: squid's default rules allow CONNECT only to port 443.
      expect(plain()).toEqual(proxied ? [`http://127.0.0.1:${targetPort}/a/b?c=d`] : [])
      expect(tunnels()).toEqual([])
    }
  )

  it('http: keeps the connection to the proxy for the next request', async () => {
    agents = proxyAgents(both(`http://127.0.0.1:${proxy.port}`), '', { keepAlive: true })
    await get(http, `http://127.0.0.1:${targetPort}/1`, agents.httpAgent!)
    await get(http, `http://127.0.0.1:${targetPort}/2`, agents.httpAgent!)
    expect(plain()).toEqual([`http://127.0.0.1:${targetPort}/1`, `http://127.0.0.1:${targetPort}/2`])
    expect(proxy.connections).toBe(1)
  })

  it.each(['http', 'https'] as const)(
    'sends the proxy credentials, decoded, as Basic auth (%s endpoint)',
    async (scheme) => {
      agents = proxyAgents(both(`http://ci-user:p%40ss@127.0.0.1:${proxy.port}`), '', { keepAlive: true })
      if (scheme === 'http') await get(http, `http://127.0.0.1:${targetPort}/`, agents.httpAgent!)
      // The target speaks plain HTTP, so the TLS handshake fails after the tunnel: the CONNECT is what counts.
      else await get(https, `https://127.0.0.1:${targetPort}/`, agents.httpsAgent!).catch(() => undefined)
      expect(proxy.records.map((r) => r.proxyAuthorization)).toEqual([
        `Basic ${Buffer.from('ci-user:p@ss').toString('base64')}`
      ])
    }
  )

  describe('https', () => {
    // A self-signed certificate for 127.0.0.1, made with openssl (as the integration tests do).
    const openssl = spawnSync('openssl', ['version']).status === 0
    const withOpenssl = openssl ? it : it.skip
    let dir: string
    let tls: https.Server | undefined
    let tlsPort: number
    let ca: string
    let tlsProxy: https.Server | undefined
    let tlsProxyPort: number
    const tlsProxyRequests: string[] = []

    beforeAll(async () => {
      if (!openssl) return
      dir = mkdtempSync(path.join(tmpdir(), 'proxy-test-'))
      const [key, cert] = [path.join(dir, 'key.pem'), path.join(dir, 'cert.pem')]
      const made = spawnSync('openssl', [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-days',
        '1',
        '-subj',
        '/CN=127.0.0.1',
        '-addext',
        'subjectAltName=IP:127.0.0.1',
        '-keyout',
        key,
        '-out',
        cert
      ])
      expect(made.status).toBe(0)
      ca = readFileSync(cert, 'utf8')
      tls = https.createServer({ key: readFileSync(key), cert: ca }, (_req, res) => res.end('from-tls-target'))
      tlsPort = await listen(tls)
      // A proxy reached over TLS (an https:// proxy URL) that forwards absolute-form requests.
      tlsProxy = https.createServer({ key: readFileSync(key), cert: ca }, (req, res) => {
        tlsProxyRequests.push(req.url ?? '')
        const upstream = http.request(req.url ?? '', { method: req.method, headers: req.headers }, (answer) => {
          res.writeHead(answer.statusCode ?? 502, answer.headers)
          answer.pipe(res)
        })
        upstream.on('error', () => res.writeHead(502).end())
        req.pipe(upstream)
      })
      tlsProxyPort = await listen(tlsProxy)
    })
    afterAll(async () => {
      if (tlsProxy) await close(tlsProxy)
      if (tls) await close(tls)
      if (dir) rmSync(dir, { recursive: true, force: true })
    })

    withOpenssl.each<[string, string, boolean]>([
      ['no NO_PROXY', '', true],
      ['NO_PROXY naming the host', '127.0.0.1', false]
    ])('with %s (NO_PROXY %j): through the proxy = %s, trusting the given CA', async (_name, noProxy, proxied) => {
      agents = proxyAgents(both(`http://127.0.0.1:${proxy.port}`), noProxy, { keepAlive: true, ca: [ca] })
      await expect(get(https, `https://127.0.0.1:${tlsPort}/`, agents.httpsAgent!)).resolves.toBe('from-tls-target')
      expect(tunnels()).toEqual(proxied ? [`127.0.0.1:${tlsPort}`] : [])
    })

    withOpenssl(
      "an https:// proxy URL: an http endpoint's request goes to the proxy over TLS, in absolute form",
      async () => {
        agents = proxyAgents({ http: `https://127.0.0.1:${tlsProxyPort}` }, '', { keepAlive: true, ca: [ca] })
        await expect(get(http, `http://127.0.0.1:${targetPort}/over-tls`, agents.httpAgent!)).resolves.toBe(
          'from-target'
        )
        expect(tlsProxyRequests).toEqual([`http://127.0.0.1:${targetPort}/over-tls`])
      }
    )

    withOpenssl('an https:// proxy URL whose certificate is not trusted: refused', async () => {
      agents = proxyAgents({ http: `https://127.0.0.1:${tlsProxyPort}` }, '', { keepAlive: true })
      await expect(get(http, `http://127.0.0.1:${targetPort}/`, agents.httpAgent!)).rejects.toMatchObject({
        code: 'DEPTH_ZERO_SELF_SIGNED_CERT'
      })
    })

    withOpenssl('still verifies the certificate through the proxy', async () => {
      agents = proxyAgents(both(`http://127.0.0.1:${proxy.port}`), '', { keepAlive: true })
      await expect(get(https, `https://127.0.0.1:${tlsPort}/`, agents.httpsAgent!)).rejects.toMatchObject({
        code: 'DEPTH_ZERO_SELF_SIGNED_CERT'
      })
    })
  })
})

describe('proxyAgents: connecting to a proxy with several addresses', () => {
  itWithPython(
    "gives each address autoSelectFamilyAttemptTimeout, not Node's 250 ms: a slow first address connects",
    async () => {
      // The proxy's name resolves to ::1 (whose handshake needs a second SYN, about 1 s) and 127.0.0.1 (refused).
      const slow = await startBlackhole({ host: '::1', acceptAfterMs: 300 })
      const lookup: net.LookupFunction = (_hostname, options, callback) => {
        if (options.all)
          callback(null, [
            { address: '::1', family: 6 },
            { address: '127.0.0.1', family: 4 }
          ])
        else callback(null, '::1', 6)
      }
      const agents = proxyAgents({ http: `http://far-proxy.example:${slow.port}` }, '', {
        keepAlive: true,
        autoSelectFamilyAttemptTimeout: 2500
      })
      try {
        const body = await new Promise<string>((resolve, reject) => {
          http
            .get('http://target.example/', { agent: agents.httpAgent!, lookup }, (res) => {
              let text = ''
              res.on('data', (chunk: Buffer) => (text += chunk.toString()))
              res.on('end', () => resolve(text))
            })
            .on('error', reject)
        })
        expect(body).toBe('slow-ok')
      } finally {
        agents.httpAgent?.destroy()
        await slow.close()
      }
    }
  )
})

describe('proxyAgents per scheme', () => {
  it('makes an agent only for a scheme that has a proxy', () => {
    const onlyHttps = proxyAgents({ https: 'http://127.0.0.1:3128' }, '', {})
    expect(onlyHttps.httpAgent).toBeUndefined()
    expect(onlyHttps.httpsAgent).toBeDefined()
    const onlyHttp = proxyAgents({ http: 'http://127.0.0.1:3128' }, '', {})
    expect(onlyHttp.httpsAgent).toBeUndefined()
    expect(onlyHttp.httpAgent).toBeDefined()
  })
})
