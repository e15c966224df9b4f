/**
 * The runner's protocol through @actions/core's public entry point: masks, log lines,
 * annotations, outputs, exported variables, the job summary and the exit code. main.ts is its only
 * user (settings.ts reads the inputs through the same entry point).
 *
 * Through the public entry point, tools that stand in for the runner work: @github/local-action
 * replaces @actions/core's lib/core.js with its own functions (inputs with action.yml's defaults,
 * masks, the outputs it reports). The bundle does not pay for that entry point: `npm run build`
 * maps `@actions/core` to bundle/core-lite.ts (bundle/tsconfig.json's `paths`), the same functions
 * built on @actions/core's command modules alone (see there what that saves, measured).
 */
import { appendFileSync } from 'node:fs'
import { EOL } from 'node:os'
import * as core from '@actions/core'
import { inert } from './inert.js'

/** Registers a value with the runner's masking: it prints as *** from then on. */
export function setSecret(secret: string): void {
  core.setSecret(secret)
}

// Log lines, warnings and the error carry text from outside (inputs, descriptions and messages
// read from AWS): each is printed as one line in which the runner finds no command (see inert.ts).
// Masks and outputs are values, sent exactly as they are.

export function info(message: string): void {
  core.info(inert(message))
}

export function warning(message: string): void {
  core.warning(inert(message))
}

/** A `::notice::` annotation: shown with the run, for what is worth a look but not a warning. */
export function notice(message: string): void {
  core.notice(inert(message))
}

/** The step's one `::error::` line, and exit code 1. */
export function setFailed(message: string): void {
  core.setFailed(inert(message))
}

export function setOutput(name: string, value: string): void {
  core.setOutput(name, value)
}

/**
 * Sets an environment variable for the job's later steps (GITHUB_ENV), but never through
 * @actions/core's `::set-env::` fallback, which would print the value: without a GITHUB_ENV file
 * (outside a runner) nothing is exported, and this returns false. The value must already be
 * registered with setSecret when it is secret.
 */
export function exportVariable(name: string, value: string): boolean {
  if (!process.env.GITHUB_ENV) return false
  core.exportVariable(name, value)
  return true
}

/**
 * Appends Markdown to the job summary, as @actions/core's `summary.addRaw(text).write()` does, but
 * synchronously, so that main.ts reports a failure to write it in order. Outside a runner (a plain
 * local run) there is no summary file, and nothing to write; @github/local-action's `.env` may
 * name one.
 */
export function appendSummary(markdown: string): void {
  const file = process.env.GITHUB_STEP_SUMMARY
  if (file) appendFileSync(file, markdown + EOL)
}
