/**
 * Forward HTTP proxies for the integration tests, as a self-hosted runner's network would have.
 *
 * - startForwardProxy: one written for the tests (Node built-ins only): CONNECT tunnels (for https
 *   endpoints) and plain absolute-form requests (for http endpoints). It counts what passes through,
 *   records each target and Proxy-Authorization, and can require basic credentials.
 * - startTinyproxy, startSquid: the real ones from the system's packages, below.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { accessSync, chmodSync, constants, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import http from 'node:http'
import net from 'node:net'
import type { Socket } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { listenOnLoopback } from './listen.js'

/** One request to the proxy: a CONNECT tunnel or a plain proxied request. */
export interface ProxiedRecord {
  readonly kind: 'connect' | 'http'
  /** `host:port` of the target. */
  readonly target: string
  /** The request line's target as sent: the absolute URL of a plain request, `host:port` of a CONNECT. */
  readonly requestTarget: string
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

  function admit(kind: ProxiedRecord['kind'], target: string, req: http.IncomingMessage): boolean {
    const header = req.headers['proxy-authorization']
    const proxyAuthorization = Array.isArray(header) ? header[0] : header
    const credentials = decodeBasic(proxyAuthorization)
    const accepted = expected === undefined || credentials === expected
    records.push({ kind, target, requestTarget: req.url ?? '', proxyAuthorization, credentials, accepted })
    return accepted
  }

  const server = http.createServer((req, res) => {
    let target: URL
    try {
      target = new URL(req.url ?? '')
    } catch {
      admit('http', String(req.url), req)
      res.writeHead(400).end('absolute URI required')
      return
    }
    const port = target.port || (target.protocol === 'https:' ? '443' : '80')
    if (!admit('http', `${target.hostname}:${port}`, req)) {
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
    if (!admit('connect', target, req)) {
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

/**
 * Real forward proxies from the system's packages (Debian: `apt-get install tinyproxy squid`),
 * as self-hosted runners behind a corporate proxy have them. Each is started by the test on
 * loopback with a configuration file the test writes: its own port, its own pid and log files in
 * a temporary directory, run in the foreground as a child of the test and stopped by its pid.
 * No system service, configuration or port is touched.
 */
export interface RealProxy {
  /** `http://127.0.0.1:<port>`. */
  readonly url: string
  readonly port: number
  /** The proxy's own log of requests (tinyproxy's log, squid's access.log), as written so far. */
  log(): string
  close(): Promise<void>
}

/** The path of a program, searched in PATH and the sbin directories (squid lives in /usr/sbin), or undefined. */
export function findProgram(name: string): string | undefined {
  const dirs = [...(process.env.PATH ?? '').split(path.delimiter), '/usr/sbin', '/usr/local/sbin', '/sbin']
  for (const dir of dirs) {
    const candidate = path.join(dir, name)
    try {
      accessSync(candidate, constants.X_OK)
      return candidate
    } catch {
      // not here
    }
  }
  return undefined
}

/** A loopback port nothing listens on (bound, then released): a real proxy needs its port in its configuration. */
async function freePort(): Promise<number> {
  const server = net.createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as net.AddressInfo
  await new Promise<void>((resolve) => server.close(() => resolve()))
  return port
}

/** Resolves once something accepts connections on the port; rejects when the child exits first or after `ms`. */
async function waitForPort(
  port: number,
  child: ChildProcess,
  what: string,
  output: () => string,
  ms = 20_000
): Promise<void> {
  const deadline = Date.now() + ms
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null)
      throw new Error(`${what} exited before listening:\n${output()}`)
    const open = await new Promise<boolean>((resolve) => {
      const socket = net.connect(port, '127.0.0.1')
      socket.once('connect', () => {
        socket.destroy()
        resolve(true)
      })
      socket.once('error', () => resolve(false))
    })
    if (open) return
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error(`${what} did not listen on 127.0.0.1:${port} within ${ms} ms:\n${output()}`)
}

async function startRealProxy(
  what: string,
  program: string,
  args: (conf: string) => string[],
  config: (dir: string, port: number) => string,
  logFile: (dir: string) => string
): Promise<RealProxy> {
  const dir = mkdtempSync(path.join(tmpdir(), `${what}-`))
  // Started as root, squid drops to its own user, which must be able to write its files here.
  chmodSync(dir, 0o777)
  const port = await freePort()
  const conf = path.join(dir, `${what}.conf`)
  writeFileSync(conf, config(dir, port))
  let output = ''
  const child = spawn(program, args(conf), { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] })
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => (output += chunk))
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (output += chunk))
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  const readLog = (): string => {
    try {
      return readFileSync(logFile(dir), 'utf8')
    } catch {
      return ''
    }
  }
  try {
    await waitForPort(port, child, what, () => `${output}\n${readLog()}`)
  } catch (error) {
    child.kill('SIGKILL')
    await exited
    rmSync(dir, { recursive: true, force: true })
    throw error
  }
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    log: readLog,
    async close() {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM')
        const timer = setTimeout(() => child.kill('SIGKILL'), 5000)
        await exited
        clearTimeout(timer)
      }
      rmSync(dir, { recursive: true, force: true })
    }
  }
}

export interface TinyproxyOptions {
  /** Basic credentials every request must carry (tinyproxy's BasicAuth), else 407. */
  readonly auth?: { readonly username: string; readonly password: string }
  /** Ports CONNECT may reach (tinyproxy's ConnectPort); none listed: every port, as Debian ships it. */
  readonly connectPorts?: readonly number[]
}

/** tinyproxy in the foreground (`-d`), allowing 127.0.0.1 only; CONNECT to any port unless `connectPorts`. */
export function startTinyproxy(options: TinyproxyOptions = {}): Promise<RealProxy> {
  const program = findProgram('tinyproxy')
  if (!program) throw new Error('tinyproxy is not installed')
  return startRealProxy(
    'tinyproxy',
    program,
    (conf) => ['-d', '-c', conf],
    (dir, port) =>
      [
        `Port ${port}`,
        'Listen 127.0.0.1',
        'Timeout 30',
        `PidFile "${path.join(dir, 'tinyproxy.pid')}"`,
        `LogFile "${path.join(dir, 'tinyproxy.log')}"`,
        'LogLevel Info',
        'MaxClients 20',
        'Allow 127.0.0.1',
        ...(options.auth ? [`BasicAuth ${options.auth.username} ${options.auth.password}`] : []),
        ...(options.connectPorts ?? []).map((p) => `ConnectPort ${p}`),
        ''
      ].join('\n'),
    (dir) => path.join(dir, 'tinyproxy.log')
  )
}

/**
 * squid in the foreground (`-N`) with the access rules of its default squid.conf: CONNECT only to
 * port 443 (SSL_ports), plain requests to the safe ports (80, 443, 1025-65535...), from localhost.
 * No cache; shut down without the default 30 s grace.
 */
export function startSquid(): Promise<RealProxy> {
  const program = findProgram('squid')
  if (!program) throw new Error('squid is not installed')
  return startRealProxy(
    'squid',
    program,
    (conf) => ['-N', '-f', conf],
    (dir, port) =>
      [
        `http_port 127.0.0.1:${port}`,
        `pid_filename ${path.join(dir, 'squid.pid')}`,
        `access_log stdio:${path.join(dir, 'access.log')}`,
        `cache_log ${path.join(dir, 'cache.log')}`,
        'cache_store_log none',
        `coredump_dir ${dir}`,
        'cache deny all',
        'pinger_enable off',
        'shutdown_lifetime 0 seconds',
        // squid.conf's defaults, verbatim in substance:
        'acl SSL_ports port 443',
        'acl Safe_ports port 80 21 443 70 210 1025-65535 280 488 591 777',
        'acl CONNECT method CONNECT',
        'http_access deny !Safe_ports',
        'http_access deny CONNECT !SSL_ports',
        'http_access allow localhost',
        'http_access deny all',
        ''
      ].join('\n'),
    (dir) => path.join(dir, 'access.log')
  )
}
