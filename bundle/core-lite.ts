/**
 * What the bundle gets for `@actions/core` (bundle/tsconfig.json's `paths`, read by ncc alone):
 * the functions src/ calls, as @actions/core's entry point (lib/core.js) writes them, built on its
 * command modules only. Each is typed as the public one, so a signature that drifts fails
 * `npm run typecheck`; the integration tests run the bundle, and so these, against the runner's
 * emulation. The unit tests and @github/local-action (under tsx) load the real entry point.
 *
 * Why: the entry point also loads its HTTP client (undici, for OIDC tokens this action never asks
 * for), @actions/exec, @actions/io and its summary module. Bundled from the public entry point,
 * index.js grows from 665 KiB to 1.7 MiB, and a plain update (`npm run bench -- --variant
 * <that build>/index.js --no-cli --runs 3 --rounds 10`, 2 shared cores, Node 24) took 1.34 times
 * the wall time and 1.36 times the CPU time of the build with this module (CPU 143 ms against
 * 104 ms, peak RSS 72.0 MB against 61.6 MB); with this module the bundle measures as before
 * (CPU time 1.00 times, A/S 1.02).
 */
import { EOL } from 'node:os'
import type * as core from '@actions/core'
import { issueCommand } from '../node_modules/@actions/core/lib/command.js'
import { issueFileCommand, prepareKeyValueMessage } from '../node_modules/@actions/core/lib/file-command.js'
import { toCommandProperties, toCommandValue } from '../node_modules/@actions/core/lib/utils.js'

export const getInput: typeof core.getInput = (name, options) => {
  const value = process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || ''
  if (options?.required && !value) throw new Error(`Input required and not supplied: ${name}`)
  return options?.trimWhitespace === false ? value : value.trim()
}

export const setSecret: typeof core.setSecret = (secret) => {
  issueCommand('add-mask', {}, secret)
}

export const info: typeof core.info = (message) => {
  process.stdout.write(message + EOL)
}

export const warning: typeof core.warning = (message, properties = {}) => {
  issueCommand('warning', toCommandProperties(properties), message instanceof Error ? message.toString() : message)
}

export const notice: typeof core.notice = (message, properties = {}) => {
  issueCommand('notice', toCommandProperties(properties), message instanceof Error ? message.toString() : message)
}

export const error: typeof core.error = (message, properties = {}) => {
  issueCommand('error', toCommandProperties(properties), message instanceof Error ? message.toString() : message)
}

export const setFailed: typeof core.setFailed = (message) => {
  process.exitCode = 1
  error(message)
}

export const setOutput: typeof core.setOutput = (name, value) => {
  if (process.env.GITHUB_OUTPUT) return issueFileCommand('OUTPUT', prepareKeyValueMessage(name, value))
  process.stdout.write(EOL)
  issueCommand('set-output', { name }, toCommandValue(value))
}

export const exportVariable: typeof core.exportVariable = (name, value) => {
  process.env[name] = toCommandValue(value)
  if (process.env.GITHUB_ENV) return issueFileCommand('ENV', prepareKeyValueMessage(name, value))
  issueCommand('set-env', { name }, toCommandValue(value))
}
