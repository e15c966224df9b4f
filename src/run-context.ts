/**
 * The workflow run this step belongs to, from @actions/github's context: for the user agent
 * (so CloudTrail shows which run wrote the secret) and for the summary's link back to the run.
 */
import { context } from '@actions/github'

export interface GitHubRun {
  readonly serverUrl: string
  /** `owner/repo`; empty outside a workflow run. */
  readonly repository: string
  /** 0 outside a workflow run. */
  readonly runId: number
  readonly runAttempt: number
  /** Whether the runner gave a job summary file (a plain local run has none). */
  readonly hasSummary: boolean
}

export function readRunContext(): GitHubRun {
  // context.repo throws without GITHUB_REPOSITORY; a local run has none.
  const repository = process.env.GITHUB_REPOSITORY ?? ''
  return {
    serverUrl: context.serverUrl,
    repository,
    runId: Number.isFinite(context.runId) ? context.runId : 0,
    runAttempt: Number.isFinite(context.runAttempt) && context.runAttempt > 0 ? context.runAttempt : 1,
    hasSummary: Boolean(process.env.GITHUB_STEP_SUMMARY)
  }
}
