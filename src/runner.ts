/**
 * The runner's protocol, from @actions/core's own modules: masks, log lines, annotations,
 * outputs, the job summary and the exit code. main.ts is its only user.
 *
 * These come from @actions/core's command and file-command modules rather than its entry
 * point, which also loads its HTTP client (undici, for OIDC tokens this action never asks for),
 * @actions/exec and @actions/io: a third of the bundle's start-up time went to compiling code no
 * run uses. They are imported by path, since the package exports only its entry point. The functions below
 * are what @actions/core's entry point does with them.
 */
import { appendFileSync } from 'node:fs'
import { EOL } from 'node:os'
import { issueCommand } from '../node_modules/@actions/core/lib/command.js'
import { issueFileCommand, prepareKeyValueMessage } from '../node_modules/@actions/core/lib/file-command.js'
import { inert } from './inert.js'

/** Registers a value with the runner's masking: it prints as *** from then on. */
export function setSecret(secret: string): void {
  issueCommand('add-mask', {}, secret)
}

// Log lines, warnings and the error carry text from outside (inputs, descriptions and messages
// read from AWS): each is printed as one line in which the runner finds no command (see inert.ts).
// Masks and outputs are values, sent exactly as they are.

export function info(message: string): void {
  process.stdout.write(inert(message) + EOL)
}

export function warning(message: string): void {
  issueCommand('warning', {}, inert(message))
}

/** The step's one `::error::` line, and exit code 1. */
export function setFailed(message: string): void {
  process.exitCode = 1
  issueCommand('error', {}, inert(message))
}

export function setOutput(name: string, value: string): void {
  if (process.env.GITHUB_OUTPUT) {
    issueFileCommand('OUTPUT', prepareKeyValueMessage(name, value))
  } else {
    process.stdout.write(EOL)
    issueCommand('set-output', { name }, value)
  }
}

/**
 * Sets an environment variable for the job's later steps (GITHUB_ENV), as @actions/core's
 * exportVariable does, but never through its `::set-env::` fallback, which would print the value:
 * without a GITHUB_ENV file (outside a runner) nothing is exported, and this returns false.
 * The value must already be registered with setSecret when it is secret.
 */
export function exportVariable(name: string, value: string): boolean {
  if (!process.env.GITHUB_ENV) return false
  issueFileCommand('ENV', prepareKeyValueMessage(name, value))
  return true
}

/**
 * Appends Markdown to the job summary, as @actions/core's `summary.addRaw(text).write()` does, but
 * synchronously: its summary module loads node:fs/promises, which costs start-up time. Outside a
 * runner (a plain local run) there is no summary file, and nothing to write.
 */
export function appendSummary(markdown: string): void {
  const file = process.env.GITHUB_STEP_SUMMARY
  if (file) appendFileSync(file, markdown + EOL)
}
