/**
 * README's "Rotating a credential in two phases" job, run as written. Its four steps (stage, set,
 * smoke test, promote) are the same steps in ci.yml's `use-the-action` job, which runs them on
 * GitHub's runners against moto; this suite checks that the two copies are the same and runs the
 * ci.yml steps here the way the runner would: `run:` steps with bash, `uses: ./` steps through the
 * committed bundle, `${{ steps.X.outputs.Y }}` and `${{ env.X }}` filled in, and what a step wrote
 * to GITHUB_ENV passed to the steps after it. The AWS CLI step talks to moto through
 * AWS_ENDPOINT_URL_SECRETS_MANAGER, as in CI.
 */
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { rm } from 'node:fs/promises'
import path from 'node:path'
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals'
import { parse } from 'yaml'
import { startMoto, type Moto } from '../../scripts/moto.mjs'
import { closeAwsHelper, readSecret } from '../support/aws.js'
import { findProgram } from '../support/forward-proxy.js'
import { expectNoLeaks } from '../support/leaks.js'
import { ACTION_DIR, makeWorkspace, maskText, runAction } from '../support/run-action.js'
import type { ActionRun } from '../support/run-action.js'

interface Step {
  name?: string
  id?: string
  uses?: string
  run?: string
  with?: Record<string, unknown>
  env?: Record<string, unknown>
}

const THIS_ACTION = /^[\w.-]+\/aws-secretsmanager-update-secret@v\d+$/

/** The README job's steps, from the YAML example that defines the `rotate` job. */
function readmeSteps(): Step[] {
  const readme = readFileSync(path.join(ACTION_DIR, 'README.md'), 'utf8')
  const section = readme.slice(readme.indexOf('## Rotating a credential in two phases'))
  const yaml = /```yaml\n([\s\S]*?)```/.exec(section)?.[1]
  if (!yaml) throw new Error('README: no YAML example in the two-phase section')
  const workflow = parse(yaml) as { jobs: { rotate: { steps: Step[] } } }
  return workflow.jobs.rotate.steps
}

const ci = parse(readFileSync(path.join(ACTION_DIR, '.github/workflows/ci.yml'), 'utf8')) as {
  jobs: { 'use-the-action': { env: Record<string, string>; steps: Step[] } }
}
const ciJob = ci.jobs['use-the-action']
const SEED = 'Seed the secret and a stand-in database'
const CHECK = 'Check the rotation'

/** ci.yml's rotation steps: from the seed step through the check. */
function ciSteps(): Step[] {
  const steps = ciJob.steps
  const from = steps.findIndex((step) => step.name === SEED)
  const to = steps.findIndex((step) => step.name === CHECK)
  if (from === -1 || to === -1) throw new Error(`ci.yml: no steps "${SEED}" … "${CHECK}"`)
  return steps.slice(from, to + 1)
}

let moto: Moto
beforeAll(async () => {
  moto = await startMoto()
})
afterAll(async () => {
  await moto?.stop()
  await closeAwsHelper()
})

describe("README's two-phase rotation job", () => {
  it('is, step for step, what ci.yml runs (with uses: ./)', () => {
    const readme = readmeSteps().filter(
      (step) => !/^(actions\/checkout|aws-actions\/configure-aws-credentials)@/.test(step.uses ?? '')
    )
    const inCi = ciSteps().slice(1, -1)
    expect(readme.map((step) => step.name)).toHaveLength(4)
    for (const step of readme) expect(step.uses === undefined || THIS_ACTION.test(step.uses)).toBe(true)
    expect(inCi).toEqual(readme.map((step) => (step.uses ? { ...step, uses: './' } : step)))
  })

  // The job's shell steps need bash and the AWS CLI, as a runner has them: without them, skipped by name.
  const missing = ['bash', 'aws'].filter((program) => !findProgram(program))
  if (missing.length > 0)
    console.warn(
      `rotation-job.test.ts: SKIPPED: ${missing.join(' and ')} not installed: the README job does not run here.`
    )
  const runsHere = missing.length === 0 ? it : it.skip
  const skipped = missing.length === 0 ? '' : ` [SKIPPED: ${missing.join(' and ')} not installed]`

  runsHere(
    `runs: stage, set, smoke test, promote; AWSCURRENT is the new password, AWSPREVIOUS the old one${skipped}`,
    async () => {
      const workspace = await makeWorkspace()
      try {
        const env: Record<string, string> = {
          ...Object.fromEntries(Object.entries(ciJob.env).map(([k, v]) => [k, String(v)])),
          MOTO: moto.endpoint,
          AWS_ENDPOINT_URL_SECRETS_MANAGER: moto.endpoint
        }
        const outputs: Record<string, Record<string, string>> = {}
        const runs: ActionRun[] = []
        const logs: string[] = []
        const fill = (text: string): string =>
          text.replace(
            /\$\{\{\s*(steps\.([\w-]+)\.outputs\.([\w-]+)|env\.(\w+))\s*\}\}/g,
            (_all, _expr, id, output, name) => (name ? (env[name] ?? '') : (outputs[id]?.[output] ?? ''))
          )
        for (const step of ciSteps()) {
          const stepEnv = Object.fromEntries(Object.entries(step.env ?? {}).map(([k, v]) => [k, fill(String(v))]))
          if (step.uses === './') {
            const inputs = Object.fromEntries(Object.entries(step.with ?? {}).map(([k, v]) => [k, fill(String(v))]))
            const run = await runAction(inputs, { cwd: workspace, env: { ...env, ...stepEnv } })
            expect({ step: step.name, code: run.code, log: run.code === 0 ? '' : run.log }).toEqual({
              step: step.name,
              code: 0,
              log: ''
            })
            runs.push(run)
            if (step.id) outputs[step.id] = run.outputs
            Object.assign(env, run.exported)
          } else {
            const result = spawnSync('bash', ['-e', '-c', step.run ?? ''], {
              cwd: workspace,
              encoding: 'utf8',
              env: {
                PATH: process.env.PATH,
                HOME: workspace,
                AWS_CONFIG_FILE: path.join(workspace, 'no-aws-config'),
                AWS_SHARED_CREDENTIALS_FILE: path.join(workspace, 'no-aws-credentials'),
                ...env,
                ...stepEnv
              }
            })
            logs.push(result.stdout + result.stderr)
            expect({
              step: step.name,
              status: result.status,
              output: result.status === 0 ? '' : result.stdout + result.stderr
            }).toEqual({
              step: step.name,
              status: 0,
              output: ''
            })
          }
        }

        const after = await readSecret(moto.endpoint, 'prod/app/db-password')
        expect(after.current.versionId).toBe(outputs.stage?.['version-id'])
        expect(after.previous?.secretString).toBe('first-password')
        const password = after.current.secretString ?? ''
        expect(password).toHaveLength(32)
        expect(env.NEW_DB_PASSWORD).toBe(password)
        for (const run of runs) expectNoLeaks(run, [password])
        // The run steps print nothing of it either, once the runner has masked their logs.
        for (const log of logs) expect(maskText(log, runs[0]!.log)).not.toContain(password)
      } finally {
        await rm(workspace, { recursive: true, force: true })
      }
    }
  )
})
