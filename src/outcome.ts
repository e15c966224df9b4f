/**
 * Pure: the step's outcome, built in one place from the plan and what apply returned, and the
 * outputs it gives the runner.
 */
import { AWSCURRENT } from './types.js'
import type { Applied, Outcome, Plan } from './types.js'

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
