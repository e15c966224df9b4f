/**
 * Connects to the Secrets Manager endpoint while the action starts, so that DNS, TCP and TLS (two
 * round trips) overlap the loading of the bundle instead of following it: the SDK's agent takes the
 * socket for its first request (client.ts). index.ts calls connectEarly() before it loads the rest.
 *
 * It guesses only where the endpoint is certain from the inputs and the environment: the region
 * from `region`, an ARN `secret-id` (or the `secrets` lines' ARNs), AWS_REGION or
 * AWS_DEFAULT_REGION, as settings.ts chooses it and checked as settings.ts checks it
 * (region-name.ts), in a partition of the SDK's partition data; and nothing that could send the
 * run elsewhere: an endpoint input or variable, FIPS or dual-stack, a shared config or credentials
 * file (it may hold `endpoint_url`, `use_fips_endpoint` or a `services` section), a proxy the host
 * does not bypass, Node's own environment proxy, or extra CAs. A wrong guess costs one unused
 * handshake: the agent takes a socket only when its host, port, server name and TLS options are
 * the agent's own, and nothing is ever written on a socket it did not take.
 *
 * The one module besides settings.ts that reads inputs and the environment: it runs before
 * settings.ts is loaded. Inputs are read as the runner passes them (INPUT_*), an empty one as not
 * given (action.yml's defaults).
 */
import { existsSync } from 'node:fs'
import type * as https from 'node:https'
import { homedir } from 'node:os'
import * as path from 'node:path'
import * as tls from 'node:tls'
// The endpoint rules' own partition data (settings.ts uses it too).
import { partition } from '@aws-sdk/core/client'
import { bypassesProxy } from './proxy.js'
import { SECRET_ARN, regionPartitionIn } from './region-name.js'

/** Where the run will connect, when that is certain. */
export interface EarlyEndpoint {
  readonly host: string
  readonly port: number
  /** `connect-timeout` in milliseconds. */
  readonly connectTimeoutMs: number
  /**
   * How many connections the run will open at once: one per secret, two where it reads a secret's
   * description and value together; with `secrets`, up to `max-concurrency`.
   */
  readonly connections: number
}

/** What the guess reads: the environment (inputs included), whether a file exists, Node's own flags. */
export interface GuessSource {
  readonly env: NodeJS.ProcessEnv
  readonly exists: (file: string) => boolean
  readonly execArgv: readonly string[]
}

/** The variables that change the endpoint, how it is reached, or whom it must prove to be. */
const UNCERTAIN_ENV = [
  'AWS_ENDPOINT_URL',
  'AWS_ENDPOINT_URL_SECRETS_MANAGER',
  'AWS_USE_FIPS_ENDPOINT',
  'AWS_USE_DUALSTACK_ENDPOINT',
  'AWS_CA_BUNDLE',
  'NODE_USE_ENV_PROXY'
]

/** The endpoint the run will use, or undefined where anything makes it uncertain. */
export function guessEndpoint(source: GuessSource): EarlyEndpoint | undefined {
  const { env } = source
  const input = (name: string): string => (env[`INPUT_${name.toUpperCase()}`] ?? '').trim()
  const variable = (name: string): string => env[name]?.trim() ?? ''
  if (input('endpoint-url') || input('http-proxy') || input('ca-bundle')) return undefined
  if (UNCERTAIN_ENV.some((name) => variable(name) !== '')) return undefined
  if ([...source.execArgv, ...variable('NODE_OPTIONS').split(/\s+/)].some((arg) => arg.startsWith('--use-env-proxy')))
    return undefined
  if (sharedFiles(env).some(source.exists)) return undefined

  const connectTimeout = whole(input('connect-timeout') || '10', 1, 3600)
  const maxConcurrency = whole(input('max-concurrency') || '4', 1, 16)
  if (connectTimeout === undefined || maxConcurrency === undefined) return undefined

  const secrets = input('secrets')
  const ids = secrets
    ? secrets
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter((line) => line !== '' && !line.startsWith('#'))
        .map((line) => line.split(/\s/)[0] ?? '')
    : [input('secret-id')]
  const arns = ids.flatMap((id) => {
    const m = SECRET_ARN.exec(id)
    return m ? [{ partition: m[1]!, region: m[2]! }] : []
  })
  const given = input('region')
  const job = variable('AWS_REGION') || variable('AWS_DEFAULT_REGION')
  const onlyArns = arns.length === ids.length && new Set(arns.map((a) => a.region)).size === 1
  // The order of settings.ts: for one secret the input, the ARN's, the job's; for `secrets` the
  // input, the region every line's ARN names, the job's, the first ARN's.
  const region = secrets
    ? given || (onlyArns ? arns[0]!.region : '') || job || arns[0]?.region
    : given || arns[0]?.region || job
  if (!region) return undefined
  const found = regionPartitionIn(region, partition as (region: string) => { name: string; dnsSuffix?: string })
  if (!found?.dnsSuffix) return undefined
  // Every ARN names this region in its partition, or the run stops at its settings.
  if (arns.some((arn) => arn.region !== region || arn.partition !== found.name)) return undefined

  // The endpoint rules give secretsmanager.{Region}.{dnsSuffix} in every partition without FIPS or dual-stack.
  const host = `secretsmanager.${region}.${found.dnsSuffix}`
  const port = 443
  const proxied = [variable('HTTPS_PROXY') || variable('https_proxy'), variable('HTTP_PROXY') || variable('http_proxy')]
  const noProxy = variable('NO_PROXY') || variable('no_proxy')
  if (proxied.some((proxy) => proxy !== '') && !bypassesProxy(noProxy, host, port)) return undefined

  // skip-unchanged and json-merge send DescribeSecret and GetSecretValue at once (read.ts), each on
  // a connection of its own: a second connection opened at the request would cost its own two
  // round trips (TCP, TLS), more than the one that reading in parallel saves.
  const readsTwice =
    !input('promote-version-id') && (input('skip-unchanged') === 'true' || input('json-merge') === 'true')
  const perSecret = readsTwice ? 2 : 1
  return {
    host,
    port,
    connectTimeoutMs: connectTimeout * 1000,
    connections: secrets ? Math.min(maxConcurrency, ids.length * perSecret) : perSecret
  }
}

/** The SDK's shared config and credentials files (it reads `endpoint_url` and more from either). */
function sharedFiles(env: NodeJS.ProcessEnv): string[] {
  const home = env.HOME || homedir()
  const resolve = (file: string): string => (file.startsWith('~/') ? path.join(home, file.slice(2)) : file)
  return [
    resolve(env.AWS_CONFIG_FILE || path.join(home, '.aws', 'config')),
    resolve(env.AWS_SHARED_CREDENTIALS_FILE || path.join(home, '.aws', 'credentials'))
  ]
}

function whole(raw: string, min: number, max: number): number | undefined {
  const n = /^\d+$/.test(raw) ? Number(raw) : NaN
  return n >= min && n <= max ? n : undefined
}

/**
 * The time Node gives each address of a name before it tries the next (`autoSelectFamily`, happy
 * eyeballs): a quarter of `connect-timeout`, from Node's own 250 ms up to 2.5 s. Node's 250 ms
 * fails endpoints whose handshake takes longer (nodejs/node#54359: far regions, a lost SYN, which
 * Linux resends after 1 s); 2.5 s outlasts one lost SYN, and a quarter of the budget lets a dead
 * address (an IPv6 route that goes nowhere) cost at most that much, so that the next address
 * still has three quarters of `connect-timeout` to connect.
 */
export function familyAttemptTimeout(connectTimeoutMs: number): number {
  return Math.min(2500, Math.max(250, Math.floor(connectTimeoutMs / 4)))
}

/** tls.connect's options, with net.connect's per-address time that Node's typings leave out. */
type ConnectOptions = tls.ConnectionOptions & { autoSelectFamilyAttemptTimeout?: number; _agentKey?: string }

interface EarlySocket {
  readonly socket: tls.TLSSocket
  /** The options it was opened with, to compare with the agent's. */
  readonly options: ConnectOptions
  /** The latest TLS session the endpoint gave it, for the agent's session cache. */
  session?: Buffer
}

/** The sockets opened and not yet taken. */
const waiting: EarlySocket[] = []

/**
 * Opens the connections of guessEndpoint(), if any; true when it opened one. Never throws. The
 * sockets never keep the process alive; a lookup does, while its resolver has not answered: it runs
 * on libuv's thread pool, which cannot cancel it and which the process joins as it exits (even by
 * process.exit()), so a run that never uses the endpoint ends only when the resolver gives up.
 */
export function connectEarly(
  source: GuessSource = { env: process.env, exists: existsSync, execArgv: process.execArgv }
): boolean {
  try {
    const endpoint = guessEndpoint(source)
    for (let i = 0; endpoint && i < endpoint.connections; i++) waiting.push(open(endpoint))
  } catch {
    // A guess that fails is no guess: the agent connects as it always did.
  }
  return waiting.length > 0
}

/**
 * A turn of the event loop when sockets are connecting: TCP's answer and the TLS handshake's wait
 * for one, and loading the bundle, and everything from run() to the request's write, give none.
 */
export function turn(): Promise<void> | undefined {
  return waiting.length > 0 ? new Promise((resolve) => setImmediate(resolve)) : undefined
}

/**
 * Resolves once every socket has its address (its SYN is then on the way) or is gone, or after
 * `maxMs`: the name's lookup runs on libuv's thread pool and its answer waits for a turn of the
 * event loop, which loading the SDK would not give for tens of milliseconds.
 */
export function lookedUp(maxMs: number): Promise<void> {
  const pending = waiting.filter(({ socket }) => socket.connecting && !socket.destroyed)
  if (pending.length === 0) return Promise.resolve()
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, maxMs)
    let left = pending.length
    const done = (): void => {
      if (--left === 0) {
        clearTimeout(timer)
        resolve()
      }
    }
    for (const { socket } of pending) {
      const once = (): void => {
        socket.off('lookup', once).off('close', once)
        done()
      }
      socket.on('lookup', once).on('close', once)
    }
  })
}

function open({ host, port, connectTimeoutMs }: EarlyEndpoint): EarlySocket {
  // As the agent would open it (client.ts, createAgents): no ALPN, Node's default CAs.
  const options: ConnectOptions = {
    host,
    port,
    servername: host,
    autoSelectFamilyAttemptTimeout: familyAttemptTimeout(connectTimeoutMs)
  }
  const socket = tls.connect(options)
  const early: EarlySocket = { socket, options }
  socket.unref()
  socket.on('error', () => socket.destroy())
  socket.on('session', (session: Buffer) => (early.session = session))
  const timer = setTimeout(() => socket.destroy(), connectTimeoutMs).unref()
  socket.once('secureConnect', () => clearTimeout(timer))
  socket.once('close', () => clearTimeout(timer))
  return early
}

/** TLS options that the agent's connection name (getName) leaves out, but that change the connection. */
const UNNAMED_TLS_OPTIONS = [
  'ALPNProtocols',
  'secureContext',
  'checkServerIdentity',
  'session',
  'pskCallback',
  'lookup',
  'autoSelectFamilyAttemptTimeout'
] as const

type AgentInternals = https.Agent & {
  getName(options: object): string
  _cacheSession?(key: string, session: Buffer): void
  _evictSession?(key: string): void
}

/**
 * Makes `agent` take a waiting socket for a connection it would open, once each, when that socket
 * is still open and was opened to the same host and port with the same server name and TLS
 * options; every other waiting socket is destroyed on the way.
 */
export function adoptEarlyConnections<A extends https.Agent>(agent: A): A {
  if (waiting.length === 0) return agent
  const internals = agent as AgentInternals
  const own = internals.createConnection.bind(agent) as (o: ConnectOptions, cb: unknown) => unknown
  Object.assign(agent, {
    createConnection: (options: ConnectOptions, callback: unknown) => take(internals, options) ?? own(options, callback)
  })
  return agent
}

function take(agent: AgentInternals, options: ConnectOptions): tls.TLSSocket | undefined {
  for (let early = waiting.shift(); early; early = waiting.shift()) {
    const { socket } = early
    const same =
      agent.getName(options) === agent.getName(early.options) &&
      UNNAMED_TLS_OPTIONS.every((key) => options[key] === early.options[key])
    if (!same || socket.destroyed || !socket.writable) {
      socket.destroy()
      continue
    }
    socket.ref()
    // The agent's TLS session cache, as its own createConnection keeps it (node:https).
    const key = options._agentKey
    if (key && agent._cacheSession) {
      if (early.session) agent._cacheSession(key, early.session)
      socket.on('session', (session: Buffer) => agent._cacheSession?.(key, session))
      socket.once('close', (failed: boolean) => failed && agent._evictSession?.(key))
    }
    return socket
  }
  return undefined
}
