// answers: a write's answer must confirm it, and every field read from a read's answer has its type.
import { describe, expect, it } from '@jest/globals'
import { UnconfirmedWriteError, confirmWrite, currentVersionOf, secretMetaOf } from '../src/answers.js'
import { attemptLost } from '../src/errors.js'
import type { WriteCall } from '../src/types.js'

const ARN = 'arn:aws:secretsmanager:us-east-1:123456789012:secret:app/db-AbCdEf'
const TOKEN = '0123abcd-0000-4000-8000-000000000001'
const value = { kind: 'text', text: 'v' } as const
const update: WriteCall = {
  op: 'update',
  secretId: 'app/db',
  value,
  token: TOKEN,
  description: undefined,
  kmsKeyId: undefined
}
const metadata: WriteCall = { ...update, value: undefined, token: undefined, description: 'd' }
const put: WriteCall = { op: 'put-version', secretId: ARN, value, token: TOKEN, stages: ['AWSPENDING'] }
const move: WriteCall = { op: 'move-label', secretId: ARN, label: 'AWSCURRENT', to: TOKEN, from: 'v1' }
const tag: WriteCall = { op: 'tag', secretId: ARN, tags: [{ key: 'k', value: 'v' }] }
const good = { ARN, Name: 'app/db', VersionId: TOKEN }

describe('confirmWrite', () => {
  it.each<[string, WriteCall, unknown]>([
    ['an update with its version id', update, good],
    ['a metadata update: no VersionId needed', metadata, { ARN, Name: 'app/db' }],
    ['a staged put', put, good],
    ['a label move', move, { ARN, Name: 'app/db' }],
    ['a tag: any 2xx', tag, {}]
  ])('confirms %s', (_name, call, answer) => {
    expect(() => confirmWrite(call, answer)).not.toThrow()
  })

  it.each<[string, WriteCall, unknown, RegExp]>([
    ['{}', update, {}, /has no ARN or Name as a string/],
    ['an error object', update, { __type: 'ResourceNotFoundException', message: 'x' }, /has no ARN or Name/],
    ['"ARN": 5', update, { ...good, ARN: 5 }, /has no ARN as a string/],
    ['another VersionId', update, { ...good, VersionId: 'other' }, /VersionId is not the version id sent/],
    ['no VersionId', put, { ARN, Name: 'app/db' }, /VersionId is not the version id sent/],
    ['a label move without Name', move, { ARN }, /has no Name/]
  ])('refuses %s, naming what to check', (_name, call, answer, why) => {
    let error: unknown
    try {
      confirmWrite(call, answer)
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(UnconfirmedWriteError)
    const message = (error as Error).message
    expect(message).toMatch(/unconfirmed: the write may have been applied/)
    expect(message).toMatch(why)
    expect(message).toMatch(/aws secretsmanager (list-secret-version-ids|describe-secret)/)
    if (call.op !== 'move-label') expect(message).toContain(TOKEN)
  })
})

describe('read answers', () => {
  it('takes a well-formed DescribeSecret answer', () => {
    expect(
      secretMetaOf({
        ARN,
        Name: 'app/db',
        VersionIdsToStages: { v1: ['AWSCURRENT'] },
        Tags: [{ Key: 'k', Value: 'v' }],
        DeletedDate: new Date(0)
      })
    ).toMatchObject({
      arn: ARN,
      versionStages: { v1: ['AWSCURRENT'] },
      tags: [{ key: 'k', value: 'v' }],
      rotationEnabled: false
    })
  })

  it.each<[string, Record<string, unknown>]>([
    ['ARN', { Name: 'n' }],
    ['Name', { ARN, Name: 5 }],
    ['VersionIdsToStages', { ARN, Name: 'n', VersionIdsToStages: { v1: 'AWSCURRENT' } }],
    ['Tags', { ARN, Name: 'n', Tags: 'no' }],
    ['Tags', { ARN, Name: 'n', Tags: [{ Key: 1 }] }],
    ['Description', { ARN, Name: 'n', Description: 7 }],
    ['RotationEnabled', { ARN, Name: 'n', RotationEnabled: 'yes' }],
    ['DeletedDate', { ARN, Name: 'n', DeletedDate: 'tomorrow' }]
  ])('refuses a DescribeSecret answer whose %s is not of its type', (field, answer) => {
    expect(() => secretMetaOf(answer)).toThrow(
      new RegExp(`DescribeSecret answered, but not as Secrets Manager does: its ${field}`)
    )
  })

  it.each<[string, Record<string, unknown>]>([
    ['VersionId', { SecretString: 's' }],
    ['SecretString', { VersionId: 'v1', SecretString: 5 }],
    ['SecretBinary', { VersionId: 'v1', SecretBinary: 'AAAA' }]
  ])('refuses a GetSecretValue answer whose %s is not of its type', (field, answer) => {
    expect(() => currentVersionOf(answer)).toThrow(new RegExp(`its ${field}`))
  })
})

describe('attemptLost: whether a failed attempt may have been applied', () => {
  const sdk = (fields: Record<string, unknown>): Error =>
    Object.assign(new Error(String(fields.message ?? 'x')), fields)
  it.each<[string, Error, boolean]>([
    ['a reset after the request was sent', sdk({ code: 'ECONNRESET' }), true],
    ['a read timeout', sdk({ name: 'TimeoutError' }), true],
    ['a 2xx whose body could not be read', sdk({ name: 'TypeError', $response: { statusCode: 200 } }), true],
    ['an error answer', sdk({ name: 'InternalFailure', $metadata: { httpStatusCode: 500 } }), false],
    ['a refused connection', sdk({ code: 'ECONNREFUSED' }), false],
    ['a connect timeout', sdk({ message: 'the request socket did not establish a connection with the server' }), false],
    ['an untrusted certificate', sdk({ code: 'SELF_SIGNED_CERT_IN_CHAIN' }), false]
  ])('%s: %s', (_name, error, lost) => {
    expect(attemptLost(error)).toBe(lost)
  })
})
