/**
 * Assertions on a run of the bundled action that the reliability and bad-input suites share.
 * Failures carry the run's log, since "expected 0, received 1" alone says nothing about why.
 */
import { expect } from '@jest/globals'
import type { SecretState } from './aws.js'
import { describeRun, readLog } from './run-action.js'
import type { ActionRun } from './run-action.js'

/**
 * The messages of the error annotations the runner would make of the run's log, unescaped (the
 * runner's own parsing: `::error …::` after white space, `##[error]` anywhere, stop-commands).
 */
export function errorMessages(run: ActionRun): string[] {
  return readLog(run.log)
    .annotations.filter((annotation) => annotation.level === 'error')
    .map((annotation) => annotation.message)
}

/** Fails with the run's log unless `check` holds. */
export function expectRun(run: ActionRun, check: boolean, what: string): void {
  if (!check) throw new Error(`${what}\n${describeRun(run)}`)
}

/** The run exited with `code`, within `maxMs` when given, and was not killed by the harness. */
export function expectExit(run: ActionRun, code: number, maxMs?: number): void {
  expectRun(run, !run.timedOut, 'the action was killed by the harness timeout')
  expectRun(run, run.code === code, `expected exit code ${code}, got ${run.code}`)
  if (maxMs !== undefined) expectRun(run, run.durationMs <= maxMs, `expected to finish within ${maxMs} ms`)
}

/** Exactly one `::error::` line, matching `pattern`; returns its message. */
export function expectOneError(run: ActionRun, pattern: RegExp): string {
  const messages = errorMessages(run)
  expectRun(run, messages.length === 1, `expected exactly one ::error:: line, got ${messages.length}`)
  const message = messages[0] ?? ''
  expectRun(run, pattern.test(message), `expected the error to match ${String(pattern)}: ${message}`)
  return message
}

/** Nothing about the secret changed between two independent reads. */
export function expectUntouched(before: SecretState, after: SecretState): void {
  expect(after.versions).toEqual(before.versions)
  expect(after.current).toEqual(before.current)
  expect(after.description).toEqual(before.description)
  expect(after.kmsKeyId).toEqual(before.kmsKeyId)
}

/**
 * The run wrote exactly one new version (holding `value`, when given), now AWSCURRENT, whose id is
 * the run's `version-id` output; the version that was current before is AWSPREVIOUS.
 */
export function expectOneNewVersion(run: ActionRun, before: SecretState, after: SecretState, value?: string): void {
  if (value !== undefined) expect(after.current.secretString).toBe(value)
  const known = new Set(before.versions.map((version) => version.versionId))
  const added = after.versions.filter((version) => !known.has(version.versionId))
  expect(added.map((version) => version.versionId)).toEqual([after.current.versionId])
  expect(after.versions).toHaveLength(before.versions.length + 1)
  expect(run.outputs['version-id']).toBe(after.current.versionId)
  expect(after.previous?.versionId).toBe(before.current.versionId)
}
