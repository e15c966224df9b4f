/**
 * The workflow run this step belongs to, from @actions/github's context: for the user agent
 * (so CloudTrail shows which run wrote the secret) and for the summary's link back to the run.
 */
// @actions/github's entry point loads the Octokit client; the run's context is all this action
// needs, so it comes from its context module (imported by path: the package exports only its entry point).
import { Context } from '../node_modules/@actions/github/lib/context.js'

export interface GitHubRun {
  readonly serverUrl: string
  /** `owner/repo`; empty outside a workflow run. */
  readonly repository: string
  /** 0 outside a workflow run. */
  readonly runId: number
  readonly runAttempt: number
}

export function readRunContext(): GitHubRun {
  const context = new Context()
  // context.repo throws without GITHUB_REPOSITORY; a local run has none.
  const repository = process.env.GITHUB_REPOSITORY ?? ''
  return {
    serverUrl: context.serverUrl,
    repository,
    runId: Number.isFinite(context.runId) ? context.runId : 0,
    runAttempt: Number.isFinite(context.runAttempt) && context.runAttempt > 0 ? context.runAttempt : 1
  }
}
