/**
 * Typed mocks of the runner protocol main.ts uses: src/runner.ts, the action's slice of
 * @actions/core (same names and signatures). Shared by the tests that load src/main.ts with
 * `jest.unstable_mockModule('../src/runner.js', () => core)`, as actions/typescript-action
 * does for @actions/core.
 */
import { jest } from '@jest/globals'
import type * as runner from '../src/runner.js'

export const setSecret = jest.fn<typeof runner.setSecret>()
export const info = jest.fn<typeof runner.info>()
export const warning = jest.fn<typeof runner.warning>()
export const notice = jest.fn<typeof runner.notice>()
export const setFailed = jest.fn<typeof runner.setFailed>()
export const setOutput = jest.fn<typeof runner.setOutput>()

export const appendSummary = jest.fn<typeof runner.appendSummary>()
