/**
 * Every failure of the action becomes one message that says what went wrong and what to do.
 * Messages are built from error names, codes and our own words: never from a secret value.
 */

/** A bad input: raised by settings and value loading, before any AWS call. */
export class InputError extends Error {
  override readonly name = 'InputError'
  constructor(
    /** The action.yml name of the input at fault. */
    readonly input: string,
    /** What is wrong, without the input's name. */
    readonly detail: string
  ) {
    super(`Input \`${input}\`: ${detail}`)
  }
}

/** A failure the action detects itself while talking to Secrets Manager. */
export class ActionError extends Error {
  override readonly name = 'ActionError'
}

/** A failure after something was written: the message says exactly what. */
export class PartialWriteError extends Error {
  override readonly name = 'PartialWriteError'
  constructor(
    /** What was written before the failure, in words (ids and labels only). */
    readonly written: readonly string[],
    override readonly cause: unknown
  ) {
    super(`Failed after writing: ${written.join('; ')}`)
  }
}

/** A cancelled run: what its writes had done when the signal came. */
export class CancelledError extends Error {
  override readonly name = 'CancelledError'
  constructor(
    /** Written before the stop, in words (ids and labels only). */
    readonly written: readonly string[],
    /** A call still unanswered, or failed without an answer that says whether it took effect. */
    readonly uncertain: string | undefined,
    /** Cleanup that could not be sent: what is left for the user to do. */
    readonly leftover: readonly string[]
  ) {
    super('The step was cancelled.')
  }
}

/** Hints for the Secrets Manager exceptions users meet most, keyed by exception name. */
const HINTS: Record<string, string> = {
  ResourceNotFoundException:
    'Check `secret-id` (name or full ARN) and `region`, or set `create-if-missing: true` to create the secret.',
  AccessDeniedException:
    'The role needs secretsmanager:UpdateSecret on the secret (plus the actions of the options in use: see README), ' +
    'and, for a customer managed KMS key, kms:GenerateDataKey and kms:Decrypt on that key.',
  InvalidRequestException:
    'If the secret is scheduled for deletion, restore it first (`aws secretsmanager restore-secret`); ' +
    'a KMS key that is disabled or pending deletion causes this too.',
  'CreateSecret:ResourceExistsException':
    'A secret with this name already exists (or is scheduled for deletion): restore it, or use another name.',
  ResourceExistsException:
    '`client-request-token` was already used for a version with a different value: use a new token, or leave it empty to generate one.',
  LimitExceededException:
    'The secret has too many versions: AWS advises at most one value update every 10 minutes. ' +
    'Consider `skip-unchanged: true` so that unchanged values create no version.',
  InvalidParameterException: 'Check the inputs against the Secrets Manager limits (value size, token length, key id).',
  EncryptionFailure: 'The KMS key could not be used: check that it is enabled and that the role may use it.',
  DecryptionFailure: 'The KMS key could not be used: check that it is enabled and that the role may use it.',
  CredentialsProviderError:
    'No AWS credentials were found. Add aws-actions/configure-aws-credentials before this step (OIDC role recommended).',
  ExpiredTokenException: 'The AWS credentials have expired: refresh them with aws-actions/configure-aws-credentials.',
  UnrecognizedClientException: 'The AWS credentials are not valid for this endpoint or region.',
  ThrottlingException: 'Requests were throttled on every attempt: raise `max-attempts` or retry later.'
}

/** Network error codes that mean the endpoint could not be reached at all. */
const CONNECT_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH'])

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
])

/** The message of anything thrown, including non-Error throws. */
export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message
  if (typeof error === 'string') return error
  return String(error)
}

function field(error: unknown, key: string): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined
  const value = (error as Record<string, unknown>)[key]
  return typeof value === 'string' ? value : undefined
}

/** The deepest `cause` chain code, as Node puts network codes on nested errors. */
function errorCode(error: unknown): string | undefined {
  let current: unknown = error
  for (let depth = 0; depth < 5 && current; depth++) {
    const code = field(current, 'code')
    if (code) return code
    current = (current as { cause?: unknown }).cause
  }
  return undefined
}

/**
 * One line for `core.setFailed`: what failed, the exception's name, and a hint.
 * `operation` is the Secrets Manager call that failed (client.ts tags errors with it).
 */
export function failureMessage(error: unknown, operation = field(error, 'operation')): string {
  if (error instanceof InputError || error instanceof ActionError) return error.message
  if (error instanceof PartialWriteError) {
    return `${failureMessage(error.cause)} Already written before this failure: ${error.written.join('; ')}.`
  }
  const name = field(error, 'name') ?? 'Error'
  const code = errorCode(error)
  const where = operation ? `${operation} failed` : 'Failed'
  const message = errorMessage(error)
  if (code && TLS_CODES.has(code)) {
    return (
      `${where}: the endpoint's TLS certificate is not trusted (${code}). ` +
      'Give the PEM file of its CA as `ca-bundle` (or AWS_CA_BUNDLE).'
    )
  }
  if (code && CONNECT_CODES.has(code)) {
    return `${where}: could not connect to the Secrets Manager endpoint (${code}). Check \`endpoint-url\`, \`region\` and the proxy settings.`
  }
  // The SDK names resets "TimeoutError" too (so that they are retried): the code tells them apart.
  if (code === 'ECONNRESET' || code === 'EPIPE') {
    return `${where}: the connection was reset or closed before an answer on every attempt (${code}). Check the network and any proxy, or raise \`max-attempts\`.`
  }
  if (/did not establish a connection/.test(message)) {
    return `${where}: could not connect to the Secrets Manager endpoint within \`connect-timeout\` on any attempt. Check \`endpoint-url\`, \`region\` and the proxy settings.`
  }
  // The SDK's JSON parser failed on the body: something between us and Secrets Manager answered.
  // Its message quotes the body, which is neither ours nor AWS's: it is not repeated.
  const status = httpStatus(error)
  // answer-size.ts abandoned the body at its bound; the SDK appended a hint about $response to the message.
  if (name === 'AnswerTooLargeError') {
    const limit = (error as { limit?: unknown }).limit
    const applied =
      operation && WRITES.has(operation)
        ? ` The ${operation} request may have been applied: check the secret before running again.`
        : ''
    return (
      `${where}: the endpoint's answer was larger than ${String(limit)} bytes, far more than any Secrets Manager answer, ` +
      'and was abandoned: it did not come from Secrets Manager (a proxy or gateway in the path?). ' +
      `Check \`endpoint-url\`, \`region\` and the proxy settings.${applied}`
    )
  }
  // An http endpoint goes through the proxy as a plain request: the proxy's refusal is its answer.
  if (status === 407)
    return `${where}: the proxy refused the request (HTTP 407): check the credentials in \`http-proxy\` or HTTPS_PROXY/HTTP_PROXY.`
  if (name === 'SyntaxError' && status !== undefined) {
    return (
      `${where}: the endpoint answered HTTP ${status} with a body that is not JSON: the answer did not come from Secrets Manager ` +
      '(a proxy, gateway or captive portal in the path?). Check `endpoint-url`, `region` and the proxy settings.'
    )
  }
  const proxyStatus = /^Bad response: (\d+)$/.exec(message)
  if (proxyStatus) {
    // 407 is the standard refusal of proxy credentials; tinyproxy answers a CONNECT with 401.
    const auth =
      proxyStatus[1] === '407' || proxyStatus[1] === '401'
        ? ': check the credentials in `http-proxy` or HTTPS_PROXY/HTTP_PROXY'
        : ''
    return `${where}: the proxy refused the connection (HTTP ${proxyStatus[1]})${auth}.`
  }
  if (name === 'TimeoutError' || code === 'ETIMEDOUT') {
    return `${where}: the endpoint did not answer within \`read-timeout\` on any attempt (${name}). Check the network, or raise \`read-timeout\` and \`max-attempts\`.`
  }
  const hint = (operation && HINTS[`${operation}:${name}`]) ?? HINTS[name]
  if (!hint) return `${where}: ${name}: ${message}`
  return `${where}: ${name}: ${/[.!?]$/.test(message) ? message : `${message}.`} ${hint}`
}

/** The calls that write: an answer lost after one of them leaves the write unknown. */
const WRITES = new Set(['UpdateSecret', 'PutSecretValue', 'CreateSecret', 'UpdateSecretVersionStage', 'TagResource'])

/**
 * Whether one attempt's failure leaves its request's fate unknown: the request may have reached
 * Secrets Manager, but no answer was read (a reset or a timeout after the request was sent, a 2xx
 * whose body could not be read). A failure to connect, and any answer of status 300 or more, mean
 * the request was not applied.
 */
export function attemptLost(error: unknown): boolean {
  const status = httpStatus(error) ?? responseStatus(error)
  if (status !== undefined) return status < 300
  const code = errorCode(error)
  if (code && (CONNECT_CODES.has(code) || TLS_CODES.has(code))) return false
  const message = errorMessage(error)
  return !/did not establish a connection|^Bad response: \d+$/.test(message)
}

/** Whether a call failed after an attempt whose answer was lost (client.ts marks it): a write may have been applied. */
export function answerLost(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { answerLost?: unknown }).answerLost === true
}

/** The status of the HTTP answer a deserialization failure came from. */
function responseStatus(error: unknown): number | undefined {
  const response =
    typeof error === 'object' && error !== null
      ? (error as { $response?: { statusCode?: unknown } }).$response
      : undefined
  return typeof response?.statusCode === 'number' ? response.statusCode : undefined
}

/** The HTTP status of the answer an SDK error came from, if there was one. */
function httpStatus(error: unknown): number | undefined {
  const metadata =
    typeof error === 'object' && error !== null
      ? (error as { $metadata?: { httpStatusCode?: unknown } }).$metadata
      : undefined
  return typeof metadata?.httpStatusCode === 'number' ? metadata.httpStatusCode : undefined
}

/** The Secrets Manager exception name of an error, if it has one. */
export function exceptionName(error: unknown): string | undefined {
  return field(error, 'name')
}
