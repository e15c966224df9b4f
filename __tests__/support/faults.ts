/**
 * A fault-injecting reverse proxy for the integration tests: the action's `endpoint-url` points
 * here, and each incoming request either meets the next planned fault or is forwarded to the
 * upstream endpoint (moto). Every request is counted and logged, so a test can also assert that
 * the action sent none at all.
 *
 * Node built-ins only (and, for the blackhole, the python3 that moto needs anyway).
 */
import { it } from '@jest/globals'
import http from 'node:http'
import https from 'node:https'
import net from 'node:net'
import { spawn } from 'node:child_process'
import type { Socket } from 'node:net'
import { listenOnLoopback } from './listen.js'

/** What to do with one request. */
export type Fault =
  /** Forward normally (useful inside a plan, between faults). */
  | { kind: 'pass' }
  /** Answer with an AWS JSON 1.1 server error without forwarding. */
  | { kind: 'status'; status: 500 | 503 }
  /** Answer 400 ThrottlingException without forwarding. */
  | { kind: 'throttle' }
  /** Answer 400 AccessDeniedException without forwarding (a role without this action). */
  | { kind: 'deny' }
  /** Destroy the connection as soon as the request arrives: nothing is forwarded. */
  | { kind: 'reset-before' }
  /** Forward, let the upstream apply the request, then destroy the connection without answering. */
  | { kind: 'forward-then-close' }
  /** Never answer: the connection stays open until the client gives up or `close()` runs. */
  | { kind: 'hang' }
  /** Forward, but hold the answer back for `ms` milliseconds. */
  | { kind: 'delay'; ms: number }
  /**
   * Forward, then send the answer's headers at once and its body one byte every `everyMs`: never
   * silent for long, so an idle timer never fires, yet the answer takes as long as its length.
   */
  | { kind: 'drip'; everyMs: number }
  /** Answer without forwarding, as a gateway or a proxy in the path would (a 502 page, an XML 403). */
  | { kind: 'answer'; status: number; contentType: string; body: string }
  /**
   * Answer 200 without forwarding, with a JSON body of `bytes` bytes (its Content-Length) sent in
   * chunks as fast as the client reads them: a buggy or hostile endpoint's flood. The record's
   * `sentBytes` says how much of it the client took before it closed the connection.
   */
  | { kind: 'flood'; bytes: number }
  /**
   * Forward (the upstream applies the request), then answer 200 with `body(upstream's body)`
   * instead of the upstream's answer: an endpoint whose answer says something else than what was done.
   */
  | { kind: 'rewrite'; body: (upstream: string) => string }
  /** Run `first` (another writer's change, say), then forward. */
  | { kind: 'after'; first: () => Promise<void> }

export type FaultKind = Fault['kind']

/** One request as the proxy saw it. */
export interface RequestRecord {
  /** 0-based arrival order since the last `reset()`. */
  readonly index: number
  readonly method: string
  readonly path: string
  /** The `X-Amz-Target` header, e.g. `secretsmanager.UpdateSecret`. */
  readonly target: string | undefined
  /** The operation name alone, e.g. `UpdateSecret`. */
  readonly operation: string | undefined
  /** The fault applied to this request (`pass` when it was simply forwarded). */
  readonly fault: FaultKind
  /** Whether the request reached the upstream. */
  forwarded: boolean
  /** The upstream's HTTP status, when it answered. */
  upstreamStatus: number | undefined
  /** The ClientRequestToken of the request body, when it has one (to prove retries reuse it). */
  readonly clientRequestToken: string | undefined
  /** The User-Agent header (CloudTrail records it as userAgent). */
  readonly userAgent: string | undefined
  /** Milliseconds since the proxy started (or since `reset()`). */
  readonly at: number
  /** With `flood`: the bytes of the body written to the connection before it ended or closed. */
  sentBytes?: number
}

export interface FaultProxy {
  /** `http://127.0.0.1:<port>`: give this as the action's `endpoint-url`. */
  readonly url: string
  readonly port: number
  /**
   * Appends faults to the queue; each incoming request consumes one. With `only`, the faults are
   * kept for requests of those operations (e.g. `UpdateSecret`), so that a fault meant for the
   * write cannot be spent on a read that happens to come first; other requests pass them by.
   */
  plan(faults: readonly Fault[], only?: string | readonly string[]): void
  /** Faults planned and not yet consumed. */
  readonly pending: number
  /** The fault for requests that find the queue empty (`undefined`: forward normally). */
  setDefault(fault: Fault | undefined): void
  /** Every request since the last `reset()`, in arrival order. */
  readonly requests: readonly RequestRecord[]
  /** Number of requests since the last `reset()`. */
  readonly count: number
  /** Number of TCP connections accepted since the last `reset()` (a request needs one). */
  readonly connections: number
  /** Requests whose operation is `operation` (e.g. `UpdateSecret`). */
  requestsFor(operation: string): RequestRecord[]
  /**
   * Resolves with the first request since the last `reset()` that `matches`, as soon as it arrives
   * (at once when one already has): a test that acts at a point of a run waits for this, not for
   * a time, which a busy machine stretches.
   */
  arrived(matches: (request: RequestRecord) => boolean): Promise<RequestRecord>
  /** Clears the queue, the default fault and the log; destroys hung connections. */
  reset(): void
  /** Destroys every open connection and stops listening. */
  close(): Promise<void>
}

export interface FaultProxyOptions {
  /** Extra CA certificates (PEM) trusted when the upstream is https. */
  readonly ca?: string | Buffer
}

/** The AWS JSON 1.1 error answer for a fault. */
function errorAnswer(fault: { kind: 'status'; status: 500 | 503 } | { kind: 'throttle' } | { kind: 'deny' }): {
  status: number
  type: string
  message: string
} {
  if (fault.kind === 'throttle') {
    return { status: 400, type: 'ThrottlingException', message: 'Rate exceeded (injected)' }
  }
  if (fault.kind === 'deny') {
    return {
      status: 400,
      type: 'AccessDeniedException',
      message: 'User is not authorized to perform this action (injected)'
    }
  }
  if (fault.status === 503) {
    return { status: 503, type: 'ServiceUnavailable', message: 'Service unavailable (injected)' }
  }
  return { status: 500, type: 'InternalFailure', message: 'Internal failure (injected)' }
}

function tokenOf(body: Buffer): string | undefined {
  try {
    const parsed: unknown = JSON.parse(body.toString('utf8'))
    if (typeof parsed === 'object' && parsed !== null) {
      const token = (parsed as Record<string, unknown>)['ClientRequestToken']
      return typeof token === 'string' ? token : undefined
    }
  } catch {
    // not JSON: no token
  }
  return undefined
}

/** Hop-by-hop headers must not be forwarded by a proxy (RFC 9110 §7.6.1). */
const HOP_BY_HOP = new Set([
  'connection',
  'keep-alive',
  'proxy-authenticate',
  'proxy-authorization',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade'
])

function forwardableHeaders(headers: http.IncomingHttpHeaders): http.OutgoingHttpHeaders {
  const out: http.OutgoingHttpHeaders = {}
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined && !HOP_BY_HOP.has(name.toLowerCase())) out[name] = value
  }
  return out
}

/** Reads a request body whole: faults are decided per request, and the token is in the body. */
function readBody(req: http.IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => resolve(Buffer.concat(chunks)))
    req.on('error', reject)
  })
}

interface UpstreamAnswer {
  status: number
  headers: http.IncomingHttpHeaders
  body: Buffer
}

export async function startFaultProxy(upstream: string, options: FaultProxyOptions = {}): Promise<FaultProxy> {
  const upstreamUrl = new URL(upstream)
  const transport = upstreamUrl.protocol === 'https:' ? https : http
  // One agent without keep-alive: each forwarded request is independent, and close() leaves nothing open.
  const agent =
    upstreamUrl.protocol === 'https:'
      ? new https.Agent({ keepAlive: false, ...(options.ca ? { ca: options.ca } : {}) })
      : new http.Agent({ keepAlive: false })

  /** Planned faults, in plan() order; a request takes the first fault whose entry matches it. */
  let queue: Array<{ faults: Fault[]; matches: (operation: string | undefined) => boolean }> = []
  let defaultFault: Fault | undefined
  let requests: RequestRecord[] = []
  let epoch = Date.now()
  const hung = new Set<Socket>()
  let waiters: Array<{ matches: (request: RequestRecord) => boolean; resolve: (request: RequestRecord) => void }> = []

  function forward(req: http.IncomingMessage, body: Buffer): Promise<UpstreamAnswer> {
    return new Promise((resolve, reject) => {
      const headers = forwardableHeaders(req.headers)
      // The SDK signs `host`; moto does not check signatures, but keep it as the client sent it.
      headers['content-length'] = String(body.length)
      const outgoing = transport.request(
        {
          protocol: upstreamUrl.protocol,
          hostname: upstreamUrl.hostname,
          port: upstreamUrl.port,
          method: req.method,
          path: req.url,
          headers,
          agent
        },
        (res) => {
          const chunks: Buffer[] = []
          res.on('data', (chunk: Buffer) => chunks.push(chunk))
          res.on('end', () =>
            resolve({ status: res.statusCode ?? 502, headers: res.headers, body: Buffer.concat(chunks) })
          )
          res.on('error', reject)
        }
      )
      outgoing.on('error', reject)
      outgoing.end(body)
    })
  }

  function answer(res: http.ServerResponse, upstreamAnswer: UpstreamAnswer): void {
    const headers = forwardableHeaders(upstreamAnswer.headers)
    headers['content-length'] = String(upstreamAnswer.body.length)
    res.writeHead(upstreamAnswer.status, headers)
    res.end(upstreamAnswer.body)
  }

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    // The fault is chosen on arrival, so the plan applies in the order requests come in.
    const targetHeader = req.headers['x-amz-target']
    const target = Array.isArray(targetHeader) ? targetHeader[0] : targetHeader
    const operation = target?.split('.').pop()
    const planned = queue.find((entry) => entry.faults.length > 0 && entry.matches(operation))
    const fault: Fault = planned?.faults.shift() ?? defaultFault ?? { kind: 'pass' }
    const body = await readBody(req)
    const record: RequestRecord = {
      index: requests.length,
      method: req.method ?? 'GET',
      path: req.url ?? '/',
      target,
      operation,
      fault: fault.kind,
      forwarded: false,
      upstreamStatus: undefined,
      clientRequestToken: tokenOf(body),
      userAgent: req.headers['user-agent'],
      at: Date.now() - epoch
    }
    requests.push(record)
    const met = waiters.filter((waiter) => waiter.matches(record))
    waiters = waiters.filter((waiter) => !met.includes(waiter))
    for (const waiter of met) waiter.resolve(record)
    const socket = req.socket

    switch (fault.kind) {
      case 'status':
      case 'throttle':
      case 'deny': {
        const { status, type, message } = errorAnswer(fault)
        const payload = JSON.stringify({ __type: type, message })
        res.writeHead(status, {
          'content-type': 'application/x-amz-json-1.1',
          'content-length': String(Buffer.byteLength(payload)),
          'x-amzn-errortype': type,
          'x-amzn-requestid': `injected-${record.index}`
        })
        res.end(payload)
        return
      }
      case 'reset-before':
        socket.destroy()
        return
      case 'hang':
        hung.add(socket)
        socket.once('close', () => hung.delete(socket))
        return
      case 'forward-then-close': {
        const upstreamAnswer = await forward(req, body)
        record.forwarded = true
        record.upstreamStatus = upstreamAnswer.status
        socket.destroy()
        return
      }
      case 'rewrite': {
        const upstreamAnswer = await forward(req, body)
        record.forwarded = true
        record.upstreamStatus = upstreamAnswer.status
        const payload = fault.body(upstreamAnswer.body.toString('utf8'))
        res.writeHead(200, {
          'content-type': 'application/x-amz-json-1.1',
          'content-length': String(Buffer.byteLength(payload))
        })
        res.end(payload)
        return
      }
      case 'answer':
        res.writeHead(fault.status, {
          'content-type': fault.contentType,
          'content-length': String(Buffer.byteLength(fault.body))
        })
        res.end(fault.body)
        return
      case 'flood': {
        record.sentBytes = 0
        const head = Buffer.from(
          '{"ARN":"arn:aws:secretsmanager:us-east-1:123456789012:secret:flood-AbCdEf","Name":"flood","SecretString":"'
        )
        const tail = Buffer.from('"}')
        const chunk = Buffer.alloc(64 * 1024, 'a')
        res.writeHead(200, {
          'content-type': 'application/x-amz-json-1.1',
          'content-length': String(fault.bytes),
          'x-amzn-requestid': `flood-${record.index}`
        })
        hung.add(socket)
        socket.once('close', () => hung.delete(socket))
        const send = (part: Buffer): Promise<boolean> =>
          new Promise((resolve) => {
            if (socket.destroyed) return resolve(false)
            const more = res.write(part, () => undefined)
            record.sentBytes! += part.length
            if (more) return resolve(true)
            const done = (): void => {
              res.off('drain', done)
              socket.off('close', done)
              resolve(!socket.destroyed)
            }
            res.once('drain', done)
            socket.once('close', done)
          })
        let left = fault.bytes - head.length - tail.length
        if (!(await send(head))) return
        while (left > 0) {
          const part = left >= chunk.length ? chunk : chunk.subarray(0, left)
          left -= part.length
          if (!(await send(part))) return
        }
        if (await send(tail)) res.end()
        return
      }
      case 'drip': {
        const upstreamAnswer = await forward(req, body)
        record.forwarded = true
        record.upstreamStatus = upstreamAnswer.status
        const headers = forwardableHeaders(upstreamAnswer.headers)
        headers['content-length'] = String(upstreamAnswer.body.length)
        res.writeHead(upstreamAnswer.status, headers)
        res.flushHeaders()
        hung.add(socket)
        let sent = 0
        const timer = setInterval(() => {
          if (socket.destroyed) return clearInterval(timer)
          res.write(upstreamAnswer.body.subarray(sent, ++sent))
          if (sent >= upstreamAnswer.body.length) {
            clearInterval(timer)
            res.end()
          }
        }, fault.everyMs)
        socket.once('close', () => {
          clearInterval(timer)
          hung.delete(socket)
        })
        return
      }
      case 'delay':
      case 'after':
      case 'pass': {
        if (fault.kind === 'after') await fault.first()
        const upstreamAnswer = await forward(req, body)
        record.forwarded = true
        record.upstreamStatus = upstreamAnswer.status
        if (fault.kind === 'delay') await new Promise((resolve) => setTimeout(resolve, fault.ms))
        if (!socket.destroyed) answer(res, upstreamAnswer)
        return
      }
    }
  }

  const server = http.createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      // The upstream failed (moto down?): answer 502 so the test sees it, rather than hanging.
      if (!res.headersSent && !req.socket.destroyed) {
        const payload = JSON.stringify({ __type: 'BadGateway', message: String(error) })
        res.writeHead(502, { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(payload)) })
        res.end(payload)
      }
    })
  })
  const listening = await listenOnLoopback(server, 'fault proxy')
  const port = listening.port

  return {
    url: `http://127.0.0.1:${port}`,
    port,
    plan(faults, only) {
      const operations = only === undefined ? undefined : typeof only === 'string' ? [only] : [...only]
      queue.push({
        faults: [...faults],
        matches: (operation) => operations === undefined || (operation !== undefined && operations.includes(operation))
      })
    },
    get pending() {
      return queue.reduce((sum, entry) => sum + entry.faults.length, 0)
    },
    setDefault(fault) {
      defaultFault = fault
    },
    get requests() {
      return requests
    },
    get count() {
      return requests.length
    },
    get connections() {
      return listening.connections
    },
    requestsFor(operation) {
      return requests.filter((request) => request.operation === operation)
    },
    arrived(matches) {
      const already = requests.find(matches)
      if (already) return Promise.resolve(already)
      return new Promise((resolve) => waiters.push({ matches, resolve }))
    },
    reset() {
      queue = []
      defaultFault = undefined
      requests = []
      listening.resetCount()
      epoch = Date.now()
      for (const socket of hung) socket.destroy()
      hung.clear()
    },
    close() {
      for (const socket of listening.sockets) socket.destroy()
      agent.destroy()
      return new Promise<void>((resolve) => server.close(() => resolve()))
    }
  }
}

/** A loopback port with nothing listening on it (bound, then released). */
export async function unusedPort(): Promise<number> {
  const server = net.createServer()
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => resolve())
  })
  const address = server.address()
  await new Promise<void>((resolve) => server.close(() => resolve()))
  if (address === null || typeof address === 'string') throw new Error('unusedPort: no TCP address')
  return address.port
}

/** A loopback port where a TCP connection is never established. */
export interface Blackhole {
  readonly port: number
  readonly url: string
  close(): Promise<void>
}

/**
 * A listening socket that never accepts, with its accept queue already full, so that Linux drops
 * every further SYN and a client's connect() hangs: the only way to make `connect-timeout` fire on
 * loopback. Node always accepts on a listening socket, so this one is held by a small Python
 * process (Python is already required for moto).
 */
export interface BlackholeOptions {
  /** The address to listen on: `127.0.0.1` (the default) or `::1`. */
  readonly host?: '127.0.0.1' | '::1'
  /** The port; 0 (the default) lets the system choose. */
  readonly port?: number
  /**
   * After this many milliseconds, start accepting, and answer every request `200 slow-ok`: a
   * far, slow endpoint, whose handshake completes only on the client's retransmitted SYN.
   */
  readonly acceptAfterMs?: number
}

/**
 * `it` for a test that starts a blackhole, or `it.skip` under `npm run test:unit`, which runs the
 * unit tests where there may be no Python (scripts/test.mjs sets TESTS_WITHOUT_PYTHON=1).
 */
export const itWithPython = process.env.TESTS_WITHOUT_PYTHON === '1' ? it.skip : it

export async function startBlackhole(options: BlackholeOptions = {}): Promise<Blackhole> {
  const host = options.host ?? '127.0.0.1'
  const script = [
    'import socket, sys, threading, time',
    'host, port, after = sys.argv[1], int(sys.argv[2]), float(sys.argv[3])',
    'family = socket.AF_INET6 if ":" in host else socket.AF_INET',
    's = socket.socket(family)',
    'if family == socket.AF_INET6:',
    '    s.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, 1)',
    's.bind((host, port))',
    's.listen(0)',
    'port = s.getsockname()[1]',
    'fillers = []',
    'for _ in range(3):',
    '    c = socket.socket(family)',
    '    c.setblocking(False)',
    '    try:',
    '        c.connect((host, port))',
    '    except BlockingIOError:',
    '        pass',
    '    fillers.append(c)',
    'def serve(c):',
    '    c.settimeout(10)',
    '    try:',
    '        if c.recv(65536):',
    "            c.sendall(b'HTTP/1.1 200 OK\\r\\nContent-Length: 7\\r\\nConnection: close\\r\\n\\r\\nslow-ok')",
    '    except Exception:',
    '        pass',
    '    c.close()',
    'def accept():',
    '    time.sleep(after)',
    '    while True:',
    '        c, _ = s.accept()',
    '        threading.Thread(target=serve, args=(c,), daemon=True).start()',
    'if after >= 0:',
    '    threading.Thread(target=accept, daemon=True).start()',
    'print(port, flush=True)',
    'sys.stdin.read()'
  ].join('\n')
  const args = [
    '-c',
    script,
    host,
    String(options.port ?? 0),
    String(options.acceptAfterMs === undefined ? -1 : options.acceptAfterMs / 1000)
  ]
  const child = spawn(process.env.PYTHON ?? 'python3', args, { stdio: ['pipe', 'pipe', 'inherit'] })
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  const port = await new Promise<number>((resolve, reject) => {
    let out = ''
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      out += chunk
      const match = /^(\d+)\n/.exec(out)
      if (match?.[1]) resolve(Number(match[1]))
    })
    child.once('error', reject)
    child.once('exit', (code) => reject(new Error(`blackhole: python exited (${code}) before listening`)))
  })
  return {
    port,
    url: `http://${host === '::1' ? '[::1]' : host}:${port}`,
    async close() {
      // Closing stdin ends the script; the kill is for a script stuck elsewhere.
      child.stdin.end()
      const timer = setTimeout(() => child.kill('SIGKILL'), 2000)
      await exited
      clearTimeout(timer)
    }
  }
}
