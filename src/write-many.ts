/**
 * Several secrets in one step: every secret's read and plan before the first write, then the
 * writes, at most `maxConcurrency` at a time over the one client. Nothing is written unless every
 * plan could be made: a guard failing on any secret fails the step before any write. After a
 * write fails no further write starts; those in flight finish; the result says, per secret, what
 * was written, what failed and what was not attempted.
 */
import type { SecretsManagerClient } from '@aws-sdk/client-secrets-manager'
import { Progress } from './apply.js'
import { ActionError, PartialWriteError, failureMessage } from './errors.js'
import type { Reporter, SecretRequest, SecretResult, SecretResultOf } from './types.js'
import { prepareWrite, writeSecret, type Prepared, type WriteOptions } from './write.js'

/** Shared with an interruption handler: no further write starts once `stopped`. */
export class Batch {
  /** Each write started, with its secret. */
  readonly progress: { readonly secretId: string; readonly progress: Progress }[] = []
  stopped = false
}

export interface ManyOptions extends Omit<WriteOptions, 'progress'> {
  readonly maxConcurrency: number
  readonly batch?: Batch
}

export async function writeSecrets(
  client: SecretsManagerClient,
  requests: readonly SecretRequest[],
  reporterFor: (secretId: string) => Reporter,
  options: ManyOptions
): Promise<SecretResultOf[]> {
  const batch = options.batch ?? new Batch()
  // Every read and plan first, so that a guard on the last secret still stops the first write.
  const prepared = new Array<Prepared>(requests.length)
  let readFailure: { secretId: string; error: unknown } | undefined
  await pool(requests.length, options.maxConcurrency, async (i) => {
    if (readFailure) return
    const request = requests[i]!
    try {
      prepared[i] = await prepareWrite(client, request, reporterFor(request.secretId), options)
    } catch (error) {
      readFailure ??= { secretId: request.secretId, error }
    }
  })
  if (readFailure) {
    throw new ActionError(
      `Secret ${readFailure.secretId}: ${failureMessage(readFailure.error)} Nothing was written to any of the ${requests.length} secrets.`
    )
  }
  if (requests.some((r) => r.dryRun)) {
    return requests.map((r, i) => ({
      secretId: r.secretId,
      result: { status: 'done', outcome: prepared[i]!.plan.outcome }
    }))
  }

  const results: SecretResult[] = requests.map(() => ({ status: 'not-attempted' }))
  let failed = false
  await pool(requests.length, options.maxConcurrency, async (i) => {
    if (failed || batch.stopped) return
    const request = requests[i]!
    const progress = new Progress()
    batch.progress.push({ secretId: request.secretId, progress })
    try {
      const outcome = await writeSecret(
        client,
        request,
        reporterFor(request.secretId),
        { ...options, progress },
        prepared[i]
      )
      results[i] = { status: 'done', outcome }
    } catch (error) {
      failed = true
      const written = error instanceof PartialWriteError ? error.written : []
      results[i] = {
        status: 'failed',
        reason: failureMessage(error instanceof PartialWriteError ? error.cause : error),
        written
      }
    }
  })
  return requests.map((r, i) => ({ secretId: r.secretId, result: results[i]! }))
}

/** Runs `task(0 .. n-1)` with at most `limit` at once, in order of index. */
async function pool(n: number, limit: number, task: (index: number) => Promise<void>): Promise<void> {
  let next = 0
  const worker = async (): Promise<void> => {
    while (next < n) await task(next++)
  }
  await Promise.all(Array.from({ length: Math.min(limit, n) }, worker))
}
