import * as path from 'node:path'
import { afterEach, describe, expect, it } from '@jest/globals'
import { inputErrorOf } from './support/errors.js'
import {
  INPUT_DEFAULTS,
  decodeBase64,
  parseArn,
  readSettings,
  runnerSource,
  type Settings,
  type SettingsSource
} from '../src/settings.js'
import type { Promotion, Target, ValueSource } from '../src/types.js'
import { ACTION_INPUTS, inputEnv } from '../__fixtures__/inputs.js'
import { BAD_ROTATION_INPUTS, ROTATION_VALUE } from '../__fixtures__/rotation-inputs.js'
import { workspaceRoot } from '../__fixtures__/value-file.js'

const WORKSPACE = path.resolve('/home/runner/work/repo/repo')
const RUNNER_TEMP = path.resolve('/home/runner/work/_temp')
const IN_WORKSPACE = workspaceRoot(WORKSPACE)
const VALUE = 'S3cr3t-string-value'

/** The smallest valid run: a name, a value and a region. */
const BASE: Readonly<Record<string, string>> = { 'secret-id': 'my-secret', 'secret-string': VALUE, region: 'us-east-1' }

/**
 * A SettingsSource as the runner would make it: every input action.yml declares, given or
 * defaulted. Reading an input action.yml does not declare fails the test, so a misspelt input
 * name in settings.ts cannot pass unnoticed.
 */
function source(inputs: Readonly<Record<string, string>>, env: NodeJS.ProcessEnv = {}): SettingsSource {
  return {
    getInput(name) {
      if (!ACTION_INPUTS.has(name)) throw new Error(`settings read undeclared input ${name}`)
      return inputs[name] ?? ACTION_INPUTS.get(name) ?? ''
    },
    env: { GITHUB_WORKSPACE: WORKSPACE, ...env }
  }
}

/**
 * The settings of a run of one secret, as the tables below write them: the run's settings beside
 * its one target's, and the target's write as the inputs that chose it (a value or patch source,
 * `json-merge`, `version-stages`, a promotion, `client-request-token`).
 */
interface View extends Omit<Settings, 'targets' | 'report'> {
  readonly secretId: string
  readonly secretArn: Target['arn']
  readonly value: ValueSource | undefined
  readonly description: string | undefined
  readonly kmsKeyId: string | undefined
  readonly clientRequestToken: string | undefined
  readonly skipUnchanged: boolean
  readonly jsonMerge: boolean
  readonly createIfMissing: boolean
  readonly versionStages: readonly string[] | undefined
  readonly promote: Promotion | undefined
  readonly tags: Target['tags']
  readonly ifExists: Target['ifExists']
  readonly replicas: Target['replicas']
  readonly forceOverwriteReplica: boolean
  readonly stripFinalNewline: boolean
}

function view({ targets, report, ...run }: Settings): View {
  expect(report).toBe('single')
  expect(targets).toHaveLength(1)
  const { secretId, arn, write, line, ...options } = targets[0]!
  expect(line).toBeUndefined()
  const value = write.kind === 'value' ? write.value : write.kind === 'merge' ? write.patch : undefined
  return {
    ...run,
    ...options,
    secretId,
    secretArn: arn,
    // A generated password is a value of its own kind; the tables name it in generatePassword.
    value: value?.kind === 'password' ? undefined : value,
    clientRequestToken: write.kind === 'value' ? write.token : undefined,
    jsonMerge: write.kind === 'merge',
    versionStages: write.kind === 'value' || write.kind === 'merge' ? write.stages : undefined,
    promote: write.kind === 'promote' ? write.promotion : undefined
  }
}

function settingsOf(inputs: Readonly<Record<string, string>>, env: NodeJS.ProcessEnv = {}): View {
  return view(readSettings(source({ ...BASE, ...inputs }, env)))
}

const b64 = (bytes: number): string => Buffer.alloc(bytes, 7).toString('base64')

describe('readSettings: valid inputs', () => {
  it('applies action.yml defaults when only the required inputs are given', () => {
    const s = settingsOf({})
    expect(s).toEqual({
      secretId: 'my-secret',
      secretArn: undefined,
      value: { kind: 'string', text: VALUE },
      valueFormat: 'raw',
      tags: [],
      maxConcurrency: 4,
      description: undefined,
      kmsKeyId: undefined,
      clientRequestToken: undefined,
      region: 'us-east-1',
      endpointUrl: undefined,
      skipUnchanged: false,
      jsonMerge: false,
      dryRun: false,
      createIfMissing: false,
      versionStages: undefined,
      promote: undefined,
      generatePassword: undefined,
      maxAttempts: 5,
      connectTimeoutMs: 10_000,
      readTimeoutMs: 60_000,
      httpProxy: undefined,
      httpsProxy: undefined,
      noProxy: '',
      caBundle: undefined,
      ifExists: 'update',
      replicas: [],
      forceOverwriteReplica: false,
      stripFinalNewline: false
    })
  })

  it.each<[string, Record<string, string>, Partial<View>]>([
    ['secret-id is trimmed', { 'secret-id': '  my-secret\n' }, { secretId: 'my-secret' }],
    [
      'a full ARN is parsed',
      { 'secret-id': 'arn:aws:secretsmanager:eu-west-1:123456789012:secret:app/db-AbCdEf', region: '' },
      {
        secretArn: { partition: 'aws', region: 'eu-west-1', account: '123456789012', name: 'app/db-AbCdEf' },
        region: 'eu-west-1'
      }
    ],
    ['a secret-id of 2048 characters', { 'secret-id': 'n'.repeat(2048) }, { secretId: 'n'.repeat(2048) }],
    [
      'secret-binary is decoded',
      { 'secret-string': '', 'secret-binary': 'aGVsbG8=' },
      { value: { kind: 'base64', bytes: Buffer.from('hello') } }
    ],
    [
      'secret-binary with == padding',
      { 'secret-string': '', 'secret-binary': 'aGVsbA==' },
      { value: { kind: 'base64', bytes: Buffer.from('hell') } }
    ],
    [
      'secret-binary without padding needed',
      { 'secret-string': '', 'secret-binary': 'YWJj' },
      { value: { kind: 'base64', bytes: Buffer.from('abc') } }
    ],
    [
      'secret-binary wrapped with \\n (as `base64` wraps)',
      { 'secret-string': '', 'secret-binary': 'aGVs\nbG8g\nd29y\nbGQ=\n' },
      { value: { kind: 'base64', bytes: Buffer.from('hello world') } }
    ],
    [
      'secret-binary wrapped with \\r\\n',
      { 'secret-string': '', 'secret-binary': 'aGVs\r\nbG8=' },
      { value: { kind: 'base64', bytes: Buffer.from('hello') } }
    ],
    [
      'secret-binary with surrounding whitespace',
      { 'secret-string': '', 'secret-binary': '  aGVsbG8=\n' },
      { value: { kind: 'base64', bytes: Buffer.from('hello') } }
    ],
    [
      'secret-binary of exactly 65536 bytes',
      { 'secret-string': '', 'secret-binary': b64(65536) },
      { value: { kind: 'base64', bytes: Buffer.alloc(65536, 7) } }
    ],
    [
      'value-from-file relative to the workspace',
      { 'secret-string': '', 'value-from-file': 'config/secret.json' },
      { value: { kind: 'file', path: path.join(WORKSPACE, 'config/secret.json'), root: IN_WORKSPACE, binary: false } }
    ],
    [
      'value-from-file absolute, inside the workspace',
      { 'secret-string': '', 'value-from-file': path.join(WORKSPACE, 'secret.bin'), binary: 'true' },
      { value: { kind: 'file', path: path.join(WORKSPACE, 'secret.bin'), root: IN_WORKSPACE, binary: true } }
    ],
    [
      'description only',
      { 'secret-string': '', description: '  db password  ' },
      { value: undefined, description: 'db password' }
    ],
    ['description of 2048 characters', { description: 'd'.repeat(2048) }, { description: 'd'.repeat(2048) }],
    [
      'kms-key-id only',
      { 'secret-string': '', 'kms-key-id': 'alias/aws/secretsmanager' },
      { value: undefined, kmsKeyId: 'alias/aws/secretsmanager' }
    ],
    ['kms-key-id of 2048 characters', { 'kms-key-id': 'k'.repeat(2048) }, { kmsKeyId: 'k'.repeat(2048) }],
    [
      'client-request-token of 32 characters',
      { 'client-request-token': 't'.repeat(32) },
      { clientRequestToken: 't'.repeat(32) }
    ],
    [
      'client-request-token of 64 characters',
      { 'client-request-token': 'T'.repeat(64) },
      { clientRequestToken: 'T'.repeat(64) }
    ],
    [
      'client-request-token of printable ASCII',
      { 'client-request-token': '~!#$%&()*+,-./0123456789:;<=>?@AB' },
      { clientRequestToken: '~!#$%&()*+,-./0123456789:;<=>?@AB' }
    ],
    ['endpoint-url http', { 'endpoint-url': 'http://127.0.0.1:5000' }, { endpointUrl: 'http://127.0.0.1:5000' }],
    [
      'endpoint-url https',
      { 'endpoint-url': 'https://vpce-1.secretsmanager.us-east-1.vpce.amazonaws.com' },
      { endpointUrl: 'https://vpce-1.secretsmanager.us-east-1.vpce.amazonaws.com' }
    ],
    ['max-attempts 1', { 'max-attempts': '1' }, { maxAttempts: 1 }],
    ['max-attempts 20', { 'max-attempts': '20' }, { maxAttempts: 20 }],
    ['max-attempts trimmed', { 'max-attempts': ' 7\n' }, { maxAttempts: 7 }],
    ['connect-timeout in seconds, kept in ms', { 'connect-timeout': '1' }, { connectTimeoutMs: 1000 }],
    ['read-timeout at its maximum', { 'read-timeout': '3600' }, { readTimeoutMs: 3_600_000 }],
    ['max-concurrency 1', { 'max-concurrency': '1' }, { maxConcurrency: 1 }],
    ['max-concurrency 16', { 'max-concurrency': ' 16 ' }, { maxConcurrency: 16 }],
    [
      'value-format dotenv with secret-string',
      { 'value-format': 'dotenv', 'secret-string': 'A=1' },
      { valueFormat: 'dotenv' }
    ],
    [
      'value-format dotenv with a text file',
      { 'value-format': 'dotenv', 'secret-string': '', 'value-from-file': '.env' },
      {
        valueFormat: 'dotenv',
        value: { kind: 'file', path: path.join(WORKSPACE, '.env'), root: IN_WORKSPACE, binary: false }
      }
    ],
    [
      'tags',
      { tags: '\nteam = payments\ncost-center=42\n' },
      {
        tags: [
          { key: 'team', value: 'payments' },
          { key: 'cost-center', value: '42' }
        ]
      }
    ],
    [
      'tags alone are something to update',
      { 'secret-string': '', tags: 'team=payments' },
      { value: undefined, tags: [{ key: 'team', value: 'payments' }] }
    ],
    ['region us-gov-west-1', { region: 'us-gov-west-1' }, { region: 'us-gov-west-1' }],
    ['region cn-northwest-1', { region: 'cn-northwest-1' }, { region: 'cn-northwest-1' }],
    ['region ap-southeast-2', { region: 'ap-southeast-2' }, { region: 'ap-southeast-2' }],
    [
      'http-proxy with credentials',
      { 'http-proxy': 'http://user:pa%3Ass@proxy:3128' },
      { httpProxy: 'http://user:pa%3Ass@proxy:3128', httpsProxy: 'http://user:pa%3Ass@proxy:3128' }
    ],
    [
      'http-proxy https',
      { 'http-proxy': 'https://proxy.corp:8443' },
      { httpProxy: 'https://proxy.corp:8443', httpsProxy: 'https://proxy.corp:8443' }
    ],
    ['json-merge with secret-string', { 'json-merge': 'true', 'secret-string': '{"a":1}' }, { jsonMerge: true }],
    [
      'json-merge with a text file',
      { 'json-merge': 'true', 'secret-string': '', 'value-from-file': 'patch.json' },
      {
        jsonMerge: true,
        value: { kind: 'file', path: path.join(WORKSPACE, 'patch.json'), root: IN_WORKSPACE, binary: false }
      }
    ],
    ['version-stages, one label', { 'version-stages': 'AWSPENDING' }, { versionStages: ['AWSPENDING'] }],
    [
      'version-stages, comma- and newline-separated, each trimmed, blank ones dropped',
      { 'version-stages': ' AWSPENDING, blue \n\ngreen label\r\n' },
      { versionStages: ['AWSPENDING', 'blue', 'green label'] }
    ],
    [
      'version-stages, 20 labels',
      { 'version-stages': Array.from({ length: 20 }, (_, i) => `L${i}`).join(',') },
      { versionStages: Array.from({ length: 20 }, (_, i) => `L${i}`) }
    ],
    [
      'version-stages, a label of 256 characters',
      { 'version-stages': 'l'.repeat(256) },
      { versionStages: ['l'.repeat(256)] }
    ],
    [
      'version-stages with a file',
      { 'secret-string': '', 'value-from-file': 'v.txt', 'version-stages': 'AWSPENDING' },
      { versionStages: ['AWSPENDING'] }
    ],
    [
      'version-stages with a merge',
      { 'json-merge': 'true', 'secret-string': '{"a":1}', 'version-stages': 'AWSPENDING' },
      { jsonMerge: true, versionStages: ['AWSPENDING'] }
    ],
    [
      'version-stages with skip-unchanged, dry-run, create-if-missing and a token',
      {
        'version-stages': 'AWSPENDING',
        'skip-unchanged': 'true',
        'dry-run': 'true',
        'create-if-missing': 'true',
        'client-request-token': 't'.repeat(32)
      },
      {
        versionStages: ['AWSPENDING'],
        skipUnchanged: true,
        dryRun: true,
        createIfMissing: true,
        clientRequestToken: 't'.repeat(32)
      }
    ],
    [
      'promote-version-id',
      { 'secret-string': '', 'promote-version-id': ' 0123456789abcdef0123456789abcdef\n' },
      { value: undefined, promote: { kind: 'version-id', versionId: '0123456789abcdef0123456789abcdef' } }
    ],
    [
      'promote-stage AWSPENDING',
      { 'secret-string': '', 'promote-stage': 'AWSPENDING' },
      { promote: { kind: 'stage', stage: 'AWSPENDING' } }
    ],
    [
      'promote-stage AWSPREVIOUS (a rollback)',
      { 'secret-string': '', 'promote-stage': 'AWSPREVIOUS' },
      { promote: { kind: 'stage', stage: 'AWSPREVIOUS' } }
    ],
    [
      'a promotion with dry-run, a description and a key',
      {
        'secret-string': '',
        'promote-stage': 'AWSPENDING',
        'dry-run': 'true',
        description: 'rotated',
        'kms-key-id': 'alias/k'
      },
      { promote: { kind: 'stage', stage: 'AWSPENDING' }, dryRun: true, description: 'rotated', kmsKeyId: 'alias/k' }
    ],
    [
      'generate-password with its defaults',
      { 'secret-string': '', 'generate-password': 'true' },
      {
        value: undefined,
        generatePassword: {
          rules: { length: 32, excludeCharacters: '', excludePunctuation: false },
          key: undefined,
          env: undefined
        }
      }
    ],
    [
      'generate-password with every rule, excluded characters verbatim (spaces and a newline kept)',
      {
        'secret-string': '',
        'generate-password': 'true',
        'password-length': '4096',
        'password-exclude-characters': ' /@" \n',
        'password-exclude-punctuation': 'true',
        'password-env': 'DB_PASSWORD'
      },
      {
        generatePassword: {
          rules: { length: 4096, excludeCharacters: ' /@" \n', excludePunctuation: true },
          key: undefined,
          env: 'DB_PASSWORD'
        }
      }
    ],
    [
      'generate-password at 8 characters, staged',
      { 'secret-string': '', 'generate-password': 'true', 'password-length': '8', 'version-stages': 'AWSPENDING' },
      {
        versionStages: ['AWSPENDING'],
        generatePassword: {
          rules: { length: 8, excludeCharacters: '', excludePunctuation: false },
          key: undefined,
          env: undefined
        }
      }
    ],
    [
      'generate-password merged under password-key, with the rest of the patch',
      {
        'secret-string': '{"user":"app"}',
        'json-merge': 'true',
        'generate-password': 'true',
        'password-key': ' password '
      },
      {
        value: { kind: 'string', text: '{"user":"app"}' },
        generatePassword: {
          rules: { length: 32, excludeCharacters: '', excludePunctuation: false },
          key: 'password',
          env: undefined
        }
      }
    ],
    [
      'generate-password merged under password-key alone',
      { 'secret-string': '', 'json-merge': 'true', 'generate-password': 'true', 'password-key': 'password' },
      {
        value: undefined,
        jsonMerge: true,
        generatePassword: {
          rules: { length: 32, excludeCharacters: '', excludePunctuation: false },
          key: 'password',
          env: undefined
        }
      }
    ],
    [
      'password-length 32 without generate-password (the default, given)',
      { 'password-length': '32' },
      { generatePassword: undefined }
    ]
  ])('%s', (_name, inputs, expected) => {
    expect(settingsOf(inputs)).toMatchObject(expected)
  })

  it.each([
    ' leading space',
    'trailing space ',
    'trailing newline\n',
    '\n\nleading newlines',
    '-----BEGIN KEY-----\r\nabc\r\n-----END KEY-----\r\n',
    '\t',
    ' '
  ])('takes secret-string verbatim, never trimmed: %j', (text) => {
    expect(settingsOf({ 'secret-string': text }).value).toEqual({ kind: 'string', text })
  })

  it.each<[string, string, boolean]>([
    ['skip-unchanged', 'true', true],
    ['skip-unchanged', 'false', false],
    ['dry-run', ' true\n', true],
    ['dry-run', '', false]
  ])('reads boolean %s=%j as %s', (name, raw, expected) => {
    const key = {
      'skip-unchanged': 'skipUnchanged',
      'json-merge': 'jsonMerge',
      'dry-run': 'dryRun',
      'create-if-missing': 'createIfMissing'
    }[name] as keyof View
    const inputs = name === 'json-merge' ? { [name]: raw, 'secret-string': '{"a":1}' } : { [name]: raw }
    expect(settingsOf(inputs)[key]).toBe(expected)
  })
})

describe('readSettings: invalid inputs name their input', () => {
  const long = (n: number): string => 'x'.repeat(n)
  it.each<[string, Record<string, string>, NodeJS.ProcessEnv, string]>([
    ['secret-id missing', { 'secret-id': '' }, {}, 'secret-id'],
    ['secret-id only whitespace', { 'secret-id': ' \n ' }, {}, 'secret-id'],
    ['secret-id over 2048 characters', { 'secret-id': long(2049) }, {}, 'secret-id'],
    ['secret-id an ARN of another service', { 'secret-id': 'arn:aws:s3:::my-bucket' }, {}, 'secret-id'],
    [
      'secret-id an ARN with a bad account',
      { 'secret-id': 'arn:aws:secretsmanager:us-east-1:123:secret:x' },
      {},
      'secret-id'
    ],
    [
      'secret-id an ARN of an unknown partition',
      { 'secret-id': 'arn:aws-xx:secretsmanager:us-east-1:123456789012:secret:x' },
      {},
      'secret-id'
    ],
    [
      'secret-id an ARN with a bad region (and no other region)',
      { 'secret-id': 'arn:aws:secretsmanager:moon-base:123456789012:secret:x', region: '' },
      {},
      'secret-id'
    ],
    ['secret-string and secret-binary', { 'secret-binary': 'aGVsbG8=' }, {}, 'secret-binary'],
    ['secret-string and value-from-file', { 'value-from-file': 'a.txt' }, {}, 'value-from-file'],
    [
      'secret-binary and value-from-file',
      { 'secret-string': '', 'secret-binary': 'aGVsbG8=', 'value-from-file': 'a.txt' },
      {},
      'value-from-file'
    ],
    ['binary without value-from-file', { binary: 'true' }, {}, 'binary'],
    ['binary with secret-binary', { 'secret-string': '', 'secret-binary': 'aGVsbG8=', binary: 'true' }, {}, 'binary'],
    ['binary not a boolean', { 'secret-string': '', 'value-from-file': 'a.bin', binary: 'yes' }, {}, 'binary'],
    ['secret-binary with a bad character', { 'secret-string': '', 'secret-binary': 'aGVs!G8=' }, {}, 'secret-binary'],
    ['secret-binary in the base64url alphabet', { 'secret-string': '', 'secret-binary': 'a-_b' }, {}, 'secret-binary'],
    ['secret-binary missing its padding', { 'secret-string': '', 'secret-binary': 'aGVsbG8' }, {}, 'secret-binary'],
    [
      'secret-binary with padding in the middle',
      { 'secret-string': '', 'secret-binary': 'aA==aGVs' },
      {},
      'secret-binary'
    ],
    ['secret-binary with a space inside', { 'secret-string': '', 'secret-binary': 'aGVs bG8=' }, {}, 'secret-binary'],
    [
      'secret-binary with stray bits in its last character',
      { 'secret-string': '', 'secret-binary': 'aGVsbG9=' },
      {},
      'secret-binary'
    ],
    [
      'secret-binary with stray bits before ==',
      { 'secret-string': '', 'secret-binary': 'aGVsbB==' },
      {},
      'secret-binary'
    ],
    ['secret-binary only padding', { 'secret-string': '', 'secret-binary': '====' }, {}, 'secret-binary'],
    ['secret-binary of 65537 bytes', { 'secret-string': '', 'secret-binary': b64(65537) }, {}, 'secret-binary'],
    ['nothing to update', { 'secret-string': '' }, {}, 'secret-string'],
    ['description over 2048 characters', { description: long(2049) }, {}, 'description'],
    ['kms-key-id over 2048 characters', { 'kms-key-id': long(2049) }, {}, 'kms-key-id'],
    ['client-request-token of 31 characters', { 'client-request-token': long(31) }, {}, 'client-request-token'],
    ['client-request-token of 65 characters', { 'client-request-token': long(65) }, {}, 'client-request-token'],
    [
      'client-request-token with a space',
      { 'client-request-token': `${long(20)} ${long(20)}` },
      {},
      'client-request-token'
    ],
    ['client-request-token not ASCII', { 'client-request-token': `${long(32)}é` }, {}, 'client-request-token'],
    [
      'client-request-token without a value',
      { 'secret-string': '', description: 'd', 'client-request-token': long(32) },
      {},
      'client-request-token'
    ],
    ['no region anywhere', { region: '' }, {}, 'region'],
    ['region not a region name', { region: 'us-east' }, {}, 'region'],
    ['region in upper case', { region: 'US-EAST-1' }, {}, 'region'],
    ['region without dashes', { region: 'useast1' }, {}, 'region'],
    ['AWS_REGION not a region name', { region: '' }, { AWS_REGION: 'somewhere' }, 'region'],
    ['endpoint-url not a URL', { 'endpoint-url': 'not a url' }, {}, 'endpoint-url'],
    ['endpoint-url without a host', { 'endpoint-url': 'http://' }, {}, 'endpoint-url'],
    ['endpoint-url ftp', { 'endpoint-url': 'ftp://files.example.com' }, {}, 'endpoint-url'],
    ['endpoint-url a file URL', { 'endpoint-url': 'file:///tmp/endpoint' }, {}, 'endpoint-url'],
    ['skip-unchanged yes', { 'skip-unchanged': 'yes' }, {}, 'skip-unchanged'],
    [
      'json-merge True (only true/false are booleans)',
      { 'json-merge': 'True', 'secret-string': '{"a":1}' },
      {},
      'json-merge'
    ],
    ['dry-run TRUE', { 'dry-run': 'TRUE' }, {}, 'dry-run'],
    ['create-if-missing False', { 'create-if-missing': 'False' }, {}, 'create-if-missing'],
    ['json-merge 1', { 'json-merge': '1', 'secret-string': '{}' }, {}, 'json-merge'],
    ['dry-run on', { 'dry-run': 'on' }, {}, 'dry-run'],
    ['create-if-missing no', { 'create-if-missing': 'no' }, {}, 'create-if-missing'],
    ['create-if-missing mixed case', { 'create-if-missing': 'tRUE' }, {}, 'create-if-missing'],
    ['json-merge without a value', { 'json-merge': 'true', 'secret-string': '', description: 'd' }, {}, 'json-merge'],
    [
      'json-merge with secret-binary',
      { 'json-merge': 'true', 'secret-string': '', 'secret-binary': 'e30=' },
      {},
      'json-merge'
    ],
    [
      'json-merge with binary: true',
      { 'json-merge': 'true', 'secret-string': '', 'value-from-file': 'p.json', binary: 'true' },
      {},
      'json-merge'
    ],
    [
      'json-merge with client-request-token',
      { 'json-merge': 'true', 'secret-string': '{}', 'client-request-token': long(32) },
      {},
      'client-request-token'
    ],
    ['max-attempts 0', { 'max-attempts': '0' }, {}, 'max-attempts'],
    ['max-attempts 21', { 'max-attempts': '21' }, {}, 'max-attempts'],
    ['max-attempts negative', { 'max-attempts': '-1' }, {}, 'max-attempts'],
    ['max-attempts fractional', { 'max-attempts': '2.5' }, {}, 'max-attempts'],
    ['max-attempts a word', { 'max-attempts': 'five' }, {}, 'max-attempts'],
    ['connect-timeout 0', { 'connect-timeout': '0' }, {}, 'connect-timeout'],
    ['connect-timeout over an hour', { 'connect-timeout': '3601' }, {}, 'connect-timeout'],
    ['connect-timeout in exponent form', { 'connect-timeout': '1e3' }, {}, 'connect-timeout'],
    ['read-timeout a word', { 'read-timeout': 'abc' }, {}, 'read-timeout'],
    ['read-timeout hex', { 'read-timeout': '0x10' }, {}, 'read-timeout'],
    ['http-proxy not a URL', { 'http-proxy': 'proxy.corp:3128' }, {}, 'http-proxy'],
    ['http-proxy socks', { 'http-proxy': 'socks5://proxy.corp:1080' }, {}, 'http-proxy'],
    ['http-proxy without a host', { 'http-proxy': 'http://' }, {}, 'http-proxy'],
    ['HTTPS_PROXY not a URL', {}, { HTTPS_PROXY: 'not a proxy url' }, 'http-proxy'],
    ['http_proxy of a bad scheme', {}, { http_proxy: 'ftp://proxy:21' }, 'http-proxy'],
    // hpagent decodes the credentials with decodeURIComponent when it connects, and mask.ts's
    // proxyMasks does so too: a stray `%` must be an input error here, not a URIError later.
    [
      'http-proxy with a malformed %-escape in its password',
      { 'http-proxy': 'http://user:p%zzword@proxy:3128' },
      {},
      'http-proxy'
    ],
    ['value-format json', { 'value-format': 'json' }, {}, 'value-format'],
    ['value-format Dotenv', { 'value-format': 'Dotenv' }, {}, 'value-format'],
    [
      'value-format dotenv with secret-binary',
      { 'value-format': 'dotenv', 'secret-string': '', 'secret-binary': 'QT0x' },
      {},
      'value-format'
    ],
    [
      'value-format dotenv with binary: true',
      { 'value-format': 'dotenv', 'secret-string': '', 'value-from-file': 'a.env', binary: 'true' },
      {},
      'value-format'
    ],
    [
      'value-format dotenv without a value',
      { 'value-format': 'dotenv', 'secret-string': '', description: 'd' },
      {},
      'value-format'
    ],
    ['max-concurrency 0', { 'max-concurrency': '0' }, {}, 'max-concurrency'],
    ['max-concurrency 17', { 'max-concurrency': '17' }, {}, 'max-concurrency'],
    ['max-concurrency a word', { 'max-concurrency': 'four' }, {}, 'max-concurrency'],
    ['tags with a reserved key', { tags: 'team=a\naws:owner=b' }, {}, 'tags'],
    ['tags without =', { tags: 'team' }, {}, 'tags']
  ])('%s', (_name, inputs, env, input) => {
    const given = { ...BASE, ...inputs }
    const error = inputErrorOf(() => readSettings(source(given, env)))
    expect(error.input).toBe(input)
    expect(error.message).toContain(`\`${input}\``)
    // A value, base64 text or proxy URL (which may hold a password) is never quoted.
    for (const secret of [
      given['secret-string'],
      given['secret-binary'],
      given['http-proxy'],
      env.HTTPS_PROXY,
      env.http_proxy
    ]) {
      if (secret && secret.length > 4) expect(error.message).not.toContain(secret)
    }
  })

  it.each(BAD_ROTATION_INPUTS)('staging, promotion, generated passwords: $name', ({ inputs, input }) => {
    const error = inputErrorOf(() => readSettings(source({ 'secret-id': 'my-secret', region: 'us-east-1', ...inputs })))
    expect(error.input).toBe(input)
    expect(error.message).toContain(`\`${input}\``)
    expect(error.message).not.toContain(ROTATION_VALUE)
  })

  it('says where a bad proxy URL from the environment came from', () => {
    const error = inputErrorOf(() => settingsOf({}, { HTTPS_PROXY: 'http://user:hunter2@' }))
    expect(error.input).toBe('http-proxy')
    expect(error.message).toContain('HTTPS_PROXY')
    expect(error.message).not.toContain('hunter2')
  })

  it('names every value source for nothing to update', () => {
    const error = inputErrorOf(() => settingsOf({ 'secret-string': '' }))
    for (const name of ['secret-string', 'secret-binary', 'value-from-file', 'description', 'kms-key-id']) {
      expect(error.message).toContain(name)
    }
  })
})

describe('readSettings: secrets', () => {
  /** `secrets` replaces secret-id and the value inputs, which the runner then passes empty. */
  const SECRETS: Readonly<Record<string, string>> = { 'secret-id': '', 'secret-string': '', region: 'us-east-1' }
  const ARN = 'arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/app/db-AbCdEf'
  const withSecrets = (inputs: Record<string, string>, env: NodeJS.ProcessEnv = {}): Settings =>
    readSettings(source({ ...SECRETS, ...inputs }, env))

  it('resolves each line: env read verbatim, paths relative to the workspace', () => {
    const s = withSecrets(
      {
        secrets: `\n# release secrets\nprod/app/db-password   env:DB_PASSWORD\n${ARN} file:build/signing key.pem\nprod/app/keystore  binary-file:${RUNNER_TEMP}/keystore.p12\n`
      },
      { DB_PASSWORD: '  pass word\n', RUNNER_TEMP }
    )
    expect(s.report).toBe('results')
    expect(s.targets.map(({ line, secretId, arn, write }) => ({ line, secretId, arn, write }))).toEqual([
      {
        line: 3,
        secretId: 'prod/app/db-password',
        arn: undefined,
        write: {
          kind: 'value',
          value: { kind: 'env', name: 'DB_PASSWORD', text: '  pass word\n' },
          token: undefined,
          stages: undefined
        }
      },
      {
        line: 4,
        secretId: ARN,
        arn: { partition: 'aws', region: 'us-east-1', account: '123456789012', name: 'prod/app/db-AbCdEf' },
        write: {
          kind: 'value',
          value: {
            kind: 'file',
            path: path.join(WORKSPACE, 'build/signing key.pem'),
            root: { ...IN_WORKSPACE, excluded: RUNNER_TEMP },
            binary: false
          },
          token: undefined,
          stages: undefined
        }
      },
      {
        line: 5,
        secretId: 'prod/app/keystore',
        arn: undefined,
        write: {
          kind: 'value',
          value: {
            kind: 'file',
            path: path.join(RUNNER_TEMP, 'keystore.p12'),
            root: { name: 'RUNNER_TEMP', dir: RUNNER_TEMP, excluded: undefined, platform: process.platform },
            binary: true
          },
          token: undefined,
          stages: undefined
        }
      }
    ])
    for (const target of s.targets) expect(target).toMatchObject({ description: undefined, kmsKeyId: undefined })
  })

  it('applies the other options to every secret', () => {
    const s = withSecrets(
      {
        secrets: 'a env:A\nb env:A',
        'skip-unchanged': 'true',
        'json-merge': 'true',
        'dry-run': 'true',
        'create-if-missing': 'true',
        tags: 'k=v',
        'max-concurrency': '2',
        'value-format': 'dotenv'
      },
      { A: 'X=1' }
    )
    expect(s).toMatchObject({ dryRun: true, maxConcurrency: 2, valueFormat: 'dotenv' })
    expect(s.targets).toHaveLength(2)
    for (const target of s.targets) {
      expect(target).toMatchObject({
        skipUnchanged: true,
        createIfMissing: true,
        tags: [{ key: 'k', value: 'v' }],
        write: { kind: 'merge', patch: { kind: 'env', name: 'A', text: 'X=1' } }
      })
    }
  })

  it('takes the region of the ARNs when no region is set', () => {
    expect(
      withSecrets(
        { region: '', secrets: `a env:A\n${ARN.replace('us-east-1', 'eu-west-3')} env:A2` },
        { A: 'x', A2: 'y' }
      ).region
    ).toBe('eu-west-3')
  })

  it('takes the region of the ARNs over AWS_REGION when every line is an ARN of one region', () => {
    const eu = ARN.replace('us-east-1', 'eu-west-3')
    expect(
      withSecrets(
        { region: '', secrets: `${eu} env:A\n${eu.replace('db-', 'api-')} env:A` },
        { A: 'x', AWS_REGION: 'us-east-1' }
      ).region
    ).toBe('eu-west-3')
  })

  it('with names as well, AWS_REGION, and every ARN must be in it', () => {
    expect(
      withSecrets({ region: '', secrets: `a env:A\n${ARN} env:A` }, { A: 'x', AWS_REGION: 'us-east-1' }).region
    ).toBe('us-east-1')
    const error = inputErrorOf(() =>
      withSecrets(
        { region: '', secrets: `a env:A\n${ARN.replace('us-east-1', 'eu-west-3')} env:A` },
        { A: 'x', AWS_REGION: 'us-east-1' }
      )
    )
    expect(error.message).toBe(
      'Input `secrets`: line 2: the ARN is in eu-west-3, but the step writes to us-east-1: one step writes to one region.'
    )
  })

  it('an empty environment variable is left to value loading (which refuses it with its line)', () => {
    expect(withSecrets({ secrets: 'a env:EMPTY' }, { EMPTY: '' }).targets[0]?.write).toMatchObject({
      value: { kind: 'env', name: 'EMPTY', text: '' }
    })
  })

  const VALUE = 'hunter2-Env-Value'
  it.each<[string, Record<string, string>, string, string]>([
    ['secret-id with secrets', { 'secret-id': 'x' }, 'secret-id', 'cannot be combined with `secrets`'],
    ['secret-string with secrets', { 'secret-string': VALUE }, 'secret-string', 'cannot be combined with `secrets`'],
    [
      'secret-binary with secrets',
      { 'secret-binary': 'aGVsbG8=' },
      'secret-binary',
      'cannot be combined with `secrets`'
    ],
    [
      'value-from-file with secrets',
      { 'value-from-file': 'a.txt' },
      'value-from-file',
      'cannot be combined with `secrets`'
    ],
    ['binary with secrets', { binary: 'true' }, 'binary', 'binary-file:PATH'],
    [
      'client-request-token with secrets',
      { 'client-request-token': 't'.repeat(32) },
      'client-request-token',
      'cannot be combined with `secrets`'
    ],
    ['description with secrets', { description: 'd' }, 'description', 'cannot be combined with `secrets`'],
    ['kms-key-id with secrets', { 'kms-key-id': 'alias/x' }, 'kms-key-id', 'cannot be combined with `secrets`'],
    [
      'if-current-version-id with secrets (one id cannot fit many secrets)',
      { 'if-current-version-id': '0123456789abcdef0123456789abcdef' },
      'if-current-version-id',
      'cannot be combined with `secrets`'
    ],
    ['a bad line', { secrets: 'a env:A\nb' }, 'secrets', 'line 2 has no source'],
    [
      'an environment variable that is not set',
      { secrets: 'a env:A\nb env:NOT_SET' },
      'secrets',
      'line 2: the environment variable NOT_SET is not set'
    ],
    [
      'a name with a character Secrets Manager refuses',
      { secrets: 'a env:A\nb,c env:A' },
      'secrets',
      'line 2: a secret name has 1 to 512 of the characters'
    ],
    [
      'a name of 513 characters',
      { secrets: `${'n'.repeat(513)} env:A` },
      'secrets',
      'line 1: a secret name has 1 to 512'
    ],
    [
      'an ARN of another service',
      { secrets: 'arn:aws:s3:::bucket env:A' },
      'secrets',
      'line 1: looks like an ARN but is not'
    ],
    [
      'an ARN in another region than the step',
      { secrets: `a env:A\n\n${ARN.replace('us-east-1', 'eu-west-1')} env:A` },
      'secrets',
      'line 3: the ARN is in eu-west-1, but the step writes to us-east-1'
    ],
    [
      'ARNs in two regions',
      { region: '', secrets: `${ARN} env:A\n${ARN.replace('us-east-1', 'eu-west-1')} env:A` },
      'secrets',
      'line 2: the ARN is in eu-west-1'
    ],
    ['names only and no region', { region: '', secrets: 'a env:A' }, 'region', 'is not set'],
    [
      'binary-file with value-format dotenv',
      { 'value-format': 'dotenv', secrets: 'a env:A\nb binary-file:k.bin' },
      'secrets',
      'line 2: binary-file: cannot be read as dotenv'
    ],
    [
      'binary-file with json-merge',
      { 'json-merge': 'true', secrets: 'a binary-file:k.bin' },
      'secrets',
      'line 1: binary-file: cannot be a JSON patch'
    ],
    ['a secret named twice', { secrets: 'a env:A\na file:x' }, 'secrets', 'line 2 names the same secret as line 1.'],
    [
      'a secret-string of spaces with secrets',
      { 'secret-string': '   ' },
      'secret-string',
      'cannot be combined with `secrets`'
    ],
    [
      'password-env with secrets',
      { 'password-env': 'PW' },
      'password-env',
      'applies only with `generate-password: true`'
    ],
    [
      'password-exclude-characters with secrets',
      { 'password-exclude-characters': 'abc' },
      'password-exclude-characters',
      'applies only with'
    ],
    ['version-stages of separators only', { 'version-stages': ' , \n' }, 'version-stages', 'names no label']
  ])('%s', (_name, inputs, input, message) => {
    const error = inputErrorOf(() => withSecrets({ secrets: 'a env:A', ...inputs }, { A: VALUE }))
    expect(error.input).toBe(input)
    expect(error.message).toContain(message)
    expect(error.message).not.toContain(VALUE)
  })
})

describe('a region from the job', () => {
  it.each<[string, Record<string, string>]>([
    ['one secret', { 'secret-string': VALUE }],
    ['several secrets', { 'secret-id': '', 'secret-string': '', secrets: 'a env:A' }]
  ])('names AWS_REGION when the region it gives is not one (%s)', (_name, inputs) => {
    const error = inputErrorOf(() => settingsOf({ region: '', ...inputs }, { AWS_REGION: 'bogus', A: VALUE }))
    expect(error.input).toBe('region')
    expect(error.message).toContain('"bogus" (taken from AWS_REGION) is not an AWS region name')
  })
})

describe('region resolution', () => {
  const arn = (partition: string, region: string): string =>
    `arn:${partition}:secretsmanager:${region}:123456789012:secret:db-AbCdEf`
  it.each<[string, Record<string, string>, NodeJS.ProcessEnv, string]>([
    [
      'the input first',
      { region: 'eu-west-1' },
      { AWS_REGION: 'us-east-2', AWS_DEFAULT_REGION: 'us-west-1' },
      'eu-west-1'
    ],
    [
      'the input, when the ARN agrees',
      { region: 'ap-south-1', 'secret-id': arn('aws', 'ap-south-1') },
      { AWS_REGION: 'us-east-2' },
      'ap-south-1'
    ],
    // The secret lives where its ARN says: AWS_REGION is the job's default, not a choice for this secret.
    [
      'then the ARN, over AWS_REGION',
      { region: '', 'secret-id': arn('aws', 'ap-south-1') },
      { AWS_REGION: 'us-east-2', AWS_DEFAULT_REGION: 'us-west-1' },
      'ap-south-1'
    ],
    [
      'then the ARN, over AWS_DEFAULT_REGION',
      { region: '', 'secret-id': arn('aws', 'ap-south-1') },
      { AWS_DEFAULT_REGION: 'us-west-1' },
      'ap-south-1'
    ],
    ['then AWS_REGION', { region: '' }, { AWS_REGION: 'us-east-2', AWS_DEFAULT_REGION: 'us-west-1' }, 'us-east-2'],
    ['then AWS_DEFAULT_REGION', { region: '' }, { AWS_DEFAULT_REGION: 'us-west-1' }, 'us-west-1'],
    [
      'an empty AWS_REGION counts as unset',
      { region: '' },
      { AWS_REGION: '', AWS_DEFAULT_REGION: 'us-west-1' },
      'us-west-1'
    ],
    ['the ARN (aws)', { region: '', 'secret-id': arn('aws', 'ap-south-1') }, {}, 'ap-south-1'],
    ['the ARN (aws-cn)', { region: '', 'secret-id': arn('aws-cn', 'cn-north-1') }, {}, 'cn-north-1'],
    ['the ARN (aws-us-gov)', { region: '', 'secret-id': arn('aws-us-gov', 'us-gov-west-1') }, {}, 'us-gov-west-1'],
    ['the ARN (aws-iso)', { region: '', 'secret-id': arn('aws-iso', 'us-iso-east-1') }, {}, 'us-iso-east-1'],
    ['the ARN (aws-iso-b)', { region: '', 'secret-id': arn('aws-iso-b', 'us-isob-east-1') }, {}, 'us-isob-east-1'],
    ['the ARN (aws-iso-e)', { region: '', 'secret-id': arn('aws-iso-e', 'eu-isoe-west-1') }, {}, 'eu-isoe-west-1'],
    ['the ARN (aws-iso-f)', { region: '', 'secret-id': arn('aws-iso-f', 'us-isof-south-1') }, {}, 'us-isof-south-1'],
    ['the ARN (aws-eusc)', { region: '', 'secret-id': arn('aws-eusc', 'eusc-de-east-1') }, {}, 'eusc-de-east-1'],
    ['region eusc-de-east-1', { region: 'eusc-de-east-1' }, {}, 'eusc-de-east-1'],
    ['region us-isob-east-1', { region: 'us-isob-east-1' }, {}, 'us-isob-east-1'],
    ['a region of aws-iso the SDK places by its pattern only', { region: 'us-iso-north-9' }, {}, 'us-iso-north-9'],
    ['the input is trimmed', { region: ' eu-central-1\n' }, {}, 'eu-central-1']
  ])('%s', (_name, inputs, env, region) => {
    expect(settingsOf(inputs, env).region).toBe(region)
  })

  it('fails before any request when `region` contradicts the ARN, naming both', () => {
    const error = inputErrorOf(() => settingsOf({ region: 'eu-west-1', 'secret-id': arn('aws', 'ap-south-1') }))
    expect(error.input).toBe('region')
    expect(error.message).toContain('eu-west-1')
    expect(error.message).toContain('ap-south-1')
  })

  it.each<[string, string, string]>([
    ['a partition the SDK does not know', 'aws-xx', 'us-east-1'],
    ['a region of another partition (aws with cn-north-1)', 'aws', 'cn-north-1'],
    ['a region of another partition (aws-iso-b with us-iso-east-1)', 'aws-iso-b', 'us-iso-east-1'],
    ['a region of another partition (aws-us-gov with us-east-1)', 'aws-us-gov', 'us-east-1']
  ])('rejects an ARN with %s', (_name, partition, region) => {
    expect(inputErrorOf(() => settingsOf({ region: '', 'secret-id': arn(partition, region) })).input).toBe('secret-id')
  })

  it.each([
    ['aws', 'us-east-1'],
    ['aws-cn', 'cn-northwest-1'],
    ['aws-us-gov', 'us-gov-east-1'],
    ['aws-iso-f', 'us-isof-east-1'],
    ['aws-eusc', 'eusc-de-east-1']
  ])('parses an ARN of partition %s', (partition, region) => {
    expect(parseArn(`arn:${partition}:secretsmanager:${region}:210987654321:secret:path/to/name-x1Y2z3`)).toEqual({
      partition,
      region,
      account: '210987654321',
      name: 'path/to/name-x1Y2z3'
    })
  })

  it.each([
    'my-secret',
    'arn:aws:secretsmanager:us-east-1:123456789012:parameter:x',
    'arn:aws:secretsmanager:us-east-1:123456789012:secret:'
  ])('parses no ARN from %j', (id) => {
    expect(parseArn(id)).toBeUndefined()
  })
})

describe('proxy and CA from the environment', () => {
  // [http endpoints' proxy, https endpoints' proxy], one per scheme as curl and the AWS CLI read them.
  it.each<[string, Record<string, string>, NodeJS.ProcessEnv, [string | undefined, string | undefined]]>([
    ['no proxy anywhere', {}, {}, [undefined, undefined]],
    ['HTTPS_PROXY', {}, { HTTPS_PROXY: 'http://proxy-a:3128' }, [undefined, 'http://proxy-a:3128']],
    ['https_proxy', {}, { https_proxy: 'http://proxy-b:3128' }, [undefined, 'http://proxy-b:3128']],
    ['HTTP_PROXY', {}, { HTTP_PROXY: 'http://proxy-c:3128' }, ['http://proxy-c:3128', undefined]],
    ['http_proxy', {}, { http_proxy: 'http://proxy-d:3128' }, ['http://proxy-d:3128', undefined]],
    [
      'both, each for its scheme',
      {},
      { HTTP_PROXY: 'http://plain:1', HTTPS_PROXY: 'http://secure:2' },
      ['http://plain:1', 'http://secure:2']
    ],
    [
      'upper case before lower case',
      {},
      { HTTP_PROXY: 'http://upper:1', http_proxy: 'http://lower:2' },
      ['http://upper:1', undefined]
    ],
    [
      'an empty HTTPS_PROXY counts as unset',
      {},
      { HTTPS_PROXY: '', HTTP_PROXY: 'http://plain:1' },
      ['http://plain:1', undefined]
    ],
    [
      'the input before the environment, for both schemes',
      { 'http-proxy': 'http://input:3' },
      { HTTPS_PROXY: 'http://env:4', HTTP_PROXY: 'http://env:5' },
      ['http://input:3', 'http://input:3']
    ]
  ])('proxy: %s', (_name, inputs, env, [http, https]) => {
    const settings = settingsOf(inputs, env)
    expect([settings.httpProxy, settings.httpsProxy]).toEqual([http, https])
  })

  it.each<[string, NodeJS.ProcessEnv, string]>([
    ['unset', {}, ''],
    ['NO_PROXY', { NO_PROXY: 'localhost,.internal' }, 'localhost,.internal'],
    ['no_proxy', { no_proxy: '127.0.0.1' }, '127.0.0.1'],
    ['NO_PROXY before no_proxy', { NO_PROXY: 'upper', no_proxy: 'lower' }, 'upper']
  ])('NO_PROXY: %s', (_name, env, expected) => {
    expect(settingsOf({}, env).noProxy).toBe(expected)
  })

  it.each<[string, Record<string, string>, NodeJS.ProcessEnv, Settings['caBundle']]>([
    ['none', {}, {}, undefined],
    [
      'ca-bundle relative to GITHUB_WORKSPACE',
      { 'ca-bundle': 'certs/ca.pem' },
      {},
      { path: path.join(WORKSPACE, 'certs/ca.pem'), from: 'ca-bundle' }
    ],
    [
      'ca-bundle absolute',
      { 'ca-bundle': '/etc/ssl/corp.pem' },
      {},
      { path: path.resolve('/etc/ssl/corp.pem'), from: 'ca-bundle' }
    ],
    [
      'ca-bundle trimmed',
      { 'ca-bundle': ' ca.pem\n' },
      {},
      { path: path.join(WORKSPACE, 'ca.pem'), from: 'ca-bundle' }
    ],
    [
      'AWS_CA_BUNDLE',
      {},
      { AWS_CA_BUNDLE: '/etc/ssl/env.pem' },
      { path: path.resolve('/etc/ssl/env.pem'), from: 'AWS_CA_BUNDLE' }
    ],
    ['an empty AWS_CA_BUNDLE counts as unset', {}, { AWS_CA_BUNDLE: ' ' }, undefined],
    [
      'ca-bundle before AWS_CA_BUNDLE',
      { 'ca-bundle': 'ca.pem' },
      { AWS_CA_BUNDLE: '/etc/ssl/env.pem' },
      { path: path.join(WORKSPACE, 'ca.pem'), from: 'ca-bundle' }
    ]
  ])('CA bundle: %s', (_name, inputs, env, expected) => {
    expect(settingsOf(inputs, env).caBundle).toEqual(expected)
  })

  it('resolves relative paths against the working directory without GITHUB_WORKSPACE', () => {
    const s = readSettings({ getInput: source({ ...BASE, 'ca-bundle': 'ca.pem' }).getInput, env: {} })
    expect(s.caBundle?.path).toBe(path.resolve(process.cwd(), 'ca.pem'))
  })
})

describe('decodeBase64', () => {
  it('rejects an empty string, which decodes to zero bytes', () => {
    expect(inputErrorOf(() => decodeBase64('')).input).toBe('secret-binary')
  })

  it('is byte-exact for every byte value', () => {
    const all = Buffer.from(Array.from({ length: 256 }, (_, i) => i))
    expect(decodeBase64(all.toString('base64')).equals(all)).toBe(true)
  })

  it('accepts the output of `base64` wrapped at 76 columns', () => {
    const bytes = Buffer.alloc(500, 0xa5)
    const wrapped = bytes.toString('base64').replace(/.{76}/g, '$&\n')
    expect(wrapped.split('\n').length).toBeGreaterThan(5)
    expect(decodeBase64(wrapped).equals(bytes)).toBe(true)
  })
})

describe('readSettings: an empty input is an input not given', () => {
  it("keeps action.yml's defaults, once", () => {
    const declared = [...ACTION_INPUTS].filter(([, value]) => value !== '')
    expect(Object.entries(INPUT_DEFAULTS).sort()).toEqual(declared.sort())
  })

  it('reads every input passed empty (as a wrapper forwards one it was not given) as its default', () => {
    // Only what a run needs is given; the runner would pass every other input with its default.
    const wrapper: SettingsSource = {
      getInput: (name) => BASE[name] ?? '',
      env: { GITHUB_WORKSPACE: WORKSPACE }
    }
    expect(view(readSettings(wrapper))).toEqual(settingsOf({}))
  })

  it.each(['password-length', 'password-exclude-punctuation', 'max-attempts', 'max-concurrency', 'read-timeout'])(
    '%s passed empty without generate-password or secrets is not refused',
    (name) => {
      expect(() => settingsOf({ [name]: '' })).not.toThrow()
    }
  )
})

describe('runnerSource', () => {
  // Inputs come through @actions/core, which reads the process's INPUT_* variables.
  const saved = { ...process.env }
  afterEach(() => {
    process.env = { ...saved }
  })
  const runnerEnv = (vars: Record<string, string>): NodeJS.ProcessEnv => {
    process.env = { ...Object.fromEntries(Object.entries(saved).filter(([k]) => !k.startsWith('INPUT_'))), ...vars }
    return process.env
  }

  it('reads INPUT_* as the runner names them, untrimmed, with empty for absent', () => {
    const src = runnerSource(
      runnerEnv({ 'INPUT_SECRET-ID': 'id', 'INPUT_SECRET-STRING': ' v \n', INPUT_REGION: 'us-east-1' })
    )
    expect(src.getInput('secret-id')).toBe('id')
    expect(src.getInput('secret-string')).toBe(' v \n')
    expect(src.getInput('description')).toBe('')
  })

  it('reads what the runner sets for every declared input', () => {
    const env = runnerEnv(
      inputEnv({ 'secret-id': 'id', 'secret-string': ' v \n', region: 'us-east-1', 'max-attempts': '3' })
    )
    const s = view(readSettings(runnerSource(env)))
    expect(s.value).toEqual({ kind: 'string', text: ' v \n' })
    expect(s.maxAttempts).toBe(3)
    expect(s.readTimeoutMs).toBe(60_000)
  })
})

describe('readSettings: secret-id holds only what Secrets Manager allows in a name', () => {
  // AWS: a name may hold ASCII letters, digits and / _ + = . @ -. An ARN (full, or partial: without
  // the 6-character suffix) ends in such a name. Anything else is refused before any request, so
  // that nothing of the id can reach the log as a runner command either.
  const arn = (name: string): string => `arn:aws:secretsmanager:us-east-1:123456789012:secret:${name}`
  it.each([
    ['every allowed character', 'Team/app_1+x=y.z@corp-DB'],
    ['a full ARN', arn('team/app_1+x=y.z@corp-db-AbCdEf')],
    ['a partial ARN', arn('team/app_1+x=y.z@corp-db')]
  ])('accepts %s', (_what, id) => {
    expect(settingsOf({ 'secret-id': id }).secretId).toBe(id)
  })

  it.each([
    ['a line break and a command', 'app/db\n::error file=src/main.ts,line=1::FAKE'],
    ['a carriage return', 'app/db\r::add-mask::x'],
    ['the legacy command form', 'app/db ##[warning]FAKE'],
    ['a space', 'app db'],
    ['a # sign', 'app#db'],
    ['a colon', 'app:db'],
    ['a non-ASCII letter', 'app/dä'],
    ['a line separator', 'app\u2028db'],
    ['an ARN whose name holds a space', arn('app db')],
    ['an ARN whose name holds ##[', arn('app##[warning]x')]
  ])('refuses %s, without quoting it', (_what, id) => {
    const error = inputErrorOf(() => settingsOf({ 'secret-id': id }))
    expect(error.input).toBe('secret-id')
    expect(error.message).toMatch(/letters, digits and/)
    expect(error.message).not.toContain(id)
  })
})

describe('readSettings: an endpoint-url that does not parse is quoted without its credentials', () => {
  it.each([
    ['user and password', 'http://admin:hunter2-pass@[not-a-host:5000', 'hunter2-pass'],
    ['a token as the user', 'https://ghp_token1234567890@exa mple.com', 'ghp_token1234567890']
  ])('%s', (_what, url, credential) => {
    const error = inputErrorOf(() => settingsOf({ 'endpoint-url': url }))
    expect(error.input).toBe('endpoint-url')
    expect(error.message).not.toContain(credential)
    expect(error.message).toMatch(/not a valid URL/)
  })

  it('still quotes a URL without credentials, to show what is wrong with it', () => {
    expect(inputErrorOf(() => settingsOf({ 'endpoint-url': 'http://[bad-host' })).message).toContain('http://[bad-host')
  })
})

describe('readSettings: if-exists, replica-regions, force-overwrite-replica, strip-final-newline', () => {
  const CREATE = { 'create-if-missing': 'true' }
  const SECRETS = {
    region: 'us-east-1',
    'secret-id': '',
    'secret-string': '',
    secrets: 'app/a env:A\napp/b binary-file:b.bin'
  }
  it.each<[string, Record<string, string>, Partial<View>]>([
    ['if-exists skip with create-if-missing', { ...CREATE, 'if-exists': 'skip' }, { ifExists: 'skip' }],
    ['if-exists fail with create-if-missing', { ...CREATE, 'if-exists': 'fail' }, { ifExists: 'fail' }],
    ['if-exists update needs nothing', { 'if-exists': 'update' }, { ifExists: 'update' }],
    [
      'replica regions, with and without a key, comments and blank lines skipped',
      {
        'replica-regions': '# replicas\n eu-west-1 \n\nap-south-1   alias/ap-key\n',
        'force-overwrite-replica': 'true'
      },
      {
        replicas: [
          { region: 'eu-west-1', kmsKeyId: undefined },
          { region: 'ap-south-1', kmsKeyId: 'alias/ap-key' }
        ],
        forceOverwriteReplica: true
      }
    ],
    [
      'replica regions alone are something to do',
      { 'secret-string': '', 'replica-regions': 'eu-west-1' },
      { value: undefined, replicas: [{ region: 'eu-west-1', kmsKeyId: undefined }] }
    ],
    ['strip-final-newline with secret-string', { 'strip-final-newline': 'true' }, { stripFinalNewline: true }]
  ])('%s', (_name, inputs, expected) => {
    expect(settingsOf(inputs)).toMatchObject(expected)
  })

  it('applies to each secret of secrets, binary-file: lines included (they keep their bytes in value.ts)', () => {
    const s = readSettings(
      source(
        { ...SECRETS, ...CREATE, 'if-exists': 'fail', 'strip-final-newline': 'true', 'replica-regions': 'eu-west-1' },
        { A: 'a' }
      )
    )
    expect(s.targets.map((t) => [t.ifExists, t.stripFinalNewline, t.replicas.length])).toEqual([
      ['fail', true, 1],
      ['fail', true, 1]
    ])
  })

  const ARN_ID = 'arn:aws:secretsmanager:us-east-1:123456789012:secret:app/db-AbCdEf'
  it.each<[string, Record<string, string>, string, RegExp]>([
    ['if-exists not one of three', { 'if-exists': 'never' }, 'if-exists', /must be `update` or `skip` or `fail`/],
    [
      'if-exists skip without create-if-missing',
      { 'if-exists': 'skip' },
      'if-exists',
      /needs `create-if-missing: true`/
    ],
    [
      'if-exists fail with an ARN',
      { ...CREATE, 'if-exists': 'fail', 'secret-id': ARN_ID },
      'if-exists',
      /an ARN cannot name a secret to create: `secret-id` is an ARN/
    ],
    [
      'if-exists skip with an ARN in secrets',
      { ...SECRETS, ...CREATE, 'if-exists': 'skip', secrets: `app/a env:A\n${ARN_ID} env:A` },
      'if-exists',
      /line 2 of `secrets` is an ARN/
    ],
    [
      'a replica region that is no region',
      { 'replica-regions': 'eu-west-1\nmars-1' },
      'replica-regions',
      /line 2: "mars-1" is not an AWS region/
    ],
    [
      'the primary region as a replica',
      { 'replica-regions': 'us-east-1' },
      'replica-regions',
      /line 1: us-east-1 is the secret's own region/
    ],
    [
      'a replica region twice',
      { 'replica-regions': 'eu-west-1\neu-west-1 alias/k' },
      'replica-regions',
      /line 2: names eu-west-1, as line 1 does/
    ],
    ['a replica in another partition', { 'replica-regions': 'cn-north-1' }, 'replica-regions', /partition aws-cn/],
    [
      'three words on a replica line',
      { 'replica-regions': 'eu-west-1 alias/k extra' },
      'replica-regions',
      /line 1: write REGION/
    ],
    ['only comments', { 'replica-regions': '# none' }, 'replica-regions', /names no region/],
    [
      'replicas with a promotion',
      { 'secret-string': '', 'promote-stage': 'AWSPENDING', 'replica-regions': 'eu-west-1' },
      'replica-regions',
      /cannot be combined with `promote-stage`/
    ],
    [
      'force-overwrite-replica without replicas',
      { 'force-overwrite-replica': 'true' },
      'force-overwrite-replica',
      /only with `replica-regions`/
    ],
    [
      'strip-final-newline with secret-binary',
      { 'secret-string': '', 'secret-binary': 'aGVsbG8K', 'strip-final-newline': 'true' },
      'strip-final-newline',
      /cannot be used with `secret-binary` or `binary: true`/
    ],
    [
      'strip-final-newline with binary: true',
      { 'secret-string': '', 'value-from-file': 'v.bin', binary: 'true', 'strip-final-newline': 'true' },
      'strip-final-newline',
      /cannot be used with `secret-binary` or `binary: true`/
    ],
    [
      'strip-final-newline with a generated password',
      { 'secret-string': '', 'generate-password': 'true', 'strip-final-newline': 'true' },
      'strip-final-newline',
      /a generated password has no newline/
    ],
    ['strip-final-newline not a boolean', { 'strip-final-newline': 'yes' }, 'strip-final-newline', /`true` or `false`/]
  ])('%s', (_name, inputs, input, message) => {
    const error = inputErrorOf(() => readSettings(source({ ...BASE, ...inputs }, { A: 'a' })))
    expect(error.input).toBe(input)
    expect(error.message).toMatch(message)
  })
})
