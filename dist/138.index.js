export const id = 138;
export const ids = [138];
export const modules = {

/***/ 5455:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {



const https = __webpack_require__(5692)
const http = __webpack_require__(8611)
const { URL } = __webpack_require__(7016)

class HttpProxyAgent extends http.Agent {
  constructor (options) {
    const { proxy, proxyRequestOptions, ...opts } = options
    super(opts)
    this.proxy = typeof proxy === 'string'
      ? new URL(proxy)
      : proxy
    this.proxyRequestOptions = proxyRequestOptions || {}
  }

  createConnection (options, callback) {
    const requestOptions = {
      ...this.proxyRequestOptions,
      method: 'CONNECT',
      host: this.proxy.hostname,
      port: this.proxy.port,
      path: `${options.host}:${options.port}`,
      setHost: false,
      headers: { ...this.proxyRequestOptions.headers, connection: this.keepAlive ? 'keep-alive' : 'close', host: `${options.host}:${options.port}` },
      agent: false,
      timeout: options.timeout || 0
    }

    if (this.proxy.username || this.proxy.password) {
      const base64 = Buffer.from(`${decodeURIComponent(this.proxy.username || '')}:${decodeURIComponent(this.proxy.password || '')}`).toString('base64')
      requestOptions.headers['proxy-authorization'] = `Basic ${base64}`
    }

    if (this.proxy.protocol === 'https:') {
      requestOptions.servername = this.proxy.hostname
    }

    const request = (this.proxy.protocol === 'http:' ? http : https).request(requestOptions)
    request.once('connect', (response, socket, head) => {
      request.removeAllListeners()
      socket.removeAllListeners()
      if (response.statusCode === 200) {
        callback(null, socket)
      } else {
        socket.destroy()
        callback(new Error(`Bad response: ${response.statusCode}`), null)
      }
    })

    request.once('timeout', () => {
      request.destroy(new Error('Proxy timeout'))
    })

    request.once('error', err => {
      request.removeAllListeners()
      callback(err, null)
    })

    request.end()
  }
}

class HttpsProxyAgent extends https.Agent {
  constructor (options) {
    const { proxy, proxyRequestOptions, ...opts } = options
    super(opts)
    this.proxy = typeof proxy === 'string'
      ? new URL(proxy)
      : proxy
    this.proxyRequestOptions = proxyRequestOptions || {}
  }

  createConnection (options, callback) {
    const requestOptions = {
      ...this.proxyRequestOptions,
      method: 'CONNECT',
      host: this.proxy.hostname,
      port: this.proxy.port,
      path: `${options.host}:${options.port}`,
      setHost: false,
      headers: { ...this.proxyRequestOptions.headers, connection: this.keepAlive ? 'keep-alive' : 'close', host: `${options.host}:${options.port}` },
      agent: false,
      timeout: options.timeout || 0
    }

    if (this.proxy.username || this.proxy.password) {
      const base64 = Buffer.from(`${decodeURIComponent(this.proxy.username || '')}:${decodeURIComponent(this.proxy.password || '')}`).toString('base64')
      requestOptions.headers['proxy-authorization'] = `Basic ${base64}`
    }

    // Necessary for the TLS check with the proxy to succeed.
    if (this.proxy.protocol === 'https:') {
      requestOptions.servername = this.proxy.hostname
    }

    const request = (this.proxy.protocol === 'http:' ? http : https).request(requestOptions)
    request.once('connect', (response, socket, head) => {
      request.removeAllListeners()
      socket.removeAllListeners()
      if (response.statusCode === 200) {
        const secureSocket = super.createConnection({ ...options, socket })
        callback(null, secureSocket)
      } else {
        socket.destroy()
        callback(new Error(`Bad response: ${response.statusCode}`), null)
      }
    })

    request.once('timeout', () => {
      request.destroy(new Error('Proxy timeout'))
    })

    request.once('error', err => {
      request.removeAllListeners()
      callback(err, null)
    })

    request.end()
  }
}

module.exports = {
  HttpProxyAgent,
  HttpsProxyAgent
}


/***/ }),

/***/ 3138:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  proxyAgents: () => (/* binding */ proxyAgents)
});

// UNUSED EXPORTS: bypassesProxy

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(4708);
// EXTERNAL MODULE: ../node_modules/hpagent/index.js
var hpagent = __webpack_require__(5455);
;// CONCATENATED MODULE: ../node_modules/hpagent/index.mjs


/* harmony default export */ const node_modules_hpagent = ((/* unused pure expression or super */ null && (mod)));
const HttpProxyAgent = hpagent.HttpProxyAgent
const HttpsProxyAgent = hpagent.HttpsProxyAgent

;// CONCATENATED MODULE: ../src/proxy.ts
/**
 * HTTP(S) agents that tunnel through a proxy (CONNECT, via hpagent), except for the hosts that
 * NO_PROXY names. The choice is made per connection, so it holds whichever endpoint the SDK
 * resolves (`endpoint-url`, AWS_ENDPOINT_URL*, or the regional default).
 */



/** Agents for the schemes that have a proxy; a scheme without one keeps the SDK's own agent. */
function proxyAgents(proxy, noProxy, options) {
    const bypass = (o) => bypassesProxy(noProxy, String(o.hostname ?? o.host ?? ''), Number(o.port ?? 0));
    class HttpAgent extends HttpProxyAgent {
        createConnection(o, callback) {
            if (bypass(o))
                return external_node_http_.Agent.prototype.createConnection.call(this, o, callback);
            return HttpProxyAgent.prototype.createConnection.call(this, o, callback);
        }
    }
    class HttpsAgent extends HttpsProxyAgent {
        createConnection(o, callback) {
            if (bypass(o))
                return external_node_https_.Agent.prototype.createConnection.call(this, o, callback);
            return HttpsProxyAgent.prototype.createConnection.call(this, o, callback);
        }
    }
    return {
        ...(proxy.http ? { httpAgent: new HttpAgent({ ...options, proxy: proxy.http }) } : {}),
        ...(proxy.https ? { httpsAgent: new HttpsAgent({ ...options, proxy: proxy.https }) } : {})
    };
}
/**
 * NO_PROXY as curl reads it: comma- or space-separated hosts, each matching itself and its
 * subdomains (a leading `.` or `*.` is allowed), optionally with `:port`; `*` matches all.
 */
function bypassesProxy(noProxy, host, port) {
    const target = host.toLowerCase().replace(/^\[(.*)\]$/, '$1').replace(/\.$/, '');
    for (const raw of noProxy.split(/[\s,]+/)) {
        const entry = raw.trim().toLowerCase();
        if (!entry)
            continue;
        if (entry === '*')
            return true;
        const [name, entryPort] = splitHostPort(entry);
        if (!name || (entryPort !== undefined && entryPort !== port))
            continue;
        if (target === name || target.endsWith(`.${name}`))
            return true;
    }
    return false;
}
/** `host`, `host:port`, `[v6]`, `[v6]:port` or a bare IPv6 address; the name without `*.`/`.` prefix. */
function splitHostPort(entry) {
    const bracketed = /^\[([^\]]+)\](?::(\d+))?$/.exec(entry);
    let name = entry;
    let port;
    if (bracketed)
        [, name = '', port] = bracketed;
    else if (entry.split(':').length === 2)
        [name = '', port] = entry.split(':');
    return [name.replace(/^\*?\./, '').replace(/\.$/, ''), port ? Number(port) : undefined];
}


/***/ })

};
