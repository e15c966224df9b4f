import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 8575:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  vL: () => (/* binding */ getUserAgentPrefix),
  jB: () => (/* binding */ partition)
});

// UNUSED EXPORTS: setPartitionInfo, useDefaultPartitionInfo

;// CONCATENATED MODULE: ../node_modules/@aws-sdk/core/dist-es/submodules/client/util-endpoints/lib/aws/partitions.js
const partitions_partitionsInfo = {
    "partitions": [
        {
            "id": "aws",
            "outputs": {
                "dnsSuffix": "amazonaws.com",
                "dualStackDnsSuffix": "api.aws",
                "implicitGlobalRegion": "us-east-1",
                "name": "aws",
                "supportsDualStack": true,
                "supportsFIPS": true
            },
            "regionRegex": "^(us|eu|ap|sa|ca|me|af|il|mx)\\-\\w+\\-\\d+$",
            "regions": {
                "af-south-1": {
                    "description": "Africa (Cape Town)"
                },
                "ap-east-1": {
                    "description": "Asia Pacific (Hong Kong)"
                },
                "ap-east-2": {
                    "description": "Asia Pacific (Taipei)"
                },
                "ap-northeast-1": {
                    "description": "Asia Pacific (Tokyo)"
                },
                "ap-northeast-2": {
                    "description": "Asia Pacific (Seoul)"
                },
                "ap-northeast-3": {
                    "description": "Asia Pacific (Osaka)"
                },
                "ap-south-1": {
                    "description": "Asia Pacific (Mumbai)"
                },
                "ap-south-2": {
                    "description": "Asia Pacific (Hyderabad)"
                },
                "ap-southeast-1": {
                    "description": "Asia Pacific (Singapore)"
                },
                "ap-southeast-2": {
                    "description": "Asia Pacific (Sydney)"
                },
                "ap-southeast-3": {
                    "description": "Asia Pacific (Jakarta)"
                },
                "ap-southeast-4": {
                    "description": "Asia Pacific (Melbourne)"
                },
                "ap-southeast-5": {
                    "description": "Asia Pacific (Malaysia)"
                },
                "ap-southeast-6": {
                    "description": "Asia Pacific (New Zealand)"
                },
                "ap-southeast-7": {
                    "description": "Asia Pacific (Thailand)"
                },
                "aws-global": {
                    "description": "aws global region"
                },
                "ca-central-1": {
                    "description": "Canada (Central)"
                },
                "ca-west-1": {
                    "description": "Canada West (Calgary)"
                },
                "eu-central-1": {
                    "description": "Europe (Frankfurt)"
                },
                "eu-central-2": {
                    "description": "Europe (Zurich)"
                },
                "eu-north-1": {
                    "description": "Europe (Stockholm)"
                },
                "eu-south-1": {
                    "description": "Europe (Milan)"
                },
                "eu-south-2": {
                    "description": "Europe (Spain)"
                },
                "eu-west-1": {
                    "description": "Europe (Ireland)"
                },
                "eu-west-2": {
                    "description": "Europe (London)"
                },
                "eu-west-3": {
                    "description": "Europe (Paris)"
                },
                "il-central-1": {
                    "description": "Israel (Tel Aviv)"
                },
                "me-central-1": {
                    "description": "Middle East (UAE)"
                },
                "me-south-1": {
                    "description": "Middle East (Bahrain)"
                },
                "me-west-1": {
                    "description": "Middle East (Saudi Arabia)"
                },
                "mx-central-1": {
                    "description": "Mexico (Central)"
                },
                "sa-east-1": {
                    "description": "South America (Sao Paulo)"
                },
                "sa-west-1": {
                    "description": "South America (Chile)"
                },
                "us-east-1": {
                    "description": "US East (N. Virginia)"
                },
                "us-east-2": {
                    "description": "US East (Ohio)"
                },
                "us-west-1": {
                    "description": "US West (N. California)"
                },
                "us-west-2": {
                    "description": "US West (Oregon)"
                }
            }
        },
        {
            "id": "aws-cn",
            "outputs": {
                "dnsSuffix": "amazonaws.com.cn",
                "dualStackDnsSuffix": "api.amazonwebservices.com.cn",
                "implicitGlobalRegion": "cn-northwest-1",
                "name": "aws-cn",
                "supportsDualStack": true,
                "supportsFIPS": true
            },
            "regionRegex": "^cn\\-\\w+\\-\\d+$",
            "regions": {
                "aws-cn-global": {
                    "description": "aws-cn global region"
                },
                "cn-north-1": {
                    "description": "China (Beijing)"
                },
                "cn-northwest-1": {
                    "description": "China (Ningxia)"
                }
            }
        },
        {
            "id": "aws-eusc",
            "outputs": {
                "dnsSuffix": "amazonaws.eu",
                "dualStackDnsSuffix": "api.amazonwebservices.eu",
                "implicitGlobalRegion": "eusc-de-east-1",
                "name": "aws-eusc",
                "supportsDualStack": true,
                "supportsFIPS": true
            },
            "regionRegex": "^eusc\\-(de)\\-\\w+\\-\\d+$",
            "regions": {
                "eusc-de-east-1": {
                    "description": "AWS European Sovereign Cloud (Germany)"
                }
            }
        },
        {
            "id": "aws-iso",
            "outputs": {
                "dnsSuffix": "c2s.ic.gov",
                "dualStackDnsSuffix": "api.aws.ic.gov",
                "implicitGlobalRegion": "us-iso-east-1",
                "name": "aws-iso",
                "supportsDualStack": true,
                "supportsFIPS": true
            },
            "regionRegex": "^us\\-iso\\-\\w+\\-\\d+$",
            "regions": {
                "aws-iso-global": {
                    "description": "aws-iso global region"
                },
                "us-iso-east-1": {
                    "description": "US ISO East"
                },
                "us-iso-west-1": {
                    "description": "US ISO WEST"
                }
            }
        },
        {
            "id": "aws-iso-b",
            "outputs": {
                "dnsSuffix": "sc2s.sgov.gov",
                "dualStackDnsSuffix": "api.aws.scloud",
                "implicitGlobalRegion": "us-isob-east-1",
                "name": "aws-iso-b",
                "supportsDualStack": true,
                "supportsFIPS": true
            },
            "regionRegex": "^us\\-isob\\-\\w+\\-\\d+$",
            "regions": {
                "aws-iso-b-global": {
                    "description": "aws-iso-b global region"
                },
                "us-isob-east-1": {
                    "description": "US ISOB East (Ohio)"
                },
                "us-isob-west-1": {
                    "description": "US ISOB West"
                }
            }
        },
        {
            "id": "aws-iso-e",
            "outputs": {
                "dnsSuffix": "cloud.adc-e.uk",
                "dualStackDnsSuffix": "api.cloud-aws.adc-e.uk",
                "implicitGlobalRegion": "eu-isoe-west-1",
                "name": "aws-iso-e",
                "supportsDualStack": true,
                "supportsFIPS": true
            },
            "regionRegex": "^eu\\-isoe\\-\\w+\\-\\d+$",
            "regions": {
                "aws-iso-e-global": {
                    "description": "aws-iso-e global region"
                },
                "eu-isoe-west-1": {
                    "description": "EU ISOE West"
                }
            }
        },
        {
            "id": "aws-iso-f",
            "outputs": {
                "dnsSuffix": "csp.hci.ic.gov",
                "dualStackDnsSuffix": "api.aws.hci.ic.gov",
                "implicitGlobalRegion": "us-isof-south-1",
                "name": "aws-iso-f",
                "supportsDualStack": true,
                "supportsFIPS": true
            },
            "regionRegex": "^us\\-isof\\-\\w+\\-\\d+$",
            "regions": {
                "aws-iso-f-global": {
                    "description": "aws-iso-f global region"
                },
                "us-isof-east-1": {
                    "description": "US ISOF EAST"
                },
                "us-isof-south-1": {
                    "description": "US ISOF SOUTH"
                }
            }
        },
        {
            "id": "aws-us-gov",
            "outputs": {
                "dnsSuffix": "amazonaws.com",
                "dualStackDnsSuffix": "api.aws",
                "implicitGlobalRegion": "us-gov-west-1",
                "name": "aws-us-gov",
                "supportsDualStack": true,
                "supportsFIPS": true
            },
            "regionRegex": "^us\\-gov\\-\\w+\\-\\d+$",
            "regions": {
                "aws-us-gov-global": {
                    "description": "aws-us-gov global region"
                },
                "us-gov-east-1": {
                    "description": "AWS GovCloud (US-East)"
                },
                "us-gov-west-1": {
                    "description": "AWS GovCloud (US-West)"
                }
            }
        }
    ],
    "version": "1.1"
};

;// CONCATENATED MODULE: ../node_modules/@aws-sdk/core/dist-es/submodules/client/util-endpoints/lib/aws/partition.js

let selectedPartitionsInfo = partitions_partitionsInfo;
let selectedUserAgentPrefix = "";
const partition = (value) => {
    const { partitions } = selectedPartitionsInfo;
    for (const partition of partitions) {
        const { regions, outputs } = partition;
        for (const [region, regionData] of Object.entries(regions)) {
            if (region === value) {
                return {
                    ...outputs,
                    ...regionData,
                };
            }
        }
    }
    for (const partition of partitions) {
        const { regionRegex, outputs } = partition;
        if (new RegExp(regionRegex).test(value)) {
            return {
                ...outputs,
            };
        }
    }
    const DEFAULT_PARTITION = partitions.find((partition) => partition.id === "aws");
    if (!DEFAULT_PARTITION) {
        throw new Error("Provided region was not found in the partition array or regex," +
            " and default partition with id 'aws' doesn't exist.");
    }
    return {
        ...DEFAULT_PARTITION.outputs,
    };
};
const setPartitionInfo = (partitionsInfo, userAgentPrefix = "") => {
    selectedPartitionsInfo = partitionsInfo;
    selectedUserAgentPrefix = userAgentPrefix;
};
const useDefaultPartitionInfo = () => {
    setPartitionInfo(partitionsInfo, "");
};
const getUserAgentPrefix = () => selectedUserAgentPrefix;


/***/ }),

/***/ 5455:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const https = __nccwpck_require__(5692)
const http = __nccwpck_require__(8611)
const { URL } = __nccwpck_require__(7016)

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

/***/ 4328:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _src_index_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6303);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_src_index_js__WEBPACK_IMPORTED_MODULE_0__]);
_src_index_js__WEBPACK_IMPORTED_MODULE_0__ = (__webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__)[0];
// The bundle's entry, beside bundle/tsconfig.json (see there why): the action's own entry point.


__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 4629:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   A6: () => (/* binding */ lookedUp),
/* harmony export */   Ir: () => (/* binding */ connectEarly),
/* harmony export */   bR: () => (/* binding */ adoptEarlyConnections),
/* harmony export */   wC: () => (/* binding */ turn),
/* harmony export */   xS: () => (/* binding */ familyAttemptTimeout)
/* harmony export */ });
/* unused harmony export guessEndpoint */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_tls__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(1692);
/* harmony import */ var node_tls__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__nccwpck_require__.n(node_tls__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _aws_sdk_core_client__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(8575);
/* harmony import */ var _proxy_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(7095);
/* harmony import */ var _region_name_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(923);
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




// The endpoint rules' own partition data (settings.ts uses it too).



/** The variables that change the endpoint, how it is reached, or whom it must prove to be. */
const UNCERTAIN_ENV = [
    'AWS_ENDPOINT_URL',
    'AWS_ENDPOINT_URL_SECRETS_MANAGER',
    'AWS_USE_FIPS_ENDPOINT',
    'AWS_USE_DUALSTACK_ENDPOINT',
    'AWS_CA_BUNDLE',
    'NODE_USE_ENV_PROXY'
];
/** The endpoint the run will use, or undefined where anything makes it uncertain. */
function guessEndpoint(source) {
    const { env } = source;
    const input = (name) => (env[`INPUT_${name.toUpperCase()}`] ?? '').trim();
    const variable = (name) => env[name]?.trim() ?? '';
    if (input('endpoint-url') || input('http-proxy') || input('ca-bundle'))
        return undefined;
    if (UNCERTAIN_ENV.some((name) => variable(name) !== ''))
        return undefined;
    if ([...source.execArgv, ...variable('NODE_OPTIONS').split(/\s+/)].some((arg) => arg.startsWith('--use-env-proxy')))
        return undefined;
    if (sharedFiles(env).some(source.exists))
        return undefined;
    const connectTimeout = whole(input('connect-timeout') || '10', 1, 3600);
    const maxConcurrency = whole(input('max-concurrency') || '4', 1, 16);
    if (connectTimeout === undefined || maxConcurrency === undefined)
        return undefined;
    const secrets = input('secrets');
    const ids = secrets
        ? secrets
            .split(/\r?\n/)
            .map((line) => line.trim())
            .filter((line) => line !== '' && !line.startsWith('#'))
            .map((line) => line.split(/\s/)[0] ?? '')
        : [input('secret-id')];
    const arns = ids.flatMap((id) => {
        const m = _region_name_js__WEBPACK_IMPORTED_MODULE_5__/* .SECRET_ARN */ .H.exec(id);
        return m ? [{ partition: m[1], region: m[2] }] : [];
    });
    const given = input('region');
    const job = variable('AWS_REGION') || variable('AWS_DEFAULT_REGION');
    const onlyArns = arns.length === ids.length && new Set(arns.map((a) => a.region)).size === 1;
    // The order of settings.ts: for one secret the input, the ARN's, the job's; for `secrets` the
    // input, the region every line's ARN names, the job's, the first ARN's.
    const region = secrets
        ? given || (onlyArns ? arns[0].region : '') || job || arns[0]?.region
        : given || arns[0]?.region || job;
    if (!region)
        return undefined;
    const found = (0,_region_name_js__WEBPACK_IMPORTED_MODULE_5__/* .regionPartitionIn */ .G)(region, _aws_sdk_core_client__WEBPACK_IMPORTED_MODULE_6__/* .partition */ .jB);
    if (!found?.dnsSuffix)
        return undefined;
    // Every ARN names this region in its partition, or the run stops at its settings.
    if (arns.some((arn) => arn.region !== region || arn.partition !== found.name))
        return undefined;
    // The endpoint rules give secretsmanager.{Region}.{dnsSuffix} in every partition without FIPS or dual-stack.
    const host = `secretsmanager.${region}.${found.dnsSuffix}`;
    const port = 443;
    const proxied = [variable('HTTPS_PROXY') || variable('https_proxy'), variable('HTTP_PROXY') || variable('http_proxy')];
    const noProxy = variable('NO_PROXY') || variable('no_proxy');
    if (proxied.some((proxy) => proxy !== '') && !(0,_proxy_js__WEBPACK_IMPORTED_MODULE_4__/* .bypassesProxy */ .Z)(noProxy, host, port))
        return undefined;
    // skip-unchanged and json-merge send DescribeSecret and GetSecretValue at once (read.ts), each on
    // a connection of its own: a second connection opened at the request would cost its own two
    // round trips (TCP, TLS), more than the one that reading in parallel saves.
    const readsTwice = !input('promote-version-id') && (input('skip-unchanged') === 'true' || input('json-merge') === 'true');
    const perSecret = readsTwice ? 2 : 1;
    return {
        host,
        port,
        connectTimeoutMs: connectTimeout * 1000,
        connections: secrets ? Math.min(maxConcurrency, ids.length * perSecret) : perSecret
    };
}
/** The SDK's shared config and credentials files (it reads `endpoint_url` and more from either). */
function sharedFiles(env) {
    const home = env.HOME || (0,node_os__WEBPACK_IMPORTED_MODULE_1__.homedir)();
    const resolve = (file) => (file.startsWith('~/') ? node_path__WEBPACK_IMPORTED_MODULE_2__.join(home, file.slice(2)) : file);
    return [
        resolve(env.AWS_CONFIG_FILE || node_path__WEBPACK_IMPORTED_MODULE_2__.join(home, '.aws', 'config')),
        resolve(env.AWS_SHARED_CREDENTIALS_FILE || node_path__WEBPACK_IMPORTED_MODULE_2__.join(home, '.aws', 'credentials'))
    ];
}
function whole(raw, min, max) {
    const n = /^\d+$/.test(raw) ? Number(raw) : NaN;
    return n >= min && n <= max ? n : undefined;
}
/**
 * The time Node gives each address of a name before it tries the next (`autoSelectFamily`, happy
 * eyeballs): a quarter of `connect-timeout`, from Node's own 250 ms up to 2.5 s. Node's 250 ms
 * fails endpoints whose handshake takes longer (nodejs/node#54359: far regions, a lost SYN, which
 * Linux resends after 1 s); 2.5 s outlasts one lost SYN, and a quarter of the budget lets a dead
 * address (an IPv6 route that goes nowhere) cost at most that much, so that the next address
 * still has three quarters of `connect-timeout` to connect.
 */
function familyAttemptTimeout(connectTimeoutMs) {
    return Math.min(2500, Math.max(250, Math.floor(connectTimeoutMs / 4)));
}
/** The sockets opened and not yet taken. */
const waiting = [];
/**
 * Opens the connections of guessEndpoint(), if any; true when it opened one. Never throws. The
 * sockets never keep the process alive; a lookup does, while its resolver has not answered: it runs
 * on libuv's thread pool, which cannot cancel it and which the process joins as it exits (even by
 * process.exit()), so a run that never uses the endpoint ends only when the resolver gives up.
 */
function connectEarly(source = { env: process.env, exists: node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync, execArgv: process.execArgv }) {
    try {
        const endpoint = guessEndpoint(source);
        for (let i = 0; endpoint && i < endpoint.connections; i++)
            waiting.push(open(endpoint));
    }
    catch {
        // A guess that fails is no guess: the agent connects as it always did.
    }
    return waiting.length > 0;
}
/**
 * A turn of the event loop when sockets are connecting: TCP's answer and the TLS handshake's wait
 * for one, and loading the bundle, and everything from run() to the request's write, give none.
 */
function turn() {
    return waiting.length > 0 ? new Promise((resolve) => setImmediate(resolve)) : undefined;
}
/**
 * Resolves once every socket has its address (its SYN is then on the way) or is gone, or after
 * `maxMs`: the name's lookup runs on libuv's thread pool and its answer waits for a turn of the
 * event loop, which loading the SDK would not give for tens of milliseconds.
 */
function lookedUp(maxMs) {
    const pending = waiting.filter(({ socket }) => socket.connecting && !socket.destroyed);
    if (pending.length === 0)
        return Promise.resolve();
    return new Promise((resolve) => {
        const timer = setTimeout(resolve, maxMs);
        let left = pending.length;
        const done = () => {
            if (--left === 0) {
                clearTimeout(timer);
                resolve();
            }
        };
        for (const { socket } of pending) {
            const once = () => {
                socket.off('lookup', once).off('close', once);
                done();
            };
            socket.on('lookup', once).on('close', once);
        }
    });
}
function open({ host, port, connectTimeoutMs }) {
    // As the agent would open it (client.ts, createAgents): no ALPN, Node's default CAs.
    const options = {
        host,
        port,
        servername: host,
        autoSelectFamilyAttemptTimeout: familyAttemptTimeout(connectTimeoutMs)
    };
    const socket = node_tls__WEBPACK_IMPORTED_MODULE_3__.connect(options);
    const early = { socket, options };
    socket.unref();
    socket.on('error', () => socket.destroy());
    socket.on('session', (session) => (early.session = session));
    const timer = setTimeout(() => socket.destroy(), connectTimeoutMs).unref();
    socket.once('secureConnect', () => clearTimeout(timer));
    socket.once('close', () => clearTimeout(timer));
    return early;
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
];
/**
 * Makes `agent` take a waiting socket for a connection it would open, once each, when that socket
 * is still open and was opened to the same host and port with the same server name and TLS
 * options; every other waiting socket is destroyed on the way.
 */
function adoptEarlyConnections(agent) {
    if (waiting.length === 0)
        return agent;
    const internals = agent;
    const own = internals.createConnection.bind(agent);
    Object.assign(agent, {
        createConnection: (options, callback) => take(internals, options) ?? own(options, callback)
    });
    return agent;
}
function take(agent, options) {
    for (let early = waiting.shift(); early; early = waiting.shift()) {
        const { socket } = early;
        const same = agent.getName(options) === agent.getName(early.options) &&
            UNNAMED_TLS_OPTIONS.every((key) => options[key] === early.options[key]);
        if (!same || socket.destroyed || !socket.writable) {
            socket.destroy();
            continue;
        }
        socket.ref();
        // The agent's TLS session cache, as its own createConnection keeps it (node:https).
        const key = options._agentKey;
        if (key && agent._cacheSession) {
            if (early.session)
                agent._cacheSession(key, early.session);
            socket.on('session', (session) => agent._cacheSession?.(key, session));
            socket.once('close', (failed) => failed && agent._evictSession?.(key));
        }
        return socket;
    }
    return undefined;
}


/***/ }),

/***/ 6303:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _early_connection_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4629);
// The runner's entry point. It opens the connection to the endpoint first (early-connection.ts),
// then loads the rest: an ES module graph is loaded and evaluated before any of its code runs, so
// a static import of main.js would put the whole start-up before the first packet. The handshake
// needs turns of the event loop (the lookup's answer, TCP's, the server's TLS flight), which
// loading and evaluating the SDK, and everything from run() to the request's write, never give:
// so when a socket is connecting, the SDK's client is loaded in its own step (client.js, not the
// SDK's index, which would evaluate every command and cost some 12 M instructions), with a turn
// before and after it. When none is, main.js is loaded straight away, with no wait and no turn.
//
// The rest is a second file, loaded by import(): about 11 M instructions (2.8 %, some 2.5 ms of
// CPU here) more than one file, guess or none. One file ("eager" imports) costs nothing more, but
// the whole bundle is then parsed before the first packet leaves, which measured 1.19 times slower
// to written at 40 ms RTT (docs/performance.md).

if ((0,_early_connection_js__WEBPACK_IMPORTED_MODULE_0__/* .connectEarly */ .Ir)()) {
    // The SYN leaves once the name is looked up (a millisecond from /etc/hosts or a warm cache).
    await (0,_early_connection_js__WEBPACK_IMPORTED_MODULE_0__/* .lookedUp */ .A6)(5);
    await Promise.all(/* import() */[__nccwpck_require__.e(64), __nccwpck_require__.e(327)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9327));
    await (0,_early_connection_js__WEBPACK_IMPORTED_MODULE_0__/* .turn */ .wC)();
}
const { run } = await Promise.all(/* import() */[__nccwpck_require__.e(64), __nccwpck_require__.e(327), __nccwpck_require__.e(72)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1072));
await (0,_early_connection_js__WEBPACK_IMPORTED_MODULE_0__/* .turn */ .wC)();
await run();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 7095:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Z: () => (/* binding */ bypassesProxy),
  H: () => (/* binding */ proxyAgents)
});

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __nccwpck_require__(7067);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __nccwpck_require__(4708);
;// CONCATENATED MODULE: external "node:net"
const external_node_net_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");
// EXTERNAL MODULE: external "node:tls"
var external_node_tls_ = __nccwpck_require__(1692);
// EXTERNAL MODULE: ../node_modules/hpagent/index.js
var hpagent = __nccwpck_require__(5455);
;// CONCATENATED MODULE: ../node_modules/hpagent/index.mjs


/* harmony default export */ const node_modules_hpagent = ((/* unused pure expression or super */ null && (mod)));
const HttpProxyAgent = hpagent.HttpProxyAgent
const HttpsProxyAgent = hpagent.HttpsProxyAgent

;// CONCATENATED MODULE: ../src/proxy.ts
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





/** Agents for the schemes that have a proxy; a scheme without one keeps the SDK's own agent. */
function proxyAgents(proxy, noProxy, options) {
    const bypass = (o) => bypassesProxy(noProxy, String(o.hostname ?? o.host ?? ''), Number(o.port ?? 0));
    class HttpsAgent extends HttpsProxyAgent {
        createConnection(o, callback) {
            if (bypass(o))
                return external_node_https_.Agent.prototype.createConnection.call(this, o, callback);
            return HttpsProxyAgent.prototype.createConnection.call(this, o, callback);
        }
    }
    const connect = connectionOptions(options);
    return {
        ...(proxy.http ? { httpAgent: absoluteFormAgent(new URL(proxy.http), bypass, options) } : {}),
        ...(proxy.https
            ? // hpagent opens the connection to the proxy with proxyRequestOptions, not the agent's own.
                // (Its typings know only ca, headers and rejectUnauthorized; it passes any option on.)
                {
                    httpsAgent: new HttpsAgent({
                        ...options,
                        proxy: proxy.https,
                        proxyRequestOptions: { ...connect, ...tlsTrust(options) }
                    })
                }
            : {})
    };
}
/** The options that shape how a TCP connection is made (not TLS), passed to the proxy's connection too. */
function connectionOptions(options) {
    return options.autoSelectFamilyAttemptTimeout === undefined
        ? {}
        : { autoSelectFamilyAttemptTimeout: options.autoSelectFamilyAttemptTimeout };
}
/** The CAs trusted for the endpoint are trusted for an https:// proxy too. */
function tlsTrust(options) {
    return options.ca === undefined ? {} : { ca: options.ca };
}
/**
 * An http.Agent that sends each request not bypassed to the proxy, its request line in absolute
 * form and with the proxy's credentials, over connections to the proxy that it keeps alive.
 */
function absoluteFormAgent(proxy, bypass, options) {
    const proxyHost = proxy.hostname.replace(/^\[(.*)\]$/, '$1');
    const proxyPort = Number(proxy.port) || (proxy.protocol === 'https:' ? 443 : 80);
    const authorization = proxy.username
        ? `Basic ${Buffer.from(`${decodeURIComponent(proxy.username)}:${decodeURIComponent(proxy.password)}`).toString('base64')}`
        : undefined;
    class AbsoluteFormAgent extends external_node_http_.Agent {
        // addRequest is where Node hands a request to its agent, before the request line is written.
        addRequest(req, o) {
            if (bypass(o))
                return external_node_http_.Agent.prototype.addRequest.call(this, req, o);
            const host = String(o.hostname ?? o.host ?? '');
            const target = `${host.includes(':') && !host.startsWith('[') ? `[${host}]` : host}:${Number(o.port ?? 80)}`;
            req.path = `http://${target}${req.path}`;
            if (authorization)
                req.setHeader('proxy-authorization', authorization);
            const toProxy = {
                ...o,
                host: proxyHost,
                hostname: proxyHost,
                port: proxyPort,
                ...(proxy.protocol === 'https:' ? { proxyTls: true } : {})
            };
            return external_node_http_.Agent.prototype.addRequest.call(this, req, toProxy);
        }
        createConnection(o, callback) {
            if (!o.proxyTls)
                return external_node_http_.Agent.prototype.createConnection.call(this, o, callback);
            const servername = (0,external_node_net_namespaceObject.isIP)(proxyHost) ? {} : { servername: proxyHost };
            return external_node_tls_.connect({
                ...o,
                host: proxyHost,
                port: proxyPort,
                ...servername,
                ...tlsTrust(options)
            });
        }
    }
    return new AbsoluteFormAgent({ keepAlive: options.keepAlive ?? true, ...connectionOptions(options) });
}
/**
 * NO_PROXY as curl reads it: comma- or space-separated hosts, each matching itself and its
 * subdomains (a leading `.` or `*.` is allowed), optionally with `:port`; `*` matches all.
 */
function bypassesProxy(noProxy, host, port) {
    const target = host
        .toLowerCase()
        .replace(/^\[(.*)\]$/, '$1')
        .replace(/\.$/, '');
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


/***/ }),

/***/ 923:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ regionPartitionIn),
/* harmony export */   H: () => (/* binding */ SECRET_ARN)
/* harmony export */ });
/**
 * What may be a region, and a secret ARN's shape: shared by settings.ts, which validates the
 * run's region, and early-connection.ts, which must not turn an input into a host name unless it
 * passes the same checks. Imports nothing, so that the early connection loads no more than it needs.
 */
/** A Secrets Manager secret's ARN: partition, region, account, name. */
const SECRET_ARN = /^arn:([a-z][a-z0-9-]*):secretsmanager:([^:]+):(\d{12}):secret:(.+)$/;
/**
 * The partition of a region, from the SDK's partition data (`lookup`): a region it knows by name,
 * or one that a partition's pattern matches (a region newer than the SDK). Undefined for anything
 * else. The SDK's lookup puts every unknown string in `aws` by default, so a region that reaches
 * `aws` only that way must at least look like an `aws` region name (two letters, a name, a
 * number). Pseudo-regions such as `aws-global` have no Secrets Manager endpoint and are not accepted.
 */
function regionPartitionIn(region, lookup) {
    if (!/^[a-z]+(?:-[a-z]+)+-\d+$/.test(region) || region.endsWith('-global'))
        return undefined;
    const found = lookup(region);
    if (found.description !== undefined || found.name !== 'aws' || /^[a-z]{2}(?:-[a-z]+)+-\d{1,2}$/.test(region))
        return found;
    return undefined;
}


/***/ }),

/***/ 6982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 4708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 7016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(4328);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
