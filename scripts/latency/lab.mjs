/**
 * Real round trips on a machine that has only loopback, for `npm run bench -- --rtt ...` and the
 * early-connection tests. After the team's shared latency tools (shared/latency: setup_netns.sh,
 * terminator.mjs, nfq_delay.c), rewritten as functions:
 *
 * - a network namespace with `lo` up, whose hosts file (/etc/netns/NS/hosts, which `ip netns exec`
 *   mounts over /etc/hosts) puts the real endpoint names on loopback addresses, and iptables rules
 *   that queue the port-443 traffic of some of those addresses to NFQUEUEs;
 * - nfq_delay.c, a userspace netem (this kernel has no netem qdisc): each queued packet is accepted
 *   DELAY ms later, so on `lo` a round trip takes 2 × DELAY, TCP's handshake included;
 * - a TLS 1.3 terminator with keep-alive in front of moto (which answers `Connection: close`), as
 *   an AWS endpoint looks to a client. It logs, on the monotonic clock (process.hrtime, which is
 *   CLOCK_MONOTONIC in every process), each TLS connection and each answered request, with the
 *   connection it came on.
 *
 * Needs root, `ip`, iptables, a C compiler and libnetfilter-queue's headers (Debian:
 * apt-get install -y iptables libnetfilter-queue-dev gcc). Not emulated: DNS latency, loss, jitter.
 */
import { execFileSync, spawn } from 'node:child_process'
import { appendFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import http from 'node:http'
import https from 'node:https'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const HERE = path.dirname(fileURLToPath(import.meta.url))

const which = (command) => {
  try {
    execFileSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' })
    return true
  } catch {
    return false
  }
}

/** What is missing for a namespace with delayed round trips; empty when all is there. */
export function missingPrerequisites() {
  const missing = []
  if (process.getuid?.() !== 0) missing.push('root')
  if (!which('ip')) missing.push('ip (iproute2)')
  if (!which('iptables')) missing.push('iptables')
  if (!which('cc')) missing.push('a C compiler (cc)')
  if (!existsSync('/usr/include/libnetfilter_queue/libnetfilter_queue.h')) missing.push('libnetfilter-queue-dev')
  if (!which('openssl')) missing.push('openssl')
  return missing
}

/** Compiles nfq_delay.c into `dir`; returns the program's path. */
export function buildDelay(dir) {
  const out = path.join(dir, 'nfq_delay')
  execFileSync('cc', ['-O2', '-o', out, path.join(HERE, 'nfq_delay.c'), '-lnetfilter_queue'], { stdio: 'inherit' })
  return out
}

/** `argv` run inside namespace `ns`. */
export const inNamespace = (ns, argv) => ['ip', 'netns', 'exec', ns, ...argv]

/**
 * Creates namespace `ns`: `lo` up, `hosts` ([name, address] pairs) in its hosts file, and for each
 * of `queues` ({ address, queue }) rules that send its port-443 TCP traffic, both ways, to that queue.
 */
export function createNamespace(ns, hosts, queues = []) {
  deleteNamespace(ns)
  execFileSync('ip', ['netns', 'add', ns])
  try {
    execFileSync('ip', inNamespace(ns, ['ip', 'link', 'set', 'lo', 'up']).slice(1))
    mkdirSync(`/etc/netns/${ns}`, { recursive: true })
    writeFileSync(
      `/etc/netns/${ns}/hosts`,
      ['127.0.0.1 localhost', ...hosts.map(([name, address]) => `${address} ${name}`), ''].join('\n')
    )
    for (const { address, queue } of queues) {
      for (const match of [
        ['-d', address, '--dport', '443'],
        ['-s', address, '--sport', '443']
      ]) {
        const rule = ['-A', 'OUTPUT', '-o', 'lo', '-p', 'tcp', ...match, '-j', 'NFQUEUE', '--queue-num', String(queue)]
        execFileSync('ip', inNamespace(ns, ['iptables', ...rule, '--queue-bypass']).slice(1))
      }
    }
  } catch (error) {
    deleteNamespace(ns)
    throw error
  }
}

/** Removes namespace `ns` (its iptables rules go with it) and its hosts file. */
export function deleteNamespace(ns) {
  try {
    execFileSync('ip', ['netns', 'del', ns], { stdio: 'ignore' })
  } catch {
    // Not there.
  }
  rmSync(`/etc/netns/${ns}`, { recursive: true, force: true })
}

/** Starts nfq_delay for each { ms, queue } (one way: a round trip is 2 × ms), in `ns`; returns a stop(). */
export function startDelays(program, ns, delays, ttlSeconds = 3600) {
  const children = delays.map(({ ms, queue }) =>
    spawn('ip', ['netns', 'exec', ns, program, String(ms), String(queue), String(ttlSeconds)], {
      stdio: ['ignore', 'ignore', 'inherit']
    })
  )
  return () => {
    for (const child of children) child.kill('SIGTERM')
  }
}

/** A self-signed certificate for `names` in `dir`: { cert, key } paths. */
export function makeCertificate(dir, names) {
  const cert = path.join(dir, 'endpoint.pem')
  const key = path.join(dir, 'endpoint-key.pem')
  execFileSync(
    'openssl',
    [
      ...['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'],
      ...['-keyout', key, '-out', cert, '-days', '2', '-subj', '/CN=endpoint'],
      ...['-addext', `subjectAltName=${names.map((name) => `DNS:${name}`).join(',')}`]
    ],
    { stdio: 'ignore' }
  )
  return { cert, key }
}

/**
 * The terminator: TLS (1.3) with keep-alive on `port` of every address, each request passed to
 * moto at `upstream` (http://127.0.0.1:PORT) on a fresh connection. Appends to `log`:
 *   "<monotonic ns> CONN <connection> <server name>" when a TLS connection is established
 *   "<monotonic ns> REQ <connection> <operation> <status> <Host>" when moto has answered a request
 */
export function startTerminator({ port = 443, upstream, cert, key, log }) {
  const target = new URL(upstream)
  let connections = 0
  const server = https.createServer(
    { cert: readFileSync(cert), key: readFileSync(key), keepAliveTimeout: 60_000 },
    (req, res) => {
      const chunks = []
      req.on('data', (chunk) => chunks.push(chunk))
      req.on('end', () => {
        const headers = { ...req.headers }
        delete headers.connection
        const operation = String(req.headers['x-amz-target'] ?? `${req.method}_${req.url}`).replace(
          /^secretsmanager\./,
          ''
        )
        const up = http.request(
          { host: target.hostname, port: target.port, method: req.method, path: req.url, headers, agent: false },
          (answer) => {
            const out = []
            answer.on('data', (chunk) => out.push(chunk))
            answer.on('end', () => {
              appendFileSync(
                log,
                `${process.hrtime.bigint()} REQ ${req.socket.connection} ${operation} ${answer.statusCode} ${req.headers.host}\n`
              )
              const h = { ...answer.headers }
              for (const name of ['connection', 'keep-alive', 'transfer-encoding', 'content-length']) delete h[name]
              const body = Buffer.concat(out)
              h['content-length'] = String(body.length)
              res.writeHead(answer.statusCode ?? 502, h)
              res.end(body)
            })
          }
        )
        up.on('error', (error) => {
          res.writeHead(502)
          res.end(String(error))
        })
        up.end(Buffer.concat(chunks))
      })
    }
  )
  server.on('secureConnection', (socket) => {
    socket.connection = ++connections
    appendFileSync(log, `${process.hrtime.bigint()} CONN ${socket.connection} ${socket.servername}\n`)
  })
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, '0.0.0.0', () =>
      resolve({
        close: () =>
          new Promise((done) => {
            server.closeAllConnections?.()
            server.close(() => done())
          })
      })
    )
  })
}

/**
 * The terminator's log since byte `from`: connections ({ at, connection, servername }) and
 * requests ({ at, connection, operation, status, host }), `at` in monotonic ns (bigint).
 */
export function readTerminatorLog(log, from = 0) {
  const text = existsSync(log) ? readFileSync(log).subarray(from).toString('utf8') : ''
  const connections = []
  const requests = []
  for (const line of text.split('\n')) {
    const [at, kind, connection, ...rest] = line.split(' ')
    if (kind === 'CONN') connections.push({ at: BigInt(at), connection: Number(connection), servername: rest[0] })
    if (kind === 'REQ') {
      const [operation, status, host] = rest
      requests.push({ at: BigInt(at), connection: Number(connection), operation, status: Number(status), host })
    }
  }
  return { connections, requests }
}
