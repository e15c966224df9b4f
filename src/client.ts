/**
 * Builds the SecretsManagerClient for this run: region, endpoint, the SDK's standard retry
 * strategy, timeouts that really abort, a proxy and extra CAs when configured, and a user agent
 * that tells CloudTrail which workflow run wrote the secret.
 */
import * as http from 'node:http'
import * as https from 'node:https'
import { Readable } from 'node:stream'
import { getCACertificates } from 'node:tls'
import { SecretsManagerClient } from '@aws-sdk/client-secrets-manager'
import type { FinalizeRequestMiddleware, InitializeMiddleware, MetadataBearer } from '@smithy/types'
import { boundBody } from './answer-size.js'
import { adoptEarlyConnections, familyAttemptTimeout } from './early-connection.js'
import { InputError, attemptLost } from './errors.js'
import { readSmallFile } from './file.js'
import { proxyAgents } from './proxy.js'
import type { Settings } from './settings.js'
import type { RunLink } from './types.js'
import { ACTION_NAME, ACTION_VERSION } from './version.js'

/** The workflow run, for the user agent. */
export type RunContext = Pick<RunLink, 'repository' | 'runId' | 'runAttempt'>

export type ClientSettings = Pick<
  Settings,
  | 'region'
  | 'endpointUrl'
  | 'maxAttempts'
  | 'connectTimeoutMs'
  | 'readTimeoutMs'
  | 'httpProxy'
  | 'httpsProxy'
  | 'noProxy'
  | 'caBundle'
>

export async function createClient(
  settings: ClientSettings,
  run: RunContext | undefined
): Promise<SecretsManagerClient> {
  const agents = await createAgents(settings)
  const client = new SecretsManagerClient({
    region: settings.region,
    ...(settings.endpointUrl ? { endpoint: settings.endpointUrl } : {}),
    maxAttempts: settings.maxAttempts,
    retryMode: 'standard',
    customUserAgent: userAgent(run),
    requestHandler: {
      connectionTimeout: settings.connectTimeoutMs,
      requestTimeout: settings.readTimeoutMs,
      // Without this, requestTimeout only logs a warning and the call waits on.
      throwOnRequestTimeout: true,
      ...agents
    },
    // The SDK's timers stop at the headers (requestTimeout) or watch only for silence
    // (socketTimeout): a body that trickles in would hold the attempt for as long as it lasts.
    streamCollector: (body: unknown) => collectBody(boundBody(body), settings.readTimeoutMs)
    // No `logger`: the SDK's debug logging can print request fields, which hold the value.
  })
  client.middlewareStack.add(nameOperation, { step: 'initialize', name: 'nameOperation' })
  client.middlewareStack.addRelativeTo(noteLostAnswer, {
    relation: 'after',
    toMiddleware: 'retryMiddleware',
    name: 'noteLostAnswer'
  })
  return client
}

/**
 * Reads a response body into bytes, as the SDK's default collector does, within `timeoutMs` when
 * given (`read-timeout`). A body still incomplete by then is abandoned (its socket destroyed) with
 * a TimeoutError, which the SDK's standard retry strategy retries like any other timeout.
 *
 * The SDK's default collector first asks whether the body is a web ReadableStream, and the mere
 * mention of the global makes Node load its web streams (a few internal modules, half a megabyte)
 * on every run, though the SDK's Node HTTP handler always answers with a Node stream. Anything
 * else goes through the web Response.
 */
export function collectBody(body: unknown, timeoutMs?: number): Promise<Uint8Array> {
  if (!(body instanceof Readable)) {
    return new Response(body as ConstructorParameters<typeof Response>[0])
      .arrayBuffer()
      .then((buffer) => new Uint8Array(buffer))
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    const timer =
      timeoutMs === undefined
        ? undefined
        : setTimeout(() => {
            const error = new Error(`The answer's body did not arrive within ${timeoutMs} ms (read-timeout).`)
            body.destroy(Object.assign(error, { name: 'TimeoutError', code: 'ETIMEDOUT' }))
          }, timeoutMs)
    body.on('data', (chunk: Buffer) => chunks.push(chunk))
    body.on('error', (error) => {
      clearTimeout(timer)
      reject(error)
    })
    body.on('end', () => {
      clearTimeout(timer)
      // A fresh array, not a slice of Buffer's shared pool: the SDK re-types the bytes it gets.
      const bytes = new Uint8Array(chunks.reduce((n, chunk) => n + chunk.length, 0))
      let offset = 0
      for (const chunk of chunks) {
        bytes.set(chunk, offset)
        offset += chunk.length
      }
      resolve(bytes)
    })
  })
}

/**
 * Tags every error with the operation that failed, so that the failure message can name it, and
 * with `answerLost` when an attempt's answer was lost (so that a write's failure says it may have
 * been applied, whatever the last attempt met).
 */
const nameOperation: InitializeMiddleware<object, MetadataBearer> = (next, context) => async (args) => {
  try {
    return await next(args)
  } catch (error) {
    if (typeof error === 'object' && error !== null && context.commandName) {
      Object.assign(error, { operation: context.commandName.replace(/Command$/, '') })
    }
    if (typeof error === 'object' && error !== null && (context as LostContext).answerLost) {
      Object.assign(error, { answerLost: true })
    }
    throw error
  }
}

type LostContext = { answerLost?: boolean }

/** Each attempt, inside the SDK's retries: one whose answer was lost is noted on the call's context. */
const noteLostAnswer: FinalizeRequestMiddleware<object, MetadataBearer> = (next, context) => async (args) => {
  try {
    return await next(args)
  } catch (error) {
    if (attemptLost(error)) (context as LostContext).answerLost = true
    throw error
  }
}

/** `[name, version]` pairs appended to the SDK's user agent, as CloudTrail records it. */
export function userAgent(run: RunContext | undefined): [string, string][] {
  const pairs: [string, string][] = [[ACTION_NAME, ACTION_VERSION]]
  if (run?.repository) pairs.push(['gha-repo', run.repository.replace('/', '.')])
  if (run?.runId) pairs.push(['gha-run', `${run.runId}-${run.runAttempt || 1}`])
  return pairs
}

export { familyAttemptTimeout }

/** The agents of every run: the per-address connect time, and the proxy and extra CAs when configured. */
export async function createAgents(
  settings: ClientSettings
): Promise<{ httpAgent?: http.Agent; httpsAgent?: https.Agent }> {
  // Node's default set (its bundled roots plus NODE_EXTRA_CA_CERTS) and the bundle's CAs.
  const ca = settings.caBundle ? [...getCACertificates('default'), readCaBundle(settings.caBundle)] : undefined
  const options = {
    keepAlive: true,
    autoSelectFamilyAttemptTimeout: familyAttemptTimeout(settings.connectTimeoutMs),
    ...(ca ? { ca } : {})
  }
  let agents: { httpAgent?: http.Agent; httpsAgent?: https.Agent } = {}
  if (settings.httpProxy || settings.httpsProxy) {
    agents = proxyAgents({ http: settings.httpProxy, https: settings.httpsProxy }, settings.noProxy, options)
  }
  return {
    httpAgent: agents.httpAgent ?? new http.Agent(options),
    // The socket opened while the action started (early-connection.ts), when it is this agent's own kind.
    httpsAgent: agents.httpsAgent ?? adoptEarlyConnections(new https.Agent(options))
  }
}

/** A CA bundle of every public root is about 0.2 MiB: 16 MiB is generous, and bounds the heap. */
const MAX_CA_BUNDLE_BYTES = 16 * 1024 * 1024

function readCaBundle({ path, from }: NonNullable<ClientSettings['caBundle']>): string {
  // The error names the input even when the path came from AWS_CA_BUNDLE, and says so.
  const origin = from === 'AWS_CA_BUNDLE' ? 'AWS_CA_BUNDLE' : undefined
  const pem = readSmallFile(path, {
    input: 'ca-bundle',
    maxBytes: MAX_CA_BUNDLE_BYTES,
    ...(origin ? { origin } : {})
  }).toString('utf8')
  if (!pem.includes('-----BEGIN CERTIFICATE-----')) {
    throw new InputError(
      'ca-bundle',
      `${path}${origin ? ` (taken from ${origin})` : ''} holds no PEM certificate (-----BEGIN CERTIFICATE-----).`
    )
  }
  return pem
}
