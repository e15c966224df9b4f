/**
 * Agents that send the AWS calls through a forward proxy, except to the hosts that NO_PROXY names,
 * as curl and botocore do: an https endpoint through a CONNECT tunnel (hpagent), an http endpoint
 * as a plain request in absolute form (`POST http://host:port/ HTTP/1.1` to the proxy). Tunnelling
 * http too would fail behind squid, whose default rules allow CONNECT only to port 443. The choice
 * is made per request, so it holds whichever endpoint the SDK resolves (`endpoint-url`,
 * AWS_ENDPOINT_URL*, or the regional default).
 *
 * Node 24.5+ has proxy agents of its own (`proxyEnv`), and they were considered: their NO_PROXY
 * matching is not curl's (`example.com` does not cover its subdomains, spaces do not separate),
 * a request cannot be handed from one agent to the other once created (Node fixes the request
 * line by the agent it was created with), and an older Node 24 ignores the option silently and
 * connects directly.
 */
import * as http from 'node:http'
import * as https from 'node:https'
import type { Duplex } from 'node:stream'
import { isIP } from 'node:net'
import * as tls from 'node:tls'
import { HttpsProxyAgent } from 'hpagent'

type Callback = (error: Error | null, socket?: Duplex) => void
interface ConnectionOptions {
  host?: string | null
  hostname?: string | null
  port?: number | string | null
}

/** Connection options of the agents: TLS trust, and the per-address connect time (client.ts). */
export type AgentOptions = https.AgentOptions & { readonly autoSelectFamilyAttemptTimeout?: number }

/** Agents for the schemes that have a proxy; a scheme without one keeps the SDK's own agent. */
export function proxyAgents(
  proxy: { readonly http?: string | undefined; readonly https?: string | undefined },
  noProxy: string,
  options: AgentOptions
): { httpAgent?: http.Agent; httpsAgent?: https.Agent } {
  const bypass = (o: ConnectionOptions): boolean =>
    bypassesProxy(noProxy, String(o.hostname ?? o.host ?? ''), Number(o.port ?? 0))

  class HttpsAgent extends HttpsProxyAgent {
    override createConnection(o: ConnectionOptions, callback: Callback): Duplex | undefined {
      if (bypass(o))
        return (https.Agent.prototype as unknown as CreateConnection).createConnection.call(this, o, callback)
      return (HttpsProxyAgent.prototype as unknown as CreateConnection).createConnection.call(this, o, callback)
    }
  }
  const connect = connectionOptions(options)
  return {
    ...(proxy.http ? { httpAgent: absoluteFormAgent(new URL(proxy.http), bypass, options) } : {}),
    ...(proxy.https
      ? // hpagent opens the connection to the proxy with proxyRequestOptions, not the agent's own.
        // (Its typings know only ca, headers and rejectUnauthorized; it passes any option on.)
        {
          httpsAgent: new HttpsAgent({
            ...options,
            proxy: proxy.https,
            proxyRequestOptions: { ...connect, ...tlsTrust(options) } as object
          })
        }
      : {})
  }
}

interface CreateConnection {
  createConnection(this: unknown, o: ConnectionOptions, callback: Callback): Duplex | undefined
}

/** The options that shape how a TCP connection is made (not TLS), passed to the proxy's connection too. */
function connectionOptions(options: AgentOptions): { autoSelectFamilyAttemptTimeout?: number } {
  return options.autoSelectFamilyAttemptTimeout === undefined
    ? {}
    : { autoSelectFamilyAttemptTimeout: options.autoSelectFamilyAttemptTimeout }
}

/** The CAs trusted for the endpoint are trusted for an https:// proxy too. */
function tlsTrust(options: AgentOptions): { ca?: https.AgentOptions['ca'] } {
  return options.ca === undefined ? {} : { ca: options.ca }
}

/**
 * An http.Agent that sends each request not bypassed to the proxy, its request line in absolute
 * form and with the proxy's credentials, over connections to the proxy that it keeps alive.
 */
function absoluteFormAgent(proxy: URL, bypass: (o: ConnectionOptions) => boolean, options: AgentOptions): http.Agent {
  const proxyHost = proxy.hostname.replace(/^\[(.*)\]$/, '$1')
  const proxyPort = Number(proxy.port) || (proxy.protocol === 'https:' ? 443 : 80)
  const authorization = proxy.username
    ? `Basic ${Buffer.from(`${decodeURIComponent(proxy.username)}:${decodeURIComponent(proxy.password)}`).toString('base64')}`
    : undefined

  class AbsoluteFormAgent extends http.Agent {
    // addRequest is where Node hands a request to its agent, before the request line is written.
    addRequest(req: http.ClientRequest, o: http.RequestOptions & ConnectionOptions): void {
      if (bypass(o)) return (http.Agent.prototype as unknown as AddRequest).addRequest.call(this, req, o)
      const host = String(o.hostname ?? o.host ?? '')
      const target = `${host.includes(':') && !host.startsWith('[') ? `[${host}]` : host}:${Number(o.port ?? 80)}`
      req.path = `http://${target}${req.path}`
      if (authorization) req.setHeader('proxy-authorization', authorization)
      const toProxy = {
        ...o,
        host: proxyHost,
        hostname: proxyHost,
        port: proxyPort,
        ...(proxy.protocol === 'https:' ? { proxyTls: true } : {})
      }
      return (http.Agent.prototype as unknown as AddRequest).addRequest.call(this, req, toProxy)
    }

    override createConnection(
      o: http.ClientRequestArgs & { proxyTls?: boolean },
      callback: Callback
    ): Duplex | undefined {
      if (!o.proxyTls)
        return (http.Agent.prototype as unknown as CreateConnection).createConnection.call(
          this,
          o as ConnectionOptions,
          callback
        )
      const servername = isIP(proxyHost) ? {} : { servername: proxyHost }
      return tls.connect({
        ...o,
        host: proxyHost,
        port: proxyPort,
        ...servername,
        ...tlsTrust(options)
      } as tls.ConnectionOptions)
    }
  }
  return new AbsoluteFormAgent({ keepAlive: options.keepAlive ?? true, ...connectionOptions(options) })
}

interface AddRequest {
  addRequest(this: unknown, req: http.ClientRequest, o: object): void
}

/**
 * NO_PROXY as curl reads it: comma- or space-separated hosts, each matching itself and its
 * subdomains (a leading `.` or `*.` is allowed), optionally with `:port`; `*` matches all.
 */
export function bypassesProxy(noProxy: string, host: string, port: number): boolean {
  const target = host
    .toLowerCase()
    .replace(/^\[(.*)\]$/, '$1')
    .replace(/\.$/, '')
  for (const raw of noProxy.split(/[\s,]+/)) {
    const entry = raw.trim().toLowerCase()
    if (!entry) continue
    if (entry === '*') return true
    const [name, entryPort] = splitHostPort(entry)
    if (!name || (entryPort !== undefined && entryPort !== port)) continue
    if (target === name || target.endsWith(`.${name}`)) return true
  }
  return false
}

/** `host`, `host:port`, `[v6]`, `[v6]:port` or a bare IPv6 address; the name without `*.`/`.` prefix. */
function splitHostPort(entry: string): [string, number | undefined] {
  const bracketed = /^\[([^\]]+)\](?::(\d+))?$/.exec(entry)
  let name = entry
  let port: string | undefined
  if (bracketed) [, name = '', port] = bracketed
  else if (entry.split(':').length === 2) [name = '', port] = entry.split(':')
  return [name.replace(/^\*?\./, '').replace(/\.$/, ''), port ? Number(port) : undefined]
}
