/**
 * A forward HTTP proxy for the integration tests, as a self-hosted runner's network would have:
 * CONNECT tunnels (what hpagent uses for both http and https targets) and plain absolute-URI
 * requests. It counts what passes through and records each target and Proxy-Authorization, and
 * can require basic credentials (to test a proxy URL with credentials in it).
 *
 * Node built-ins only.
 */
import http from 'node:http'
import net from 'node:net'
import type { Socket } from 'node:net'
import { listenOnLoopback } from './listen.js'

/** One request to the proxy: a CONNECT tunnel or a plain proxied request. */
export interface ProxiedRecord {
  readonly kind: 'connect' | 'http'
  /** `host:port` of the target. */
  readonly target: string
  /** The raw Proxy-Authorization header, if any. */
  readonly proxyAuthorization: string | undefined
  /** `user:password` decoded from a Basic Proxy-Authorization header, if any. */
  readonly credentials: string | undefined
  /** Whether the proxy accepted it (false: 407, or a bad target). */
  readonly accepted: boolean
}

export interface ForwardProxy {
  /** `http://127.0.0.1:<port>` (without credentials). */
  readonly url: string
  /** The URL with the required credentials in it (`url` when none are required). */
  readonly urlWithCredentials: string
  readonly port: number
  /** Every CONNECT and plain request since the last `reset()`. */
  readonly records: readonly ProxiedRecord[]
  /** Number of CONNECT requests (accepted or not). */
  readonly connects: number
  /** Number of plain absolute-URI requests (accepted or not). */
  readonly plainRequests: number
  /** `connects + plainRequests`. */
  readonly count: number
  /** Number of TCP connections accepted. */
  readonly connections: number
  reset(): void
  close(): Promise<void>
}

export interface ForwardProxyOptions {
  /** When set, every request must carry these basic credentials, else 407. */
  readonly auth?: { readonly username: string; readonly password: string }
}

function decodeBasic(header: string | undefined): string | undefined {
  const match = header ? /^Basic\s+(\S+)$/i.exec(header) : null
  return match?.[1] ? Buffer.from(match[1], 'base64').toString('utf8') : undefined
}

const HOP_BY_HOP = new Set([
  'connection',
  'keep-alive',
  'proxy-authenticate',
  'proxy-authorization',
  'proxy-connection',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade'
])

export async function startForwardProxy(options: ForwardProxyOptions = {}): Promise<ForwardProxy> {
  let records: ProxiedRecord[] = []
  const sockets = new Set<Socket>()
  const expected = options.auth ? `${options.auth.username}:${options.auth.password}` : undefined

  function admit(kind: ProxiedRecord['kind'], target: string, header: string | string[] | undefined): boolean {
    const proxyAuthorization = Array.isArray(header) ? header[0] : header
    const credentials = decodeBasic(proxyAuthorization)
    const accepted = expected === undefined || credentials === expected
    records.push({ kind, target, proxyAuthorization, credentials, accepted })
    return accepted
  }

  const server = http.createServer((req, res) => {
    let target: URL
    try {
      target = new URL(req.url ?? '')
    } catch {
      admit('http', String(req.url), req.headers['proxy-authorization'])
      res.writeHead(400).end('absolute URI required')
      return
    }
    const port = target.port || (target.protocol === 'https:' ? '443' : '80')
    if (!admit('http', `${target.hostname}:${port}`, req.headers['proxy-authorization'])) {
      res.writeHead(407, { 'proxy-authenticate': 'Basic realm="test"' }).end()
      return
    }
    if (target.protocol !== 'http:') {
      res.writeHead(400).end('only http targets without CONNECT')
      return
    }
    const headers: http.OutgoingHttpHeaders = {}
    for (const [name, value] of Object.entries(req.headers)) {
      if (value !== undefined && !HOP_BY_HOP.has(name)) headers[name] = value
    }
    const outgoing = http.request(
      {
        hostname: target.hostname,
        port,
        method: req.method,
        path: `${target.pathname}${target.search}`,
        headers,
        agent: false
      },
      (upstream) => {
        const answerHeaders: http.OutgoingHttpHeaders = {}
        for (const [name, value] of Object.entries(upstream.headers)) {
          if (value !== undefined && !HOP_BY_HOP.has(name)) answerHeaders[name] = value
        }
        res.writeHead(upstream.statusCode ?? 502, answerHeaders)
        upstream.pipe(res)
      }
    )
    outgoing.on('error', () => {
      if (!res.headersSent) res.writeHead(502)
      res.end()
    })
    req.pipe(outgoing)
  })

  server.on('connect', (req: http.IncomingMessage, clientSocket: Socket, head: Buffer) => {
    const target = req.url ?? ''
    const match = /^\[?([^\]]+?)\]?:(\d+)$/.exec(target)
    if (!admit('connect', target, req.headers['proxy-authorization'])) {
      clientSocket.end(
        'HTTP/1.1 407 Proxy Authentication Required\r\n' +
          'Proxy-Authenticate: Basic realm="test"\r\nContent-Length: 0\r\n\r\n'
      )
      return
    }
    if (!match?.[1] || !match[2]) {
      clientSocket.end('HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n')
      return
    }
    let established = false
    const upstream = net.connect(Number(match[2]), match[1], () => {
      established = true
      clientSocket.write('HTTP/1.1 200 Connection Established\r\n\r\n')
      if (head.length > 0) upstream.write(head)
      upstream.pipe(clientSocket)
      clientSocket.pipe(upstream)
    })
    sockets.add(upstream)
    upstream.once('close', () => sockets.delete(upstream))
    upstream.on('error', () => {
      if (established) clientSocket.destroy()
      else clientSocket.end('HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\n\r\n')
    })
    clientSocket.on('error', () => upstream.destroy())
    clientSocket.on('close', () => upstream.destroy())
  })

  const listening = await listenOnLoopback(server, 'forward proxy', sockets)
  const port = listening.port
  const url = `http://127.0.0.1:${port}`
  const credentials = options.auth
    ? `${encodeURIComponent(options.auth.username)}:${encodeURIComponent(options.auth.password)}@`
    : ''
  const urlWithCredentials = `http://${credentials}127.0.0.1:${port}`

  return {
    url,
    urlWithCredentials,
    port,
    get records() {
      return records
    },
    get connects() {
      return records.filter((record) => record.kind === 'connect').length
    },
    get plainRequests() {
      return records.filter((record) => record.kind === 'http').length
    },
    get count() {
      return records.length
    },
    get connections() {
      return listening.connections
    },
    reset() {
      records = []
      listening.resetCount()
    },
    close() {
      for (const socket of sockets) socket.destroy()
      return new Promise<void>((resolve) => server.close(() => resolve()))
    }
  }
}
