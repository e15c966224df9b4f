/**
 * `replica-regions` after the write: replication is asynchronous on AWS (a new replica is
 * `InProgress` at first), so the regions the run added are read again with DescribeSecret until
 * none is `InProgress` or `read-timeout` has passed. A `Failed` region fails the step (apply says
 * what was written); a region still `InProgress` is reported as such, with a warning.
 */
import type { SecretsManagerClient } from '@aws-sdk/client-secrets-manager'
import { ActionError } from './errors.js'
import { describeSecret } from './read.js'
import type { ReplicaStatus } from './types.js'
import { sleep } from './wait.js'

export interface ReplicationWait {
  /** How long to wait in all (`read-timeout`). */
  readonly timeoutMs: number
  /** The pause between two reads. */
  readonly intervalMs?: number | undefined
  readonly signal?: AbortSignal | undefined
  readonly now?: () => number
}

const INTERVAL_MS = 2000

/**
 * The final status of `regions`, from `known` (the write's answer) and, while any is InProgress,
 * DescribeSecret. Throws when one has failed; warns of those still InProgress.
 */
export async function awaitReplication(
  client: SecretsManagerClient,
  secretId: string,
  regions: readonly string[],
  known: readonly ReplicaStatus[],
  warn: (text: string) => void,
  wait: ReplicationWait
): Promise<ReplicaStatus[]> {
  const now = wait.now ?? Date.now
  const deadline = now() + wait.timeoutMs
  let statuses = [...known]
  const pending = (): string[] =>
    regions.filter((region) => (statuses.find((s) => s.region === region)?.status ?? 'InProgress') === 'InProgress')
  while (pending().length > 0 && now() < deadline) {
    await sleep(
      Math.min(wait.intervalMs ?? INTERVAL_MS, Math.max(0, deadline - now())),
      wait.signal,
      'while waiting for replication'
    )
    statuses = [...((await describeSecret(client, secretId, false, wait.signal))?.replicas ?? [])]
  }
  const failed = statuses.filter((s) => regions.includes(s.region) && s.status === 'Failed')
  if (failed.length > 0) {
    throw new ActionError(
      `Replication failed in ${failed.map((s) => `${s.region}${s.message ? ` (${s.message})` : ''}`).join(', ')}. ` +
        'A secret of the same name in that region blocks a replica (`force-overwrite-replica: true` replaces it); ' +
        'a KMS key the role may not use there does too. Remove the failed region from replication ' +
        '(aws secretsmanager remove-regions-from-replication) before running again.'
    )
  }
  const slow = pending()
  if (slow.length > 0) {
    warn(
      `Replication to ${slow.join(', ')} is still in progress after \`read-timeout\`: it goes on without this step (check it with aws secretsmanager describe-secret).`
    )
  }
  return statuses
}
