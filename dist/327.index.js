export const id = 327;
export const ids = [327];
export const modules = {

/***/ 9327:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  collectBody: () => (/* binding */ collectBody),
  createAgents: () => (/* binding */ createAgents),
  createClient: () => (/* binding */ createClient),
  familyAttemptTimeout: () => (/* reexport */ early_connection/* familyAttemptTimeout */.xS),
  userAgent: () => (/* binding */ userAgent)
});

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(4708);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: external "node:tls"
var external_node_tls_ = __webpack_require__(1692);
// EXTERNAL MODULE: ../node_modules/@aws-sdk/client-secrets-manager/dist-es/SecretsManagerClient.js + 13 modules
var SecretsManagerClient = __webpack_require__(8064);
;// CONCATENATED MODULE: ../src/answer-size.ts
/**
 * A bound on the size of an answer's body. The SDK reads a body whole before parsing it, so an
 * endpoint that answers with a flood (a buggy gateway, a hostile endpoint-url) would fill the
 * heap: 256 MiB took about 870 MiB, a few GiB ended the process with no message. `read-timeout`
 * bounds the body in time; this bounds it in bytes, and abandons it (its socket destroyed) as soon
 * as it passes the bound.
 *
 * The bound: the largest legitimate answer of the calls the action makes, with margin.
 * - GetSecretValue: a SecretString of at most 65536 bytes, which JSON may escape six-fold (a
 *   control character becomes \u00XX): 384 KiB; a SecretBinary's base64, about 87 KiB; plus the
 *   ARN, name, version id and at most 20 labels: under 0.5 MiB.
 * - DescribeSecret: up to about 100 versions with their labels (at most 20 on a version, each at
 *   most 256 characters: even 100 x 20 labels, escaped, is about 1 MiB), 50 tags of at most 128 +
 *   256 characters, a description of at most 2048, the replication status of every region: under
 *   1.5 MiB however the fields are filled.
 * - The writes and the error answers are a few hundred bytes.
 * 4 MiB is over twice the worst, and costs nothing to hold.
 */

const MAX_ANSWER_BYTES = 4 * 1024 * 1024;
/** An answer body abandoned at the bound: errors.ts words it for the failure. */
class AnswerTooLargeError extends Error {
    limit;
    name = 'AnswerTooLargeError';
    constructor(limit) {
        super(`The answer's body was larger than ${limit} bytes, far more than any Secrets Manager answer.`);
        this.limit = limit;
    }
}
/**
 * The body, which now fails with AnswerTooLargeError (its socket destroyed) once more than
 * `limit` bytes have arrived. A body that is not a Node stream (never so with the SDK's Node
 * handler) is returned as it is.
 */
function boundBody(body, limit = MAX_ANSWER_BYTES) {
    if (!(body instanceof external_node_stream_.Readable))
        return body;
    let received = 0;
    // A listener beside the reader's: both see every chunk in order; at the bound the stream is
    // destroyed, and the reader's 'error' listener rejects.
    const count = (chunk) => {
        received += chunk.length;
        if (received > limit) {
            body.off('data', count);
            body.destroy(new AnswerTooLargeError(limit));
        }
    };
    body.on('data', count);
    return body;
}

// EXTERNAL MODULE: ../src/early-connection.ts
var early_connection = __webpack_require__(4629);
// EXTERNAL MODULE: ../src/errors.ts
var errors = __webpack_require__(8204);
// EXTERNAL MODULE: ../src/file.ts
var file = __webpack_require__(4405);
// EXTERNAL MODULE: ../src/proxy.ts + 2 modules
var proxy = __webpack_require__(7095);
;// CONCATENATED MODULE: ../src/version.ts
/** The action's name and version, as the user agent reports them. A test keeps them equal to package.json's. */
const ACTION_NAME = 'aws-secretsmanager-update-secret';
const ACTION_VERSION = '1.0.0';

;// CONCATENATED MODULE: ../src/client.ts
/**
 * Builds the SecretsManagerClient for this run: region, endpoint, the SDK's standard retry
 * strategy, timeouts that really abort, a proxy and extra CAs when configured, and a user agent
 * that tells CloudTrail which workflow run wrote the secret.
 */











async function createClient(settings, run) {
    const agents = await createAgents(settings);
    const client = new SecretsManagerClient/* SecretsManagerClient */._({
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
        streamCollector: (body) => collectBody(boundBody(body), settings.readTimeoutMs)
        // No `logger`: the SDK's debug logging can print request fields, which hold the value.
    });
    client.middlewareStack.add(nameOperation, { step: 'initialize', name: 'nameOperation' });
    client.middlewareStack.addRelativeTo(noteLostAnswer, {
        relation: 'after',
        toMiddleware: 'retryMiddleware',
        name: 'noteLostAnswer'
    });
    return client;
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
function collectBody(body, timeoutMs) {
    if (!(body instanceof external_node_stream_.Readable)) {
        return new Response(body)
            .arrayBuffer()
            .then((buffer) => new Uint8Array(buffer));
    }
    return new Promise((resolve, reject) => {
        const chunks = [];
        const timer = timeoutMs === undefined
            ? undefined
            : setTimeout(() => {
                const error = new Error(`The answer's body did not arrive within ${timeoutMs} ms (read-timeout).`);
                body.destroy(Object.assign(error, { name: 'TimeoutError', code: 'ETIMEDOUT' }));
            }, timeoutMs);
        body.on('data', (chunk) => chunks.push(chunk));
        body.on('error', (error) => {
            clearTimeout(timer);
            reject(error);
        });
        body.on('end', () => {
            clearTimeout(timer);
            // A fresh array, not a slice of Buffer's shared pool: the SDK re-types the bytes it gets.
            const bytes = new Uint8Array(chunks.reduce((n, chunk) => n + chunk.length, 0));
            let offset = 0;
            for (const chunk of chunks) {
                bytes.set(chunk, offset);
                offset += chunk.length;
            }
            resolve(bytes);
        });
    });
}
/**
 * Tags every error with the operation that failed, so that the failure message can name it, and
 * with `answerLost` when an attempt's answer was lost (so that a write's failure says it may have
 * been applied, whatever the last attempt met).
 */
const nameOperation = (next, context) => async (args) => {
    try {
        return await next(args);
    }
    catch (error) {
        if (typeof error === 'object' && error !== null && context.commandName) {
            Object.assign(error, { operation: context.commandName.replace(/Command$/, '') });
        }
        if (typeof error === 'object' && error !== null && context.answerLost) {
            Object.assign(error, { answerLost: true });
        }
        throw error;
    }
};
/** Each attempt, inside the SDK's retries: one whose answer was lost is noted on the call's context. */
const noteLostAnswer = (next, context) => async (args) => {
    try {
        return await next(args);
    }
    catch (error) {
        if ((0,errors/* attemptLost */.qk)(error))
            context.answerLost = true;
        throw error;
    }
};
/** `[name, version]` pairs appended to the SDK's user agent, as CloudTrail records it. */
function userAgent(run) {
    const pairs = [[ACTION_NAME, ACTION_VERSION]];
    if (run?.repository)
        pairs.push(['gha-repo', run.repository.replace('/', '.')]);
    if (run?.runId)
        pairs.push(['gha-run', `${run.runId}-${run.runAttempt || 1}`]);
    return pairs;
}

/** The agents of every run: the per-address connect time, and the proxy and extra CAs when configured. */
async function createAgents(settings) {
    // Node's default set (its bundled roots plus NODE_EXTRA_CA_CERTS) and the bundle's CAs.
    const ca = settings.caBundle ? [...(0,external_node_tls_.getCACertificates)('default'), readCaBundle(settings.caBundle)] : undefined;
    const options = {
        keepAlive: true,
        autoSelectFamilyAttemptTimeout: (0,early_connection/* familyAttemptTimeout */.xS)(settings.connectTimeoutMs),
        ...(ca ? { ca } : {})
    };
    let agents = {};
    if (settings.httpProxy || settings.httpsProxy) {
        agents = (0,proxy/* proxyAgents */.H)({ http: settings.httpProxy, https: settings.httpsProxy }, settings.noProxy, options);
    }
    return {
        httpAgent: agents.httpAgent ?? new external_node_http_.Agent(options),
        // The socket opened while the action started (early-connection.ts), when it is this agent's own kind.
        httpsAgent: agents.httpsAgent ?? (0,early_connection/* adoptEarlyConnections */.bR)(new external_node_https_.Agent(options))
    };
}
/** A CA bundle of every public root is about 0.2 MiB: 16 MiB is generous, and bounds the heap. */
const MAX_CA_BUNDLE_BYTES = 16 * 1024 * 1024;
function readCaBundle({ path, from }) {
    // The error names the input even when the path came from AWS_CA_BUNDLE, and says so.
    const origin = from === 'AWS_CA_BUNDLE' ? 'AWS_CA_BUNDLE' : undefined;
    const pem = (0,file/* readSmallFile */.E)(path, {
        input: 'ca-bundle',
        maxBytes: MAX_CA_BUNDLE_BYTES,
        ...(origin ? { origin } : {})
    }).toString('utf8');
    if (!pem.includes('-----BEGIN CERTIFICATE-----')) {
        throw new errors/* InputError */.dz('ca-bundle', `${path}${origin ? ` (taken from ${origin})` : ''} holds no PEM certificate (-----BEGIN CERTIFICATE-----).`);
    }
    return pem;
}


/***/ }),

/***/ 8204:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HT: () => (/* binding */ exceptionName),
/* harmony export */   cc: () => (/* binding */ CancelledError),
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   gJ: () => (/* binding */ errorMessage),
/* harmony export */   lM: () => (/* binding */ answerLost),
/* harmony export */   lZ: () => (/* binding */ ActionError),
/* harmony export */   oh: () => (/* binding */ failureMessage),
/* harmony export */   qk: () => (/* binding */ attemptLost),
/* harmony export */   vT: () => (/* binding */ PartialWriteError)
/* harmony export */ });
/**
 * Every failure of the action becomes one message that says what went wrong and what to do.
 * Messages are built from error names, codes and our own words: never from a secret value.
 */
/** A bad input: raised by settings and value loading, before any AWS call. */
class InputError extends Error {
    input;
    detail;
    name = 'InputError';
    constructor(
    /** The action.yml name of the input at fault. */
    input, 
    /** What is wrong, without the input's name. */
    detail) {
        super(`Input \`${input}\`: ${detail}`);
        this.input = input;
        this.detail = detail;
    }
}
/** A failure the action detects itself while talking to Secrets Manager. */
class ActionError extends Error {
    name = 'ActionError';
}
/** A failure after something was written: the message says exactly what. */
class PartialWriteError extends Error {
    written;
    cause;
    name = 'PartialWriteError';
    constructor(
    /** What was written before the failure, in words (ids and labels only). */
    written, cause) {
        super(`Failed after writing: ${written.join('; ')}`);
        this.written = written;
        this.cause = cause;
    }
}
/** A cancelled run: what its writes had done when the signal came. */
class CancelledError extends Error {
    written;
    uncertain;
    leftover;
    name = 'CancelledError';
    constructor(
    /** Written before the stop, in words (ids and labels only). */
    written, 
    /** A call still unanswered, or failed without an answer that says whether it took effect. */
    uncertain, 
    /** Cleanup that could not be sent: what is left for the user to do. */
    leftover) {
        super('The step was cancelled.');
        this.written = written;
        this.uncertain = uncertain;
        this.leftover = leftover;
    }
}
/** Hints for the Secrets Manager exceptions users meet most, keyed by exception name. */
const HINTS = {
    ResourceNotFoundException: 'Check `secret-id` (name or full ARN) and `region`, or set `create-if-missing: true` to create the secret.',
    AccessDeniedException: 'The role needs secretsmanager:UpdateSecret on the secret (plus the actions of the options in use: see README), ' +
        'and, for a customer managed KMS key, kms:GenerateDataKey and kms:Decrypt on that key.',
    InvalidRequestException: 'If the secret is scheduled for deletion, restore it first (`aws secretsmanager restore-secret`); ' +
        'a KMS key that is disabled or pending deletion causes this too.',
    'CreateSecret:ResourceExistsException': 'A secret with this name already exists (or is scheduled for deletion): restore it, or use another name.',
    ResourceExistsException: '`client-request-token` was already used for a version with a different value: use a new token, or leave it empty to generate one.',
    LimitExceededException: 'The secret has too many versions: AWS advises at most one value update every 10 minutes. ' +
        'Consider `skip-unchanged: true` so that unchanged values create no version.',
    InvalidParameterException: 'Check the inputs against the Secrets Manager limits (value size, token length, key id).',
    EncryptionFailure: 'The KMS key could not be used: check that it is enabled and that the role may use it.',
    DecryptionFailure: 'The KMS key could not be used: check that it is enabled and that the role may use it.',
    CredentialsProviderError: 'No AWS credentials were found. Add aws-actions/configure-aws-credentials before this step (OIDC role recommended).',
    ExpiredTokenException: 'The AWS credentials have expired: refresh them with aws-actions/configure-aws-credentials.',
    UnrecognizedClientException: 'The AWS credentials are not valid for this endpoint or region.',
    ThrottlingException: 'Requests were throttled on every attempt: raise `max-attempts` or retry later.'
};
/** Network error codes that mean the endpoint could not be reached at all. */
const CONNECT_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH']);
/** TLS error codes that mean the endpoint's certificate is not trusted. */
const TLS_CODES = new Set([
    'SELF_SIGNED_CERT_IN_CHAIN',
    'DEPTH_ZERO_SELF_SIGNED_CERT',
    'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
    'UNABLE_TO_GET_ISSUER_CERT',
    'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
    'CERT_UNTRUSTED',
    'ERR_TLS_CERT_ALTNAME_INVALID',
    'CERT_HAS_EXPIRED'
]);
/** The message of anything thrown, including non-Error throws. */
function errorMessage(error) {
    if (error instanceof Error)
        return error.message;
    if (typeof error === 'string')
        return error;
    return String(error);
}
function field(error, key) {
    if (typeof error !== 'object' || error === null)
        return undefined;
    const value = error[key];
    return typeof value === 'string' ? value : undefined;
}
/** The deepest `cause` chain code, as Node puts network codes on nested errors. */
function errorCode(error) {
    let current = error;
    for (let depth = 0; depth < 5 && current; depth++) {
        const code = field(current, 'code');
        if (code)
            return code;
        current = current.cause;
    }
    return undefined;
}
/**
 * One line for `core.setFailed`: what failed, the exception's name, and a hint.
 * `operation` is the Secrets Manager call that failed (client.ts tags errors with it).
 */
function failureMessage(error, operation = field(error, 'operation')) {
    if (error instanceof InputError || error instanceof ActionError)
        return error.message;
    if (error instanceof PartialWriteError) {
        return `${failureMessage(error.cause)} Already written before this failure: ${error.written.join('; ')}.`;
    }
    const name = field(error, 'name') ?? 'Error';
    const code = errorCode(error);
    const where = operation ? `${operation} failed` : 'Failed';
    const message = errorMessage(error);
    if (code && TLS_CODES.has(code)) {
        return (`${where}: the endpoint's TLS certificate is not trusted (${code}). ` +
            'Give the PEM file of its CA as `ca-bundle` (or AWS_CA_BUNDLE).');
    }
    if (code && CONNECT_CODES.has(code)) {
        return `${where}: could not connect to the Secrets Manager endpoint (${code}). Check \`endpoint-url\`, \`region\` and the proxy settings.`;
    }
    // The SDK names resets "TimeoutError" too (so that they are retried): the code tells them apart.
    if (code === 'ECONNRESET' || code === 'EPIPE') {
        return `${where}: the connection was reset or closed before an answer on every attempt (${code}). Check the network and any proxy, or raise \`max-attempts\`.`;
    }
    if (/did not establish a connection/.test(message)) {
        return `${where}: could not connect to the Secrets Manager endpoint within \`connect-timeout\` on any attempt. Check \`endpoint-url\`, \`region\` and the proxy settings.`;
    }
    // The SDK's JSON parser failed on the body: something between us and Secrets Manager answered.
    // Its message quotes the body, which is neither ours nor AWS's: it is not repeated.
    const status = httpStatus(error);
    // answer-size.ts abandoned the body at its bound; the SDK appended a hint about $response to the message.
    if (name === 'AnswerTooLargeError') {
        const limit = error.limit;
        const applied = operation && WRITES.has(operation)
            ? ` The ${operation} request may have been applied: check the secret before running again.`
            : '';
        return (`${where}: the endpoint's answer was larger than ${String(limit)} bytes, far more than any Secrets Manager answer, ` +
            'and was abandoned: it did not come from Secrets Manager (a proxy or gateway in the path?). ' +
            `Check \`endpoint-url\`, \`region\` and the proxy settings.${applied}`);
    }
    // An http endpoint goes through the proxy as a plain request: the proxy's refusal is its answer.
    if (status === 407)
        return `${where}: the proxy refused the request (HTTP 407): check the credentials in \`http-proxy\` or HTTPS_PROXY/HTTP_PROXY.`;
    if (name === 'SyntaxError' && status !== undefined) {
        return (`${where}: the endpoint answered HTTP ${status} with a body that is not JSON: the answer did not come from Secrets Manager ` +
            '(a proxy, gateway or captive portal in the path?). Check `endpoint-url`, `region` and the proxy settings.');
    }
    const proxyStatus = /^Bad response: (\d+)$/.exec(message);
    if (proxyStatus) {
        // 407 is the standard refusal of proxy credentials; tinyproxy answers a CONNECT with 401.
        const auth = proxyStatus[1] === '407' || proxyStatus[1] === '401'
            ? ': check the credentials in `http-proxy` or HTTPS_PROXY/HTTP_PROXY'
            : '';
        return `${where}: the proxy refused the connection (HTTP ${proxyStatus[1]})${auth}.`;
    }
    if (name === 'TimeoutError' || code === 'ETIMEDOUT') {
        return `${where}: the endpoint did not answer within \`read-timeout\` on any attempt (${name}). Check the network, or raise \`read-timeout\` and \`max-attempts\`.`;
    }
    const hint = (operation && HINTS[`${operation}:${name}`]) ?? HINTS[name];
    if (!hint)
        return `${where}: ${name}: ${message}`;
    return `${where}: ${name}: ${/[.!?]$/.test(message) ? message : `${message}.`} ${hint}`;
}
/** The calls that write: an answer lost after one of them leaves the write unknown. */
const WRITES = new Set(['UpdateSecret', 'PutSecretValue', 'CreateSecret', 'UpdateSecretVersionStage', 'TagResource']);
/**
 * Whether one attempt's failure leaves its request's fate unknown: the request may have reached
 * Secrets Manager, but no answer was read (a reset or a timeout after the request was sent, a 2xx
 * whose body could not be read). A failure to connect, and any answer of status 300 or more, mean
 * the request was not applied.
 */
function attemptLost(error) {
    const status = httpStatus(error) ?? responseStatus(error);
    if (status !== undefined)
        return status < 300;
    const code = errorCode(error);
    if (code && (CONNECT_CODES.has(code) || TLS_CODES.has(code)))
        return false;
    const message = errorMessage(error);
    return !/did not establish a connection|^Bad response: \d+$/.test(message);
}
/** Whether a call failed after an attempt whose answer was lost (client.ts marks it): a write may have been applied. */
function answerLost(error) {
    return typeof error === 'object' && error !== null && error.answerLost === true;
}
/** The status of the HTTP answer a deserialization failure came from. */
function responseStatus(error) {
    const response = typeof error === 'object' && error !== null
        ? error.$response
        : undefined;
    return typeof response?.statusCode === 'number' ? response.statusCode : undefined;
}
/** The HTTP status of the answer an SDK error came from, if there was one. */
function httpStatus(error) {
    const metadata = typeof error === 'object' && error !== null
        ? error.$metadata
        : undefined;
    return typeof metadata?.httpStatusCode === 'number' ? metadata.httpStatusCode : undefined;
}
/** The Secrets Manager exception name of an error, if it has one. */
function exceptionName(error) {
    return field(error, 'name');
}


/***/ }),

/***/ 4405:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ readSmallFile)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8204);
/* harmony import */ var _value_path_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7128);
/**
 * Reads the small files that inputs name (`value-from-file`, `ca-bundle`): one descriptor, opened
 * so that nothing can block or flood the step, checked and read through that same descriptor.
 *
 * - A value file is confined to its root (value-path.ts): its real path, every symbolic link
 *   followed, must lie inside the root, and the real path is what is opened (without following a
 *   link at its end), so that what is checked is what is read.
 * - Opened non-blocking where the platform has it: a plain open() of a FIFO with no writer blocks
 *   until one comes, and the step with it.
 * - Checked with fstat on the open descriptor, not stat on the path: a FIFO or a device renamed
 *   into place between a check by path and a read by path would be read unchecked.
 * - Read up to the limit and no further, even if the file grows after the check: /dev/zero or a
 *   growing log can never fill the heap.
 */
// Synchronous: one small file, and node:fs/promises costs start-up time (it loads readline).



// Both are 0 where the platform lacks them (Windows, which has no FIFOs to open this way).
const OPEN_FLAGS = node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | (node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK ?? 0) | (node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOCTTY ?? 0);
// A confined file is opened by its real path: a link at its end now was put there since the check.
const NO_FOLLOW = node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW ?? 0;
/** The bytes of a regular file of at most `maxBytes`, else an InputError naming the input and the path. */
function readSmallFile(file, limits) {
    const what = `${file}${limits.origin ? ` (taken from ${limits.origin})` : ''}`;
    const fail = (detail) => {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(limits.input, `${what} ${detail}`);
    };
    let fd;
    try {
        fd = limits.root
            ? (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(realPathInside(file, limits.root, fail), OPEN_FLAGS | NO_FOLLOW)
            : (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(file, OPEN_FLAGS);
    }
    catch (error) {
        if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz)
            throw error;
        return fail(`cannot be read: ${describeFsError(error)}.`);
    }
    try {
        const info = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd);
        if (!info.isFile())
            return fail('is not a regular file.');
        // Checked before reading, so that a huge file is never loaded into memory.
        if (info.size > limits.maxBytes)
            return fail(`is ${info.size} bytes; at most ${limits.maxBytes} bytes are accepted.`);
        // One byte more than fstat said: a file that grew meanwhile is refused, not cut short.
        const buffer = Buffer.alloc(info.size + 1);
        let length = 0;
        for (let n; length < buffer.length && (n = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, buffer, length, buffer.length - length, null)) > 0;)
            length += n;
        if (length > info.size)
            return fail('changed while it was read: give a file that nothing is writing to.');
        return buffer.subarray(0, length);
    }
    catch (error) {
        if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz)
            throw error;
        return fail(`cannot be read: ${describeFsError(error)}.`);
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}
/** The file's real path, refused unless inside `root` (and, for the workspace, outside RUNNER_TEMP). */
function realPathInside(file, root, fail) {
    const real = node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync.native(file);
    const dir = realPathOrSelf(root.dir);
    const rule = 'a symbolic link may not lead a value out of the directory its path names.';
    if (!(0,_value_path_js__WEBPACK_IMPORTED_MODULE_2__/* .isInside */ .F)(real, dir, root.platform))
        return fail(`resolves to ${real}, outside the ${root.name} (${dir}): ${rule}`);
    const excluded = root.excluded === undefined ? undefined : realPathOrSelf(root.excluded);
    if (excluded !== undefined && (0,_value_path_js__WEBPACK_IMPORTED_MODULE_2__/* .isInside */ .F)(real, excluded, root.platform)) {
        return fail(`resolves to ${real}, inside RUNNER_TEMP (${excluded}), which is outside what a workspace path may reach (actions/checkout keeps credentials there): ${rule}`);
    }
    return real;
}
/** A root as the file system resolves it (the workspace may lie behind a link, as /tmp does on macOS). */
function realPathOrSelf(dir) {
    try {
        return node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync.native(dir);
    }
    catch {
        return dir;
    }
}
function describeFsError(error) {
    const code = error.code ?? 'unknown error';
    switch (code) {
        case 'ENOENT':
            return 'no such file (ENOENT; paths are relative to the workspace)';
        case 'EACCES':
        case 'EPERM':
            return `permission denied (${code})`;
        case 'ENOTDIR':
            return 'a part of the path is not a directory (ENOTDIR)';
        case 'EISDIR':
            return 'it is a directory (EISDIR)';
        case 'ELOOP':
            return 'too many symbolic links, a loop? (ELOOP)';
        default:
            return code;
    }
}


/***/ }),

/***/ 7128:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ isInside),
/* harmony export */   d: () => (/* binding */ confineValuePath)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/**
 * Pure: where a value may be read from. A value file is sent to Secrets Manager, so a path that
 * reaches outside what the workflow meant to store would upload it: a symbolic link committed in a
 * pull request (`config/app.env -> ~/.ssh/id_rsa`), `../`, /proc/self/environ (the job's AWS
 * credentials). So each path has a root, decided from the path as written:
 *
 * - a relative path (or an absolute one inside the workspace) stays in the workspace, and never
 *   reaches into RUNNER_TEMP, even where RUNNER_TEMP lies inside the workspace: actions/checkout
 *   persists git credentials there;
 * - an absolute path under RUNNER_TEMP (where workflows write generated files) stays in RUNNER_TEMP;
 * - anything else is refused.
 *
 * This module decides the root from the text; file.ts checks, after symbolic links, that the file
 * opened is inside it. Paths are compared case-insensitively on Windows and macOS, as their file
 * systems are by default (on macOS a relative `_TEMP/x` would otherwise pass by a RUNNER_TEMP
 * `_temp` inside the workspace).
 */

const api = (platform) => (platform === 'win32' ? node_path__WEBPACK_IMPORTED_MODULE_0__.win32 : node_path__WEBPACK_IMPORTED_MODULE_0__.posix);
/** Whether `file` is `dir` or inside it (both absolute). Case-insensitive on Windows and macOS. */
function isInside(file, dir, platform) {
    const p = api(platform);
    const caseless = platform === 'win32' || platform === 'darwin';
    const fold = (s) => (caseless ? p.normalize(s).toLowerCase() : p.normalize(s));
    const child = fold(file);
    const parent = fold(dir);
    if (child === parent)
        return true;
    // A root such as `/` or `C:\` already ends with the separator.
    return child.startsWith(parent.endsWith(p.sep) ? parent : parent + p.sep);
}
/** The root a value path written as `written` must stay in, or why it is refused. */
function confineValuePath(written, places) {
    const p = api(places.platform);
    const workspace = p.resolve(places.workspace);
    const temp = places.runnerTemp ? p.resolve(places.runnerTemp) : undefined;
    const file = p.resolve(workspace, written);
    const inTemp = temp !== undefined && isInside(file, temp, places.platform);
    // A workspace inside RUNNER_TEMP (never so on a runner) would otherwise exclude itself.
    const excluded = temp !== undefined && !isInside(workspace, temp, places.platform) ? temp : undefined;
    if (p.isAbsolute(written) && inTemp) {
        return { path: file, root: { name: 'RUNNER_TEMP', dir: temp, excluded: undefined, platform: places.platform } };
    }
    const rule = 'a value is read from a file in the workspace, or from RUNNER_TEMP by an absolute path under it.';
    if (!isInside(file, workspace, places.platform)) {
        return { refused: `${written} is outside the workspace (${workspace}): ${rule}` };
    }
    if (excluded !== undefined && isInside(file, excluded, places.platform)) {
        return {
            refused: `${written} is inside RUNNER_TEMP (${excluded}) by a path relative to the workspace, which is refused since actions/checkout keeps credentials there: ${rule}`
        };
    }
    return { path: file, root: { name: 'workspace', dir: workspace, excluded, platform: places.platform } };
}


/***/ })

};
