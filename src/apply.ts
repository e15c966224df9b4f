/**
 * apply: the only module that writes. It sends a plan's steps in order through a few primitives
 * (update, create, put a version with labels, move a label), takes a step's fallback when its call
 * fails the expected way, settles a compare-and-swap whose answer was lost, and always sends the
 * plan's cleanup. A failure after a write says exactly what was written; a cancellation (an aborted
 * signal) says what was written and what may have been.
 */
import {
  CreateSecretCommand,
  PutSecretValueCommand,
  ReplicateSecretToRegionsCommand,
  TagResourceCommand,
  UpdateSecretCommand,
  UpdateSecretVersionStageCommand,
  type SecretsManagerClient
} from '@aws-sdk/client-secrets-manager'
import { confirmWrite, lostAnswer, operationOf, replicaStatusesOf } from './answers.js'
import { ActionError, CancelledError, PartialWriteError, answerLost, exceptionName } from './errors.js'
import { quotaError } from './quota.js'
import { describeSecret, readCurrent } from './read.js'
import { awaitReplication } from './replication.js'
import { AWSCURRENT, holderOf } from './types.js'
import type { Applied, Plan, ReplicaRegion, Reporter, SecretValue, Step, WriteCall } from './types.js'

export interface ApplyOptions {
  /**
   * Aborted when the job is cancelled: no further call starts, the call on the wire may still
   * answer within `stopWaitMs`, then the cleanup owed is sent (each call bounded by `stopWaitMs`),
   * and apply throws a CancelledError that says what was written and what may have been.
   */
  readonly signal?: AbortSignal | undefined
  readonly stopWaitMs?: number | undefined
  /** `replica-regions`: how long to wait for replicas still InProgress (`read-timeout`), and between two reads. */
  readonly replicaWaitMs?: number | undefined
  readonly replicaPollMs?: number | undefined
}

/** What apply has done so far, for a failure message and for a cancellation. */
interface Progress {
  /** What was written, in words (ids and labels only). */
  readonly written: string[]
  /** A call whose effect is unknown: on the wire, or failed while a fresh read settles it. */
  open: WriteCall | undefined
  /** Cleanup calls owed: a merge's label, until it is removed. */
  readonly cleanupDue: WriteCall[]
}

/** What apply did: `written` says it in words (ids and labels only). */
export type ApplyResult =
  | { readonly kind: 'done'; readonly applied: Applied; readonly written: readonly string[] }
  /** Another writer got there first (a lost compare-and-swap, a secret created meanwhile): read and plan again. */
  | { readonly kind: 'replan'; readonly reason: string; readonly written: readonly string[] }

/** The default wait for the call on the wire after a cancellation (main.ts sets the runner's). */
const STOP_WAIT_MS = 3000

export async function applyPlan(
  client: SecretsManagerClient,
  plan: Plan,
  reporter: Pick<Reporter, 'info' | 'warning' | 'stored'>,
  options: ApplyOptions = {}
): Promise<ApplyResult> {
  const applied: Mutable<Applied> = { arn: undefined, name: undefined, versionId: undefined, created: false }
  const progress: Progress = { written: [], open: undefined, cleanupDue: [...plan.cleanup] }
  const run = new Run(client, progress, options.signal, options.stopWaitMs ?? STOP_WAIT_MS)
  let result: ApplyResult | undefined
  try {
    for (const step of plan.steps) {
      const replan = await run.step(step, applied, reporter)
      if (replan) {
        result = { kind: 'replan', reason: replan, written: progress.written }
        break
      }
      // `if-exists: skip`: the create found the secret there, and the rest of the plan is not for it.
      if (applied.existed) break
    }
    if (!result && !applied.existed && plan.awaitReplicas?.length) {
      applied.replicas = await awaitReplication(
        client,
        applied.arn ?? plan.outcome.arn,
        plan.awaitReplicas,
        applied.replicas ?? [],
        (text) => reporter.warning(text),
        { timeoutMs: options.replicaWaitMs ?? 60_000, intervalMs: options.replicaPollMs, signal: options.signal }
      )
    }
  } catch (error) {
    if (options.signal?.aborted) {
      const leftover = await run.cleanup(run.stopWaitMs)
      throw new CancelledError(progress.written, progress.open ? describeCall(progress.open) : undefined, leftover)
    }
    await run.cleanup().catch(() => undefined) // the step's error is the one to report
    throw progress.written.length > 0 && !(error instanceof PartialWriteError)
      ? new PartialWriteError(progress.written, error)
      : error
  }
  // The value is written either way: a label left behind is worth a warning, not a failure.
  for (const text of await run.cleanup()) reporter.warning(text)
  return result ?? { kind: 'done', applied, written: progress.written }
}

/** One plan's calls as they are sent. */
class Run {
  constructor(
    private readonly client: SecretsManagerClient,
    private readonly progress: Progress,
    private readonly signal: AbortSignal | undefined,
    readonly stopWaitMs: number
  ) {}

  /** Runs one step; returns the reason to plan again, if another writer got there first. */
  async step(
    step: Step,
    applied: Mutable<Applied>,
    reporter: Pick<Reporter, 'info' | 'stored'>
  ): Promise<string | undefined> {
    const call = step.call
    if (step.unlessCreated && applied.created) return undefined
    // The value is where the plan puts it: said at once (a generated password is handed on then).
    const stored = (): undefined => {
      if (step.stores && applied.versionId !== undefined) reporter.stored?.(applied.versionId)
      return undefined
    }
    try {
      const answer = await this.send(call)
      noteAnswer(call, answer, applied, this.progress)
      // A secret's first version: PutSecretValue made it AWSCURRENT, unless another first version won.
      if (step.swapTo && call.op === 'put-version') {
        const replan = await this.settleSwap(call.secretId, step, undefined)
        return replan ?? stored()
      }
      return stored()
    } catch (error) {
      if (this.signal?.aborted) throw error
      const name = exceptionName(error)
      if (step.fallback && name === step.fallback.exception) {
        const instead = step.fallback.instead
        if ('fail' in instead) throw new ActionError(instead.fail)
        if (step.fallback.note) reporter.info(step.fallback.note)
        for (const next of instead) {
          const replan = await this.step(next, applied, reporter)
          if (replan) return replan
        }
        return stored()
      }
      if (step.onExists && call.op === 'create' && name === 'ResourceExistsException') {
        await this.settleExists(call, step.onExists, applied, reporter)
        // This run's own create (its answer lost) stored the value; a secret that was there did not.
        return applied.existed ? undefined : stored()
      }
      if (name === 'LimitExceededException') throw quotaError(call, error, this.progress.written.length === 0)
      if (step.replanOn !== undefined && name === step.replanOn) {
        return `${describeCall(call)} found another writer's change: reading the secret again.`
      }
      if (step.swapTo && call.op === 'move-label') {
        this.progress.open = call
        const settled = await this.settleSwap(call.secretId, step, call.from).catch(() => {
          throw error // cannot tell where AWSCURRENT is: the swap's own failure is the one to report
        })
        this.progress.open = undefined
        if (settled === undefined) noteAnswer(call, {}, applied, this.progress)
        return settled ?? stored()
      }
      if (answerLost(error)) {
        this.progress.open = call
        // A label moved onto a version, its answer lost (the SDK's retry then refused: the label left
        // `from` already): one read tells whether the label is where the call puts it.
        if (call.op === 'move-label' && call.to !== undefined && (await this.labelOn(call, call.to))) {
          this.progress.open = undefined
          noteAnswer(call, {}, applied, this.progress)
          return stored()
        }
        throw lostAnswer(call, error)
      }
      throw error
    }
  }

  /** Whether `call`'s label is on version `to` now; false when the read fails. */
  private async labelOn(call: Extract<WriteCall, { op: 'move-label' }>, to: string): Promise<boolean> {
    const read = describeSecret(this.client, call.secretId, false, this.signal)
    const meta = await (this.signal ? answerOrStop(read, this.signal, this.stopWaitMs) : read).catch(() => undefined)
    return meta?.versionStages[to]?.includes(call.label) === true
  }

  /**
   * A create with `if-exists: skip` or `fail` answered ResourceExistsException: the secret existed,
   * or this run created it and the answer was lost (the SDK's retry is then refused). One read tells:
   * a version with the create's token is this run's (a create without a value made a secret with no
   * version at all). Returns undefined (go on, or with `skip`, stop: `applied.existed`).
   */
  private async settleExists(
    call: Extract<WriteCall, { op: 'create' }>,
    onExists: 'skip' | 'fail',
    applied: Mutable<Applied>,
    reporter: Pick<Reporter, 'info'>
  ): Promise<undefined> {
    const meta = await describeSecret(this.client, call.name, false, this.signal)
    const stages = meta?.versionStages ?? {}
    const ours = call.token !== undefined ? stages[call.token] !== undefined : Object.keys(stages).length === 0
    if (meta && ours) {
      noteAnswer(call, { ARN: meta.arn, Name: meta.name, VersionId: call.token }, applied, this.progress)
      if (meta.replicas) applied.replicas = meta.replicas
      return undefined
    }
    if (onExists === 'fail') {
      throw new ActionError(`Secret ${call.name} already exists, and \`if-exists\` is \`fail\`: it was left as it is.`)
    }
    reporter.info(`Secret ${call.name} exists, and \`if-exists\` is \`skip\`: it is left as it is.`)
    applied.existed = true
    applied.arn = meta?.arn
    applied.name = meta?.name
    applied.versionId = holderOf(stages, AWSCURRENT)
    applied.replicas = meta?.replicas
    return undefined
  }

  /**
   * Where is AWSCURRENT after a swap? On our version: done (even if the answer was lost). On another
   * writer's: a lost race, plan again. Still on the version the merge read: a real failure.
   */
  private async settleSwap(
    secretId: string,
    step: Pick<Step, 'swapTo' | 'swapBy'>,
    from: string | undefined
  ): Promise<string | undefined> {
    const to = step.swapTo
    const byLabels = step.swapBy === 'labels'
    // A cancellation aborts the read; it is bounded as a write is, should the abort not reach it.
    const read = byLabels
      ? describeSecret(this.client, secretId, false, this.signal).then((meta) =>
          holderOf(meta?.versionStages ?? {}, AWSCURRENT)
        )
      : readCurrent(this.client, secretId, this.signal).then((current) => current?.versionId)
    const now = await (this.signal ? answerOrStop(read, this.signal, this.stopWaitMs) : read)
    if (now === to) return undefined
    if (now !== undefined && now !== from) {
      return byLabels
        ? `Another writer moved AWSCURRENT to version ${now} meanwhile: reading the secret again.`
        : 'Another writer changed the secret during the merge: merging again onto the new value.'
    }
    throw new ActionError(
      byLabels
        ? `AWSCURRENT could not be moved to version ${to ?? ''}.`
        : `Version ${to ?? ''} was written, but AWSCURRENT could not be moved to it.`
    )
  }

  /**
   * Sends a call, unless the run was cancelled. A cancellation while it is on the wire leaves it
   * `stopWaitMs` to answer: a call still unanswered then may have been applied (`progress.open`).
   */
  private async send(call: WriteCall): Promise<Answer> {
    const signal = this.signal
    if (signal?.aborted) throw new ActionError('Stopped before the next call: the step was cancelled.')
    const answer = sendNow(this.client, call)
    this.progress.open = call
    let result: Answer
    try {
      result = await (signal ? answerOrStop(answer, signal, this.stopWaitMs) : answer)
    } catch (error) {
      // A call that failed with an answer did not take effect; one abandoned unanswered may have
      // (and so may one whose answer was lost on an attempt: step() says so, unless a fallback expects its failure).
      if (!(error instanceof Abandoned)) this.progress.open = undefined
      throw error
    }
    // An answer that does not confirm the write leaves it as open as a lost one.
    confirmWrite(call, result)
    this.progress.open = undefined
    return result
  }

  /**
   * Sends the cleanup owed (a merge's label comes off), each call bounded by `timeoutMs` when given.
   * Returns what could not be sent, as warnings; a call refused because the label is not there is
   * done (the version never got it).
   */
  async cleanup(timeoutMs?: number): Promise<string[]> {
    const leftover: string[] = []
    for (const call of this.progress.cleanupDue.splice(0)) {
      try {
        confirmWrite(
          call,
          await sendNow(this.client, call, timeoutMs === undefined ? undefined : AbortSignal.timeout(timeoutMs))
        )
        this.progress.written.push(describeCall(call))
      } catch (error) {
        const name = exceptionName(error)
        if (name !== 'InvalidParameterException' && name !== 'ResourceNotFoundException')
          leftover.push(leftoverText(call))
      }
    }
    return leftover
  }
}

/** A call left unanswered after a cancellation. */
class Abandoned extends Error {
  override readonly name = 'Abandoned'
}

/**
 * The answer, or after `signal` aborts at most `waitMs` more of waiting for it: then the call is
 * abandoned, and its fate unknown.
 */
async function answerOrStop<T>(answer: Promise<T>, signal: AbortSignal, waitMs: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  let onAbort: (() => void) | undefined
  const abandoned = new Promise<never>((_, reject) => {
    onAbort = (): void => {
      timer = setTimeout(() => reject(new Abandoned()), waitMs)
    }
    if (signal.aborted) onAbort()
    else signal.addEventListener('abort', onAbort, { once: true })
  })
  try {
    return await Promise.race([answer, abandoned])
  } finally {
    clearTimeout(timer)
    if (onAbort) signal.removeEventListener('abort', onAbort)
  }
}

interface Answer {
  readonly ARN?: string | undefined
  readonly Name?: string | undefined
  readonly VersionId?: string | undefined
  readonly ReplicationStatus?: unknown
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
          ...(call.tags.length > 0 ? { Tags: awsTags(call.tags) } : {}),
          ...(call.replicas.length > 0
            ? { AddReplicaRegions: awsReplicas(call.replicas), ForceOverwriteReplicaSecret: call.forceOverwrite }
            : {})
        }),
        options
      )
    case 'replicate':
      return client.send(
        new ReplicateSecretToRegionsCommand({
          SecretId: call.secretId,
          AddReplicaRegions: awsReplicas(call.replicas),
          ForceOverwriteReplicaSecret: call.forceOverwrite
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

function noteAnswer(call: WriteCall, answer: Answer, applied: Mutable<Applied>, progress: Progress): void {
  applied.arn = answer.ARN ?? applied.arn
  applied.name = answer.Name ?? applied.name
  if (call.op === 'create') applied.created = true
  if (answer.ReplicationStatus !== undefined) applied.replicas = replicaStatusesOf(operationOf(call), answer)
  if ((call.op === 'update' || call.op === 'create' || call.op === 'put-version') && call.value) {
    applied.versionId = answer.VersionId ?? call.token
  }
  progress.written.push(describeCall(call, answer.VersionId))
}

function awsReplicas(replicas: readonly ReplicaRegion[]): { Region: string; KmsKeyId?: string }[] {
  return replicas.map(({ region, kmsKeyId }) => ({ Region: region, ...(kmsKeyId ? { KmsKeyId: kmsKeyId } : {}) }))
}

function awsTags(tags: readonly { key: string; value: string }[]): { Key: string; Value: string }[] {
  return tags.map(({ key, value }) => ({ Key: key, Value: value }))
}

/** A call in words, with ids, labels and tag keys only. */
export function describeCall(call: WriteCall, versionId?: string): string {
  const version =
    versionId ?? (call.op === 'move-label' || call.op === 'tag' || call.op === 'replicate' ? undefined : call.token)
  switch (call.op) {
    case 'replicate':
      return `replicas added in ${call.replicas.map((r) => r.region).join(', ')}`
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
      if (call.replicas.length > 0) what.push(`replicas in ${call.replicas.map((r) => r.region).join(', ')}`)
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

function leftoverText(call: WriteCall): string {
  if (call.op === 'move-label' && !call.to) {
    return `The staging label ${call.label} could not be removed from version ${call.from ?? ''}: remove it by hand (aws secretsmanager update-secret-version-stage).`
  }
  return `This call could not be made: ${describeCall(call)}.`
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] }
