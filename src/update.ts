/**
 * The conversation with Secrets Manager. It takes the client as a parameter and reports
 * through a small interface, so that tests drive it with a mocked client.
 *
 * A plain run is one UpdateSecret call. Reading the secret first (DescribeSecret, and
 * GetSecretValue for the current value) happens only when an option needs it: `dry-run`,
 * `skip-unchanged`, `json-merge`. So a role with only secretsmanager:UpdateSecret works with
 * the defaults. Those options, and `create-if-missing`, live in safe-rotation.ts, which only the
 * runs that use them load.
 */
import { randomUUID } from 'node:crypto'
import { UpdateSecretCommand, type SecretsManagerClient } from '@aws-sdk/client-secrets-manager'
import { exceptionName } from './errors.js'
import type { SecretValue } from './types.js'

/** What this run asks for, from settings and the loaded value. */
export interface Request {
  readonly secretId: string
  /** True when `secret-id` is an ARN (which cannot name a secret to create). */
  readonly secretIdIsArn: boolean
  /** The new value, or with `json-merge` the patch (always text then). */
  readonly value: SecretValue | undefined
  readonly description: string | undefined
  readonly kmsKeyId: string | undefined
  readonly clientRequestToken: string | undefined
  readonly skipUnchanged: boolean
  readonly jsonMerge: boolean
  readonly dryRun: boolean
  readonly createIfMissing: boolean
}

/** Where the conversation reports to (core, in the action). */
export interface Reporter {
  info(message: string): void
  warning(message: string): void
  /** Registers the masks of a value read or computed during the run. */
  mask(value: SecretValue): void
}

/** What the run did (or, in a dry run, would do). */
export interface Outcome {
  readonly arn: string
  readonly name: string
  /** The new version's id; with nothing sent, the current version's id when known, else ''. */
  readonly versionId: string
  /** Whether the run changed (in a dry run: would change) the secret. */
  readonly changed: boolean
  readonly dryRun: boolean
  /** The secret did not exist and was (or would be) created. */
  readonly created: boolean
  /** `new-version`: a value is (or would be) written; `unchanged`: the value was equal; `none`: no value given. */
  readonly value: 'new-version' | 'unchanged' | 'none'
  /** Description change, when one was sent (or would be). `from` is known only when the secret was read. */
  readonly description: Change | undefined
  readonly kmsKeyId: Change | undefined
  /** Compare-and-swap attempts a merge took (1 when no other writer interfered). */
  readonly mergeAttempts: number | undefined
}

export interface Change {
  readonly from: string | undefined
  readonly to: string
}

export interface UpdateOptions {
  /** Milliseconds to wait before merge attempt `n` (n >= 2). Jittered exponential by default. */
  readonly backoff?: (attempt: number) => number
  /** Version ids for new versions; random UUIDs by default. */
  readonly newToken?: () => string
}

export async function updateSecret(
  client: SecretsManagerClient,
  request: Request,
  reporter: Reporter,
  options: UpdateOptions = {}
): Promise<Outcome> {
  const needsRead = request.dryRun || request.skipUnchanged || request.jsonMerge
  if (!needsRead) return updateDirectly(client, request, reporter, options)
  // Loaded only by the runs that read the secret first (safe-rotation.ts): most runs send one UpdateSecret.
  const { updateAfterReading } = await import('./safe-rotation.js')
  return updateAfterReading(client, request, reporter, options)
}

/** The default path: one UpdateSecret, and CreateSecret when it is missing and may be created. */
async function updateDirectly(
  client: SecretsManagerClient,
  request: Request,
  reporter: Reporter,
  options: UpdateOptions
): Promise<Outcome> {
  const fields = valueFields(request.value, request.clientRequestToken, options)
  try {
    const out = await client.send(
      new UpdateSecretCommand({
        SecretId: request.secretId,
        ...fields,
        Description: request.description,
        KmsKeyId: request.kmsKeyId
      })
    )
    return {
      arn: out.ARN ?? request.secretId,
      name: out.Name ?? request.secretId,
      versionId: (request.value && out.VersionId) || '',
      changed: true,
      dryRun: false,
      created: false,
      value: request.value ? 'new-version' : 'none',
      description: metadataChange(request.description, undefined, false),
      kmsKeyId: metadataChange(request.kmsKeyId, undefined, false),
      mergeAttempts: undefined
    }
  } catch (error) {
    if (request.createIfMissing && exceptionName(error) === 'ResourceNotFoundException') {
      // The same token: one logical write, whichever call makes it.
      const { createMissing } = await import('./safe-rotation.js')
      return createMissing(client, request, reporter, options, fields.ClientRequestToken)
    }
    throw error
  }
}

/** A metadata field to send: skipped when `skip-unchanged` finds it equal to the stored one. */
export function metadataChange(
  wanted: string | undefined,
  stored: string | undefined,
  skipEqual: boolean,
  same: (wanted: string, stored: string | undefined) => boolean = (w, s) => w === (s ?? '')
): Change | undefined {
  if (wanted === undefined) return undefined
  if (skipEqual && same(wanted, stored)) return undefined
  return { from: stored, to: wanted }
}

/** The value and its version token, as UpdateSecret and CreateSecret take them. */
export function valueFields(
  value: SecretValue | undefined,
  token: string | undefined,
  options: UpdateOptions
): { SecretString?: string; SecretBinary?: Uint8Array; ClientRequestToken?: string } {
  if (!value) return {}
  // The token is chosen here rather than by the SDK so that the version id is known and the
  // same token rides every retry of the call: a retried write cannot create a second version.
  const ClientRequestToken = token ?? (options.newToken ?? randomUUID)()
  return value.kind === 'text'
    ? { SecretString: value.text, ClientRequestToken }
    : { SecretBinary: value.bytes, ClientRequestToken }
}
