// One write per secret: two lines that may name one secret, from the names alone (conservatively),
// and, where every secret is read first, from the ARNs read.
import 'aws-sdk-client-mock-jest'
import { describe, expect, it } from '@jest/globals'
import {
  DescribeSecretCommand,
  GetSecretValueCommand,
  SecretsManagerClient,
  UpdateSecretCommand
} from '@aws-sdk/client-secrets-manager'
import { mockClient } from 'aws-sdk-client-mock'
import { PlanFailedError, writeAll } from '../src/batch.js'
import { firstSameSecret } from '../src/same-secret.js'
import { parseArn } from '../src/settings.js'
import { request } from '../__fixtures__/requests.js'

const arn = (name: string, account = '123456789012'): string =>
  `arn:aws:secretsmanager:us-east-1:${account}:secret:${name}`
const named = (ids: string[]) => ids.map((secretId, i) => ({ secretId, arn: parseArn(secretId), line: i + 1 }))

describe('firstSameSecret: from the names alone', () => {
  it.each<[string, string[], [number, number] | undefined]>([
    ['a name and its full ARN', ['app/db', arn('app/db-AbCdEf')], [2, 1]],
    ['a full ARN and the name', [arn('app/db-AbCdEf'), 'app/db'], [2, 1]],
    ['a name and its partial ARN', ['app/db', arn('app/db')], [2, 1]],
    ['a full and a partial ARN', [arn('app/db'), arn('app/db-AbCdEf')], [2, 1]],
    ['a name that ends like a suffix, and its ARN', ['app/db-AbCdEf', arn('app/db-AbCdEf')], [2, 1]],
    ['two names', ['app/db', 'app/db-AbCdEf'], undefined],
    ['two full ARNs of two secrets of one name', [arn('app/db-AbCdEf'), arn('app/db-XyZ123')], undefined],
    ['one name in two accounts', [arn('app/db-AbCdEf'), arn('app/db-AbCdEf', '210987654321')], undefined],
    ['other names', ['app/db', arn('app/cache-AbCdEf')], undefined]
  ])('%s', (_name, ids, lines) => {
    const same = firstSameSecret(named(ids))
    expect(same && [same.later.line, same.earlier.line]).toEqual(lines)
  })
})

describe('writeAll: the ARNs read decide as well', () => {
  it('refuses two targets that read as one secret, before any write', async () => {
    const client = new SecretsManagerClient({ region: 'us-east-1' })
    const sm = mockClient(client)
    sm.on(DescribeSecretCommand).resolves({ ARN: arn('app/db-AbCdEf'), Name: 'app/db' })
    sm.on(GetSecretValueCommand).resolves({ VersionId: 'v1', SecretString: 'old' })
    const requests = ['app/db', 'alias-of-db'].map((secretId) =>
      request({ secretId, value: { kind: 'text', text: 'new' }, skipUnchanged: true })
    )
    const reporter = { info: (): void => undefined, warning: (): void => undefined, mask: (): void => undefined }
    const error = await writeAll(client, requests, () => reporter, {
      dryRun: false,
      maxConcurrency: 2,
      staleLabelMs: 1000
    }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(PlanFailedError)
    expect((error as PlanFailedError).secretId).toBe('alias-of-db')
    expect((error as Error).message).toMatch(/names the same secret as app\/db/)
    expect(sm).not.toHaveReceivedCommand(UpdateSecretCommand)
  })
})
