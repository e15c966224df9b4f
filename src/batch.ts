/**
 * The targets of a run, one or several, through read -> plan -> apply. Every target is read and
 * planned before the first write, so that a check failing on any of them stops the step with
 * nothing written; a dry run stops there and reports the plans. Then the writes, at most
 * `maxConcurrency` at a time over the one client: after a write fails no further write starts
 * (those in flight finish), and each target's result says what was written, what failed and what
 * was not attempted. When another writer got there first (a json-merge's compare-and-swap lost its
 * race, the secret was created meanwhile), a target is read and planned again, a bounded number of
 * times. A cancellation (the aborted signal) stops every read and write at once.
 */
import type { SecretsManagerClient } from '@aws-sdk/client-secrets-manager'
import { applyPlan } from './apply.js'
import { ActionError, CancelledError, PartialWriteError, failureMessage } from './errors.js'
import { dryRunOf, outcomeOf } from './outcome.js'
import { planWrite } from './plan.js'
import { readSecret } from './read.js'
import { firstSameArnRead } from './same-secret.js'
import { newVersionId } from './version-id.js'
import { sleep } from './wait.js'
import type {
  Outcome,
  Plan,
  Reporter,
  SecretRequest,
  SecretResult,
  SecretResultOf,
  SecretValue,
  Step
} from './types.js'

/** How often a write reads and plans again when another writer got there first. */
export const MAX_ATTEMPTS = 10

/** SDK calls one merge attempt makes at most: describe, read, stale labels aside, put, swap, settle, metadata, cleanup. */
const CALLS_PER_ATTEMPT = 7
/** The SDK's standard retry strategy waits at most 20 s before a retry. */
const SDK_MAX_RETRY_DELAY_MS = 20_000
const MAX_BACKOFF_MS = 2000

export interface BatchOptions {
  /** `dry-run`: read and plan, report the plans, write nothing. */
  readonly dryRun: boolean
  readonly maxConcurrency: number
  /** A new version id, made once what the run reads is masked (version-id.ts; by default one that avoids no mask). */
  readonly newToken?: (kind: 'merge' | 'version') => string
  /** A merge label older than this was left by an interrupted run (see mergeTimeBoundMs). */
  readonly staleLabelMs: number
  /** Aborted when the job is cancelled. */
  readonly signal?: AbortSignal | undefined
  /** After a cancellation, how long a call on the wire, and each cleanup call, may take. */
  readonly stopWaitMs?: number | undefined
  /** `replica-regions`: how long to wait for replicas still InProgress (`read-timeout`). */
  readonly replicaWaitMs?: number | undefined
  /** Milliseconds to wait before attempt `n` (n >= 2). Jittered exponential by default. */
  readonly backoff?: (attempt: number) => number
  readonly now?: () => number
}

/** A target whose read or plan failed: nothing was written to any target. */
export class PlanFailedError extends Error {
  override readonly name = 'PlanFailedError'
  constructor(
    readonly secretId: string,
    override readonly cause: unknown
  ) {
    super(failureMessage(cause))
  }
}

/** A target's plan for an attempt, and the version id it names. */
interface Planned {
  readonly plan: Plan
  readonly token: string
  /** The ARN the read found, when the secret was read and exists. */
  readonly arnRead: string | undefined
}

export async function writeAll(
  client: SecretsManagerClient,
  requests: readonly SecretRequest[],
  reporterFor: (request: SecretRequest) => Reporter,
  options: BatchOptions
): Promise<SecretResultOf[]> {
  const signal = options.signal
  const planned = new Array<Planned | undefined>(requests.length)
  let failure: PlanFailedError | undefined
  await pool(requests.length, options.maxConcurrency, async (i) => {
    const request = requests[i]
    if (failure || signal?.aborted || !request) return
    try {
      planned[i] = await readAndPlan(client, request, reporterFor(request), options, tokenOf(request), 1)
    } catch (error) {
      failure ??= new PlanFailedError(request.secretId, error)
    }
  })
  const results: SecretResult[] = requests.map(() => ({ status: 'not-attempted' }))
  if (signal?.aborted) return resultsOf(requests, results)
  if (failure) throw failure
  const same = firstSameArnRead(
    requests.map((r) => r.secretId),
    planned.map((p) => p?.arnRead)
  )
  if (same) {
    throw new PlanFailedError(
      same.later,
      new ActionError(
        `names the same secret as ${same.earlier} (${same.arn}): one step writes a secret once, so list it on one line.`
      )
    )
  }
  // A dry run is the real run's plans, reported instead of applied.
  if (options.dryRun) {
    planned.forEach(
      (p, i) => (results[i] = p ? { status: 'done', outcome: dryRunOf(p.plan.outcome), written: [] } : results[i]!)
    )
    return resultsOf(requests, results)
  }

  let failed = false
  await pool(requests.length, options.maxConcurrency, async (i) => {
    const request = requests[i]
    const first = planned[i]
    if (failed || signal?.aborted || !request || !first) return
    try {
      const { outcome, written } = await writeOne(client, request, first, reporterFor(request), options)
      results[i] = { status: 'done', outcome, written }
    } catch (error) {
      if (error instanceof CancelledError) {
        results[i] = {
          status: 'cancelled',
          written: error.written,
          uncertain: error.uncertain,
          leftover: error.leftover
        }
        return
      }
      failed = true
      const written = error instanceof PartialWriteError ? error.written : []
      results[i] = {
        status: 'failed',
        reason: failureMessage(error instanceof PartialWriteError ? error.cause : error),
        written,
        error
      }
    }
  })
  return resultsOf(requests, results)
}

function resultsOf(requests: readonly SecretRequest[], results: readonly SecretResult[]): SecretResultOf[] {
  return requests.map((request, i) => ({
    secretId: request.secretId,
    result: results[i] ?? { status: 'not-attempted' }
  }))
}

/** `client-request-token`: one token for one logical write, whichever call makes it. */
function tokenOf(request: SecretRequest): string | undefined {
  return request.write.kind === 'value' ? request.write.token : undefined
}

/** One target's writes: its first plan applied, then read and planned again while another writer got there first. */
async function writeOne(
  client: SecretsManagerClient,
  request: SecretRequest,
  first: Planned,
  reporter: Reporter,
  options: BatchOptions
): Promise<{ outcome: Outcome; written: readonly string[] }> {
  const written: string[] = []
  let planned = first
  let wanted = request
  try {
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      if (attempt > 1) {
        await sleep((options.backoff ?? jitteredBackoff)(attempt), options.signal, 'before the next attempt')
        // A merge names each attempt's version anew; any other write keeps its one token.
        const token = wanted.write.kind === 'merge' ? undefined : planned.token
        planned = await readAndPlan(client, wanted, reporter, options, token, attempt)
      }
      const plan = planned.plan
      // A promotion is of the version resolved first: after a lost race, `promote-stage` may name
      // another version (a rollback's AWSPREVIOUS moves with every update), and that one was never asked for.
      const promoted = plan.outcome.promotion?.versionId
      if (wanted.write.kind === 'promote' && promoted) {
        wanted = { ...wanted, write: { kind: 'promote', promotion: { kind: 'version-id', versionId: promoted } } }
      }
      const result = await applyPlan(client, plan, reporter, {
        signal: options.signal,
        stopWaitMs: options.stopWaitMs,
        replicaWaitMs: options.replicaWaitMs
      })
      written.push(...result.written)
      if (result.kind === 'done') return { outcome: outcomeOf(plan, result.applied), written }
      // `if-current-version-id`: AWSCURRENT left that version, so the condition no longer holds.
      if (request.ifCurrentVersionId !== undefined)
        throw new ActionError(preconditionLost(request.ifCurrentVersionId, plan))
      reporter.info(result.reason)
    }
    throw new ActionError(
      request.write.kind === 'promote'
        ? `Gave up after ${MAX_ATTEMPTS} attempts: other writers kept moving AWSCURRENT, and this run did not promote its version. Run the step again.`
        : `Gave up after ${MAX_ATTEMPTS} attempts: other writers kept changing the secret. No value of this run is current; run the step again.`
    )
  } catch (error) {
    // Earlier attempts may have written before this one failed: the error says all of it.
    if (error instanceof CancelledError) {
      throw new CancelledError([...written, ...error.written], error.uncertain, error.leftover)
    }
    if (options.signal?.aborted) throw new CancelledError(written, undefined, [])
    if (error instanceof PartialWriteError) throw new PartialWriteError([...written, ...error.written], error.cause)
    if (written.length > 0) throw new PartialWriteError(written, error)
    throw error
  }
}

/** The failure of a compare-and-swap refused under `if-current-version-id`: no re-read, no retry. */
function preconditionLost(wanted: string, plan: Plan): string {
  const left =
    plan.kind === 'swap'
      ? ` Version ${plan.outcome.versionId} was written and is left without a label (it counts toward the secret's version quota until Secrets Manager deletes it).`
      : ''
  return `AWSCURRENT is no longer version ${wanted} (\`if-current-version-id\`): another writer moved it, so AWSCURRENT was not moved.${left}`
}

/** Reads and plans one attempt: masks registered for what was read and what the plan writes, notes reported. */
async function readAndPlan(
  client: SecretsManagerClient,
  request: SecretRequest,
  reporter: Reporter,
  options: BatchOptions,
  given: string | undefined,
  attempt: number
): Promise<Planned> {
  const state = await readSecret(client, request, { report: options.dryRun, signal: options.signal })
  if (state.kind === 'found' && state.current?.value) reporter.mask(state.current.value)
  const kind = request.write.kind === 'merge' ? 'merge' : 'version'
  const token = given ?? (options.newToken ?? ((k) => newVersionId(k, [])))(kind)
  const now = (options.now ?? Date.now)()
  const plan = planWrite(request, state, { token, attempt, now, staleLabelMs: options.staleLabelMs })
  for (const value of valuesOf(plan.steps)) reporter.mask(value)
  for (const note of plan.notes) reporter[note.level](note.text)
  return { plan, token, arnRead: state.kind === 'found' ? state.meta.arn : undefined }
}

/** Every value a plan would write (a merged value is new to the run, and masked before anything prints). */
function valuesOf(steps: readonly Step[]): SecretValue[] {
  return steps.flatMap((step) => {
    const own = 'value' in step.call && step.call.value ? [step.call.value] : []
    const instead = step.fallback?.instead
    return [...own, ...(instead && !('fail' in instead) ? valuesOf(instead) : [])]
  })
}

/**
 * The longest a merge can legitimately run with these settings: every attempt's calls, each with
 * every SDK attempt taking its full connect and read time and the longest retry delay. A merge
 * label older than that was left by a run that was killed.
 */
export function mergeTimeBoundMs(settings: {
  maxAttempts: number
  connectTimeoutMs: number
  readTimeoutMs: number
}): number {
  const perCall = settings.maxAttempts * (settings.connectTimeoutMs + settings.readTimeoutMs + SDK_MAX_RETRY_DELAY_MS)
  return MAX_ATTEMPTS * (CALLS_PER_ATTEMPT * perCall + MAX_BACKOFF_MS)
}

/** Full jitter over an exponential base: 50 ms, 100 ms, 200 ms ... capped at 2 s. */
function jitteredBackoff(attempt: number): number {
  return Math.random() * Math.min(MAX_BACKOFF_MS, 50 * 2 ** (attempt - 1))
}

/** Runs `task(0 .. n-1)` with at most `limit` at once, in order of index. */
async function pool(n: number, limit: number, task: (index: number) => Promise<void>): Promise<void> {
  let next = 0
  const worker = async (): Promise<void> => {
    while (next < n) await task(next++)
  }
  await Promise.all(Array.from({ length: Math.min(limit, n) }, worker))
}
