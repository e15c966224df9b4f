/**
 * read: only what the plan needs. DescribeSecret when something must be compared or guarded
 * (`skip-unchanged`, `json-merge`, a promotion) or reported (`dry-run`); GetSecretValue (AWSCURRENT,
 * by label) only when a value must be compared or merged, sent together with DescribeSecret. The
 * default path reads nothing, so that a role with only secretsmanager:UpdateSecret works. A staging
 * run describes the secret when it may (for the labels' old versions and the rotation guard) and
 * goes on without it when refused.
 */
import {
  DescribeSecretCommand,
  GetSecretValueCommand,
  ListSecretVersionIdsCommand,
  type DescribeSecretCommandOutput,
  type SecretsManagerClient
} from '@aws-sdk/client-secrets-manager'
import { currentVersionOf, secretMetaOf } from './answers.js'
import { exceptionName } from './errors.js'
import { AWSPREVIOUS } from './types.js'
import type { CurrentVersion, SecretMeta, SecretRequest, SecretState } from './types.js'

/** What a request needs read before its plan can be made; `report` adds the describe a dry run reports from. */
export function readNeeds(
  request: SecretRequest,
  report = false
): {
  readonly describe: boolean
  /** The describe is wanted, not needed: a refusal (AccessDenied) leaves the secret unread. */
  readonly describeOptional: boolean
  readonly value: boolean
  /** A promotion's ListSecretVersionIds, for which version is older (refused: the plan decides). */
  readonly created: boolean
} {
  const write = request.write
  const staged = (write.kind === 'value' || write.kind === 'merge') && write.stages !== undefined
  const value = write.kind === 'merge' || (request.skipUnchanged && write.kind === 'value')
  // Replicas are added only where missing; `if-exists: fail` with `secrets` finds every existing
  // secret before the first write.
  const modes = request.replicas.length > 0 || (request.ifExists === 'fail' && request.line !== undefined)
  const needed =
    value ||
    report ||
    request.skipUnchanged ||
    write.kind === 'promote' ||
    modes ||
    request.ifCurrentVersionId !== undefined
  // A rollback (AWSPREVIOUS), or a promotion that names the version it replaces, may promote an older version.
  const created =
    write.kind === 'promote' &&
    request.ifCurrentVersionId === undefined &&
    !(write.promotion.kind === 'stage' && write.promotion.stage === AWSPREVIOUS)
  return { describe: needed || staged, describeOptional: !needed, value, created }
}

export async function readSecret(
  client: SecretsManagerClient,
  request: SecretRequest,
  options: { readonly report?: boolean; readonly signal?: AbortSignal | undefined } = {}
): Promise<SecretState> {
  const needs = readNeeds(request, options.report)
  if (!needs.describe) return { kind: 'unread' }
  const id = request.secretId
  // Both by the id as given, at once: one round trip rather than two. The value's own failures
  // (no AWSCURRENT, a secret scheduled for deletion, which refuses reads of its value) are read
  // together with what DescribeSecret says.
  const value = needs.value ? settled(readCurrent(client, id, options.signal)) : undefined
  const created = needs.created ? settled(listCreated(client, id, options.signal)) : undefined
  let meta: SecretMeta | undefined
  try {
    meta = await describeSecret(client, id, request.createIfMissing, options.signal)
  } catch (error) {
    await Promise.all([value, created])
    if (needs.describeOptional && exceptionName(error) === 'AccessDeniedException') {
      return { kind: 'unread', describeDenied: true }
    }
    throw error
  }
  const current = await value
  const dates = await created
  if (!meta) return { kind: 'missing' }
  if (dates && 'error' in dates && exceptionName(dates.error) !== 'AccessDeniedException') throw dates.error
  const found = dates ? { created: 'error' in dates ? ('denied' as const) : dates.version } : {}
  // The plan refuses a secret scheduled for deletion whatever its value read said.
  if (meta.deletedDate || !current) return { kind: 'found', meta, current: undefined, ...found }
  if ('error' in current) throw current.error
  return { kind: 'found', meta, current: current.version, ...found }
}

/** ListSecretVersionIds, every page: each labelled version's CreatedDate, by version id. */
export async function listCreated(
  client: SecretsManagerClient,
  secretId: string,
  abortSignal?: AbortSignal
): Promise<Record<string, Date>> {
  const created: Record<string, Date> = {}
  let nextToken: string | undefined
  do {
    const out = await client.send(
      new ListSecretVersionIdsCommand({ SecretId: secretId, MaxResults: 100, NextToken: nextToken }),
      withSignal(abortSignal)
    )
    for (const version of out.Versions ?? []) {
      if (version.VersionId && version.CreatedDate) created[version.VersionId] = version.CreatedDate
    }
    nextToken = out.NextToken || undefined
  } while (nextToken)
  return created
}

/** A promise that never rejects: its failure is kept for the caller to weigh. */
async function settled<T>(promise: Promise<T>): Promise<{ readonly version: T } | { readonly error: unknown }> {
  try {
    return { version: await promise }
  } catch (error) {
    return { error }
  }
}

function withSignal(abortSignal: AbortSignal | undefined): { abortSignal?: AbortSignal } {
  return abortSignal ? { abortSignal } : {}
}

/**
 * DescribeSecret. Undefined when the secret does not exist and `missingIsFine`; otherwise the
 * not-found error stands (its message names the secret and the hint says what to check).
 */
export async function describeSecret(
  client: SecretsManagerClient,
  secretId: string,
  missingIsFine: boolean,
  abortSignal?: AbortSignal
): Promise<SecretMeta | undefined> {
  let out: DescribeSecretCommandOutput
  try {
    out = await client.send(new DescribeSecretCommand({ SecretId: secretId }), withSignal(abortSignal))
  } catch (error) {
    if (missingIsFine && exceptionName(error) === 'ResourceNotFoundException') return undefined
    throw error
  }
  return secretMetaOf(out)
}

/**
 * The AWSCURRENT version, always asked for by label: a GetSecretValue without VersionStage is not
 * guaranteed to follow it. Undefined when the secret has no current version yet.
 */
export async function readCurrent(
  client: SecretsManagerClient,
  secretId: string,
  abortSignal?: AbortSignal
): Promise<CurrentVersion | undefined> {
  try {
    const out = await client.send(
      new GetSecretValueCommand({ SecretId: secretId, VersionStage: 'AWSCURRENT' }),
      withSignal(abortSignal)
    )
    return currentVersionOf(out)
  } catch (error) {
    // Asked of a secret that exists: not found here means no AWSCURRENT version. (Where the secret
    // itself is missing, DescribeSecret's answer, read with this one, says so.)
    if (exceptionName(error) === 'ResourceNotFoundException') return undefined
    throw error
  }
}
