/**
 * Bad input, as the one table: each row runs the bundled action with one bad input (and a
 * good value, so that there is something to leak). Each must exit 1 with exactly one `::error::`
 * that names the input, send no request (the endpoint is a fault proxy that counts them), leave
 * the secret untouched (read back with boto3), and never print the value.
 *
 * Unreadable files: the tests run as root, for whom chmod 000 changes nothing. A file is made
 * unreadable for root too by a path that goes through a regular file as if it were a directory
 * (ENOTDIR) and by a symbolic-link loop (ELOOP). A FIFO is not used: opening one blocks.
 */
import { describe, it, expect, beforeAll, afterAll, afterEach } from '@jest/globals'
import { randomBytes } from 'node:crypto'
import { mkdir, rm, symlink } from 'node:fs/promises'
import path from 'node:path'
import { startMoto } from '../../scripts/moto.mjs'
import type { Moto } from '../../scripts/moto.mjs'
import { closeAwsHelper, createSecret, readSecret } from '../support/aws.js'
import type { SecretState } from '../support/aws.js'
import { expectExit, expectOneError, expectUntouched } from '../support/expect-run.js'
import { startFaultProxy } from '../support/faults.js'
import type { FaultProxy } from '../support/faults.js'
import { expectNoLeaks } from '../support/leaks.js'
import { makeWorkspace, runAction, writeWorkspaceFile } from '../support/run-action.js'
import { BAD_ROTATION_INPUTS, ROTATION_VALUE } from '../../__fixtures__/rotation-inputs.js'
import { hex } from '../support/seed.js'

/** Secrets Manager's limit on a value, in bytes. */
const MAX_VALUE = 65536

const b64 = (value: string | Buffer): string => Buffer.from(value).toString('base64')

/** A good value for the rows whose bad input is elsewhere: it must not be printed either. */
const VALUE = `bad-input value ${hex(24)}`
/** A second good value, for the rows with two value sources. */
const OTHER = `other value ${hex(24)}`
const PROXY_PASSWORD = `proxy-password-${hex(12)}`

interface Row {
  readonly name: string
  /** Inputs besides `secret-id` and `endpoint-url` (which a row may override). */
  readonly inputs: Record<string, string>
  /**
   * What the single error must name (one of): the input, or for a bad environment variable that
   * variable, since the user never set the input that the error would otherwise point to.
   */
  readonly names: readonly string[]
  readonly env?: Record<string, string | undefined>
  /** Files to create in the workspace before the run. */
  readonly files?: Record<string, string | Buffer>
  /** Anything else to prepare in the workspace. */
  readonly setup?: (workspace: string) => Promise<void>
  /** What must never be printed (default: VALUE). */
  readonly secrets?: ReadonlyArray<string | Buffer>
}

const NON_UTF8 = Buffer.concat([
  Buffer.from(`text ${hex(16)} `),
  Buffer.from([0xc3, 0x28, 0xff, 0xfe]),
  Buffer.from(hex(16))
])
const BIG_TEXT = hex(MAX_VALUE + 1)
/** 21846 characters, 65538 bytes: the limit is on bytes, not characters. */
const BIG_MULTIBYTE = '€'.repeat(Math.ceil((MAX_VALUE + 1) / 3))
const BIG_BYTES = randomBytes(MAX_VALUE + 1)

const numberRows: Row[] = ['max-attempts', 'connect-timeout', 'read-timeout'].flatMap((input) =>
  ['0', '-1', '1.5', 'abc'].map((bad) => ({
    name: `${input}: ${bad}`,
    inputs: { 'secret-string': VALUE, [input]: bad },
    names: [input]
  }))
)

const rows: Row[] = [
  // Value sources that conflict, or none at all.
  {
    name: 'secret-string and secret-binary',
    inputs: { 'secret-string': VALUE, 'secret-binary': b64(OTHER) },
    names: ['secret-string', 'secret-binary'],
    secrets: [VALUE, OTHER]
  },
  {
    name: 'secret-string and value-from-file',
    inputs: { 'secret-string': VALUE, 'value-from-file': 'value.txt' },
    files: { 'value.txt': OTHER },
    names: ['secret-string', 'value-from-file'],
    secrets: [VALUE, OTHER]
  },
  {
    name: 'secret-binary and value-from-file',
    inputs: { 'secret-binary': b64(VALUE), 'value-from-file': 'value.txt' },
    files: { 'value.txt': OTHER },
    names: ['secret-binary', 'value-from-file'],
    secrets: [VALUE, OTHER]
  },
  {
    name: 'all three value sources',
    inputs: { 'secret-string': VALUE, 'secret-binary': b64(OTHER), 'value-from-file': 'value.txt' },
    files: { 'value.txt': OTHER },
    names: ['secret-string', 'secret-binary', 'value-from-file'],
    secrets: [VALUE, OTHER]
  },
  {
    name: 'nothing to update (no value, description or kms-key-id)',
    inputs: {},
    names: ['secret-string', 'secret-binary', 'value-from-file', 'description', 'kms-key-id']
  },

  // value-from-file
  { name: 'value-from-file: missing', inputs: { 'value-from-file': 'missing.txt' }, names: ['value-from-file'] },
  {
    name: 'value-from-file: empty',
    inputs: { 'value-from-file': 'empty.txt' },
    files: { 'empty.txt': '' },
    names: ['value-from-file']
  },
  {
    name: 'value-from-file: a directory',
    inputs: { 'value-from-file': 'config' },
    setup: (workspace) => mkdir(path.join(workspace, 'config')),
    names: ['value-from-file']
  },
  {
    name: 'value-from-file: unreadable (a path through a file, ENOTDIR)',
    inputs: { 'value-from-file': 'value.txt/inner' },
    files: { 'value.txt': OTHER },
    names: ['value-from-file'],
    secrets: [OTHER]
  },
  {
    name: 'value-from-file: unreadable (a symbolic-link loop, ELOOP)',
    inputs: { 'value-from-file': 'loop-a' },
    setup: async (workspace) => {
      await symlink('loop-b', path.join(workspace, 'loop-a'))
      await symlink('loop-a', path.join(workspace, 'loop-b'))
    },
    names: ['value-from-file']
  },
  {
    name: 'value-from-file: not UTF-8 (without binary)',
    inputs: { 'value-from-file': 'latin.txt' },
    files: { 'latin.txt': NON_UTF8 },
    names: ['value-from-file'],
    secrets: [NON_UTF8]
  },
  {
    name: 'value-from-file: 65537 bytes of text',
    inputs: { 'value-from-file': 'big.txt' },
    files: { 'big.txt': BIG_TEXT },
    names: ['value-from-file'],
    secrets: [BIG_TEXT]
  },
  {
    name: 'value-from-file: 65537 bytes with binary: true',
    inputs: { 'value-from-file': 'big.bin', binary: 'true' },
    files: { 'big.bin': BIG_BYTES },
    names: ['value-from-file'],
    secrets: [BIG_BYTES]
  },
  {
    name: 'value-format dotenv: a carriage return alone on a later line of a double-quoted value',
    inputs: { 'value-from-file': 'app.env', 'value-format': 'dotenv' },
    files: { 'app.env': `A="first\n${VALUE}\rB=hidden"\n` },
    names: ['value-from-file']
  },

  // secret-string and secret-binary
  {
    name: 'secret-string: 65537 bytes',
    inputs: { 'secret-string': BIG_TEXT },
    names: ['secret-string'],
    secrets: [BIG_TEXT]
  },
  {
    name: 'secret-string: 21846 characters but 65538 bytes',
    inputs: { 'secret-string': BIG_MULTIBYTE },
    names: ['secret-string'],
    secrets: [BIG_MULTIBYTE]
  },
  { name: 'secret-binary: not base64', inputs: { 'secret-binary': `not base64! ${VALUE}` }, names: ['secret-binary'] },
  // VALUE is 40 bytes, so its base64 ends in `==`.
  {
    name: 'secret-binary: unpadded',
    inputs: { 'secret-binary': b64(VALUE).replace(/=+$/, '') },
    names: ['secret-binary']
  },
  {
    name: 'secret-binary: URL-safe alphabet',
    inputs: { 'secret-binary': Buffer.from([0xfb, 0xff, 0xbf, ...Buffer.from(VALUE)]).toString('base64url') },
    names: ['secret-binary']
  },
  {
    name: 'secret-binary: decodes to 65537 bytes',
    inputs: { 'secret-binary': b64(BIG_BYTES) },
    names: ['secret-binary'],
    secrets: [BIG_BYTES]
  },

  // Booleans: exactly true or false, nothing else.
  {
    name: 'binary: yes',
    inputs: { 'value-from-file': 'value.txt', binary: 'yes' },
    files: { 'value.txt': VALUE },
    names: ['binary']
  },
  {
    name: 'binary: true without value-from-file',
    inputs: { 'secret-string': VALUE, binary: 'true' },
    names: ['binary']
  },
  { name: 'skip-unchanged: 1', inputs: { 'secret-string': VALUE, 'skip-unchanged': '1' }, names: ['skip-unchanged'] },
  { name: 'dry-run: tRuE', inputs: { 'secret-string': VALUE, 'dry-run': 'tRuE' }, names: ['dry-run'] },
  {
    name: 'create-if-missing: on',
    inputs: { 'secret-string': VALUE, 'create-if-missing': 'on' },
    names: ['create-if-missing']
  },
  { name: 'json-merge: no', inputs: { 'secret-string': VALUE, 'json-merge': 'no' }, names: ['json-merge'] },

  // Numbers: positive integers only.
  ...numberRows,
  { name: 'read-timeout: 10s', inputs: { 'secret-string': VALUE, 'read-timeout': '10s' }, names: ['read-timeout'] },

  // URLs and region.
  {
    name: 'endpoint-url: not a URL',
    inputs: { 'secret-string': VALUE, 'endpoint-url': 'not a url' },
    names: ['endpoint-url']
  },
  {
    name: 'endpoint-url: ftp scheme',
    inputs: { 'secret-string': VALUE, 'endpoint-url': 'ftp://127.0.0.1:21' },
    names: ['endpoint-url']
  },
  {
    name: 'endpoint-url: host:port without scheme',
    inputs: { 'secret-string': VALUE, 'endpoint-url': 'localhost:4566' },
    names: ['endpoint-url']
  },
  { name: 'region: us-east (no number)', inputs: { 'secret-string': VALUE, region: 'us-east' }, names: ['region'] },
  { name: 'region: upper case', inputs: { 'secret-string': VALUE, region: 'US-EAST-1' }, names: ['region'] },
  { name: 'region: moon', inputs: { 'secret-string': VALUE, region: 'moon' }, names: ['region'] },
  {
    name: 'region: none anywhere (no input, no AWS_REGION, a name as secret-id)',
    inputs: { 'secret-string': VALUE },
    env: { AWS_REGION: undefined, AWS_DEFAULT_REGION: undefined },
    names: ['region']
  },

  // Proxy: a bad URL must not be echoed, since it may hold a password.
  {
    name: 'http-proxy: not a URL',
    inputs: { 'secret-string': VALUE, 'http-proxy': 'not a proxy url' },
    names: ['http-proxy']
  },
  {
    name: 'http-proxy: socks5 scheme with a password',
    inputs: { 'secret-string': VALUE, 'http-proxy': `socks5://runner:${PROXY_PASSWORD}@127.0.0.1:1080` },
    names: ['http-proxy'],
    secrets: [VALUE, PROXY_PASSWORD]
  },
  {
    name: 'http-proxy: malformed, with a password',
    inputs: { 'secret-string': VALUE, 'http-proxy': `http//runner:${PROXY_PASSWORD}@proxy` },
    names: ['http-proxy'],
    secrets: [VALUE, PROXY_PASSWORD]
  },
  {
    name: 'HTTPS_PROXY: ftp scheme with a password',
    inputs: { 'secret-string': VALUE },
    env: { HTTPS_PROXY: `ftp://runner:${PROXY_PASSWORD}@127.0.0.1:21` },
    names: ['HTTPS_PROXY'],
    secrets: [VALUE, PROXY_PASSWORD]
  },
  {
    name: 'http_proxy (lower case): not a URL',
    inputs: { 'secret-string': VALUE },
    env: { http_proxy: 'proxy but not a url' },
    names: ['HTTP_PROXY', 'http_proxy']
  },

  // CA bundle.
  {
    name: 'ca-bundle: missing file',
    inputs: { 'secret-string': VALUE, 'ca-bundle': 'missing-ca.pem' },
    names: ['ca-bundle']
  },
  {
    name: 'ca-bundle: not PEM',
    inputs: { 'secret-string': VALUE, 'ca-bundle': 'ca.pem' },
    files: { 'ca.pem': 'this is not a certificate\n' },
    names: ['ca-bundle']
  },
  {
    name: 'ca-bundle: a directory',
    inputs: { 'secret-string': VALUE, 'ca-bundle': 'certs' },
    setup: (workspace) => mkdir(path.join(workspace, 'certs')),
    names: ['ca-bundle']
  },
  {
    name: 'AWS_CA_BUNDLE: missing file',
    inputs: { 'secret-string': VALUE },
    env: { AWS_CA_BUNDLE: '/nonexistent/private-ca.pem' },
    names: ['AWS_CA_BUNDLE']
  },

  // Lengths and identifiers.
  {
    name: 'description: 2049 characters',
    inputs: { 'secret-string': VALUE, description: 'd'.repeat(2049) },
    names: ['description']
  },
  {
    name: 'kms-key-id: 2049 characters',
    inputs: { 'secret-string': VALUE, 'kms-key-id': `alias/${'k'.repeat(2043)}` },
    names: ['kms-key-id']
  },
  {
    name: 'secret-id: only whitespace',
    inputs: { 'secret-id': ' \t \n', 'secret-string': VALUE },
    names: ['secret-id']
  },
  {
    name: 'secret-id: a malformed ARN',
    inputs: { 'secret-id': 'arn:aws:secretsmanager:us-east-1:secret:no-account', 'secret-string': VALUE },
    names: ['secret-id']
  },
  {
    name: 'secret-id: 2049 characters',
    inputs: { 'secret-id': 's'.repeat(2049), 'secret-string': VALUE },
    names: ['secret-id']
  },
  {
    name: 'client-request-token: 31 characters',
    inputs: { 'secret-string': VALUE, 'client-request-token': hex(31) },
    names: ['client-request-token']
  },
  {
    name: 'client-request-token: 65 characters',
    inputs: { 'secret-string': VALUE, 'client-request-token': hex(65) },
    names: ['client-request-token']
  },

  // Options that exclude each other.
  {
    name: 'json-merge with secret-binary',
    inputs: { 'secret-binary': b64(VALUE), 'json-merge': 'true' },
    names: ['json-merge']
  },
  {
    name: 'json-merge with binary: true',
    inputs: { 'value-from-file': 'patch.json', binary: 'true', 'json-merge': 'true' },
    files: { 'patch.json': JSON.stringify({ password: VALUE }) },
    names: ['json-merge', 'binary'],
    secrets: [JSON.stringify({ password: VALUE }), VALUE]
  },

  // json-merge patches: checked before any call, never quoted (JSON.parse's own error would quote them).
  {
    name: 'json-merge: a patch that is not JSON',
    inputs: { 'secret-string': `{"password": "${VALUE}"`, 'json-merge': 'true' },
    names: ['secret-string'],
    secrets: [`{"password": "${VALUE}"`, VALUE]
  },
  {
    name: 'json-merge: a patch that is an array',
    inputs: { 'secret-string': `["${VALUE}"]`, 'json-merge': 'true' },
    names: ['secret-string'],
    secrets: [`["${VALUE}"]`, VALUE]
  },
  {
    name: 'json-merge: a patch file that is a JSON string',
    inputs: { 'value-from-file': 'patch.json', 'json-merge': 'true' },
    files: { 'patch.json': JSON.stringify(VALUE) },
    names: ['value-from-file'],
    secrets: [VALUE]
  },
  // The write modes.
  { name: 'if-exists: not a mode', inputs: { 'secret-string': VALUE, 'if-exists': 'ignore' }, names: ['if-exists'] },
  {
    name: 'if-exists: skip without create-if-missing',
    inputs: { 'secret-string': VALUE, 'if-exists': 'skip' },
    names: ['if-exists']
  },
  {
    name: "replica-regions: the secret's own region",
    inputs: { 'secret-string': VALUE, 'replica-regions': 'eu-west-1\nus-east-1' },
    names: ['replica-regions']
  },
  {
    name: 'replica-regions: not a region',
    inputs: { 'secret-string': VALUE, 'replica-regions': 'eu-west-1x' },
    names: ['replica-regions']
  },
  {
    name: 'replica-regions: a region twice',
    inputs: { 'secret-string': VALUE, 'replica-regions': 'eu-west-1\neu-west-1' },
    names: ['replica-regions']
  },
  {
    name: 'force-overwrite-replica without replica-regions',
    inputs: { 'secret-string': VALUE, 'force-overwrite-replica': 'true' },
    names: ['force-overwrite-replica']
  },
  {
    name: 'strip-final-newline with secret-binary',
    inputs: { 'secret-binary': b64(VALUE), 'strip-final-newline': 'true' },
    names: ['strip-final-newline'],
    secrets: [VALUE, b64(VALUE)]
  },
  {
    name: 'strip-final-newline: a value that is only a newline',
    inputs: { 'value-from-file': 'nl.txt', 'strip-final-newline': 'true' },
    files: { 'nl.txt': '\r\n' },
    names: ['value-from-file']
  }
]

// Staging, promotion and generated passwords: the table settings.test.ts also reads.
rows.push(
  ...BAD_ROTATION_INPUTS.map(({ name, inputs, input }) => ({
    name,
    inputs,
    names: [input],
    files: { 'value.txt': ROTATION_VALUE },
    secrets: [ROTATION_VALUE]
  }))
)

let moto: Moto
let proxy: FaultProxy
let secretId: string
let before: SecretState

beforeAll(async () => {
  moto = await startMoto()
  proxy = await startFaultProxy(moto.endpoint)
  secretId = `bad-input/${hex(8)}`
  await createSecret(moto.endpoint, secretId, { secretString: `original ${hex(16)}`, description: 'before the table' })
  before = await readSecret(moto.endpoint, secretId)
})

afterAll(async () => {
  await proxy?.close()
  await moto?.stop()
  await closeAwsHelper()
})

afterEach(() => proxy.reset())

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

describe('bad input: exit 1, one error naming the input, no request, secret untouched, value not shown', () => {
  it.each(rows)('$name', async (row) => {
    const workspace = await makeWorkspace()
    try {
      for (const [name, content] of Object.entries(row.files ?? {})) await writeWorkspaceFile(workspace, name, content)
      await row.setup?.(workspace)

      const run = await runAction(
        { 'secret-id': secretId, 'endpoint-url': proxy.url, ...row.inputs },
        { cwd: workspace, ...(row.env ? { env: row.env } : {}) }
      )

      expectExit(run, 1, 20_000)
      expectOneError(run, new RegExp(row.names.map(escape).join('|')))
      expect({ requests: proxy.count, connections: proxy.connections }).toEqual({ requests: 0, connections: 0 })
      expectUntouched(before, await readSecret(moto.endpoint, secretId))
      expectNoLeaks(run, row.secrets ?? [VALUE])
    } finally {
      await rm(workspace, { recursive: true, force: true })
    }
  })
})
