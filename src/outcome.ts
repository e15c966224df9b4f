/**
 * Pure: a secret's outcome, built in one place from the plan and what apply returned (or, in a
 * dry run, from the plan alone), and what the step reports of its results: the outputs, the text
 * a failure gives of what was written, and the failure messages.
 */
import { AWSCURRENT, AWSPENDING } from './types.js'
import type { Applied, Outcome, Plan, ReplicaStatus, SecretResultOf } from './types.js'

/** How the step reports: one secret (`secret-id`) or `results` (`secrets`). */
export type Report = 'single' | 'results'

export function outcomeOf(plan: Plan, applied: Applied): Outcome {
  const planned = plan.outcome
  if (applied.existed) return existedOf(planned, applied)
  // AWS's answer is the version id of record; the plan's token is what it asked for.
  const versionId = planned.value === 'new-version' ? (applied.versionId ?? planned.versionId) : planned.versionId
  const created = planned.created || applied.created
  // A staged first version of a secret created by a fallback: AWS made it AWSCURRENT too.
  const firstCurrent =
    created && planned.stages && !planned.labels.some((move) => move.label === AWSCURRENT)
      ? [{ label: AWSCURRENT, from: undefined, to: versionId, known: true }]
      : []
  // The plan's new version is current: AWS's answer names it. A staged first version is current too
  // (and lost AWSPENDING, as a promoted version does).
  const currentVersionId =
    firstCurrent.length > 0 || (planned.value === 'new-version' && planned.currentVersionId === planned.versionId)
      ? versionId
      : planned.currentVersionId
  const labels = firstCurrent.length > 0 ? planned.labels.filter((move) => move.label !== AWSPENDING) : planned.labels
  return {
    ...planned,
    arn: applied.arn ?? planned.arn,
    name: applied.name ?? planned.name,
    versionId,
    created,
    labels: [...labels.map((move) => (created ? { ...move, known: true } : move)), ...firstCurrent],
    currentVersionId,
    ...(planned.replicas ? { replicas: replicasOf(planned.replicas, applied.replicas) } : {})
  }
}

/** `if-exists: skip`: the create found the secret there, and nothing was written. */
function existedOf(planned: Outcome, applied: Applied): Outcome {
  return {
    ...planned,
    arn: applied.arn ?? planned.arn,
    name: applied.name ?? planned.name,
    versionId: applied.versionId ?? '',
    changed: false,
    created: false,
    value: planned.value === 'none' ? 'none' : 'unchanged',
    description: undefined,
    kmsKeyId: undefined,
    tags: planned.tags ? [] : undefined,
    stages: undefined,
    labels: [],
    previousVersionId: '',
    // Left as it is: AWSCURRENT is the version found, not the one the create would have made.
    currentVersionId: applied.versionId ?? '',
    readCurrentVersionId: applied.versionId ?? '',
    skipped: true,
    ...(planned.replicas ? { replicas: replicasOf(planned.replicas, applied.replicas, 'NotReplicated') } : {})
  }
}

/** The listed regions' replication: as the answers or the last read said, else as planned. */
function replicasOf(
  planned: readonly ReplicaStatus[],
  answered: readonly ReplicaStatus[] | undefined,
  absent?: string
): ReplicaStatus[] {
  return planned.map(
    (p) =>
      answered?.find((a) => a.region === p.region) ??
      (answered && absent ? { region: p.region, status: absent, message: undefined } : p)
  )
}

/** The `replicas` output: each listed region's status (and AWS's message), by region. */
export function replicasJson(replicas: readonly ReplicaStatus[]): Record<string, { status: string; message?: string }> {
  const json: Record<string, { status: string; message?: string }> = {}
  for (const { region, status, message } of replicas) json[region] = { status, ...(message ? { message } : {}) }
  return json
}

/**
 * A dry run's outcome: the plan's, with no version id a real run would be assigned (a promotion
 * names an existing version, which it keeps) and no previous version, since nothing moved.
 */
export function dryRunOf(planned: Outcome): Outcome {
  return {
    ...planned,
    dryRun: true,
    versionId: planned.promotion ? planned.versionId : '',
    previousVersionId: '',
    // Nothing moved: AWSCURRENT is where the read found it.
    currentVersionId: planned.readCurrentVersionId
  }
}

/**
 * The step outputs action.yml declares. One secret: its `arn`, `name`, `version-id`,
 * `previous-version-id` and `changed`. With `secrets`: `results`, keyed by each secret as given,
 * for the secrets that were written (or left unchanged), `changed` when any changed, and the
 * outputs that name one secret empty.
 */
export function outputsOf(results: readonly SecretResultOf[], report: Report): Record<string, string> {
  const done = results.flatMap(({ secretId, result }) =>
    result.status === 'done' ? [{ secretId, outcome: result.outcome }] : []
  )
  const changed = done.some(({ outcome }) => outcome.changed)
  const one = report === 'single' ? done[0]?.outcome : undefined
  const outputs: Record<string, string> = {
    arn: one?.arn ?? '',
    name: one?.name ?? '',
    'version-id': one?.versionId ?? '',
    'previous-version-id': one?.previousVersionId ?? '',
    changed: String(changed),
    'current-version-id': one?.currentVersionId ?? '',
    // `replica-regions` given: each listed region's status; else not set (empty).
    ...(one?.replicas ? { replicas: JSON.stringify(replicasJson(one.replicas)) } : {})
  }
  if (report === 'single') return outputs
  const entries: Record<string, { arn: string; name: string; 'version-id': string; changed: boolean }> = {}
  for (const { secretId, outcome: o } of done) {
    entries[secretId] = {
      arn: o.arn,
      name: o.name,
      'version-id': o.versionId,
      changed: o.changed,
      ...(o.replicas ? { replicas: replicasJson(o.replicas) } : {})
    }
  }
  return { ...outputs, results: JSON.stringify(entries) }
}

/**
 * What the step wrote, in one sentence, for a failure after the writes (outputs or summary that
 * could not be written); `rerun` when a rerun would write another version.
 */
export function writtenText(results: readonly SecretResultOf[], report: Report): { text: string; rerun: boolean } {
  const done = results.flatMap(({ secretId, result }) =>
    result.status === 'done' ? [{ secretId, o: result.outcome }] : []
  )
  const dryRun = done.some(({ o }) => o.dryRun)
  if (report === 'single' && done[0]) {
    const o = done[0].o
    return { text: singleText(o), rerun: !o.dryRun && o.changed && !o.promotion }
  }
  if (dryRun) return { text: `Dry run: nothing was written to the ${results.length} secrets.`, rerun: false }
  const written = done.flatMap(({ secretId, o }) =>
    o.changed ? [`${secretId}${o.versionId ? ` (version ${o.versionId})` : ''}`] : []
  )
  return {
    text: written.length > 0 ? `Written: ${written.join(', ')}.` : 'No secret was changed.',
    rerun: written.length > 0
  }
}

function singleText(o: Outcome): string {
  if (o.dryRun) return `Dry run: nothing was written to ${o.name}.`
  if (o.promotion) return `Secret ${o.name}: version ${o.promotion.versionId} is AWSCURRENT.`
  if (o.value === 'new-version') {
    const labels = o.stages ? `labelled ${o.stages.join(', ')}` : 'AWSCURRENT'
    return `Secret ${o.name} was ${o.created ? 'created' : 'updated'}: version ${o.versionId} is ${labels}.`
  }
  return `Secret ${o.name} was ${o.changed ? 'updated' : 'left unchanged'} (no new version).`
}

/**
 * The step's failure message when a write failed. One secret: what failed, and what was written
 * before it. With `secrets`: which secrets were written, which failed, which were not attempted.
 */
export function failureOf(results: readonly SecretResultOf[], report: Report): string | undefined {
  const failed = results.filter((r) => r.result.status === 'failed')
  if (failed.length === 0) return undefined
  if (report === 'single') {
    const result = failed[0]?.result
    if (result?.status !== 'failed') return undefined
    const written = result.written
    return written.length > 0
      ? `${result.reason} Already written before this failure: ${written.join('; ')}.`
      : result.reason
  }
  const ids = (status: string): string[] => results.filter((r) => r.result.status === status).map((r) => r.secretId)
  const written = ids('done')
  const notAttempted = ids('not-attempted')
  return [
    `${failed.length} of ${results.length} secrets failed: ${failed.map((r) => r.secretId).join(', ')} (see the log for each reason).`,
    `Written: ${written.length > 0 ? written.join(', ') : 'none'}.`,
    `Not attempted: ${notAttempted.length > 0 ? notAttempted.join(', ') : 'none'}.`,
    'A rerun with `skip-unchanged: true` writes only what is missing.'
  ].join(' ')
}

/** A target's read or plan failed: nothing was written. */
export function planFailureOf(secretId: string, reason: string, count: number, report: Report): string {
  return report === 'single'
    ? reason
    : `Secret ${secretId}: ${reason} Nothing was written to any of the ${count} secrets.`
}

/** The failure of a cancelled step: what each secret's writes had done when the signal came. */
export function cancelMessage(signal: string, results: readonly SecretResultOf[], report: Report): string {
  const prefix = (secretId: string): string => (report === 'single' ? '' : `${secretId}: `)
  const stops = results.flatMap(({ secretId, result }) =>
    result.status === 'done' || result.status === 'cancelled' || result.status === 'failed'
      ? [
          {
            prefix: prefix(secretId),
            written: result.written,
            uncertain: result.status === 'cancelled' ? result.uncertain : undefined,
            leftover: result.status === 'cancelled' ? result.leftover : []
          }
        ]
      : []
  )
  const written = stops.flatMap((s) => s.written.map((w) => `${s.prefix}${w}`))
  const uncertain = stops.flatMap((s) => (s.uncertain ? [`${s.prefix}${s.uncertain}`] : []))
  const notStarted =
    report === 'single' ? [] : results.filter((r) => r.result.status === 'not-attempted').map((r) => r.secretId)
  const what = [
    written.length > 0 ? `Written before the stop: ${written.join('; ')}.` : 'Nothing was written.',
    ...(uncertain.length > 0 ? [`Still unanswered, and may have been applied: ${uncertain.join('; ')}.`] : []),
    ...(notStarted.length > 0 ? [`Not attempted: ${notStarted.join(', ')}.`] : []),
    ...stops.flatMap((s) => s.leftover.map((l) => `${s.prefix}${l}`))
  ]
  return `The step was cancelled (${signal}). ${what.join(' ')}`
}
