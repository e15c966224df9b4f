import { describe, expect, it } from '@jest/globals'
import {
  DecryptionFailure,
  EncryptionFailure,
  InvalidParameterException,
  InvalidRequestException,
  LimitExceededException,
  ResourceExistsException,
  ResourceNotFoundException
} from '@aws-sdk/client-secrets-manager'
import { ActionError, InputError, errorMessage, exceptionName, failureMessage } from '../src/errors.js'
import { sdkError } from './support/errors.js'

const withCode = (code: string, message = `connect ${code} 127.0.0.1:1`): Error =>
  Object.assign(new Error(message), { code })

describe('failureMessage: Secrets Manager exceptions name the exception and add a hint', () => {
  const meta = { $metadata: {} }
  it.each<[string, Error, RegExp[]]>([
    [
      'ResourceNotFoundException',
      new ResourceNotFoundException({ message: "Secrets Manager can't find the specified secret.", ...meta }),
      [/`secret-id`/, /`region`/, /create-if-missing/]
    ],
    [
      'AccessDeniedException',
      // Not modelled by this client: it comes from the service's common errors.
      sdkError('AccessDeniedException', 'User is not authorized to perform: secretsmanager:UpdateSecret'),
      [/secretsmanager:UpdateSecret/, /kms:GenerateDataKey/, /kms:Decrypt/]
    ],
    [
      'InvalidRequestException',
      new InvalidRequestException({
        message: 'You can’t perform this operation on the secret because it was marked for deletion.',
        ...meta
      }),
      [/scheduled for deletion/, /restore-secret/]
    ],
    [
      'ResourceExistsException',
      new ResourceExistsException({ message: 'A resource with the ID you requested already exists.', ...meta }),
      [/`client-request-token`/, /new token/]
    ],
    [
      'LimitExceededException',
      new LimitExceededException({ message: 'You have exceeded the number of versions.', ...meta }),
      [/10 minutes/, /skip-unchanged/]
    ],
    ['InvalidParameterException', new InvalidParameterException({ message: 'bad parameter', ...meta }), [/limits/]],
    ['EncryptionFailure', new EncryptionFailure({ message: 'KMS failed', ...meta }), [/KMS key/]],
    ['DecryptionFailure', new DecryptionFailure({ message: 'KMS failed', ...meta }), [/KMS key/]],
    [
      'CredentialsProviderError',
      sdkError('CredentialsProviderError', 'Could not load credentials from any providers'),
      [/No AWS credentials/, /aws-actions\/configure-aws-credentials/]
    ],
    [
      'ExpiredTokenException',
      sdkError('ExpiredTokenException', 'The security token included in the request is expired'),
      [/expired/, /configure-aws-credentials/]
    ],
    [
      'UnrecognizedClientException',
      sdkError('UnrecognizedClientException', 'The security token is invalid'),
      [/not valid/]
    ],
    ['ThrottlingException', sdkError('ThrottlingException', 'Rate exceeded'), [/`max-attempts`/]]
  ])('%s', (name, error, hints) => {
    const message = failureMessage(error)
    expect(message).toContain(`${name}: ${error.message}`)
    for (const hint of hints) expect(message).toMatch(hint)
  })

  it('keeps an unknown exception name and message, without a hint', () => {
    expect(failureMessage(sdkError('SomethingNewException', 'new failure'))).toBe(
      'Failed: SomethingNewException: new failure'
    )
  })
})

describe('failureMessage: network and TLS', () => {
  it.each(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH'])(
    '%s → could not connect',
    (code) => {
      const message = failureMessage(withCode(code))
      expect(message).toMatch(/could not connect/)
      expect(message).toContain(code)
      expect(message).toMatch(/`endpoint-url`/)
    }
  )

  it('finds a network code on a nested cause', () => {
    const error = Object.assign(new Error('fetch failed'), {
      name: 'Error',
      cause: Object.assign(new Error('inner'), { cause: withCode('ECONNREFUSED') })
    })
    expect(failureMessage(error)).toMatch(/could not connect.*ECONNREFUSED/)
  })

  it.each([
    'SELF_SIGNED_CERT_IN_CHAIN',
    'DEPTH_ZERO_SELF_SIGNED_CERT',
    'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
    'UNABLE_TO_GET_ISSUER_CERT',
    'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
    'CERT_UNTRUSTED',
    'ERR_TLS_CERT_ALTNAME_INVALID',
    'CERT_HAS_EXPIRED'
  ])('%s → not trusted, pointing at ca-bundle', (code) => {
    const message = failureMessage(withCode(code, 'unable to verify the first certificate'))
    expect(message).toMatch(/not trusted/)
    expect(message).toContain(code)
    expect(message).toMatch(/`ca-bundle`/)
    expect(message).toMatch(/AWS_CA_BUNDLE/)
  })

  it.each<[string, Error]>([
    ['a TimeoutError', sdkError('TimeoutError', 'Connection timed out after 60000 ms')],
    ['ETIMEDOUT', withCode('ETIMEDOUT')]
  ])('%s → did not answer, pointing at read-timeout', (_name, error) => {
    const message = failureMessage(error)
    expect(message).toMatch(/did not answer within `read-timeout`/)
    expect(message).toMatch(/`max-attempts`/)
  })

  it.each<[string, Error]>([
    ['ECONNRESET', withCode('ECONNRESET', 'socket hang up')],
    ['EPIPE', withCode('EPIPE', 'write EPIPE')],
    // The SDK names a reset TimeoutError so that it is retried: the code decides.
    [
      'a TimeoutError with ECONNRESET',
      Object.assign(withCode('ECONNRESET', 'socket hang up'), { name: 'TimeoutError' })
    ]
  ])('%s → reset or closed, not a timeout', (_name, error) => {
    const message = failureMessage(error)
    expect(message).toMatch(/reset or closed before an answer/)
    expect(message).not.toMatch(/read-timeout/)
  })

  it('says a connect timeout could not connect, pointing at connect-timeout', () => {
    // The text @smithy/node-http-handler gives a connection that times out.
    const error = sdkError(
      'TimeoutError',
      '@smithy/node-http-handler - the request socket did not establish a connection with the server within the configured timeout of 10000 ms.'
    )
    const message = failureMessage(error)
    expect(message).toMatch(/could not connect .*within `connect-timeout`/)
    expect(message).not.toMatch(/read-timeout/)
  })

  it.each<[string, RegExp | undefined]>([
    ['407', /credentials in `http-proxy` or HTTPS_PROXY\/HTTP_PROXY/],
    // tinyproxy refuses a CONNECT with bad credentials as 401.
    ['401', /credentials in `http-proxy` or HTTPS_PROXY\/HTTP_PROXY/],
    ['403', undefined],
    ['502', undefined]
  ])('explains a proxy that answers CONNECT with %s', (status, hint) => {
    const message = failureMessage(new Error(`Bad response: ${status}`))
    expect(message).toContain(`the proxy refused the connection (HTTP ${status})`)
    if (hint) expect(message).toMatch(hint)
    else expect(message).not.toMatch(/credentials/)
  })

  /** What the SDK throws when an answer's body is not JSON: its parser's SyntaxError, with the status. */
  const unparsable = (status: number, body: string): Error =>
    Object.assign(new SyntaxError(`Unexpected token '<', "${body.slice(0, 10)}"... is not valid JSON`), {
      $metadata: { httpStatusCode: status, attempts: 1 },
      operation: 'UpdateSecret'
    })

  it.each([502, 403, 200, 503])(
    'an answer with a body that is not JSON (HTTP %i): not from Secrets Manager, the body not repeated',
    (status) => {
      const message = failureMessage(unparsable(status, '<html><script>::warning::x</script></html>'))
      expect(message).toMatch(
        new RegExp(
          `^UpdateSecret failed: the endpoint answered HTTP ${status} with a body that is not JSON: the answer did not come from Secrets Manager`
        )
      )
      expect(message).not.toMatch(/<|Unexpected token|warning/)
    }
  )

  it('a 407 answer to a plain request (an http endpoint through a proxy): the proxy refused, check the credentials', () => {
    expect(failureMessage(unparsable(407, '<html>auth</html>'))).toMatch(
      /the proxy refused the request \(HTTP 407\): check the credentials/
    )
  })

  it('a SyntaxError without an HTTP status is not taken for a foreign answer', () => {
    expect(failureMessage(new SyntaxError('bad'))).not.toMatch(/did not come from Secrets Manager/)
  })

  it('does not mistake an unlisted code for a network failure', () => {
    expect(failureMessage(withCode('EPROTO', 'wrong version number'))).toBe('Failed: Error: wrong version number')
  })
})

describe('failureMessage: operations and non-Error throws', () => {
  it('names the operation an error was tagged with', () => {
    const error = sdkError('ResourceNotFoundException', 'not found', { operation: 'DescribeSecret' })
    expect(failureMessage(error)).toMatch(/^DescribeSecret failed: ResourceNotFoundException: not found\. /)
  })

  it('names an operation given explicitly over the tag', () => {
    const error = sdkError('ThrottlingException', 'slow down', { operation: 'DescribeSecret' })
    expect(failureMessage(error, 'UpdateSecret')).toMatch(/^UpdateSecret failed: ThrottlingException/)
  })

  it('names the operation in network and TLS messages too', () => {
    expect(failureMessage(Object.assign(withCode('ECONNREFUSED'), { operation: 'UpdateSecret' }))).toMatch(
      /^UpdateSecret failed: could not connect/
    )
    expect(failureMessage(Object.assign(withCode('CERT_UNTRUSTED'), { operation: 'PutSecretValue' }))).toMatch(
      /^PutSecretValue failed: /
    )
  })

  it('says "Failed" without an operation', () => {
    expect(failureMessage(new Error('plain'))).toBe('Failed: Error: plain')
  })

  it.each<[string, unknown, string]>([
    ['a string', 'thrown text', 'Failed: Error: thrown text'],
    ['a number', 42, 'Failed: Error: 42'],
    ['undefined', undefined, 'Failed: Error: undefined'],
    ['null', null, 'Failed: Error: null'],
    ['a plain object', { reason: 'x' }, 'Failed: Error: [object Object]'],
    [
      'an object with a name',
      { name: 'ResourceNotFoundException' },
      expect.stringMatching(/^Failed: ResourceNotFoundException: .*create-if-missing/) as unknown as string
    ]
  ])('handles a thrown %s', (_name, thrown, expected) => {
    expect(failureMessage(thrown)).toEqual(expected)
  })

  it('passes the action’s own errors through unchanged', () => {
    expect(failureMessage(new InputError('region', 'is not set.'))).toBe('Input `region`: is not set.')
    expect(failureMessage(new ActionError('Secret x is scheduled for deletion.'))).toBe(
      'Secret x is scheduled for deletion.'
    )
  })

  it('does not let an operation tag prefix the action’s own errors', () => {
    const error = Object.assign(new ActionError('merge gave up'), { operation: 'UpdateSecretVersionStage' })
    expect(failureMessage(error)).toBe('merge gave up')
  })
})

describe('InputError', () => {
  it('carries the input and names it in the message', () => {
    const error = new InputError('max-attempts', 'must be a whole number.')
    expect(error).toBeInstanceOf(Error)
    expect(error.name).toBe('InputError')
    expect(error.input).toBe('max-attempts')
    expect(error.message).toBe('Input `max-attempts`: must be a whole number.')
  })
})

describe('errorMessage and exceptionName', () => {
  it.each<[unknown, string]>([
    [new Error('m'), 'm'],
    ['s', 's'],
    [7, '7'],
    [undefined, 'undefined']
  ])('errorMessage(%p) = %p', (thrown, expected) => {
    expect(errorMessage(thrown)).toBe(expected)
  })

  it.each<[unknown, string | undefined]>([
    [new ResourceNotFoundException({ message: 'x', $metadata: {} }), 'ResourceNotFoundException'],
    [sdkError('ThrottlingException', 'x'), 'ThrottlingException'],
    [{ name: 42 }, undefined],
    ['ResourceNotFoundException', undefined],
    [null, undefined]
  ])('exceptionName(%p) = %p', (thrown, expected) => {
    expect(exceptionName(thrown)).toBe(expected)
  })
})

describe('hints that depend on the operation', () => {
  it('says the name is taken when CreateSecret meets ResourceExistsException, not that a token was reused', () => {
    const error = Object.assign(new Error('The operation failed because the secret x already exists.'), {
      name: 'ResourceExistsException',
      operation: 'CreateSecret'
    })
    const message = failureMessage(error)
    expect(message).toMatch(/already exists/)
    expect(message).not.toMatch(/client-request-token/)
  })
})
