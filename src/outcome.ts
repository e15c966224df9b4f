/**
 * Pure: the step's outcome, built in one place from the plan and what apply returned, and the
 * outputs it gives the runner.
 */
import { AWSCURRENT } from './types.js'
import type { Applied, Outcome, Plan, SecretResultOf } from './types.js'

export function outcomeOf(plan: Plan, applied: Applied): Outcome {
  const planned = plan.outcome
  // AWS's answer is the version id of record; the plan's token is what it asked for.
  const versionId = planned.value === 'new-version' ? (applied.versionId ?? planned.versionId) : planned.versionId
  const created = planned.created || applied.created
  // A staged first version of a secret created by a fallback: AWS made it AWSCURRENT too.
  const firstCurrent =
    created && planned.stages && !planned.labels.some((move) => move.label === AWSCURRENT)
      ? [{ label: AWSCURRENT, from: undefined, to: versionId, known: true }]
      : []
  return {
    ...planned,
    arn: applied.arn ?? planned.arn,
    name: applied.name ?? planned.name,
    versionId,
    created,
    labels: [...planned.labels.map((move) => (created ? { ...move, known: true } : move)), ...firstCurrent]
  }
}

/** The step outputs action.yml declares. */
export function outputsOf(outcome: Outcome): Record<string, string> {
  return {
    arn: outcome.arn,
    name: outcome.name,
    'version-id': outcome.versionId,
    'previous-version-id': outcome.previousVersionId,
    changed: String(outcome.changed)
  }
}

/**
 * `secrets`: `results`, keyed by each secret as given, for the secrets that were written (or left
 * unchanged); `changed` when any changed. `arn`, `name`, `version-id` and `previous-version-id`
 * name one secret's: empty.
 */
export function resultsOutputs(results: readonly SecretResultOf[]): Record<string, string> {
  const entries: Record<string, { arn: string; name: string; 'version-id': string; changed: boolean }> = {}
  for (const { secretId, result } of results) {
    if (result.status !== 'done') continue
    const o = result.outcome
    entries[secretId] = { arn: o.arn, name: o.name, 'version-id': o.versionId, changed: o.changed }
  }
  const changed = results.some((r) => r.result.status === 'done' && r.result.outcome.changed)
  return {
    arn: '',
    name: '',
    'version-id': '',
    'previous-version-id': '',
    changed: String(changed),
    results: JSON.stringify(entries)
  }
}

/** The step's failure message when a write failed: which secrets were written, which failed, which were not attempted. */
export function failureOfResults(results: readonly SecretResultOf[]): string | undefined {
  const failed = results.filter((r) => r.result.status === 'failed')
  if (failed.length === 0) return undefined
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
