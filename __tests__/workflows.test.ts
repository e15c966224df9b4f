/**
 * The repository's workflows and action.yml as GitHub reads them: valid for GitHub's own validator
 * (scripts/check-workflows.mjs), the `uses: ./` steps giving only inputs that action.yml declares,
 * and CI running each check once.
 */
import { describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parse } from 'yaml'

const WORKFLOWS = '.github/workflows'
const workflowFiles = readdirSync(WORKFLOWS)
  .filter((name) => /\.ya?ml$/.test(name))
  .map((name) => path.join(WORKFLOWS, name))

function checkWorkflows(files: string[] = []) {
  const r = spawnSync(process.execPath, ['scripts/check-workflows.mjs', ...files], { encoding: 'utf8' })
  return { status: r.status, stderr: r.stderr }
}

interface Step {
  uses?: string
  run?: string
  with?: Record<string, unknown>
}
const stepsOf = (file: string): Step[] => {
  const workflow = parse(readFileSync(file, 'utf8')) as { jobs: Record<string, { steps?: Step[] }> }
  return Object.values(workflow.jobs).flatMap((job) => job.steps ?? [])
}
const action = parse(readFileSync('action.yml', 'utf8')) as { inputs: Record<string, { required?: boolean }> }

describe("GitHub's workflow parser", () => {
  it('finds no problem in any workflow or in action.yml', () => {
    expect(workflowFiles.length).toBeGreaterThanOrEqual(3)
    expect(checkWorkflows()).toEqual({ status: 0, stderr: '' })
  })

  it('is what would catch a broken file: a misspelt key and an unknown context are errors with their line', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'workflows-'))
    const workflow = path.join(dir, 'broken.yml')
    writeFileSync(
      workflow,
      'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    step:\n      - run: echo ${{ gihtub.sha }}\n'
    )
    const actionFile = path.join(dir, 'action.yml')
    writeFileSync(actionFile, 'name: x\ndescription: y\nruns:\n  using: node42\n  main: index.js\n')
    const { status, stderr } = checkWorkflows([workflow, actionFile])
    expect(status).toBe(1)
    expect(stderr).toContain(`${workflow}:5:5: Unexpected value 'step'`)
    expect(stderr).toContain(`${actionFile}:4:10: Unexpected value 'node42'`)
  })
})

describe('the workflows', () => {
  it('give the action (uses: ./) only inputs of action.yml, and every required one', () => {
    const local = workflowFiles.flatMap(stepsOf).filter((step) => step.uses === './')
    expect(local.length).toBeGreaterThan(0)
    const required = Object.keys(action.inputs).filter((name) => action.inputs[name]?.required)
    for (const step of local) {
      const given = Object.keys(step.with ?? {})
      expect(given.filter((key) => !(key in action.inputs))).toEqual([])
      expect(required.filter((name) => !given.includes(name))).toEqual([])
    }
  })

  it('run lint, type-check, build and tests in CI only through .ci/run, once', () => {
    const runs = stepsOf(path.join(WORKFLOWS, 'ci.yml')).flatMap((step) => (step.run ? [step.run] : []))
    expect(runs.filter((run) => run.includes('.ci/run'))).toHaveLength(1)
    expect(runs.filter((run) => /npm (run (lint|typecheck|build|all)|test)\b|\beslint\b|\btsc\b/.test(run))).toEqual([])
  })
})
