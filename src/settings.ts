/**
 * The only module that reads inputs. It turns the step's inputs (and the few environment
 * variables the action honours) into one validated, immutable Settings object: the secrets to
 * write as a list of targets (one from `secret-id` and a value input, or one per `secrets` line),
 * each with its own options, and what the run shares (region, connection, dry run). Every error
 * names its input and comes before any AWS call: here, or for what needs a file read, in value.ts
 * (the value) and client.ts (the CA bundle).
 */
import * as path from 'node:path'
import { getInput } from '@actions/core'
// The endpoint rules' own partition data, already loaded by the client: no extra start-up cost.
import { partition } from '@aws-sdk/core/client'
import { InputError } from './errors.js'
import { SECRET_ARN as ARN, regionPartitionIn, type PartitionResult } from './region-name.js'
import { parseReplicaRegions } from './replica-regions.js'
import { firstSameSecret } from './same-secret.js'
import { parseSecretsList } from './secrets-list.js'
import { parseTags } from './tags.js'
import { AWSCURRENT, AWSPREVIOUS, MAX_KMS_KEY_ID, MAX_VALUE_BYTES } from './types.js'
import type {
  FileRoot,
  IfExists,
  ParsedArn,
  Promotion,
  ReplicaRegion,
  Tag,
  Target,
  ValueSource,
  ValueWrite
} from './types.js'
import {
  DEFAULT_PASSWORD_LENGTH,
  MAX_PASSWORD_LENGTH,
  MIN_PASSWORD_LENGTH,
  passwordClasses,
  type PasswordRules
} from './password.js'
import { passwordEnvRefusal } from './password-env.js'
import { confineValuePath } from './value-path.js'

/** `generate-password` and the inputs that shape it. */
export interface GeneratedPassword {
  /** `password-length`, `password-exclude-characters` (verbatim), `password-exclude-punctuation`. */
  readonly rules: PasswordRules
  /** `password-key`: with `json-merge`, the top-level key that receives the password. */
  readonly key: string | undefined
  /** `password-env`: the environment variable later steps get it in; undefined for none. */
  readonly env: string | undefined
}

export interface Settings {
  /** The secrets to write, in order: one for `secret-id`, one per line of `secrets`. */
  readonly targets: readonly Target[]
  /**
   * How the run reports: `single` (the step named one secret with `secret-id`: `arn`, `name`,
   * `version-id` ... name it), or `results` (`secrets`: one entry per secret in `results`).
   */
  readonly report: 'single' | 'results'
  /** `dry-run`: read and report, write nothing. */
  readonly dryRun: boolean
  /** `value-format`: `dotenv` turns each text value from KEY=VALUE lines into a JSON object. */
  readonly valueFormat: 'raw' | 'dotenv'
  /** `generate-password`: the value (or with `json-merge`, one key of the patch) is made by the action. */
  readonly generatePassword: GeneratedPassword | undefined
  /** `max-concurrency`: writes in flight at once. */
  readonly maxConcurrency: number
  /** Resolved region: input (which must agree with an ARN's), the ARNs', AWS_REGION, then AWS_DEFAULT_REGION. */
  readonly region: string
  /** `endpoint-url`: undefined lets the SDK use AWS_ENDPOINT_URL(_SECRETS_MANAGER) or the default. */
  readonly endpointUrl: string | undefined
  /** `max-attempts`: total attempts per AWS call, the first included. */
  readonly maxAttempts: number
  /** `connect-timeout` in milliseconds. */
  readonly connectTimeoutMs: number
  /** `read-timeout` in milliseconds. */
  readonly readTimeoutMs: number
  /** Proxy for http endpoints: `http-proxy`, else HTTP_PROXY (either case); undefined for none. */
  readonly httpProxy: string | undefined
  /** Proxy for https endpoints: `http-proxy`, else HTTPS_PROXY (either case); undefined for none. */
  readonly httpsProxy: string | undefined
  /** NO_PROXY (either case): hosts that bypass the proxy. Empty when unset. */
  readonly noProxy: string
  /** `ca-bundle`, else AWS_CA_BUNDLE: absolute path of extra trusted CAs (PEM), and where it was given. */
  readonly caBundle: { readonly path: string; readonly from: 'ca-bundle' | 'AWS_CA_BUNDLE' } | undefined
}

/** What settings need from the runner: input lookup and environment. Injected for tests. */
export interface SettingsSource {
  /** Raw input value as the runner passes it (`INPUT_*`), untrimmed; '' when absent. */
  getInput(name: string): string
  readonly env: NodeJS.ProcessEnv
}

/**
 * action.yml's defaults, kept here once (a test checks they equal action.yml's). An input that is
 * absent or empty takes its default: a wrapper (a composite action, a reusable workflow) that
 * forwards an optional input it was not given passes '', which means "not given". Inputs without
 * a default here default to ''.
 */
export const INPUT_DEFAULTS: Readonly<Record<string, string>> = {
  binary: 'false',
  'value-format': 'raw',
  'skip-unchanged': 'false',
  'json-merge': 'false',
  'dry-run': 'false',
  'create-if-missing': 'false',
  'generate-password': 'false',
  'password-length': '32',
  'password-exclude-punctuation': 'false',
  'max-attempts': '5',
  'max-concurrency': '4',
  'connect-timeout': '10',
  'read-timeout': '60',
  'if-exists': 'update',
  'force-overwrite-replica': 'false',
  'strip-final-newline': 'false'
}

/** Secrets Manager's limits on the fields we send. */
export const MAX_DESCRIPTION = 2048
export const MAX_SECRET_ID = 2048
export const MAX_SECRET_NAME = 512

/** The inputs that name one secret, its one value or its metadata: `secrets` replaces them. */
const NOT_WITH_SECRETS = [
  'secret-id',
  'secret-string',
  'secret-binary',
  'value-from-file',
  'client-request-token',
  'description',
  'kms-key-id',
  'promote-version-id',
  'promote-stage',
  'if-current-version-id'
] as const
/** Secrets Manager's limits on VersionStages: 1 to 20 labels of 1 to 256 characters. */
export const MAX_STAGES = 20
export const MAX_STAGE_LENGTH = 256

/**
 * A secret's name as Secrets Manager allows it (also the end of its ARN, full or partial: AWS
 * accepts both, and syntax cannot tell them apart). Nothing else can reach a request, or the log.
 */
const SECRET_NAME = /^[A-Za-z0-9/_+=.@-]+$/
const SECRET_NAME_PUNCTUATION = '/ _ + = . @ -'
/** Strict base64: whole 4-character groups, padding only at the end. Line breaks are removed first. */
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/

export function parseArn(id: string): ParsedArn | undefined {
  const m = ARN.exec(id)
  if (!m) return undefined
  return { partition: m[1]!, region: m[2]!, account: m[3]!, name: m[4]! }
}

/** The partition of a region (region-name.ts, shared with the early connection), or undefined. */
export function regionPartition(region: string): string | undefined {
  return regionPartitionIn(region, partition as (region: string) => PartitionResult)?.name
}

/**
 * Reads the runner's inputs through @actions/core, without trimming: so that a stand-in for the
 * runner that replaces it (@github/local-action) supplies them.
 */
export function runnerSource(env: NodeJS.ProcessEnv = process.env): SettingsSource {
  return {
    getInput: (name) => getInput(name, { trimWhitespace: false }),
    env
  }
}

/** The raw value inputs as given (text, base64), to mask before anything else happens. */
export function valueInputs(source: SettingsSource): string[] {
  return [source.getInput('secret-string'), source.getInput('secret-binary').trim()].filter((v) => v !== '')
}

/** How the readers below see the inputs. */
interface Inputs {
  /** Trimmed (a stray space or newline from a YAML block scalar is never meant); empty: the default. */
  get(name: string): string
  /** Trimmed; undefined when empty. */
  optional(name: string): string | undefined
  /** As given, untrimmed: a value, a character to exclude or a line may start or end with spaces. */
  raw(name: string): string
  /** An environment variable, trimmed; undefined when unset or empty. */
  env(name: string): string | undefined
  readonly source: SettingsSource
}

function inputsOf(source: SettingsSource): Inputs {
  const get = (name: string): string => source.getInput(name).trim() || (INPUT_DEFAULTS[name] ?? '')
  return {
    get,
    optional: (name) => get(name) || undefined,
    raw: (name) => source.getInput(name),
    env: (name) => source.env[name]?.trim() || undefined,
    source
  }
}

/** A secret named by `secret-id` or a `secrets` line, with its value source, before its options are added. */
interface Named {
  readonly secretId: string
  readonly arn: ParsedArn | undefined
  readonly line: number | undefined
  readonly value: ValueSource | undefined
}

export function readSettings(source: SettingsSource): Settings {
  const inputs = inputsOf(source)
  const { get, optional } = inputs
  const valueFormat = enumInput(get, 'value-format', ['raw', 'dotenv'] as const)
  const tags: readonly Tag[] = parseTags(inputs.raw('tags'))
  const maxConcurrency = integerInput(get, 'max-concurrency', 1, 16)
  // `secrets` is split into lines as given, so that its errors give the input's line numbers.
  const secretsText = inputs.raw('secrets')
  const report = secretsText.trim() !== '' ? 'results' : 'single'
  if (report === 'results') refuseWithSecrets(inputs)

  const jsonMerge = booleanInput(get, 'json-merge')
  const named =
    report === 'results' ? readSecretsLines(inputs, secretsText, valueFormat, jsonMerge) : [readSecretId(inputs)]
  if (report === 'results') refuseSameSecret(named)
  const value = report === 'single' ? named[0]!.value : undefined
  const description = optional('description')
  if (description !== undefined && description.length > MAX_DESCRIPTION) {
    throw new InputError('description', `is longer than ${MAX_DESCRIPTION} characters.`)
  }
  const kmsKeyId = optional('kms-key-id')
  if (kmsKeyId !== undefined && kmsKeyId.length > MAX_KMS_KEY_ID) {
    throw new InputError('kms-key-id', `is longer than ${MAX_KMS_KEY_ID} characters.`)
  }
  const skipUnchanged = booleanInput(get, 'skip-unchanged')
  const dryRun = booleanInput(get, 'dry-run')
  const createIfMissing = booleanInput(get, 'create-if-missing')
  const clientRequestToken = optional('client-request-token')
  const promote = readPromotion(optional('promote-version-id'), optional('promote-stage'))
  if (promote) refuseWithPromotion(inputs, promote, value, { jsonMerge, createIfMissing, skipUnchanged })
  const generatePassword = readGeneratedPassword(inputs, value, jsonMerge)
  const ifCurrentVersionId = readIfCurrentVersionId(optional('if-current-version-id'), createIfMissing)
  const hasValue = value !== undefined || generatePassword !== undefined || report === 'results'
  const replicasGiven = optional('replica-regions') !== undefined
  if (!hasValue && description === undefined && !kmsKeyId && !promote && tags.length === 0 && !replicasGiven) {
    throw new InputError(
      'secret-string',
      'nothing to update: give a value (`secret-string`, `secret-binary`, `value-from-file` or `generate-password`), ' +
        'a `description`, a `kms-key-id`, `tags`, or a version to promote (`promote-version-id`, `promote-stage`).'
    )
  }
  if (valueFormat === 'dotenv' && report === 'single') {
    if (!value)
      throw new InputError(
        'value-format',
        '`dotenv` reads a text value: give it in `secret-string` or `value-from-file`.'
      )
    if (isBinary(value)) {
      throw new InputError(
        'value-format',
        '`dotenv` reads text: it cannot be used with `secret-binary` or `binary: true`.'
      )
    }
  }
  if (clientRequestToken !== undefined) checkClientRequestToken(clientRequestToken, hasValue)
  const versionStages = readVersionStages(optional('version-stages'))
  if (versionStages && !hasValue) {
    throw new InputError(
      'version-stages',
      'labels a new version, so it needs a value (`secret-string`, `secret-binary`, `value-from-file` or `generate-password`).'
    )
  }
  const region = readRegion(get('region'), inputs.env, named)
  if (jsonMerge && report === 'single') {
    if (!hasValue) {
      throw new InputError(
        'json-merge',
        'needs a JSON patch in `secret-string` or `value-from-file`, or `generate-password` with `password-key`.'
      )
    }
    if (value && isBinary(value)) {
      throw new InputError('json-merge', 'merges JSON text: it cannot be used with `secret-binary` or `binary: true`.')
    }
    if (clientRequestToken) {
      throw new InputError(
        'client-request-token',
        'cannot be used with `json-merge`, which writes one version per attempt and names each itself.'
      )
    }
  }

  const modes = readWriteModes(inputs, { named, region, createIfMissing, promote, value, generatePassword, report })
  const targets = named.map(({ secretId, arn, line, value }): Target => ({
    secretId,
    arn,
    line,
    write: writeOf(promote, jsonMerge, versionStages, clientRequestToken, value ?? passwordSource(generatePassword)),
    description,
    kmsKeyId,
    tags,
    skipUnchanged,
    createIfMissing,
    ...modes,
    ifCurrentVersionId
  }))
  return Object.freeze({
    targets,
    report,
    dryRun,
    valueFormat,
    generatePassword,
    maxConcurrency,
    region,
    ...readConnection(inputs)
  })
}

/**
 * `if-exists`, `replica-regions` with `force-overwrite-replica`, and `strip-final-newline`: each
 * checked against the inputs it needs or cannot go with.
 */
function readWriteModes(
  inputs: Inputs,
  given: {
    readonly named: readonly Named[]
    readonly region: string
    readonly createIfMissing: boolean
    readonly promote: Promotion | undefined
    readonly value: ValueSource | undefined
    readonly generatePassword: GeneratedPassword | undefined
    readonly report: Settings['report']
  }
): Pick<Target, 'ifExists' | 'replicas' | 'forceOverwriteReplica' | 'stripFinalNewline'> {
  const { get, optional } = inputs
  const ifExists: IfExists = enumInput(get, 'if-exists', ['update', 'skip', 'fail'] as const)
  if (ifExists !== 'update') {
    if (!given.createIfMissing) {
      throw new InputError(
        'if-exists',
        `\`${ifExists}\` needs \`create-if-missing: true\`: it creates a missing secret and ${ifExists === 'skip' ? 'leaves an existing one as it is' : 'fails on an existing one'}.`
      )
    }
    const arn = given.named.find((named) => named.arn !== undefined)
    if (arn) {
      throw new InputError(
        'if-exists',
        `\`${ifExists}\` needs secrets named by name, since an ARN cannot name a secret to create: ${arn.line === undefined ? '`secret-id`' : `line ${arn.line} of \`secrets\``} is an ARN.`
      )
    }
  }
  const replicaText = optional('replica-regions')
  const replicas: ReplicaRegion[] =
    replicaText === undefined ? [] : parseReplicaRegions(inputs.raw('replica-regions'), given.region, regionPartition)
  if (replicas.length > 0 && given.promote) {
    throw new InputError(
      'replica-regions',
      `cannot be combined with \`${given.promote.kind === 'version-id' ? 'promote-version-id' : 'promote-stage'}\`: add the replicas in a step of their own.`
    )
  }
  const forceOverwriteReplica = booleanInput(get, 'force-overwrite-replica')
  if (forceOverwriteReplica && replicas.length === 0) {
    throw new InputError('force-overwrite-replica', 'applies only with `replica-regions`.')
  }
  const stripFinalNewline = booleanInput(get, 'strip-final-newline')
  if (stripFinalNewline && given.report === 'single') {
    const value = given.value
    if (value && isBinary(value)) {
      throw new InputError(
        'strip-final-newline',
        'applies to text: it cannot be used with `secret-binary` or `binary: true`, whose bytes are kept exactly.'
      )
    }
    if (!value) {
      throw new InputError(
        'strip-final-newline',
        `applies to a text value (\`secret-string\` or \`value-from-file\`)${given.generatePassword ? ': a generated password has no newline' : ''}.`
      )
    }
  }
  return { ifExists, replicas, forceOverwriteReplica, stripFinalNewline }
}

/** What a target does with its value: one choice, made here from the inputs. */
function writeOf(
  promote: Promotion | undefined,
  jsonMerge: boolean,
  stages: readonly string[] | undefined,
  token: string | undefined,
  value: ValueSource | undefined
): ValueWrite<ValueSource, ValueSource | undefined> {
  if (promote) return { kind: 'promote', promotion: promote }
  // A merge whose only patch is a generated password has no source: value.ts makes the patch.
  if (jsonMerge) return { kind: 'merge', patch: value?.kind === 'password' ? undefined : value, stages }
  if (value) return { kind: 'value', value, token, stages }
  return { kind: 'none' }
}

function passwordSource(generated: GeneratedPassword | undefined): ValueSource | undefined {
  return generated ? { kind: 'password' } : undefined
}

function isBinary(value: ValueSource): boolean {
  return value.kind === 'base64' || (value.kind === 'file' && value.binary)
}

/** `secret-id` and its one value source. */
function readSecretId(inputs: Inputs): Named {
  const secretId = inputs.get('secret-id')
  if (!secretId) {
    throw new InputError(
      'secret-id',
      'is required: give the name or ARN of the secret (or several secrets in `secrets`).'
    )
  }
  const arn = checkSecretId(secretId, MAX_SECRET_ID, (detail) => new InputError('secret-id', detail))
  if (arn) checkArnPartition(arn, (detail) => new InputError('secret-id', detail))
  return { secretId, arn, line: undefined, value: readValueSource(inputs) }
}

/** `secrets` names each secret and its value on a line of its own: the single-secret inputs are refused. */
function refuseWithSecrets(inputs: Inputs): void {
  for (const name of NOT_WITH_SECRETS) {
    // `secret-string` as given: spaces alone are a value too.
    if ((name === 'secret-string' ? inputs.raw(name) : inputs.get(name)) !== '') {
      throw new InputError(
        name,
        'cannot be combined with `secrets`, which names each secret and its value on a line of its own.'
      )
    }
  }
  if (booleanInput(inputs.get, 'binary')) {
    throw new InputError('binary', 'cannot be combined with `secrets`: write binary-file:PATH on the line instead.')
  }
  if (booleanInput(inputs.get, 'generate-password')) {
    throw new InputError(
      'generate-password',
      'cannot be combined with `secrets`: each secret takes its value from its line.'
    )
  }
}

/**
 * `secrets`: every line parsed and each source resolved (environment variables read here, the
 * only module that reads them), before any file is read or any request made.
 */
function readSecretsLines(
  inputs: Inputs,
  text: string,
  valueFormat: Settings['valueFormat'],
  jsonMerge: boolean
): Named[] {
  return parseSecretsList(text).map((line): Named => {
    const at = `line ${line.line}`
    const fail = (detail: string): InputError => new InputError('secrets', `${at}: ${detail}`)
    const { secretId } = line
    const arn = checkSecretId(secretId, MAX_SECRET_NAME, fail)
    let value: ValueSource
    if (line.source.kind === 'env') {
      const { name } = line.source
      const text = inputs.source.env[name]
      if (text === undefined) throw fail(`the environment variable ${name} is not set (set it in the step's env:).`)
      value = { kind: 'env', name, text }
    } else {
      value = { kind: 'file', ...valueFile(inputs.source.env, line.source.path, fail), binary: line.source.binary }
      if (line.source.binary && valueFormat === 'dotenv') {
        throw fail('binary-file: cannot be read as dotenv (`value-format: dotenv` reads text: use file:).')
      }
      if (line.source.binary && jsonMerge) {
        throw fail('binary-file: cannot be a JSON patch (`json-merge` merges text: use file:).')
      }
    }
    return { secretId, arn, line: line.line, value }
  })
}

/** Two `secrets` lines that may name one secret (by name and ARN, or two ARN forms): refused before any request. */
function refuseSameSecret(named: readonly Named[]): void {
  const same = firstSameSecret(named)
  if (same) {
    throw new InputError(
      'secrets',
      `line ${same.later.line ?? ''} may name the same secret as line ${same.earlier.line ?? ''} (a name, or an ARN with or without its -XXXXXX suffix): one step writes a secret once, so list it on one line.`
    )
  }
}

/** A promotion moves a label onto a version that exists: it writes no value. */
function refuseWithPromotion(
  inputs: Inputs,
  promote: Promotion,
  value: ValueSource | undefined,
  options: { jsonMerge: boolean; createIfMissing: boolean; skipUnchanged: boolean }
): void {
  const name = promote.kind === 'version-id' ? 'promote-version-id' : 'promote-stage'
  const conflict = [
    value &&
      (value.kind === 'string' ? 'secret-string' : value.kind === 'base64' ? 'secret-binary' : 'value-from-file'),
    booleanInput(inputs.get, 'generate-password') && 'generate-password',
    inputs.optional('version-stages') !== undefined && 'version-stages',
    options.jsonMerge && 'json-merge',
    options.createIfMissing && 'create-if-missing',
    options.skipUnchanged && 'skip-unchanged',
    inputs.optional('client-request-token') !== undefined && 'client-request-token'
  ].find(Boolean)
  if (conflict) {
    throw new InputError(
      name,
      `cannot be combined with \`${conflict as string}\`: a promotion moves AWSCURRENT to a version that exists and writes no value.`
    )
  }
}

function checkClientRequestToken(token: string, hasValue: boolean): void {
  if (token.length < 32 || token.length > 64) {
    throw new InputError('client-request-token', `must be 32 to 64 characters long (got ${token.length}).`)
  }
  if (!VERSION_ID.test(token)) {
    throw new InputError('client-request-token', 'may contain only printable ASCII characters without spaces.')
  }
  if (!hasValue) throw new InputError('client-request-token', 'names a new version, so it needs a value to send.')
}

/** How to reach Secrets Manager. */
function readConnection(
  inputs: Inputs
): Pick<
  Settings,
  | 'endpointUrl'
  | 'maxAttempts'
  | 'connectTimeoutMs'
  | 'readTimeoutMs'
  | 'httpProxy'
  | 'httpsProxy'
  | 'noProxy'
  | 'caBundle'
> {
  const { get, optional, env } = inputs
  // Proxy variables come in both cases, as curl and most tools read them.
  const proxyEnv = (name: string): string | undefined => env(name) ?? env(name.toLowerCase())
  const endpointUrl = urlInput(optional('endpoint-url'), 'endpoint-url', ['http:', 'https:'])
  const maxAttempts = integerInput(get, 'max-attempts', 1, 20)
  const connectTimeoutMs = integerInput(get, 'connect-timeout', 1, 3600) * 1000
  const readTimeoutMs = integerInput(get, 'read-timeout', 1, 3600) * 1000

  // One proxy per scheme, as curl and the AWS CLI choose them; the input serves both.
  const proxyInput = urlInput(optional('http-proxy'), 'http-proxy', ['http:', 'https:'], true)
  const httpProxy =
    proxyInput ?? urlInput(proxyEnv('HTTP_PROXY'), 'http-proxy', ['http:', 'https:'], true, 'HTTP_PROXY')
  const httpsProxy =
    proxyInput ?? urlInput(proxyEnv('HTTPS_PROXY'), 'http-proxy', ['http:', 'https:'], true, 'HTTPS_PROXY')
  const noProxy = proxyEnv('NO_PROXY') ?? ''

  const caInput = optional('ca-bundle')
  const caEnv = env('AWS_CA_BUNDLE')
  const caBundle = caInput
    ? { path: workspacePath(inputs.source.env, caInput), from: 'ca-bundle' as const }
    : caEnv
      ? { path: path.resolve(caEnv), from: 'AWS_CA_BUNDLE' as const }
      : undefined

  return { endpointUrl, maxAttempts, connectTimeoutMs, readTimeoutMs, httpProxy, httpsProxy, noProxy, caBundle }
}

function readValueSource(inputs: Inputs): ValueSource | undefined {
  const binary = booleanInput(inputs.get, 'binary')
  const text = inputs.raw('secret-string')
  const base64 = inputs.get('secret-binary')
  const file = inputs.get('value-from-file')
  const given = [text && 'secret-string', base64 && 'secret-binary', file && 'value-from-file'].filter(Boolean)
  if (given.length > 1) {
    throw new InputError(
      given[1] as string,
      `cannot be combined with \`${given[0] as string}\`: give exactly one value source.`
    )
  }
  if (binary && !file) {
    throw new InputError('binary', 'applies only to `value-from-file`; for base64 text use `secret-binary`.')
  }
  if (text) return { kind: 'string', text }
  if (base64) return { kind: 'base64', bytes: decodeBase64(base64) }
  if (file) {
    const confined = valueFile(inputs.source.env, file, (reason) => new InputError('value-from-file', reason))
    return { kind: 'file', ...confined, binary }
  }
  return undefined
}

/**
 * The one region of a step (one client, one region). `region` when given; else the region of the
 * secrets' ARNs when every secret is named by ARN and all name one region (an ARN names where its
 * secret lives: AWS_REGION and AWS_DEFAULT_REGION are the job's defaults, not a choice for this
 * secret); else AWS_REGION, AWS_DEFAULT_REGION, or the first ARN's. Every ARN must then be in that
 * region: a guess would send a write to the wrong place.
 */
function readRegion(given: string, env: (name: string) => string | undefined, named: readonly Named[]): string {
  const arns = named.flatMap(({ arn, line }) => (arn ? [{ arn, line }] : []))
  const single = named.length === 1 && named[0]!.line === undefined
  const regions = new Set(arns.map(({ arn }) => arn.region))
  const fromArns = arns.length === named.length && regions.size === 1 ? arns[0]!.arn.region : undefined
  const fromEnv = jobRegion(env)
  const arnInput = single ? 'secret-id' : 'secrets'
  const [region, from] = given
    ? [given, 'region']
    : fromArns
      ? [fromArns, arnInput]
      : fromEnv
        ? [fromEnv.region, fromEnv.from]
        : [arns[0]?.arn.region ?? '', arnInput]
  if (!region) {
    throw new InputError(
      'region',
      single
        ? 'is not set: give `region`, set AWS_REGION (aws-actions/configure-aws-credentials does), or use a full ARN as `secret-id`.'
        : 'is not set: give `region`, set AWS_REGION (aws-actions/configure-aws-credentials does), or name the secrets by ARN.'
    )
  }
  if (regionPartition(region) === undefined) {
    const taken = from === 'AWS_REGION' || from === 'AWS_DEFAULT_REGION' ? ` (taken from ${from})` : ''
    const input = from === arnInput ? arnInput : 'region'
    const where = from === 'secret-id' ? ' in the ARN' : ''
    throw new InputError(input, `"${region}"${where}${taken} is not an AWS region name (such as us-east-1).`)
  }
  for (const { arn, line } of arns) {
    if (arn.region === region) continue
    throw line === undefined
      ? new InputError(
          'region',
          `is ${region}, but the ARN in \`secret-id\` names region ${arn.region}: give the ARN's region, or leave \`region\` empty.`
        )
      : new InputError(
          'secrets',
          `line ${line}: the ARN is in ${arn.region}, but the step writes to ${region}: one step writes to one region.`
        )
  }
  for (const { arn, line } of arns) {
    if (line !== undefined) checkArnPartition(arn, (detail) => new InputError('secrets', `line ${line}: ${detail}`))
  }
  return region
}

/** An ARN's region must be a region, and in the ARN's partition. */
function checkArnPartition(arn: ParsedArn, fail: (detail: string) => InputError): void {
  const found = regionPartition(arn.region)
  if (found === undefined) throw fail(`"${arn.region}" in the ARN is not an AWS region name (such as us-east-1).`)
  if (found !== arn.partition) {
    throw fail(`the ARN's partition "${arn.partition}" is not the partition of its region ${arn.region} (${found}).`)
  }
}

/** The job's default region: the SDK's own variables, upper case only. */
function jobRegion(
  env: (name: string) => string | undefined
): { region: string; from: 'AWS_REGION' | 'AWS_DEFAULT_REGION' } | undefined {
  const region = env('AWS_REGION')
  if (region) return { region, from: 'AWS_REGION' }
  const fallback = env('AWS_DEFAULT_REGION')
  return fallback ? { region: fallback, from: 'AWS_DEFAULT_REGION' } : undefined
}

/** A version id, as Secrets Manager takes a ClientRequestToken: 32 to 64 printable ASCII characters, no space. */
const VERSION_ID = /^[\x21-\x7e]{32,64}$/
/** Printable ASCII, spaces inside allowed: what a staging label may hold. */
const LABEL = /^[\x20-\x7e]+$/

/**
 * A secret's name or ARN: an ARN of at most 2048 characters, or a name of 1 to `maxName` of the
 * characters Secrets Manager allows (a SecretId takes 2048; a name it creates, 512). Returns the
 * ARN's parts; `fail` names the input.
 */
function checkSecretId(id: string, maxName: number, fail: (detail: string) => InputError): ParsedArn | undefined {
  const arn = parseArn(id)
  if (id.length > MAX_SECRET_ID) throw fail(`is longer than ${MAX_SECRET_ID} characters.`)
  if (!arn && id.startsWith('arn:')) {
    throw fail(
      'looks like an ARN but is not a Secrets Manager secret ARN (arn:PARTITION:secretsmanager:REGION:ACCOUNT:secret:NAME).'
    )
  }
  if (!SECRET_NAME.test(arn?.name ?? id) || (!arn && id.length > maxName)) {
    throw fail(
      `a secret name has 1 to ${maxName} of the characters Secrets Manager allows in a name: ASCII letters, digits and ${SECRET_NAME_PUNCTUATION}; or give the secret's ARN.`
    )
  }
  return arn
}

/** `version-stages`: comma- or newline-separated labels, each trimmed; undefined when empty. */
function readVersionStages(raw: string | undefined): string[] | undefined {
  if (raw === undefined) return undefined
  const stages = raw
    .split(/[,\r\n]/)
    .map((stage) => stage.trim())
    .filter((stage) => stage !== '')
  if (stages.length === 0) throw new InputError('version-stages', 'names no label: give 1 to 20, such as AWSPENDING.')
  if (stages.length > MAX_STAGES)
    throw new InputError('version-stages', `has ${stages.length} labels; Secrets Manager takes at most ${MAX_STAGES}.`)
  for (const stage of stages) {
    checkLabel('version-stages', stage)
    if (stage === AWSCURRENT) {
      throw new InputError(
        'version-stages',
        'cannot hold AWSCURRENT: leave `version-stages` empty to make the new version current.'
      )
    }
    if (stage === AWSPREVIOUS) {
      throw new InputError(
        'version-stages',
        'cannot hold AWSPREVIOUS: Secrets Manager moves it itself when AWSCURRENT moves.'
      )
    }
  }
  const twice = stages.find((stage, i) => stages.indexOf(stage) !== i)
  if (twice !== undefined) throw new InputError('version-stages', `names ${twice} twice.`)
  return stages
}

function checkLabel(name: string, label: string): void {
  if (label.length > MAX_STAGE_LENGTH)
    throw new InputError(name, `has a label longer than ${MAX_STAGE_LENGTH} characters.`)
  if (!LABEL.test(label)) throw new InputError(name, 'may hold only printable ASCII characters.')
}

/** `if-current-version-id`: a version id; a secret to create has no current version to hold it. */
function readIfCurrentVersionId(versionId: string | undefined, createIfMissing: boolean): string | undefined {
  if (versionId === undefined) return undefined
  if (!VERSION_ID.test(versionId)) {
    throw new InputError(
      'if-current-version-id',
      'is not a version id (32 to 64 printable ASCII characters without spaces).'
    )
  }
  if (createIfMissing) {
    throw new InputError(
      'if-current-version-id',
      'cannot be combined with `create-if-missing`: a secret that does not exist has no AWSCURRENT version to compare.'
    )
  }
  return versionId
}

function readPromotion(versionId: string | undefined, stage: string | undefined): Promotion | undefined {
  if (versionId !== undefined && stage !== undefined) {
    throw new InputError(
      'promote-stage',
      'cannot be combined with `promote-version-id`: name the version to promote one way.'
    )
  }
  if (versionId !== undefined) {
    if (!VERSION_ID.test(versionId)) {
      throw new InputError(
        'promote-version-id',
        'is not a version id (32 to 64 printable ASCII characters without spaces).'
      )
    }
    return { kind: 'version-id', versionId }
  }
  if (stage !== undefined) {
    checkLabel('promote-stage', stage)
    if (stage === AWSCURRENT) {
      throw new InputError(
        'promote-stage',
        "names AWSCURRENT, the label a promotion moves: name the version's label, such as AWSPENDING or AWSPREVIOUS."
      )
    }
    return { kind: 'stage', stage }
  }
  return undefined
}

function readGeneratedPassword(
  inputs: Inputs,
  value: ValueSource | undefined,
  jsonMerge: boolean
): GeneratedPassword | undefined {
  const { get: input, optional } = inputs
  const generate = booleanInput(input, 'generate-password')
  const length = integerInput(input, 'password-length', MIN_PASSWORD_LENGTH, MAX_PASSWORD_LENGTH)
  // Verbatim: a space, or a trailing newline, may be a character to exclude.
  const excludeCharacters = inputs.raw('password-exclude-characters')
  const excludePunctuation = booleanInput(input, 'password-exclude-punctuation')
  const key = optional('password-key')
  const env = optional('password-env')
  if (!generate) {
    const given = [
      length !== DEFAULT_PASSWORD_LENGTH && 'password-length',
      excludeCharacters !== '' && 'password-exclude-characters',
      excludePunctuation && 'password-exclude-punctuation',
      key !== undefined && 'password-key',
      env !== undefined && 'password-env'
    ].find(Boolean)
    if (given) throw new InputError(given as string, 'applies only with `generate-password: true`.')
    return undefined
  }
  if (value?.kind === 'base64' || value?.kind === 'file') {
    const other = value.kind === 'base64' ? 'secret-binary' : 'value-from-file'
    throw new InputError(
      'generate-password',
      `cannot be combined with \`${other}\`: the generated password is the value.`
    )
  }
  if (value?.kind === 'string' && !jsonMerge) {
    throw new InputError(
      'generate-password',
      'cannot be combined with `secret-string` without `json-merge`: the generated password is the whole value. ' +
        'With `json-merge`, `secret-string` is the rest of the patch and `password-key` the key of the password.'
    )
  }
  if (jsonMerge && key === undefined) {
    throw new InputError(
      'password-key',
      'is required with `generate-password` and `json-merge`: name the key that receives the password.'
    )
  }
  if (!jsonMerge && key !== undefined) {
    throw new InputError(
      'password-key',
      'applies only with `json-merge`: without it the generated password is the whole value.'
    )
  }
  const rules = { length, excludeCharacters, excludePunctuation }
  if (passwordClasses(rules).length === 0) {
    throw new InputError(
      'password-exclude-characters',
      `leaves no character to make a password from${excludePunctuation ? ' (with `password-exclude-punctuation`)' : ''}.`
    )
  }
  if (env !== undefined) {
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(env)) {
      throw new InputError(
        'password-env',
        'is not an environment variable name (letters, digits and _, not starting with a digit).'
      )
    }
    const refusal = passwordEnvRefusal(env)
    if (refusal !== undefined) throw new InputError('password-env', refusal)
  }
  return { rules, key, env }
}

/** Decodes strict base64 (line breaks allowed, as `base64` wraps its output). Never echoes the input. */
export function decodeBase64(text: string): Buffer {
  const compact = text.replace(/[\r\n]/g, '')
  if (!BASE64.test(compact)) {
    throw new InputError('secret-binary', 'is not valid base64 (standard alphabet, padded with `=`).')
  }
  const bytes = Buffer.from(compact, 'base64')
  // Non-zero bits after the last full byte make a string that decodes but is not canonical.
  if (bytes.toString('base64') !== compact) {
    throw new InputError('secret-binary', 'is not canonical base64: its last character has stray bits.')
  }
  if (bytes.length === 0) throw new InputError('secret-binary', 'decodes to zero bytes.')
  if (bytes.length > MAX_VALUE_BYTES) {
    throw new InputError(
      'secret-binary',
      `decodes to ${bytes.length} bytes; Secrets Manager takes at most ${MAX_VALUE_BYTES}.`
    )
  }
  return bytes
}

/** A value file's absolute path and the root it must stay in (value-path.ts), else `fail`. */
function valueFile(
  env: NodeJS.ProcessEnv,
  file: string,
  fail: (reason: string) => InputError
): { path: string; root: FileRoot } {
  const workspace = env.GITHUB_WORKSPACE || process.cwd()
  const confined = confineValuePath(file, {
    workspace,
    runnerTemp: env.RUNNER_TEMP || undefined,
    platform: process.platform
  })
  if ('refused' in confined) throw fail(confined.refused)
  return confined
}

/** Relative paths are relative to the workspace, as for every action that reads files. */
function workspacePath(env: NodeJS.ProcessEnv, file: string): string {
  return path.resolve(env.GITHUB_WORKSPACE || process.cwd(), file)
}

/**
 * Exactly `true` or `false`. Stricter than @actions/core's getBooleanInput (which also takes
 * `True` and `TRUE`): one spelling, so that `yes`, `on` or `1` are clearly errors, never guesses.
 */
function booleanInput(input: (name: string) => string, name: string): boolean {
  const raw = input(name)
  if (raw === '') return false
  if (raw === 'true') return true
  if (raw === 'false') return false
  throw new InputError(name, 'must be `true` or `false`.')
}

function enumInput<T extends string>(input: (name: string) => string, name: string, allowed: readonly T[]): T {
  const raw = input(name)
  if ((allowed as readonly string[]).includes(raw)) return raw as T
  throw new InputError(name, `must be ${allowed.map((a) => `\`${a}\``).join(' or ')}.`)
}

function integerInput(input: (name: string) => string, name: string, min: number, max: number): number {
  const raw = input(name)
  if (!/^\d+$/.test(raw)) throw new InputError(name, `must be a whole number from ${min} to ${max}.`)
  const n = Number(raw)
  if (n < min || n > max) throw new InputError(name, `must be a whole number from ${min} to ${max}.`)
  return n
}

/**
 * A URL input, checked for scheme. `secret` URLs (proxies) may hold credentials: the error
 * then does not quote the URL.
 */
function urlInput(
  raw: string | undefined,
  name: string,
  schemes: string[],
  secret = false,
  fromEnv?: string
): string | undefined {
  if (raw === undefined) return undefined
  const what = fromEnv ? ` (taken from ${fromEnv})` : ''
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    throw new InputError(name, `is not a valid URL${secret ? '' : ` (${withoutUserInfo(raw)})`}${what}.`)
  }
  if (!schemes.includes(url.protocol)) {
    throw new InputError(name, `must be an ${schemes.map((s) => s.replace(':', '')).join(' or ')} URL${what}.`)
  }
  if (!url.hostname) throw new InputError(name, `has no host${what}.`)
  try {
    decodeURIComponent(url.username)
    decodeURIComponent(url.password)
  } catch {
    throw new InputError(name, `has a malformed %-escape in its user name or password${what}.`)
  }
  return raw
}

/**
 * A URL that did not parse, fit to quote: whatever stands before its last `@` (a `user:password@`
 * or `token@`, which may itself hold `@` or `/`) is shown as `***`.
 */
function withoutUserInfo(raw: string): string {
  const at = raw.lastIndexOf('@')
  if (at < 0) return raw
  const scheme = /^[A-Za-z][A-Za-z0-9+.-]*:\/\//.exec(raw)?.[0] ?? ''
  return `${scheme}***${raw.slice(at)}`
}
