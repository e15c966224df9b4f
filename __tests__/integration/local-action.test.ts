/**
 * GitHub's local runner for actions, @github/local-action, as CONTRIBUTING documents it:
 * `npx local-action run . src/main.ts <.env>` from the repository root, with a `.env` that holds
 * only what a contributor cares about. It runs src/main.ts under tsx and replaces @actions/core's
 * entry point with its own functions (inputs with action.yml's defaults, masks, outputs), so the
 * action works there only through that entry point. The written value is read back with boto3.
 */
import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { ACTION_DIR } from '../support/run-action.js'
import { createSecret, readSecret } from '../support/aws.js'
import { needlesOf } from '../support/leaks.js'
import { secretNames, startLocal, stopLocal, type Local } from '../support/local.js'

let local: Local
let dir: string
beforeAll(async () => {
  local = await startLocal()
  dir = mkdtempSync(path.join(os.tmpdir(), 'local-action-'))
})
afterAll(async () => {
  await stopLocal(local)
  rmSync(dir, { recursive: true, force: true })
})

const uniqueName = secretNames('local-action')

/**
 * The environment a contributor's shell would have: none of the runner's or AWS's variables (a CI
 * job has GITHUB_STEP_SUMMARY, GITHUB_OUTPUT...), no proxy, and not jest's NODE_OPTIONS.
 */
const SHELL_ENV = Object.fromEntries(
  Object.entries(process.env).filter(
    ([name]) =>
      !/^(INPUT_|AWS_|GITHUB_|RUNNER_|ACTIONS_)|^(https?|no|all)_proxy$|^NODE_OPTIONS$|^FORCE_COLOR$/i.test(name)
  )
)

/** Runs the documented command with `dotenv` (lines of `NAME=value`); resolves with its output and exit code. */
function localAction(dotenv: string[]): Promise<{ code: number | null; output: string }> {
  const file = path.join(dir, `${uniqueName('env').replace(/\//g, '-')}.env`)
  writeFileSync(file, dotenv.join('\n') + '\n')
  return new Promise((resolve, reject) => {
    const child = spawn('npx', ['local-action', 'run', '.', 'src/main.ts', file], {
      cwd: ACTION_DIR,
      env: SHELL_ENV,
      shell: process.platform === 'win32'
    })
    let output = ''
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')))
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')))
    child.on('error', reject)
    child.on('close', (code) => resolve({ code, output }))
  })
}

/** The rows of the table that local-action prints under "Action Outputs" (console.table of strings). */
function reportedOutputs(output: string): Record<string, string> {
  const after = output.slice(output.indexOf('Action Outputs'))
  const rows: Record<string, string> = {}
  for (const m of after.matchAll(/^│\s*\d+\s*│\s*(['"])(.*?)\1\s*│\s*(['"])(.*)\3\s*│$/gm)) rows[m[2]!] = m[4]!
  return rows
}

/** The `.env` a contributor writes: the secret, its value, the local endpoint and test credentials. */
function minimalEnv(secretId: string, value: string): string[] {
  return [
    `INPUT_SECRET-ID=${secretId}`,
    `INPUT_SECRET-STRING=${value}`,
    `INPUT_ENDPOINT-URL=${local.moto.endpoint}`,
    'AWS_REGION=us-east-1',
    'AWS_ACCESS_KEY_ID=testing',
    'AWS_SECRET_ACCESS_KEY=testing'
  ]
}

/** Exit code 0, or the end of the output as the failure. */
function expectSuccess(run: { code: number | null; output: string }): void {
  expect(run.code === 0 ? 0 : `exit code ${run.code}:\n${run.output.slice(-4000)}`).toBe(0)
}

function expectNoValue(output: string, value: string): void {
  for (const { what, needle } of needlesOf(value)) expect([what, output.includes(needle)]).toEqual([what, false])
}

describe('npx local-action run . src/main.ts .env', () => {
  it('writes the secret, reports the outputs, writes the summary the .env names, and prints no value', async () => {
    const name = uniqueName('update')
    await createSecret(local.moto.endpoint, name, { secretString: 'seed-value-R4nd0m' })
    const value = `local-action-value-${Date.now().toString(36)}-Zq8pT4`
    const summary = path.join(dir, 'summary.md')
    const run = await localAction([...minimalEnv(name, value), `GITHUB_STEP_SUMMARY=${summary}`])
    expectSuccess(run)

    const after = await readSecret(local.moto.endpoint, name)
    expect(after.current.secretString).toBe(value)
    expect(reportedOutputs(run.output)).toEqual({
      arn: after.arn,
      name,
      'version-id': after.current.versionId,
      'previous-version-id': '',
      changed: 'true',
      'current-version-id': after.current.versionId
    })
    expect(run.output).not.toContain('No outputs were set!')

    const written = readFileSync(summary, 'utf8')
    expect(written).toContain(`### Secrets Manager secret \`${name}\` updated`)
    expect(written).toContain(after.current.versionId)

    // Masks go to local-action's stand-in, not to the log as runner commands.
    expect(run.output).not.toContain('::add-mask::')
    expectNoValue(run.output, value)
    expectNoValue(written, value)
  }, 180_000)

  it('without GITHUB_STEP_SUMMARY, skips the summary quietly', async () => {
    const name = uniqueName('no-summary')
    await createSecret(local.moto.endpoint, name, { secretString: 'seed-value-R4nd0m' })
    const value = `local-action-value-${Date.now().toString(36)}-Wm3kX9`
    const run = await localAction(minimalEnv(name, value))
    expectSuccess(run)
    expect((await readSecret(local.moto.endpoint, name)).current.secretString).toBe(value)
    expect(run.output).not.toMatch(/::(warning|error)::/)
    expectNoValue(run.output, value)
  }, 180_000)
})
