/**
 * The workflow run this step belongs to, from @actions/github's context: for the user agent
 * (so CloudTrail shows which run wrote the secret) and for the summary's link back to the run.
 */
// @actions/github's entry point loads the Octokit client; the run's context is all this action
// needs, so it comes from its context module (imported by path: the package exports only its entry point).
import { Context } from '../node_modules/@actions/github/lib/context.js'

import type { RunLink } from './types.js'

/** The run, with an empty repository and run id 0 outside a workflow run. */
export function readRunContext(): RunLink {
  const context = new Context()
  let repository = ''
  try {
    const { owner, repo } = context.repo
    repository = `${owner}/${repo}`
  } catch {
    // context.repo throws without GITHUB_REPOSITORY: a plain local run has none.
  }
  return {
    serverUrl: context.serverUrl,
    repository,
    runId: Number.isFinite(context.runId) ? context.runId : 0,
    runAttempt: Number.isFinite(context.runAttempt) && context.runAttempt > 0 ? context.runAttempt : 1
  }
}
