/**
 * What the action takes from an answer, checked first. The SDK hands a 2xx body's fields on as
 * they came: a body of `{}`, an error object (`{"__type": ...}`) or `"ARN": 5` all reach the
 * caller as an answer. So a write's answer must confirm the write before anything reports it (the
 * ARN and name as strings and, when a value was sent, the version id it was sent with: the token
 * the plan chose), and every field read from a read's answer has its type checked before use. A
 * write that its answer does not confirm, or whose answer was lost on every attempt, may have been
 * applied: its failure says what it would have written and how to check.
 */
import { ActionError, failureMessage } from './errors.js'
import type { CurrentVersion, ReplicaStatus, SecretMeta, Tag, WriteCall } from './types.js'

/** A write that may have been applied, though no answer confirms it: the message says what to check. */
export class UnconfirmedWriteError extends ActionError {
  constructor(
    readonly call: WriteCall,
    why: string
  ) {
    super(unconfirmedText(call, why))
  }
}

/** A read whose answer is not as Secrets Manager answers: it did not come from Secrets Manager. */
export class UnexpectedAnswerError extends ActionError {}

/** The Secrets Manager operation a write call is sent as. */
export function operationOf(call: WriteCall): string {
  switch (call.op) {
    case 'update':
      return 'UpdateSecret'
    case 'create':
      return 'CreateSecret'
    case 'put-version':
      return 'PutSecretValue'
    case 'move-label':
      return 'UpdateSecretVersionStage'
    case 'tag':
      return 'TagResource'
    case 'replicate':
      return 'ReplicateSecretToRegions'
  }
}

/**
 * Throws an UnconfirmedWriteError unless `answer` confirms `call`: UpdateSecret, CreateSecret and
 * PutSecretValue with the ARN and name as strings and, when a value was sent, the version id it
 * was sent with; UpdateSecretVersionStage with the ARN and name; TagResource with any 2xx (its
 * answer has no field).
 */
export function confirmWrite(call: WriteCall, answer: unknown): void {
  if (call.op === 'tag') return
  const fields = recordOf(answer) ?? {}
  // ReplicateSecretToRegions answers with the ARN and the regions' status, no name.
  const missing = (call.op === 'replicate' ? ['ARN'] : ['ARN', 'Name']).filter((key) => !isText(fields[key]))
  if (missing.length > 0) {
    throw new UnconfirmedWriteError(call, `its answer has no ${missing.join(' or ')} as a string`)
  }
  if (call.op === 'move-label' || call.op === 'replicate' || call.value === undefined) return
  const versionId = fields['VersionId']
  if (call.token === undefined ? !isText(versionId) : versionId !== call.token) {
    throw new UnconfirmedWriteError(call, "its answer's VersionId is not the version id sent")
  }
}

/**
 * A write call failed with its answer lost on every attempt (errors.ts `answerLost`): the failure,
 * worded as one that may have been applied.
 */
export function lostAnswer(call: WriteCall, error: unknown): UnconfirmedWriteError {
  return new UnconfirmedWriteError(call, `no answer came back (${withoutStop(failureMessage(error))})`)
}

function withoutStop(text: string): string {
  return text.replace(/[.\s]+$/, '')
}

/** The failure of a write that may have been applied: what it would have done, and how to check. */
function unconfirmedText(call: WriteCall, why: string): string {
  const operation = operationOf(call)
  const head = `${operation} unconfirmed: the write may have been applied, but ${why}.`
  const describe = (id: string): string => `\`aws secretsmanager describe-secret --secret-id ${id}\``
  switch (call.op) {
    case 'update':
    case 'create': {
      const id = call.op === 'update' ? call.secretId : call.name
      if (call.value && call.token !== undefined) {
        return (
          `${head} If it was, version ${call.token} of secret ${id} exists and is AWSCURRENT: check with ` +
          `\`aws secretsmanager list-secret-version-ids --secret-id ${id}\` (or ${describe(id)}) before running again; ` +
          'a rerun with `skip-unchanged: true` writes no second version when it is.'
        )
      }
      const what =
        call.op === 'create'
          ? `secret ${id} exists`
          : `the ${[...(call.description !== undefined ? ['description'] : []), ...(call.kmsKeyId !== undefined ? ['KMS key'] : [])].join(' and ') || 'metadata'} of secret ${id} changed`
      return `${head} If it was, ${what}: check with ${describe(id)} before running again.`
    }
    case 'put-version':
      return (
        `${head} If it was, version ${call.token} of secret ${call.secretId} exists, labelled ${call.stages.join(', ')}: ` +
        `check with \`aws secretsmanager list-secret-version-ids --secret-id ${call.secretId}\` before running again.`
      )
    case 'move-label':
      return (
        `${head} If it was, label ${call.label} is ${call.to ? `on version ${call.to}` : `off version ${call.from ?? ''}`} ` +
        `of secret ${call.secretId}: check with ${describe(call.secretId)} (VersionIdsToStages) before running again.`
      )
    case 'tag':
      return `${head} If it was, tags ${call.tags.map((t) => t.key).join(', ')} are set on secret ${call.secretId}: check with ${describe(call.secretId)}.`
    case 'replicate':
      return `${head} If it was, secret ${call.secretId} is being replicated to ${call.replicas.map((r) => r.region).join(', ')}: check with ${describe(call.secretId)} (ReplicationStatus).`
  }
}

/** DescribeSecret's answer, every field the action reads type-checked. */
export function secretMetaOf(answer: unknown): SecretMeta {
  const field = fieldOf('DescribeSecret', recordOf(answer) ?? {})
  return {
    arn: field('ARN', 'a string', required(isText)),
    name: field('Name', 'a string', required(isText)),
    description: field('Description', 'a string', optional(isString)),
    kmsKeyId: field('KmsKeyId', 'a string', optional(isString)),
    rotationEnabled: field('RotationEnabled', 'a boolean', (v) => (v === undefined ? false : isBoolean(v) ? v : BAD)),
    deletedDate: field('DeletedDate', 'a date', optional(isDate)),
    versionStages: field('VersionIdsToStages', 'an object of label lists', (v) =>
      v === undefined
        ? {}
        : (mapOf(v, (labels) => (Array.isArray(labels) && labels.every(isString) ? labels : BAD)) ?? BAD)
    ),
    tags: field('Tags', 'a list of tags', (v) =>
      v === undefined ? [] : Array.isArray(v) ? (allOf(v.map(tagOf)) ?? BAD) : BAD
    ),
    replicas: field('ReplicationStatus', 'a list of replica statuses', replicasOf)
  }
}

/** A write's or a describe's ReplicationStatus, each region's status checked; [] when absent. */
export function replicaStatusesOf(operation: string, answer: unknown): ReplicaStatus[] {
  return fieldOf(operation, recordOf(answer) ?? {})('ReplicationStatus', 'a list of replica statuses', replicasOf)
}

function replicasOf(value: unknown): ReplicaStatus[] | typeof BAD {
  if (value === undefined) return []
  if (!Array.isArray(value)) return BAD
  return allOf(value.map(replicaOf)) ?? BAD
}

function replicaOf(value: unknown): ReplicaStatus | undefined {
  const item = recordOf(value)
  if (!item || !isText(item.Region) || !isText(item.Status)) return undefined
  if (item.StatusMessage !== undefined && !isString(item.StatusMessage)) return undefined
  return { region: item.Region, status: item.Status, message: item.StatusMessage }
}

/** GetSecretValue's answer (AWSCURRENT): its version id, and its value when it has one. */
export function currentVersionOf(answer: unknown): CurrentVersion {
  const field = fieldOf('GetSecretValue', recordOf(answer) ?? {})
  const versionId = field('VersionId', 'a string', required(isText))
  const text = field('SecretString', 'a string', optional(isString))
  const bytes = field(
    'SecretBinary',
    'bytes',
    optional((v): v is Uint8Array => v instanceof Uint8Array)
  )
  return {
    versionId,
    value: text !== undefined ? { kind: 'text', text } : bytes !== undefined ? { kind: 'binary', bytes } : undefined
  }
}

/** What a field check returns for a value that is not what Secrets Manager sends. */
const BAD: unique symbol = Symbol('bad')

/**
 * A reader of one answer's fields: `check` returns the field's value, or BAD, and then the read
 * fails naming the field (never its content).
 */
function fieldOf(operation: string, out: Record<string, unknown>) {
  return <T>(key: string, expected: string, check: (value: unknown) => T | typeof BAD): T => {
    const value = check(out[key])
    if (value === BAD) {
      throw new UnexpectedAnswerError(
        `${operation} answered, but not as Secrets Manager does: its ${key} is ${out[key] === undefined ? 'missing' : `not ${expected}`}. ` +
          'The answer did not come from Secrets Manager (a proxy or gateway in the path?): check `endpoint-url`, `region` and the proxy settings.'
      )
    }
    return value
  }
}

function required<T>(is: (value: unknown) => value is T): (value: unknown) => T | typeof BAD {
  return (value) => (is(value) ? value : BAD)
}

function optional<T>(is: (value: unknown) => value is T): (value: unknown) => T | undefined | typeof BAD {
  return (value) => (value === undefined || is(value) ? value : BAD)
}

function tagOf(value: unknown): Tag | undefined {
  const tag = recordOf(value)
  if (!tag) return undefined
  const key = tag['Key'] ?? ''
  const text = tag['Value'] ?? ''
  return isString(key) && isString(text) ? { key, value: text } : undefined
}

function mapOf<T>(value: unknown, each: (item: unknown) => T | typeof BAD): Record<string, T> | undefined {
  const record = recordOf(value)
  if (!record) return undefined
  const out: Record<string, T> = {}
  for (const [key, item] of Object.entries(record)) {
    const checked = each(item)
    if (checked === BAD) return undefined
    out[key] = checked
  }
  return out
}

function allOf<T>(items: readonly (T | undefined)[]): T[] | undefined {
  return items.every((item): item is T => item !== undefined) ? (items as T[]) : undefined
}

function recordOf(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined
}

function isString(value: unknown): value is string {
  return typeof value === 'string'
}

function isBoolean(value: unknown): value is boolean {
  return typeof value === 'boolean'
}

function isDate(value: unknown): value is Date {
  return value instanceof Date && !Number.isNaN(value.getTime())
}

/** A non-empty string: an ARN, a name or a version id. */
function isText(value: unknown): value is string {
  return typeof value === 'string' && value !== ''
}
