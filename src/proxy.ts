/**
 * HTTP(S) agents that tunnel through a proxy (CONNECT, via hpagent), except for the hosts that
 * NO_PROXY names. The choice is made per connection, so it holds whichever endpoint the SDK
 * resolves (`endpoint-url`, AWS_ENDPOINT_URL*, or the regional default).
 */
import * as http from 'node:http'
import * as https from 'node:https'
import type { Duplex } from 'node:stream'
import { HttpProxyAgent, HttpsProxyAgent } from 'hpagent'

type Callback = (error: Error | null, socket?: Duplex) => void
interface ConnectionOptions {
  host?: string | null
  hostname?: string | null
  port?: number | string | null
}

/** Agents for the schemes that have a proxy; a scheme without one keeps the SDK's own agent. */
export function proxyAgents(
  proxy: { readonly http?: string | undefined; readonly https?: string | undefined },
  noProxy: string,
  options: https.AgentOptions
): { httpAgent?: http.Agent; httpsAgent?: https.Agent } {
  const bypass = (o: ConnectionOptions): boolean => bypassesProxy(noProxy, String(o.hostname ?? o.host ?? ''), Number(o.port ?? 0))

  class HttpAgent extends HttpProxyAgent {
    override createConnection(o: ConnectionOptions, callback: Callback): Duplex | undefined {
      if (bypass(o)) return (http.Agent.prototype as unknown as CreateConnection).createConnection.call(this, o, callback)
      return (HttpProxyAgent.prototype as unknown as CreateConnection).createConnection.call(this, o, callback)
    }
  }
  class HttpsAgent extends HttpsProxyAgent {
    override createConnection(o: ConnectionOptions, callback: Callback): Duplex | undefined {
      if (bypass(o)) return (https.Agent.prototype as unknown as CreateConnection).createConnection.call(this, o, callback)
      return (HttpsProxyAgent.prototype as unknown as CreateConnection).createConnection.call(this, o, callback)
    }
  }
  return {
    ...(proxy.http ? { httpAgent: new HttpAgent({ ...options, proxy: proxy.http }) } : {}),
    ...(proxy.https ? { httpsAgent: new HttpsAgent({ ...options, proxy: proxy.https }) } : {})
  }
}

interface CreateConnection {
  createConnection(this: unknown, o: ConnectionOptions, callback: Callback): Duplex | undefined
}

/**
 * NO_PROXY as curl reads it: comma- or space-separated hosts, each matching itself and its
 * subdomains (a leading `.` or `*.` is allowed), optionally with `:port`; `*` matches all.
 */
export function bypassesProxy(noProxy: string, host: string, port: number): boolean {
  const target = host.toLowerCase().replace(/^\[(.*)\]$/, '$1').replace(/\.$/, '')
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
