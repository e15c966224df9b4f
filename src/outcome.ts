/**
 * Pure: the step's outcome, built in one place from the plan and what apply returned, and the
 * outputs it gives the runner.
 */
import type { Applied, Outcome, Plan } from './types.js'

export function outcomeOf(plan: Plan, applied: Applied): Outcome {
  const planned = plan.outcome
  return {
    ...planned,
    arn: applied.arn ?? planned.arn,
    name: applied.name ?? planned.name,
    // AWS's answer is the version id of record; the plan's token is what it asked for.
    versionId: planned.value === 'new-version' ? (applied.versionId ?? planned.versionId) : planned.versionId,
    created: planned.created || applied.created
  }
}

/** The step outputs action.yml declares. */
export function outputsOf(outcome: Outcome): Record<string, string> {
  return { arn: outcome.arn, name: outcome.name, 'version-id': outcome.versionId, changed: String(outcome.changed) }
}
