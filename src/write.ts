/**
 * One secret's write: read -> plan -> apply. Masks for what was read or computed are registered
 * before anything is logged, and a dry run stops at the plan. When another writer got there
 * first (a json-merge's compare-and-swap lost its race, or the secret was created meanwhile), the
 * loop reads and plans again, a bounded number of times.
 */
import { randomBytes, randomUUID } from 'node:crypto'
import type { SecretsManagerClient } from '@aws-sdk/client-secrets-manager'
import { applyPlan, Progress } from './apply.js'
import { ActionError, PartialWriteError } from './errors.js'
import { outcomeOf } from './outcome.js'
import { planWrite } from './plan.js'
import { readSecret } from './read.js'
import type { Outcome, Plan, Reporter, SecretRequest, SecretValue } from './types.js'

/** How often a write reads and plans again when another writer got there first. */
export const MAX_ATTEMPTS = 10

/** SDK calls one merge attempt makes at most: describe, read, stale labels aside, put, swap, settle, metadata, cleanup. */
const CALLS_PER_ATTEMPT = 7
/** The SDK's standard retry strategy waits at most 20 s before a retry. */
const SDK_MAX_RETRY_DELAY_MS = 20_000
const MAX_BACKOFF_MS = 2000

export interface WriteOptions {
  /**
   * Version ids for new versions, made once what the run reads is masked (so that the caller can
   * avoid its masks). A merge's is a UUIDv7, since its label carries it and a later run reads the
   * label's age from it; any other is a random UUID (v4), which has no fixed part a mask could match.
   */
  readonly newToken?: (kind: 'merge' | 'version') => string
  /** Milliseconds to wait before attempt `n` (n >= 2). Jittered exponential by default. */
  readonly backoff?: (attempt: number) => number
  readonly now?: () => number
  /** A merge label older than this was left by an interrupted run (see mergeTimeBoundMs). */
  readonly staleLabelMs: number
  /** Shared with an interruption handler. */
  readonly progress?: Progress
}

/** Attempt 1's plan, made before any write (for several secrets: every plan before the first write). */
export interface Prepared {
  readonly plan: Plan
  readonly token: string
}

/** Reads and plans attempt 1: masks registered, notes reported. Every check that can fail is made here. */
export async function prepareWrite(
  client: SecretsManagerClient,
  request: SecretRequest,
  reporter: Reporter,
  options: WriteOptions
): Promise<Prepared> {
  return readAndPlan(client, request, reporter, options, request.clientRequestToken, 1)
}

export async function writeSecret(
  client: SecretsManagerClient,
  request: SecretRequest,
  reporter: Reporter,
  options: WriteOptions,
  prepared?: Prepared
): Promise<Outcome> {
  const progress = options.progress ?? new Progress()
  // One token for one logical write, whichever call makes it; a merge names each attempt's version anew.
  let token = prepared?.token ?? request.clientRequestToken
  let wanted = request
  try {
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      if (attempt > 1) {
        await sleep((options.backoff ?? jitteredBackoff)(attempt))
        if (request.jsonMerge) token = undefined
      }
      const planned =
        attempt === 1 && prepared ? prepared : await readAndPlan(client, wanted, reporter, options, token, attempt)
      const plan = planned.plan
      token = planned.token
      if (request.dryRun) return plan.outcome
      // A promotion is of the version resolved first: after a lost race, `promote-stage` may name
      // another version (a rollback's AWSPREVIOUS moves with every update), and that one was never asked for.
      const promoted = plan.outcome.promotion?.versionId
      if (wanted.promote && promoted) wanted = { ...wanted, promote: { kind: 'version-id', versionId: promoted } }
      const result = await applyPlan(client, plan, reporter, progress)
      if (result.kind === 'done') return outcomeOf(plan, result.applied)
      reporter.info(result.reason)
    }
    throw new ActionError(
      request.promote
        ? `Gave up after ${MAX_ATTEMPTS} attempts: other writers kept moving AWSCURRENT, and this run did not promote its version. Run the step again.`
        : `Gave up after ${MAX_ATTEMPTS} attempts: other writers kept changing the secret. No value of this run is current; run the step again.`
    )
  } catch (error) {
    // A read or a plan of a later attempt can fail after earlier attempts wrote: say what they wrote.
    if (progress.written.length > 0 && !(error instanceof PartialWriteError))
      throw new PartialWriteError(progress.written, error)
    throw error
  }
}

async function readAndPlan(
  client: SecretsManagerClient,
  request: SecretRequest,
  reporter: Reporter,
  options: WriteOptions,
  given: string | undefined,
  attempt: number
): Promise<Prepared> {
  const state = await readSecret(client, request)
  if (state.kind === 'found' && state.current?.value) reporter.mask(state.current.value)
  const token = given ?? (options.newToken ?? defaultToken)(request.jsonMerge ? 'merge' : 'version')
  const plan = planWrite(request, state, {
    token,
    attempt,
    now: (options.now ?? Date.now)(),
    staleLabelMs: options.staleLabelMs
  })
  for (const value of valuesOf(plan)) reporter.mask(value)
  for (const note of plan.notes) reporter[note.level](note.text)
  return { plan, token }
}

function defaultToken(kind: 'merge' | 'version'): string {
  return kind === 'merge' ? uuidv7() : randomUUID()
}

/** Every value a plan would write (a merged value is new to the run, and masked before anything prints). */
function valuesOf(plan: Plan): SecretValue[] {
  const values: SecretValue[] = []
  const visit = (step: Plan['steps'][number]): void => {
    if ('value' in step.call && step.call.value) values.push(step.call.value)
    const instead = step.fallback?.instead
    if (Array.isArray(instead)) instead.forEach(visit)
    else if (instead && 'call' in instead) visit(instead)
  }
  plan.steps.forEach(visit)
  return values
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

/** A UUIDv7 (RFC 9562): 48 bits of Unix milliseconds, then version, variant and 74 random bits. */
export function uuidv7(now: number = Date.now()): string {
  const bytes = randomBytes(16)
  bytes.writeUIntBE(now, 0, 6)
  bytes[6] = (bytes[6]! & 0x0f) | 0x70
  bytes[8] = (bytes[8]! & 0x3f) | 0x80
  const hex = bytes.toString('hex')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
}

/** Full jitter over an exponential base: 50 ms, 100 ms, 200 ms ... capped at 2 s. */
function jitteredBackoff(attempt: number): number {
  return Math.random() * Math.min(MAX_BACKOFF_MS, 50 * 2 ** (attempt - 1))
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms))
}
