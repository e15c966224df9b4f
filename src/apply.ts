/**
 * apply: the only module that writes. It sends a plan's steps in order through a few primitives
 * (update, create, put a version with labels, move a label), takes a step's fallback when its call
 * fails the expected way, settles a compare-and-swap whose answer was lost, and always sends the
 * plan's cleanup. A failure after a write says exactly what was written.
 */
import {
  CreateSecretCommand,
  PutSecretValueCommand,
  TagResourceCommand,
  UpdateSecretCommand,
  UpdateSecretVersionStageCommand,
  type SecretsManagerClient
} from '@aws-sdk/client-secrets-manager'
import { ActionError, PartialWriteError, exceptionName } from './errors.js'
import { describeSecret, readCurrent } from './read.js'
import { AWSCURRENT, holderOf } from './types.js'
import type { Applied, Plan, Reporter, SecretValue, Step, WriteCall } from './types.js'

/** What apply has done so far, for a failure message and for an interruption (a cancelled job). */
export class Progress {
  /** What was written, in words (ids and labels only). */
  readonly written: string[] = []
  /** The call on the wire, if any. */
  inFlight: { readonly call: WriteCall; readonly answer: Promise<unknown> } | undefined
  /** A compare-and-swap whose call failed, while a fresh read settles whether it took effect. */
  unsettled: WriteCall | undefined
  /** Cleanup calls owed: a merge's label, until it is removed. */
  owed: WriteCall[] = []
  /** Set by an interruption: no further call starts. */
  stopped = false
}

export type ApplyResult =
  | { readonly kind: 'done'; readonly applied: Applied }
  /** Another writer got there first (a lost compare-and-swap, a secret created meanwhile): read and plan again. */
  | { readonly kind: 'replan'; readonly reason: string }

export async function applyPlan(
  client: SecretsManagerClient,
  plan: Plan,
  reporter: Pick<Reporter, 'info' | 'warning'>,
  progress: Progress = new Progress()
): Promise<ApplyResult> {
  const applied: Mutable<Applied> = { arn: undefined, name: undefined, versionId: undefined, created: false }
  progress.owed = [...plan.cleanup]
  let result: ApplyResult | undefined
  try {
    for (const step of plan.steps) {
      const replan = await runStep(client, step, applied, reporter, progress)
      if (replan) {
        result = { kind: 'replan', reason: replan }
        break
      }
    }
  } catch (error) {
    await runCleanup(client, progress).catch(() => undefined) // the step's error is the one to report
    throw progress.written.length > 0 && !(error instanceof PartialWriteError)
      ? new PartialWriteError(progress.written, error)
      : error
  }
  try {
    await runCleanup(client, progress)
  } catch {
    // The value is written either way: a label left behind is worth a warning, not a failure.
    for (const call of progress.owed) reporter.warning(owedText(call))
  }
  return result ?? { kind: 'done', applied }
}

/** Runs one step; returns the reason to plan again, if another writer got there first. */
async function runStep(
  client: SecretsManagerClient,
  step: Step,
  applied: Mutable<Applied>,
  reporter: Pick<Reporter, 'info'>,
  progress: Progress
): Promise<string | undefined> {
  const call = step.call
  if (step.unlessCreated && applied.created) return undefined
  try {
    const answer = await send(client, call, progress)
    record(call, answer, applied, progress)
    // A secret's first version: PutSecretValue made it AWSCURRENT, unless another first version won.
    if (step.swapTo && call.op === 'put-version') return await settleSwap(client, call.secretId, step, undefined)
    return undefined
  } catch (error) {
    const name = exceptionName(error)
    if (step.fallback && name === step.fallback.exception) {
      const instead = step.fallback.instead
      if ('fail' in instead) throw new ActionError(instead.fail)
      if (step.fallback.note) reporter.info(step.fallback.note)
      if (!isSequence(instead)) return runStep(client, instead, applied, reporter, progress)
      for (const next of instead) {
        const replan = await runStep(client, next, applied, reporter, progress)
        if (replan) return replan
      }
      return undefined
    }
    if (step.replanOn !== undefined && name === step.replanOn)
      return `${describeCall(call)} found another writer's change: reading the secret again.`
    if (step.swapTo && call.op === 'move-label') {
      progress.unsettled = call
      const settled = await settleSwap(client, call.secretId, step, call.from).catch(() => {
        throw error // cannot tell where AWSCURRENT is: the swap's own failure is the one to report
      })
      progress.unsettled = undefined
      if (settled === undefined) record(call, {}, applied, progress)
      return settled
    }
    throw error
  }
}

/**
 * Where is AWSCURRENT after a swap? On our version: done (even if the answer was lost). On another
 * writer's: a lost race, plan again. Still on the version the merge read: a real failure.
 */
async function settleSwap(
  client: SecretsManagerClient,
  secretId: string,
  step: Pick<Step, 'swapTo' | 'swapBy'>,
  from: string | undefined
): Promise<string | undefined> {
  const to = step.swapTo
  const byLabels = step.swapBy === 'labels'
  const now = byLabels
    ? holderOf((await describeSecret(client, secretId, false))?.versionStages ?? {}, AWSCURRENT)
    : (await readCurrent(client, secretId))?.versionId
  if (now === to) return undefined
  if (now !== undefined && now !== from) {
    return byLabels
      ? `Another writer moved AWSCURRENT to version ${now} meanwhile: reading the secret again.`
      : 'Another writer changed the secret during the merge: merging again onto the new value.'
  }
  throw new ActionError(
    byLabels
      ? `AWSCURRENT could not be moved to version ${to ?? ''}.`
      : `json-merge wrote version ${to ?? ''}, but AWSCURRENT could not be moved to it.`
  )
}

function isSequence(instead: Step | readonly Step[]): instead is readonly Step[] {
  return Array.isArray(instead)
}

async function runCleanup(client: SecretsManagerClient, progress: Progress): Promise<void> {
  while (progress.owed.length > 0) {
    const call = progress.owed[0]!
    try {
      await sendNow(client, call)
      progress.written.push(describeCall(call))
    } catch (error) {
      // The version never got the label (its write failed): nothing to remove.
      if (exceptionName(error) !== 'InvalidParameterException' && exceptionName(error) !== 'ResourceNotFoundException')
        throw error
    }
    progress.owed.shift()
  }
}

/**
 * An interruption (the runner cancels with SIGINT, then SIGTERM): no further call starts; the call
 * on the wire may finish within `waitMs`; then the cleanup owed is sent, each call bounded by
 * `waitMs`. Returns what was written.
 */
export async function interrupt(
  client: SecretsManagerClient,
  progress: Progress,
  waitMs: number
): Promise<{
  readonly written: readonly string[]
  readonly uncertain: string | undefined
  readonly leftover: readonly string[]
}> {
  progress.stopped = true
  const flying = progress.inFlight
  if (flying) await Promise.race([flying.answer.catch(() => undefined), sleep(waitMs)])
  // Still on the wire, or failed without an answer that says whether it took effect: it may have
  // been applied, so say so rather than claim nothing was written.
  const open = progress.inFlight?.call ?? progress.unsettled
  const uncertain = open ? describeCall(open) : undefined
  const leftover: string[] = []
  for (const call of progress.owed.splice(0)) {
    try {
      await sendNow(client, call, AbortSignal.timeout(waitMs))
      progress.written.push(describeCall(call))
    } catch (error) {
      const name = exceptionName(error)
      // Refused because the label is not there: the version never got it.
      if (name !== 'InvalidParameterException' && name !== 'ResourceNotFoundException') leftover.push(owedText(call))
    }
  }
  return { written: [...progress.written], uncertain, leftover }
}

async function send(client: SecretsManagerClient, call: WriteCall, progress: Progress): Promise<Answer> {
  if (progress.stopped) throw new ActionError('Stopped before the next call: the step was cancelled.')
  const answer = sendNow(client, call)
  progress.inFlight = { call, answer }
  try {
    return await answer
  } finally {
    progress.inFlight = undefined
  }
}

interface Answer {
  readonly ARN?: string | undefined
  readonly Name?: string | undefined
  readonly VersionId?: string | undefined
}

/** The primitives. */
function sendNow(client: SecretsManagerClient, call: WriteCall, abortSignal?: AbortSignal): Promise<Answer> {
  const options = abortSignal ? { abortSignal } : {}
  switch (call.op) {
    case 'update':
      return client.send(
        new UpdateSecretCommand({
          SecretId: call.secretId,
          ...valueFields(call.value, call.token),
          Description: call.description,
          KmsKeyId: call.kmsKeyId
        }),
        options
      )
    case 'create':
      return client.send(
        new CreateSecretCommand({
          Name: call.name,
          ...valueFields(call.value, call.token),
          Description: call.description,
          KmsKeyId: call.kmsKeyId,
          ...(call.tags.length > 0 ? { Tags: awsTags(call.tags) } : {})
        }),
        options
      )
    case 'tag':
      return client
        .send(new TagResourceCommand({ SecretId: call.secretId, Tags: awsTags(call.tags) }), options)
        .then(() => ({}))
    case 'put-version':
      return client.send(
        new PutSecretValueCommand({
          SecretId: call.secretId,
          ...valueFields(call.value, call.token),
          VersionStages: [...call.stages]
        }),
        options
      )
    case 'move-label':
      return client.send(
        new UpdateSecretVersionStageCommand({
          SecretId: call.secretId,
          VersionStage: call.label,
          MoveToVersionId: call.to,
          RemoveFromVersionId: call.from
        }),
        options
      )
  }
}

/**
 * The value and its version token, as the write calls take them. The token is chosen by the plan
 * rather than by the SDK, so that the version id is known and rides every retry of the call: a
 * retried write cannot create a second version.
 */
function valueFields(
  value: SecretValue | undefined,
  token: string | undefined
): { SecretString?: string; SecretBinary?: Uint8Array; ClientRequestToken?: string } {
  if (!value) return {}
  const tokenField = token === undefined ? {} : { ClientRequestToken: token }
  return value.kind === 'text'
    ? { SecretString: value.text, ...tokenField }
    : { SecretBinary: value.bytes, ...tokenField }
}

function record(call: WriteCall, answer: Answer, applied: Mutable<Applied>, progress: Progress): void {
  applied.arn = answer.ARN ?? applied.arn
  applied.name = answer.Name ?? applied.name
  if (call.op === 'create') applied.created = true
  if ((call.op === 'update' || call.op === 'create' || call.op === 'put-version') && call.value) {
    applied.versionId = answer.VersionId ?? call.token
  }
  progress.written.push(describeCall(call, answer.VersionId))
}

function awsTags(tags: readonly { key: string; value: string }[]): { Key: string; Value: string }[] {
  return tags.map(({ key, value }) => ({ Key: key, Value: value }))
}

/** A call in words, with ids, labels and tag keys only. */
export function describeCall(call: WriteCall, versionId?: string): string {
  const version = versionId ?? (call.op === 'move-label' || call.op === 'tag' ? undefined : call.token)
  switch (call.op) {
    case 'tag':
      return `tags ${call.tags.map((t) => t.key).join(', ')} set`
    case 'update':
    case 'create': {
      const what = [
        ...(call.value ? [`new version ${version ?? ''} (AWSCURRENT)`] : []),
        ...(call.description !== undefined ? ['the description'] : []),
        ...(call.kmsKeyId !== undefined ? ['the KMS key'] : [])
      ]
      if (call.op === 'update') return what.join(', ')
      if (call.tags.length > 0) what.push(`tags ${call.tags.map((t) => t.key).join(', ')}`)
      return `secret ${call.name} created${what.length ? ` with ${what.join(', ')}` : ''}`
    }
    case 'put-version':
      return `new version ${version ?? ''} labelled ${call.stages.join(', ')}`
    case 'move-label':
      return call.to
        ? `label ${call.label} moved to version ${call.to}${call.from ? ` from ${call.from}` : ''}`
        : `label ${call.label} removed from version ${call.from ?? ''}`
  }
}

function owedText(call: WriteCall): string {
  if (call.op === 'move-label' && !call.to) {
    return `The staging label ${call.label} could not be removed from version ${call.from ?? ''}: remove it by hand (aws secretsmanager update-secret-version-stage).`
  }
  return `This call could not be made: ${describeCall(call)}.`
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] }

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref())
}
