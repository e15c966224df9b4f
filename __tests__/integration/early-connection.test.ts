/**
 * The early connection on a network that looks real: the endpoint names resolve (through the
 * hosts file of a network namespace) to a TLS terminator in front of moto on port 443, as they
 * would to AWS. Whatever the guess, the run sends exactly the requests it sends without it and
 * succeeds; a socket the agent did not take never carries a request; and the socket never keeps
 * the process alive. Needs root, ip, iptables and openssl: without them, skipped by name.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process'
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import {
  createNamespace,
  deleteNamespace,
  makeCertificate,
  missingPrerequisites,
  readTerminatorLog
} from '../../scripts/latency/lab.mjs'
import { ACTION_DIR, NODE24, prepareRun } from '../support/run-action.js'

const EAST_1 = 'secretsmanager.us-east-1.amazonaws.com'
const EAST_2 = 'secretsmanager.us-east-2.amazonaws.com'
/** Not in the hosts file: resolved by scripts/latency/dns.mjs, started by the tests that need it. */
const WEST_1 = 'secretsmanager.eu-west-1.amazonaws.com'
const ARN = 'arn:aws:secretsmanager:us-east-1:123456789012:secret:app/token'
const missing = missingPrerequisites().filter((m) => !m.includes('C compiler') && !m.includes('netfilter'))
const suite = missing.length === 0 ? describe : describe.skip
const ns = `early-conn-${process.pid}`
let dir = ''
let cert = ''
let log = ''
let endpoint: ChildProcess | undefined
/** The secrets the endpoint holds, as endpoint.mjs takes them. */
const SECRETS = ['us-east-1/app/token', 'eu-west-1/app/token'].map((secret) => `${secret}=initial`)

beforeAll(async () => {
  if (missing.length > 0) return
  dir = mkdtempSync(path.join(os.tmpdir(), 'early-conn-'))
  createNamespace(ns, [
    [EAST_1, '127.0.0.1'],
    [EAST_2, '127.0.0.2']
  ])
  // Names not in the hosts file go to scripts/latency/dns.mjs, where a test starts it.
  writeFileSync(`/etc/netns/${ns}/resolv.conf`, 'nameserver 127.0.0.1\n')
  const pair = makeCertificate(dir, [EAST_1, EAST_2, WEST_1])
  cert = pair.cert
  log = path.join(dir, 'terminator.log')
  writeFileSync(log, '')
  writeFileSync(path.join(dir, 'config'), '[default]\nregion = us-east-1\n')
  const script = path.join(ACTION_DIR, 'scripts', 'latency', 'endpoint.mjs')
  endpoint = spawn('ip', ['netns', 'exec', ns, NODE24 ?? 'node', script, cert, pair.key, log, ...SECRETS], {
    stdio: ['pipe', 'pipe', 'inherit']
  })
  await new Promise<void>((resolve, reject) => {
    endpoint!.stdout!.on('data', (chunk: Buffer) => chunk.toString().includes('ready') && resolve())
    endpoint!.on('exit', (code) => reject(new Error(`endpoint.mjs exited (${code})`)))
  })
}, 60_000)

afterAll(async () => {
  if (endpoint) {
    const exited = new Promise((resolve) => endpoint!.on('exit', resolve))
    endpoint.stdin!.end()
    await exited
  }
  if (missing.length === 0) deleteNamespace(ns)
  if (dir) rmSync(dir, { recursive: true, force: true })
})

/** Runs the bundle inside the namespace; what the terminator saw of it. */
async function runInNamespace(inputs: Record<string, string>, env: Record<string, string | undefined>) {
  const run = await prepareRun(
    { 'secret-string': `v-${Math.random()}`, ...inputs },
    { env: { NODE_EXTRA_CA_CERTS: cert, ...env } }
  )
  const from = statSync(log).size
  const started = performance.now()
  const { code, output } = await new Promise<{ code: number | null; output: string }>((resolve, reject) => {
    const child = spawn('ip', ['netns', 'exec', ns, run.command, ...run.args], { cwd: run.cwd, env: run.env })
    let text = ''
    child.stdout.on('data', (chunk: Buffer) => (text += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (text += chunk.toString()))
    child.on('error', reject)
    child.on('exit', (exitCode) => resolve({ code: exitCode, output: text }))
  })
  const durationMs = performance.now() - started
  const { outputs } = await run.collect()
  // A handshake the server finished after the process ended would be logged a moment later.
  await new Promise((resolve) => setTimeout(resolve, 200))
  return { code, output, outputs, durationMs, ...readTerminatorLog(log, from) }
}

/**
 * scripts/latency/dns.mjs in the namespace: the process's first lookup fails (NXDOMAIN), later ones
 * resolve WEST_1. Stopped (and its queries read) by the returned function.
 */
async function startDns(): Promise<() => Promise<string[]>> {
  const script = path.join(ACTION_DIR, 'scripts', 'latency', 'dns.mjs')
  const child = spawn('ip', ['netns', 'exec', ns, NODE24 ?? 'node', script, `${WEST_1}=127.0.0.1`], {
    stdio: ['pipe', 'pipe', 'inherit']
  })
  let text = ''
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      text += chunk.toString()
      if (text.includes('ready')) resolve()
    })
    child.on('exit', (code) => reject(new Error(`dns.mjs exited (${code})`)))
  })
  return async () => {
    const exited = new Promise((resolve) => child.on('exit', resolve))
    child.stdin.end()
    await exited
    return text.split('\n').filter((line) => line.startsWith('QUERY '))
  }
}

/**
 * How many connections the https agent opened itself, from a run with NODE_DEBUG=https (Node's own
 * agent logs each): a socket the early connection handed over is not among them.
 */
const agentConnections = (output: string): number => output.match(/^HTTPS \d+: createConnection /gm)?.length ?? 0

/** Each lookup (one source port) with the answers its queries got, in order: [[answer, ...], ...]. */
function lookups(queries: string[]): string[][] {
  const byPort = new Map<string, string[]>()
  for (const line of queries) {
    const [, port, , type, said] = line.split(' ')
    byPort.set(port!, [...(byPort.get(port!) ?? []), `${type} ${said}`])
  }
  return [...byPort.values()].map((answers) => answers.sort())
}

suite(
  `the early connection against TLS endpoints on port 443${missing.length ? ` (skipped: needs ${missing.join(', ')})` : ''}`,
  () => {
    it('takes the socket it opened for the request when the guess is right', async () => {
      const run = await runInNamespace({ 'secret-id': 'app/token' }, { AWS_REGION: 'us-east-1', NODE_DEBUG: 'https' })
      expect(run.code).toBe(0)
      expect(run.requests.map((r) => r.operation)).toEqual(['UpdateSecret'])
      // One connection, and the agent opened none: the early socket carried the request.
      expect(run.connections.map((c) => c.servername)).toEqual([EAST_1])
      expect(agentConnections(run.output)).toBe(0)
    })

    it('with skip-unchanged: both reads, sent at once, on the two sockets it opened', async () => {
      const run = await runInNamespace(
        { 'secret-id': 'app/token', 'skip-unchanged': 'true' },
        { AWS_REGION: 'us-east-1', NODE_DEBUG: 'https' }
      )
      expect(run.code).toBe(0)
      expect(run.requests.map((r) => r.operation).sort()).toEqual(['DescribeSecret', 'GetSecretValue', 'UpdateSecret'])
      expect(new Set(run.requests.slice(0, 2).map((r) => r.connection)).size).toBe(2)
      expect(run.connections).toHaveLength(2)
      expect(agentConnections(run.output)).toBe(0)
    })

    it.each<[string, Record<string, string>, Record<string, string | undefined>]>([
      ["another region in the environment than the ARN's", { 'secret-id': ARN }, { AWS_REGION: 'us-east-2' }],
      [
        'the endpoint-url input',
        { 'secret-id': 'app/token', 'endpoint-url': `https://${EAST_1}` },
        { AWS_REGION: 'us-east-1' }
      ],
      [
        'AWS_ENDPOINT_URL',
        { 'secret-id': 'app/token' },
        { AWS_REGION: 'us-east-1', AWS_ENDPOINT_URL: `https://${EAST_1}` }
      ],
      ['a proxy variable', { 'secret-id': 'app/token' }, { AWS_REGION: 'us-east-1', HTTP_PROXY: 'http://127.0.0.9:9' }],
      [
        'a CA bundle',
        { 'secret-id': 'app/token' },
        { AWS_REGION: 'us-east-1', AWS_CA_BUNDLE: 'CERT', NODE_EXTRA_CA_CERTS: undefined }
      ],
      [
        'FIPS set (to false)',
        { 'secret-id': 'app/token' },
        { AWS_REGION: 'us-east-1', AWS_USE_FIPS_ENDPOINT: 'false' }
      ],
      ['a shared config file', { 'secret-id': 'app/token' }, { AWS_REGION: 'us-east-1', AWS_CONFIG_FILE: 'CONFIG' }]
    ])('with %s: the same one request on one connection to the run’s endpoint', async (_what, inputs, env) => {
      const resolved = Object.fromEntries(
        Object.entries(env).map(([k, v]) => [k, v === 'CERT' ? cert : v === 'CONFIG' ? path.join(dir, 'config') : v])
      )
      const run = await runInNamespace(inputs, resolved)
      expect({ code: run.code, output: run.code === 0 ? '' : run.output }).toEqual({ code: 0, output: '' })
      expect(run.requests.map((r) => [r.operation, r.status])).toEqual([['UpdateSecret', 200]])
      expect(run.connections.map((c) => c.servername)).toEqual([EAST_1])
      expect(run.requests[0]!.connection).toBe(run.connections[0]!.connection)
    })

    it('with the port refusing the early connection: the run connects again and sends the same request', async () => {
      // The first SYN to port 443 is refused (a reset), every second one after it too: the early socket's.
      const rule = [
        '-p',
        'tcp',
        '--syn',
        '--dport',
        '443',
        '-m',
        'statistic',
        '--mode',
        'nth',
        '--every',
        '2',
        '--packet',
        '0'
      ]
      const iptables = (op: string) =>
        execFileSync('ip', [
          'netns',
          'exec',
          ns,
          'iptables',
          op,
          'INPUT',
          ...rule,
          '-j',
          'REJECT',
          '--reject-with',
          'tcp-reset'
        ])
      iptables('-I')
      try {
        const run = await runInNamespace({ 'secret-id': 'app/token' }, { AWS_REGION: 'us-east-1' })
        expect(run.code).toBe(0)
        expect(run.requests.map((r) => [r.operation, r.status])).toEqual([['UpdateSecret', 200]])
        expect(run.connections).toHaveLength(1)
      } finally {
        iptables('-D')
      }
    })

    it('with the name not resolving for the early connection: the run looks it up again and sends the same request', async () => {
      const stopDns = await startDns()
      let queries: string[]
      let run: Awaited<ReturnType<typeof runInNamespace>>
      try {
        run = await runInNamespace({ 'secret-id': 'app/token' }, { AWS_REGION: 'eu-west-1', NODE_DEBUG: 'https' })
      } finally {
        queries = await stopDns()
      }
      expect({ code: run.code, output: run.code === 0 ? '' : run.output }).toEqual({ code: 0, output: '' })
      expect(run.requests.map((r) => [r.operation, r.status])).toEqual([['UpdateSecret', 200]])
      expect(run.connections.map((c) => c.servername)).toEqual([WEST_1])
      // The early socket's lookup failed; the agent opened its own connection, which resolved.
      expect(lookups(queries)).toEqual([
        ['A NXDOMAIN', 'AAAA NXDOMAIN'],
        ['A 127.0.0.1', 'AAAA NODATA']
      ])
      expect(agentConnections(run.output)).toBe(1)
    })

    it('does not keep a run that fails its input validation alive', async () => {
      const run = await runInNamespace({ 'secret-id': 'not a name!' }, { AWS_REGION: 'us-east-1' })
      expect(run.code).toBe(1)
      expect(run.output).toContain('::error::')
      expect(run.requests).toEqual([])
      expect(run.durationMs).toBeLessThan(5000)
    })
  }
)
