/**
 * Tests of the reliability suite's own tools (fault proxy, forward proxy, test CA), against an
 * in-process upstream: if a fault were not injected as planned, the reliability tests would pass
 * for the wrong reason.
 */
import { describe, it, expect, beforeAll, afterAll, afterEach } from '@jest/globals'
import http from 'node:http'
import https from 'node:https'
import net from 'node:net'
import { readFileSync } from 'node:fs'
import { startBlackhole, startFaultProxy, unusedPort } from './faults.js'
import type { FaultProxy } from './faults.js'
import { startForwardProxy } from './forward-proxy.js'
import { makeTestCertificates } from './tls.js'

interface Answer {
  status: number
  headers: http.IncomingHttpHeaders
  body: string
}

/** One AWS-JSON-style request; rejects on a network error or after `timeoutMs`. */
function call(
  url: string,
  operation: string,
  body: object,
  opts: { timeoutMs?: number; agent?: http.Agent } = {}
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const payload = JSON.stringify(body)
    const req = http.request(
      url,
      {
        method: 'POST',
        agent: opts.agent ?? false,
        headers: { 'x-amz-target': `secretsmanager.${operation}`, 'content-type': 'application/x-amz-json-1.1' }
      },
      (res) => {
        let text = ''
        res.setEncoding('utf8').on('data', (chunk: string) => (text += chunk))
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }))
        res.on('error', reject)
      }
    )
    req.setTimeout(opts.timeoutMs ?? 5000, () => req.destroy(new Error('client timeout')))
    req.on('error', reject)
    req.end(payload)
  })
}

describe('startFaultProxy', () => {
  let upstream: http.Server
  let upstreamUrl: string
  const received: string[] = []
  let proxy: FaultProxy

  beforeAll(async () => {
    upstream = http.createServer((req, res) => {
      let body = ''
      req.setEncoding('utf8').on('data', (chunk: string) => (body += chunk))
      req.on('end', () => {
        received.push(`${String(req.headers['x-amz-target'])} ${body}`)
        res.writeHead(200, { 'content-type': 'application/x-amz-json-1.1' }).end('{"ok":true}')
      })
    })
    await new Promise<void>((resolve) => upstream.listen(0, '127.0.0.1', resolve))
    const address = upstream.address()
    if (address === null || typeof address === 'string') throw new Error('no address')
    upstreamUrl = `http://127.0.0.1:${address.port}`
    proxy = await startFaultProxy(upstreamUrl)
  })
  afterAll(async () => {
    await proxy.close()
    await new Promise<void>((resolve) => upstream.close(() => resolve()))
  })
  afterEach(() => {
    proxy.reset()
    received.length = 0
  })

  it('forwards when nothing is planned, and counts', async () => {
    const answer = await call(proxy.url, 'UpdateSecret', { ClientRequestToken: 'token-1' })
    expect(answer).toMatchObject({ status: 200, body: '{"ok":true}' })
    expect(received).toEqual(['secretsmanager.UpdateSecret {"ClientRequestToken":"token-1"}'])
    expect(proxy.count).toBe(1)
    expect(proxy.requests[0]).toMatchObject({
      operation: 'UpdateSecret',
      target: 'secretsmanager.UpdateSecret',
      fault: 'pass',
      forwarded: true,
      upstreamStatus: 200,
      clientRequestToken: 'token-1'
    })
  })

  it('answers 500, 503 and throttling as AWS JSON errors, one per request, then forwards', async () => {
    proxy.plan([{ kind: 'status', status: 500 }, { kind: 'status', status: 503 }, { kind: 'throttle' }])
    const answers = []
    for (let i = 0; i < 4; i++) answers.push(await call(proxy.url, 'UpdateSecret', {}))
    expect(answers.map((a) => [a.status, a.headers['x-amzn-errortype'], JSON.parse(a.body).__type])).toEqual([
      [500, 'InternalFailure', 'InternalFailure'],
      [503, 'ServiceUnavailable', 'ServiceUnavailable'],
      [400, 'ThrottlingException', 'ThrottlingException'],
      [200, undefined, undefined]
    ])
    expect(received).toHaveLength(1)
    expect(proxy.requests.map((r) => r.forwarded)).toEqual([false, false, false, true])
    expect(proxy.pending).toBe(0)
  })

  it('keeps faults planned for an operation until that operation comes', async () => {
    proxy.plan([{ kind: 'throttle' }], 'UpdateSecret')
    expect((await call(proxy.url, 'DescribeSecret', {})).status).toBe(200)
    expect(proxy.pending).toBe(1)
    expect((await call(proxy.url, 'UpdateSecret', {})).status).toBe(400)
    expect(proxy.pending).toBe(0)
  })

  it('reset-before: the connection is destroyed and nothing is forwarded', async () => {
    proxy.plan([{ kind: 'reset-before' }])
    await expect(call(proxy.url, 'UpdateSecret', {})).rejects.toThrow(/socket hang up|ECONNRESET/)
    expect(received).toEqual([])
    expect(proxy.requests[0]).toMatchObject({ fault: 'reset-before', forwarded: false })
  })

  it('forward-then-close: the upstream gets the request, the client no answer', async () => {
    proxy.plan([{ kind: 'forward-then-close' }])
    await expect(call(proxy.url, 'UpdateSecret', { ClientRequestToken: 't' })).rejects.toThrow(
      /socket hang up|ECONNRESET/
    )
    expect(received).toEqual(['secretsmanager.UpdateSecret {"ClientRequestToken":"t"}'])
    expect(proxy.requests[0]).toMatchObject({ fault: 'forward-then-close', forwarded: true, upstreamStatus: 200 })
  })

  it('hang: no answer until the client gives up; a persistent default applies to every request', async () => {
    proxy.setDefault({ kind: 'hang' })
    const started = Date.now()
    await expect(call(proxy.url, 'UpdateSecret', {}, { timeoutMs: 300 })).rejects.toThrow('client timeout')
    await expect(call(proxy.url, 'UpdateSecret', {}, { timeoutMs: 300 })).rejects.toThrow('client timeout')
    expect(Date.now() - started).toBeGreaterThanOrEqual(600)
    expect(received).toEqual([])
    expect(proxy.count).toBe(2)
  })

  it('delay: forwards, and answers late', async () => {
    proxy.plan([{ kind: 'delay', ms: 300 }])
    const started = Date.now()
    expect((await call(proxy.url, 'UpdateSecret', {})).status).toBe(200)
    expect(Date.now() - started).toBeGreaterThanOrEqual(290)
  })

  it('reset() clears the log, the plan and the default', async () => {
    proxy.plan([{ kind: 'throttle' }])
    proxy.setDefault({ kind: 'hang' })
    proxy.reset()
    expect(proxy.count).toBe(0)
    expect(proxy.connections).toBe(0)
    expect(proxy.pending).toBe(0)
    expect((await call(proxy.url, 'UpdateSecret', {})).status).toBe(200)
  })

  it('close() ends hung connections', async () => {
    const other = await startFaultProxy(upstreamUrl)
    other.setDefault({ kind: 'hang' })
    const pending = call(other.url, 'UpdateSecret', {}, { timeoutMs: 10_000 })
    await new Promise((resolve) => setTimeout(resolve, 100))
    await other.close()
    await expect(pending).rejects.toThrow(/socket hang up|ECONNRESET/)
  })
})

describe('unusedPort and startBlackhole', () => {
  it('unusedPort: connections are refused', async () => {
    const port = await unusedPort()
    await expect(call(`http://127.0.0.1:${port}`, 'UpdateSecret', {})).rejects.toThrow(/ECONNREFUSED/)
  })

  it('startBlackhole: a connection is never established', async () => {
    const blackhole = await startBlackhole()
    try {
      const connected = await new Promise<boolean>((resolve) => {
        const socket = net.connect(blackhole.port, '127.0.0.1')
        socket.once('connect', () => resolve(true))
        socket.once('error', () => resolve(false))
        setTimeout(() => {
          socket.destroy()
          resolve(false)
        }, 1500)
      })
      expect(connected).toBe(false)
    } finally {
      await blackhole.close()
    }
  })
})

describe('startForwardProxy', () => {
  let upstream: http.Server
  let upstreamPort: number

  beforeAll(async () => {
    upstream = http.createServer((_req, res) => res.writeHead(200).end('upstream'))
    await new Promise<void>((resolve) => upstream.listen(0, '127.0.0.1', resolve))
    const address = upstream.address()
    if (address === null || typeof address === 'string') throw new Error('no address')
    upstreamPort = address.port
  })
  afterAll(() => new Promise<void>((resolve) => upstream.close(() => resolve())))

  /** A request through a CONNECT tunnel, as hpagent makes it. */
  function viaConnect(proxyUrl: string): Promise<number> {
    const proxy = new URL(proxyUrl)
    return new Promise((resolve, reject) => {
      const headers: Record<string, string> = {}
      if (proxy.username) {
        const credentials = `${decodeURIComponent(proxy.username)}:${decodeURIComponent(proxy.password)}`
        headers['proxy-authorization'] = `Basic ${Buffer.from(credentials).toString('base64')}`
      }
      const req = http.request({
        host: proxy.hostname,
        port: proxy.port,
        method: 'CONNECT',
        path: `127.0.0.1:${upstreamPort}`,
        headers
      })
      req.on('connect', (res, socket) => {
        if (res.statusCode !== 200) {
          socket.destroy()
          resolve(res.statusCode ?? 0)
          return
        }
        http
          .get({ host: '127.0.0.1', port: upstreamPort, path: '/', createConnection: () => socket }, (answer) => {
            answer.resume()
            answer.on('end', () => resolve(answer.statusCode ?? 0))
          })
          .on('error', reject)
      })
      req.on('error', reject)
      req.end()
    })
  }

  it('tunnels CONNECT and records the target', async () => {
    const proxy = await startForwardProxy()
    try {
      expect(await viaConnect(proxy.url)).toBe(200)
      expect(proxy.records).toEqual([
        {
          kind: 'connect',
          target: `127.0.0.1:${upstreamPort}`,
          proxyAuthorization: undefined,
          credentials: undefined,
          accepted: true
        }
      ])
      expect(proxy.connects).toBe(1)
    } finally {
      await proxy.close()
    }
  })

  it('forwards an absolute-URI request', async () => {
    const proxy = await startForwardProxy()
    try {
      const status = await new Promise<number>((resolve, reject) => {
        http
          .get({ host: '127.0.0.1', port: proxy.port, path: `http://127.0.0.1:${upstreamPort}/x` }, (res) => {
            res.resume()
            res.on('end', () => resolve(res.statusCode ?? 0))
          })
          .on('error', reject)
      })
      expect(status).toBe(200)
      expect(proxy.plainRequests).toBe(1)
      expect(proxy.records[0]?.target).toBe(`127.0.0.1:${upstreamPort}`)
    } finally {
      await proxy.close()
    }
  })

  it('requires the basic credentials it was given', async () => {
    const proxy = await startForwardProxy({ auth: { username: 'user', password: 'p@ss:word' } })
    try {
      expect(proxy.urlWithCredentials).toBe(`http://user:p%40ss%3Aword@127.0.0.1:${proxy.port}`)
      expect(await viaConnect(proxy.urlWithCredentials)).toBe(200)
      expect(await viaConnect(proxy.url)).toBe(407)
      expect(await viaConnect(`http://user:wrong@127.0.0.1:${proxy.port}`)).toBe(407)
      expect(proxy.records.map((r) => [r.credentials, r.accepted])).toEqual([
        ['user:p@ss:word', true],
        [undefined, false],
        ['user:wrong', false]
      ])
    } finally {
      await proxy.close()
    }
  })
})

describe('makeTestCertificates', () => {
  it('makes a server certificate for 127.0.0.1 and localhost that only its CA verifies', async () => {
    const certs = makeTestCertificates()
    const tls = { cert: readFileSync(certs.cert), key: readFileSync(certs.key) }
    const server = https.createServer(tls, (_req, res) => res.writeHead(200).end('tls'))
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const address = server.address()
    if (address === null || typeof address === 'string') throw new Error('no address')
    /** GET over TLS to 127.0.0.1, checking the certificate against `name` (an IP or a DNS name). */
    const get = (name: string, ca?: Buffer): Promise<number> =>
      new Promise((resolve, reject) => {
        const options: https.RequestOptions = { host: '127.0.0.1', port: address.port, agent: false }
        if (name !== '127.0.0.1') options.servername = name
        if (ca) options.ca = ca
        https
          .get(options, (res) => {
            res.resume()
            res.on('end', () => resolve(res.statusCode ?? 0))
          })
          .on('error', reject)
      })
    try {
      const ca = readFileSync(certs.caCert)
      expect(await get('127.0.0.1', ca)).toBe(200)
      expect(await get('localhost', ca)).toBe(200)
      await expect(get('127.0.0.1')).rejects.toThrow(/certificate/i)
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()))
      certs.cleanup()
    }
  })
})
