/**
 * read: only what the request's options need. DescribeSecret when something must be compared or
 * guarded (`dry-run`, `skip-unchanged`, `json-merge`, a promotion); GetSecretValue (AWSCURRENT, by
 * label) only when a value must be compared or merged. The default path reads nothing, so that a
 * role with only secretsmanager:UpdateSecret works. A staging run describes the secret when it may
 * (for the labels' old versions and the rotation guard) and goes on without it when refused.
 */
import {
  DescribeSecretCommand,
  GetSecretValueCommand,
  type DescribeSecretCommandOutput,
  type SecretsManagerClient
} from '@aws-sdk/client-secrets-manager'
import { exceptionName } from './errors.js'
import type { CurrentVersion, SecretMeta, SecretRequest, SecretState, SecretValue } from './types.js'

/** What a request needs read before its plan can be made. */
export function readNeeds(request: SecretRequest): {
  readonly describe: boolean
  /** The describe is wanted, not needed: a refusal (AccessDenied) leaves the secret unread. */
  readonly describeOptional: boolean
  readonly value: boolean
} {
  const value = request.jsonMerge || (request.skipUnchanged && request.value !== undefined)
  const needed = value || request.dryRun || request.skipUnchanged || request.promote !== undefined
  return { describe: needed || request.versionStages !== undefined, describeOptional: !needed, value }
}

export async function readSecret(client: SecretsManagerClient, request: SecretRequest): Promise<SecretState> {
  const needs = readNeeds(request)
  if (!needs.describe) return { kind: 'unread' }
  let meta: SecretMeta | undefined
  try {
    meta = await describeSecret(client, request.secretId, request.createIfMissing)
  } catch (error) {
    if (needs.describeOptional && exceptionName(error) === 'AccessDeniedException')
      return { kind: 'unread', describeDenied: true }
    throw error
  }
  if (!meta) return { kind: 'missing' }
  // A secret scheduled for deletion refuses reads of its value; the plan refuses it anyway.
  const current = needs.value && !meta.deletedDate ? await readCurrent(client, meta.arn) : undefined
  return { kind: 'found', meta, valueRead: needs.value, current }
}

/**
 * DescribeSecret. Undefined when the secret does not exist and `missingIsFine`; otherwise the
 * not-found error stands (its message names the secret and the hint says what to check).
 */
export async function describeSecret(
  client: SecretsManagerClient,
  secretId: string,
  missingIsFine: boolean
): Promise<SecretMeta | undefined> {
  let out: DescribeSecretCommandOutput
  try {
    out = await client.send(new DescribeSecretCommand({ SecretId: secretId }))
  } catch (error) {
    if (missingIsFine && exceptionName(error) === 'ResourceNotFoundException') return undefined
    throw error
  }
  const versionStages: Record<string, readonly string[]> = {}
  for (const [id, stages] of Object.entries(out.VersionIdsToStages ?? {})) versionStages[id] = [...stages]
  return {
    arn: out.ARN ?? secretId,
    name: out.Name ?? secretId,
    description: out.Description,
    kmsKeyId: out.KmsKeyId,
    rotationEnabled: out.RotationEnabled === true,
    deletedDate: out.DeletedDate,
    versionStages,
    tags: (out.Tags ?? []).map((t) => ({ key: t.Key ?? '', value: t.Value ?? '' }))
  }
}

/**
 * The AWSCURRENT version, always asked for by label: a GetSecretValue without VersionStage is not
 * guaranteed to follow it. Undefined when the secret has no current version yet.
 */
export async function readCurrent(client: SecretsManagerClient, secretId: string): Promise<CurrentVersion | undefined> {
  try {
    const out = await client.send(new GetSecretValueCommand({ SecretId: secretId, VersionStage: 'AWSCURRENT' }))
    const value: SecretValue | undefined =
      out.SecretString !== undefined
        ? { kind: 'text', text: out.SecretString }
        : out.SecretBinary !== undefined
          ? { kind: 'binary', bytes: out.SecretBinary }
          : undefined
    return { versionId: out.VersionId ?? '', value }
  } catch (error) {
    // The secret exists (DescribeSecret said so): not found here means no AWSCURRENT version.
    if (exceptionName(error) === 'ResourceNotFoundException') return undefined
    throw error
  }
}
