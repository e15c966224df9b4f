/**
 * The safe-rotation options: the runs that read the secret before they write (`dry-run`,
 * `skip-unchanged`, `json-merge`) and `create-if-missing`. update.ts loads this module only for
 * them, so that a plain update does not compile it.
 */
import { randomUUID } from 'node:crypto'
import {
  CreateSecretCommand,
  DescribeSecretCommand,
  GetSecretValueCommand,
  PutSecretValueCommand,
  UpdateSecretCommand,
  UpdateSecretVersionStageCommand,
  type DescribeSecretCommandOutput,
  type SecretsManagerClient
} from '@aws-sdk/client-secrets-manager'
import { jsonEqual, mergePatch, parseJsonObject, sameValue, type StoredValue } from './json.js'
import { ActionError, exceptionName } from './errors.js'
import {
  metadataChange,
  updateSecret,
  valueFields,
  type Outcome,
  type Reporter,
  type Request,
  type UpdateOptions
} from './update.js'
import type { SecretValue } from './types.js'

/** How often a merge retries when another writer moved AWSCURRENT first. */
export const MERGE_ATTEMPTS = 10

/** The runs that read the secret before writing: `dry-run`, `skip-unchanged`, `json-merge`. */
export async function updateAfterReading(
  client: SecretsManagerClient,
  request: Request,
  reporter: Reporter,
  options: UpdateOptions
): Promise<Outcome> {
  const meta = await describe(client, request)
  if (!meta) return createMissing(client, request, reporter, options)
  guard(meta, reporter)
  const arn = meta.ARN ?? request.secretId
  const name = meta.Name ?? request.secretId
  const current = request.skipUnchanged || request.jsonMerge ? await readCurrent(client, arn) : undefined
  if (current?.value) reporter.mask(current.value)

  const description = metadataChange(request.description, meta.Description, request.skipUnchanged)
  const kmsKeyId = metadataChange(request.kmsKeyId, meta.KmsKeyId, request.skipUnchanged, sameKmsKey)
  const base = { arn, name, dryRun: request.dryRun, created: false, description, kmsKeyId }

  if (request.jsonMerge) {
    return mergeInto(client, request, reporter, options, base, current)
  }

  const unchanged = request.value !== undefined && request.skipUnchanged && current?.value !== undefined &&
    sameValue(request.value, storedOf(current.value))
  const sendValue = request.value !== undefined && !unchanged
  const changed = sendValue || description !== undefined || kmsKeyId !== undefined
  const valueState = request.value === undefined ? 'none' : unchanged ? 'unchanged' : 'new-version'
  if (unchanged) reporter.info('The value equals the current one (AWSCURRENT): no new version is written.')

  if (request.dryRun || !changed) {
    // An equal value keeps the current version's id for chained steps; no value given, no id.
    const versionId = request.dryRun || !request.value ? '' : (current?.versionId ?? '')
    return { ...base, versionId, changed, value: valueState, mergeAttempts: undefined }
  }
  const out = await client.send(
    new UpdateSecretCommand({
      SecretId: arn,
      ...valueFields(sendValue ? request.value : undefined, request.clientRequestToken, options),
      Description: description?.to,
      KmsKeyId: kmsKeyId?.to
    })
  )
  return {
    ...base,
    arn: out.ARN ?? arn,
    name: out.Name ?? name,
    versionId: (sendValue ? out.VersionId : request.value && current?.versionId) ?? '',
    changed: true,
    value: valueState,
    mergeAttempts: undefined
  }
}

/** DescribeSecret, or undefined when the secret does not exist and `create-if-missing` is on. */
async function describe(client: SecretsManagerClient, request: Request): Promise<DescribeSecretCommandOutput | undefined> {
  try {
    return await client.send(new DescribeSecretCommand({ SecretId: request.secretId }))
  } catch (error) {
    if (request.createIfMissing && exceptionName(error) === 'ResourceNotFoundException') return undefined
    throw error
  }
}

/** Checks on a secret's metadata, before any write. */
function guard(meta: DescribeSecretCommandOutput, reporter: Reporter): void {
  if (meta.DeletedDate) {
    throw new ActionError(
      `Secret ${meta.Name ?? ''} is scheduled for deletion (on ${meta.DeletedDate.toISOString()}): nothing was written. ` +
        'Restore it first with `aws secretsmanager restore-secret`.'
    )
  }
  if (meta.RotationEnabled) {
    reporter.warning(
      `Rotation is enabled on secret ${meta.Name ?? ''}: its rotation function may overwrite the value this step writes.`
    )
  }
}

interface Current {
  readonly versionId: string
  readonly value: SecretValue | undefined
}

/**
 * The AWSCURRENT version, always asked for by stage: a GetSecretValue without VersionStage is
 * not guaranteed to follow the label. Undefined when the secret has no current version yet.
 */
async function readCurrent(client: SecretsManagerClient, arn: string): Promise<Current | undefined> {
  try {
    const out = await client.send(new GetSecretValueCommand({ SecretId: arn, VersionStage: 'AWSCURRENT' }))
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

function storedOf(value: SecretValue): StoredValue {
  return value.kind === 'text' ? { secretString: value.text } : { secretBinary: value.bytes }
}
const AWS_MANAGED_KEY = 'alias/aws/secretsmanager'

/**
 * Whether a `kms-key-id` names the key DescribeSecret reports: DescribeSecret leaves KmsKeyId out
 * for the AWS managed key, and may give an ARN where the input gave an alias or a key id.
 */
export function sameKmsKey(wanted: string, stored: string | undefined): boolean {
  const have = stored ?? AWS_MANAGED_KEY
  if (wanted === have) return true
  // `alias/x` or a key id matches the ARN that ends in it (`...:alias/x`, `...:key/<id>`).
  return have.startsWith('arn:') && (have.endsWith(`:${wanted}`) || have.endsWith(`:key/${wanted}`))
}

/** The secret does not exist and `create-if-missing` is on: create it (or plan to). */
export async function createMissing(
  client: SecretsManagerClient,
  request: Request,
  reporter: Reporter,
  options: UpdateOptions,
  token = request.clientRequestToken
): Promise<Outcome> {
  if (request.secretIdIsArn) {
    throw new ActionError(
      `Secret ${request.secretId} does not exist, and an ARN cannot name a secret to create (its suffix is chosen by AWS): use the secret's name as \`secret-id\`.`
    )
  }
  let value = request.value
  if (request.jsonMerge && value?.kind === 'text') {
    const patch = parsePatch(value.text)
    value = { kind: 'text', text: JSON.stringify(mergePatch({}, patch)) }
    reporter.mask(value)
  }
  const plan = {
    changed: true,
    created: true,
    value: value ? ('new-version' as const) : ('none' as const),
    description: metadataChange(request.description, undefined, false),
    kmsKeyId: metadataChange(request.kmsKeyId, undefined, false),
    mergeAttempts: undefined
  }
  if (request.dryRun) {
    return { ...plan, arn: '', name: request.secretId, versionId: '', dryRun: true }
  }
  let out
  try {
    out = await client.send(
      new CreateSecretCommand({
        Name: request.secretId,
        ...valueFields(value, token, options),
        Description: request.description,
        KmsKeyId: request.kmsKeyId
      })
    )
  } catch (error) {
    // Another job created it first: update it as if it had been there all along.
    if (exceptionName(error) !== 'ResourceExistsException') throw error
    reporter.info(`Secret ${request.secretId} was created by another writer meanwhile: updating it instead.`)
    return updateSecret(client, { ...request, createIfMissing: false }, reporter, options)
  }
  return {
    ...plan,
    arn: out.ARN ?? '',
    name: out.Name ?? request.secretId,
    versionId: (value && out.VersionId) || '',
    dryRun: false
  }
}

function parsePatch(text: string): Record<string, unknown> {
  const patch = parseJsonObject(text)
  if (!patch) throw new ActionError('The `json-merge` patch is not a JSON object (its text is not shown).')
  return patch
}

type MergeBase = Pick<Outcome, 'arn' | 'name' | 'dryRun' | 'created' | 'description' | 'kmsKeyId'>

/**
 * RFC 7396 merge onto AWSCURRENT with no lost update. UpdateSecret has no condition, but moving
 * AWSCURRENT with UpdateSecretVersionStage and RemoveFromVersionId is a compare-and-swap: it fails
 * when AWSCURRENT is no longer on the version the merge was computed from. Each attempt writes
 * its merged value under a staging label of its own (never AWSPENDING, which rotation owns),
 * swaps AWSCURRENT onto it, and always removes its label, leaving AWSCURRENT and AWSPREVIOUS.
 */
async function mergeInto(
  client: SecretsManagerClient,
  request: Request,
  reporter: Reporter,
  options: UpdateOptions,
  base: MergeBase,
  first: Current | undefined
): Promise<Outcome> {
  const patch = parsePatch(request.value?.kind === 'text' ? request.value.text : '')
  const metadataChanged = base.description !== undefined || base.kmsKeyId !== undefined
  // Before the value: a new KMS key then encrypts the merged version, as UpdateSecret would.
  if (metadataChanged && !request.dryRun) await updateMetadata(client, base)
  let current = first
  for (let attempt = 1; attempt <= MERGE_ATTEMPTS; attempt++) {
    if (attempt > 1) {
      await sleep((options.backoff ?? jitteredBackoff)(attempt))
      current = await readCurrent(client, base.arn)
      if (current?.value) reporter.mask(current.value)
    }
    const stored = currentObject(current)
    const merged = mergePatch(stored, patch) as Record<string, unknown>
    // Numbers are raw JSON (see compare.ts): they are written back exactly as they were read.
    const text = JSON.stringify(merged)
    reporter.mask({ kind: 'text', text })
    const unchanged = current !== undefined && jsonEqual(merged, stored)

    if (unchanged && request.skipUnchanged) {
      reporter.info('The merged value equals the current one (AWSCURRENT): no new version is written.')
      return {
        ...base,
        versionId: request.dryRun ? '' : (current?.versionId ?? ''),
        changed: metadataChanged,
        value: 'unchanged',
        mergeAttempts: attempt
      }
    }
    if (request.dryRun) {
      return { ...base, versionId: '', changed: true, value: 'new-version', mergeAttempts: attempt }
    }

    const token = (options.newToken ?? randomUUID)()
    const label = `update-secret-${token}`.slice(0, 256)
    await client.send(
      new PutSecretValueCommand({ SecretId: base.arn, ClientRequestToken: token, SecretString: text, VersionStages: [label] })
    )
    // The first version of a secret gets AWSCURRENT from PutSecretValue itself: no swap to make.
    let swapError: unknown
    if (current !== undefined) {
      try {
        await client.send(
          new UpdateSecretVersionStageCommand({
            SecretId: base.arn,
            VersionStage: 'AWSCURRENT',
            MoveToVersionId: token,
            RemoveFromVersionId: current.versionId
          })
        )
      } catch (error) {
        swapError = error
      }
    }
    let swapped = current !== undefined && swapError === undefined
    if (!swapped) {
      // Where is AWSCURRENT now? On our version: the swap (or the first write) took effect, even if
      // its answer was lost. On another writer's: a lost race, merge again. Else a real failure.
      let now: Current | undefined
      try {
        now = await readCurrent(client, base.arn)
      } catch {
        // Cannot tell: report the swap's own failure below.
      }
      swapped = now?.versionId === token
      const moved = !swapped && now !== undefined && now.versionId !== current?.versionId
      if (!swapped && !moved) {
        await dropLabel(client, base.arn, label, token).catch(() => undefined) // the swap's error is the one to report
        throw swapError ?? new ActionError('json-merge wrote its version, but AWSCURRENT could not be moved to it.')
      }
      if (moved) {
        reporter.info(`Another writer changed the secret during merge attempt ${attempt}: merging again onto the new value.`)
      }
    }
    try {
      await dropLabel(client, base.arn, label, token)
    } catch (error) {
      // The value is written and current either way: a label left behind is worth a warning, not a failure.
      if (!swapped) throw error
      reporter.warning(`The staging label ${label} could not be removed from version ${token}: remove it by hand.`)
    }
    if (swapped) {
      return { ...base, versionId: token, changed: true, value: 'new-version', mergeAttempts: attempt }
    }
  }
  throw new ActionError(
    `json-merge gave up after ${MERGE_ATTEMPTS} attempts: other writers kept changing the secret. Nothing was lost; run the step again.`
  )
}

function currentObject(current: Current | undefined): Record<string, unknown> {
  if (!current?.value) return {}
  const object = current.value.kind === 'text' ? parseJsonObject(current.value.text) : undefined
  if (!object) {
    throw new ActionError(
      'The current value (AWSCURRENT) is not a JSON object, so `json-merge` cannot merge into it; nothing was written (the value is not shown).'
    )
  }
  return object
}

async function updateMetadata(client: SecretsManagerClient, base: MergeBase): Promise<void> {
  await client.send(
    new UpdateSecretCommand({ SecretId: base.arn, Description: base.description?.to, KmsKeyId: base.kmsKeyId?.to })
  )
}

async function dropLabel(client: SecretsManagerClient, arn: string, label: string, versionId: string): Promise<void> {
  await client.send(new UpdateSecretVersionStageCommand({ SecretId: arn, VersionStage: label, RemoveFromVersionId: versionId }))
}

/** Full jitter over an exponential base: 50 ms, 100 ms, 200 ms ... capped at 2 s. */
function jitteredBackoff(attempt: number): number {
  return Math.random() * Math.min(2000, 50 * 2 ** (attempt - 1))
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms))
}
