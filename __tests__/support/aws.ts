/**
 * Independent access to the test endpoint, for seeding secrets and for checking what the action
 * stored. It runs boto3 (secrets_helper.py), not the JS SDK the action is built on, so that a
 * fault shared by the action and its SDK cannot also hide in the check.
 */
import { spawn } from 'node:child_process'
import type { ChildProcessWithoutNullStreams } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const HELPER = path.join(path.dirname(fileURLToPath(import.meta.url)), 'secrets_helper.py')

export const DEFAULT_REGION = 'us-east-1'

/** Where to send a request: region (default: the ARN's, else us-east-1) and CA bundle for https. */
export interface AwsOptions {
  readonly region?: string | undefined
  /** PEM file trusted for an https endpoint. */
  readonly caBundle?: string | undefined
}

export interface VersionInfo {
  readonly versionId: string
  readonly stages: string[]
}

/** One version's value, read by staging label. */
export interface StoredVersion {
  readonly versionId: string
  readonly stages: string[]
  readonly secretString?: string
  readonly secretBinary?: Buffer
}

export interface SecretState {
  readonly arn: string
  readonly name: string
  readonly description?: string
  readonly kmsKeyId?: string
  /**
   * Every version moto holds, in creation order, with its labels. Unlike AWS, moto also lists
   * versions left without any label, which lets tests count versions to prove none was duplicated.
   */
  readonly versions: VersionInfo[]
  /** The value labelled AWSCURRENT (read with VersionStage: AWSCURRENT, never the default version). */
  readonly current: StoredVersion
  /** The value labelled AWSPREVIOUS, when a version carries that label. */
  readonly previous?: StoredVersion
  readonly rotationEnabled: boolean
  /** ISO date, when the secret is scheduled for deletion. */
  readonly deletedDate?: string
  /** Why `current` could not be read (e.g. the secret is scheduled for deletion: moto refuses reads). */
  readonly currentError?: string
  /** The secret's tags, key → value. */
  readonly tags: Readonly<Record<string, string>>
  /** DescribeSecret's ReplicationStatus: the regions the secret is replicated to. */
  readonly replication: readonly { region: string; status: string }[]
  /** On a replica: the region of its primary. */
  readonly primaryRegion?: string
}

/** A Secrets Manager error answer, as boto3 reported it. */
export class AwsError extends Error {
  override readonly name = 'AwsError'
  constructor(
    readonly code: string,
    message: string
  ) {
    super(`${code}: ${message}`)
  }
}

export type SecretValueInput = string | Buffer

/** The region inside a Secrets Manager ARN (arn:PARTITION:secretsmanager:REGION:ACCOUNT:secret:NAME). */
export function regionOfArn(id: string): string | undefined {
  const match = /^arn:[^:]+:secretsmanager:([^:]+):/.exec(id)
  return match?.[1]
}

function encodeValue(value: SecretValueInput): { string: string } | { binary: string } {
  return typeof value === 'string'
    ? { string: Buffer.from(value, 'utf8').toString('base64') }
    : { binary: value.toString('base64') }
}

/** An environment for boto3 with dummy credentials and nothing of the parent's AWS or proxy settings. */
function helperEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {}
  for (const [key, value] of Object.entries(process.env)) {
    if (/^AWS_/i.test(key) || /^(https?|no|all)_proxy$/i.test(key)) continue
    env[key] = value
  }
  return {
    ...env,
    AWS_ACCESS_KEY_ID: 'testing',
    AWS_SECRET_ACCESS_KEY: 'testing',
    AWS_EC2_METADATA_DISABLED: 'true',
    AWS_CONFIG_FILE: '/dev/null',
    AWS_SHARED_CREDENTIALS_FILE: '/dev/null'
  }
}

type Answer = { id: number; ok: true; result: unknown } | { id: number; ok: false; code: string; message: string }

/**
 * The one boto3 helper process of this test file, started on first use. It is unref'd while idle,
 * so it never keeps a test process alive, and it exits when its stdin closes with the process.
 */
class Helper {
  private child: ChildProcessWithoutNullStreams | undefined
  private readonly pending = new Map<number, { resolve: (answer: Answer) => void; reject: (error: Error) => void }>()
  private nextId = 0
  private buffer = ''
  private stderr = ''

  request(body: Record<string, unknown>): Promise<Answer> {
    const child = this.child ?? this.start()
    const id = ++this.nextId
    if (this.pending.size === 0) this.setRef(child, true)
    return new Promise<Answer>((resolve, reject) => {
      this.pending.set(id, { resolve, reject })
      child.stdin.write(`${JSON.stringify({ ...body, id })}\n`)
    })
  }

  /**
   * Ends the helper and resolves once it has exited and its pipes are closed: a suite's afterAll waits for it, so that no
   * process of the suite outlives the suite (Python's exit takes a while on a busy machine, longer
   * than jest gives a worker to end before it force-exits it).
   */
  close(): Promise<void> {
    const child = this.child
    this.child = undefined
    if (!child || child.exitCode !== null || child.signalCode !== null) return Promise.resolve()
    return new Promise((resolve) => {
      // The helper ends at the end of its stdin; the kill is for a helper stuck elsewhere.
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000)
      child.once('close', () => {
        clearTimeout(timer)
        resolve()
      })
      this.setRef(child, true)
      child.stdin.end()
    })
  }

  private start(): ChildProcessWithoutNullStreams {
    const child = spawn(process.env.PYTHON ?? 'python3', [HELPER], {
      env: helperEnv(),
      stdio: ['pipe', 'pipe', 'pipe']
    })
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => this.receive(chunk))
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (this.stderr = (this.stderr + chunk).slice(-8000)))
    const fail = (reason: string) => {
      if (this.child === child) this.child = undefined
      for (const { reject } of this.pending.values()) reject(new Error(`secrets_helper.py ${reason}:\n${this.stderr}`))
      this.pending.clear()
    }
    child.on('error', (error) => fail(`could not start: ${error.message}`))
    child.on('exit', (code, signal) => fail(`exited (code ${code}, signal ${signal})`))
    this.child = child
    return child
  }

  private receive(chunk: string): void {
    this.buffer += chunk
    for (let end = this.buffer.indexOf('\n'); end !== -1; end = this.buffer.indexOf('\n')) {
      const answer = JSON.parse(this.buffer.slice(0, end)) as Answer
      this.buffer = this.buffer.slice(end + 1)
      this.pending.get(answer.id)?.resolve(answer)
      this.pending.delete(answer.id)
    }
    if (this.pending.size === 0 && this.child) this.setRef(this.child, false)
  }

  private setRef(child: ChildProcessWithoutNullStreams, ref: boolean): void {
    for (const handle of [child, child.stdin, child.stdout, child.stderr] as Array<{ ref(): void; unref(): void }>) {
      if (ref) handle.ref()
      else handle.unref()
    }
  }
}

const helper = new Helper()

/** Stops the boto3 helper process, and resolves once it has exited. */
export function closeAwsHelper(): Promise<void> {
  return helper.close()
}

async function call<T>(
  endpoint: string,
  id: string,
  request: Record<string, unknown>,
  opts: AwsOptions = {}
): Promise<T> {
  const answer = await helper.request({
    endpoint,
    region: opts.region ?? regionOfArn(id) ?? DEFAULT_REGION,
    ...(opts.caBundle === undefined ? {} : { caBundle: opts.caBundle }),
    ...request
  })
  if (answer.ok) return answer.result as T
  if (answer.code === 'HelperError') throw new Error(`secrets_helper.py ${String(request.op)}: ${answer.message}`)
  throw new AwsError(answer.code, answer.message)
}

type RawVersion =
  { versionId: string; stages: string[]; secretString?: string; secretBinary?: string } | { error: string }

function decodeVersion(raw: RawVersion): StoredVersion | string {
  if ('error' in raw) return raw.error
  return {
    versionId: raw.versionId,
    stages: raw.stages,
    ...(raw.secretString === undefined
      ? {}
      : { secretString: Buffer.from(raw.secretString, 'base64').toString('utf8') }),
    ...(raw.secretBinary === undefined ? {} : { secretBinary: Buffer.from(raw.secretBinary, 'base64') })
  }
}

/** Describes the secret and reads its AWSCURRENT (and AWSPREVIOUS) values. */
export async function readSecret(endpoint: string, secretId: string, opts: AwsOptions = {}): Promise<SecretState> {
  const raw = await call<{
    arn: string
    name: string
    description?: string
    kmsKeyId?: string
    versions: VersionInfo[]
    current: RawVersion
    previous?: RawVersion
    rotationEnabled: boolean
    deletedDate?: string
    tags: Record<string, string>
    replication: { region: string; status: string }[]
    primaryRegion?: string
  }>(endpoint, secretId, { op: 'read', secretId }, opts)
  const current = decodeVersion(raw.current)
  const previous = raw.previous === undefined ? undefined : decodeVersion(raw.previous)
  const currentVersionId = raw.versions.find((v) => v.stages.includes('AWSCURRENT'))?.versionId ?? ''
  return {
    arn: raw.arn,
    name: raw.name,
    versions: raw.versions,
    rotationEnabled: raw.rotationEnabled,
    tags: raw.tags,
    replication: raw.replication.map(({ region, status }) => ({ region, status })),
    ...(raw.primaryRegion === undefined ? {} : { primaryRegion: raw.primaryRegion }),
    current: typeof current === 'string' ? { versionId: currentVersionId, stages: ['AWSCURRENT'] } : current,
    ...(typeof current === 'string' ? { currentError: current } : {}),
    ...(previous === undefined || typeof previous === 'string' ? {} : { previous }),
    ...(raw.description === undefined ? {} : { description: raw.description }),
    ...(raw.kmsKeyId === undefined ? {} : { kmsKeyId: raw.kmsKeyId }),
    ...(raw.deletedDate === undefined ? {} : { deletedDate: raw.deletedDate })
  }
}

/** GetSecretValue of one version, by id or by label (the staged AWSPENDING, say). */
export async function readVersion(
  endpoint: string,
  secretId: string,
  which: { readonly versionId: string } | { readonly versionStage: string },
  opts: AwsOptions = {}
): Promise<StoredVersion> {
  const raw = await call<RawVersion>(endpoint, secretId, { op: 'version', secretId, ...which }, opts)
  const version = decodeVersion(raw)
  if (typeof version === 'string') throw new Error(`readVersion: ${version}`)
  return version
}

export interface CreateSecretOptions extends AwsOptions {
  readonly secretString?: string
  readonly secretBinary?: Buffer
  readonly description?: string
  readonly kmsKeyId?: string
  readonly clientRequestToken?: string
  readonly tags?: Readonly<Record<string, string>>
}

export interface WriteResult {
  readonly arn: string
  readonly name: string
  /** The new version's id (absent when a secret is created without a value). */
  readonly versionId?: string
}

/** CreateSecret. */
export async function createSecret(
  endpoint: string,
  name: string,
  opts: CreateSecretOptions = {}
): Promise<WriteResult> {
  if (opts.secretString !== undefined && opts.secretBinary !== undefined) {
    throw new Error('createSecret: give one value')
  }
  const value = opts.secretString ?? opts.secretBinary
  const result = await call<{ arn: string; name: string; versionId: string | null }>(
    endpoint,
    name,
    {
      op: 'create',
      name,
      ...(value === undefined ? {} : { value: encodeValue(value) }),
      ...(opts.description === undefined ? {} : { description: opts.description }),
      ...(opts.kmsKeyId === undefined ? {} : { kmsKeyId: opts.kmsKeyId }),
      ...(opts.clientRequestToken === undefined ? {} : { clientRequestToken: opts.clientRequestToken }),
      ...(opts.tags === undefined ? {} : { tags: opts.tags })
    },
    opts
  )
  return { arn: result.arn, name: result.name, ...(result.versionId ? { versionId: result.versionId } : {}) }
}

export interface PutValueOptions extends AwsOptions {
  /** Labels for the new version (default, as in AWS: AWSCURRENT). */
  readonly versionStages?: string[]
  readonly clientRequestToken?: string
}

/** PutSecretValue: a new version with `value` (a Buffer is sent as SecretBinary). */
export async function putValue(
  endpoint: string,
  secretId: string,
  value: SecretValueInput,
  opts: PutValueOptions = {}
): Promise<Required<WriteResult>> {
  return call<Required<WriteResult>>(
    endpoint,
    secretId,
    {
      op: 'put',
      secretId,
      value: encodeValue(value),
      ...(opts.versionStages === undefined ? {} : { versionStages: opts.versionStages }),
      ...(opts.clientRequestToken === undefined ? {} : { clientRequestToken: opts.clientRequestToken })
    },
    opts
  )
}

export interface DeleteSecretOptions extends AwsOptions {
  /** 7 to 30 days: the secret is scheduled for deletion and can still be restored. */
  readonly recoveryWindowInDays?: number
  readonly forceDeleteWithoutRecovery?: boolean
}

/** DeleteSecret: schedules the deletion (or deletes at once with forceDeleteWithoutRecovery). */
export async function deleteSecret(
  endpoint: string,
  secretId: string,
  opts: DeleteSecretOptions = {}
): Promise<{ arn: string; name: string; deletionDate: string }> {
  return call(
    endpoint,
    secretId,
    {
      op: 'delete',
      secretId,
      recoveryWindowInDays: opts.recoveryWindowInDays ?? 7,
      forceDeleteWithoutRecovery: opts.forceDeleteWithoutRecovery ?? false
    },
    opts
  )
}

/** UpdateSecretVersionStage: moves (or adds, or removes) a staging label, as another writer would. */
export async function moveStage(
  endpoint: string,
  secretId: string,
  versionStage: string,
  move: { readonly removeFromVersionId?: string; readonly moveToVersionId?: string },
  opts: AwsOptions = {}
): Promise<{ arn: string; name: string }> {
  return call(endpoint, secretId, { op: 'moveStage', secretId, versionStage, ...move }, opts)
}

/**
 * RotateSecret with a schedule (every `automaticallyAfterDays` days) and no rotation function:
 * turns RotationEnabled on. moto cannot run a rotation Lambda, and, unlike AWS, it labels a copy of
 * the current value AWSCURRENT as a new version: read the secret again afterwards.
 */
export async function enableRotation(
  endpoint: string,
  secretId: string,
  opts: AwsOptions & { readonly automaticallyAfterDays?: number } = {}
): Promise<{ arn: string; name: string }> {
  return call(
    endpoint,
    secretId,
    { op: 'rotate', secretId, automaticallyAfterDays: opts.automaticallyAfterDays ?? 30 },
    opts
  )
}
