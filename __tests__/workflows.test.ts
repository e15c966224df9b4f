/**
 * The repository's workflows and action.yml as GitHub reads them: valid for GitHub's own validator
 * (scripts/check-workflows.mjs), the `uses: ./` steps giving only inputs that action.yml declares,
 * CI running each check once, and the supply chain: every action pinned by commit with its version,
 * read-only workflow permissions and writes asked by the jobs that need them.
 */
import { describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { isScalar, parse, parseDocument, visit } from 'yaml'

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

/** `uses: owner/repo(/path)@<full commit>  # v<semver>`: Dependabot updates both together. */
const PINNED = /^[\w.-]+\/[\w.-]+(\/[\w./-]+)?@[0-9a-f]{40}$/
const VERSION_COMMENT = /^\s*v\d+\.\d+\.\d+$/

/** Every `uses:` of a workflow (steps and reusable workflows), with the comment on its line. */
function usesOf(text: string): { uses: string; comment: string | undefined }[] {
  const found: { uses: string; comment: string | undefined }[] = []
  visit(parseDocument(text), {
    Pair(_, pair) {
      if (isScalar(pair.key) && pair.key.value === 'uses' && isScalar(pair.value)) {
        found.push({ uses: String(pair.value.value), comment: pair.value.comment ?? undefined })
      }
    }
  })
  return found
}

/** What is wrong with a workflow's `uses:` and `permissions`, as messages; none when it is right. */
function supplyChainProblems(text: string): string[] {
  const problems: string[] = []
  for (const { uses, comment } of usesOf(text)) {
    if (uses.startsWith('./')) continue
    if (!PINNED.test(uses)) problems.push(`${uses}: not pinned by a full lowercase commit SHA`)
    else if (!comment || !VERSION_COMMENT.test(comment)) problems.push(`${uses}: no "# vX.Y.Z" comment after it`)
  }
  const workflow = parse(text) as {
    permissions?: unknown
    jobs: Record<string, { permissions?: unknown }>
  }
  const top = workflow.permissions
  const readOnly =
    top === 'read-all' ||
    (typeof top === 'object' && top !== null && Object.values(top).every((v) => v === 'read' || v === 'none'))
  if (top === undefined) problems.push('no top-level permissions (the token would get the repository default)')
  else if (!readOnly) problems.push(`top-level permissions ${JSON.stringify(top)} are not read-only`)
  for (const [id, job] of Object.entries(workflow.jobs)) {
    if (typeof job.permissions === 'string' && job.permissions !== 'read-all')
      problems.push(`job ${id}: permissions ${job.permissions}, not a list of what it needs`)
  }
  return problems
}

describe('the supply chain of the workflows', () => {
  it.each(workflowFiles)('%s pins every action by commit with its version, and asks writes only in jobs', (file) => {
    const text = readFileSync(file, 'utf8')
    expect(usesOf(text).length).toBeGreaterThan(0)
    expect(supplyChainProblems(text)).toEqual([])
  })

  it('pins one commit per action and version, across all workflows', () => {
    const pins = new Map<string, Set<string>>()
    for (const file of workflowFiles) {
      for (const { uses, comment } of usesOf(readFileSync(file, 'utf8'))) {
        if (uses.startsWith('./')) continue
        const [path, sha] = uses.split('@') as [string, string]
        const repo = path.split('/').slice(0, 2).join('/')
        const key = `${repo} ${comment?.trim()}`
        pins.set(key, new Set([...(pins.get(key) ?? []), sha]))
      }
    }
    expect(pins.size).toBeGreaterThanOrEqual(6)
    for (const [key, shas] of pins) expect([key, shas.size]).toEqual([key, 1])
  })

  it.each([
    [
      'a tag',
      'on: push\npermissions: {}\njobs:\n  a:\n    runs-on: x\n    steps:\n      - uses: actions/checkout@v5\n'
    ],
    [
      'a short SHA',
      'on: push\npermissions: {}\njobs:\n  a:\n    runs-on: x\n    steps:\n      - uses: actions/checkout@3d3c42e  # v7.0.1\n'
    ],
    [
      'a SHA without its version',
      'on: push\npermissions: {}\njobs:\n  a:\n    runs-on: x\n    steps:\n      - uses: actions/checkout@3d3c42e5aac5ba805825da76410c181273ba90b1\n'
    ],
    [
      'no top-level permissions',
      'on: push\njobs:\n  a:\n    runs-on: x\n    steps:\n      - uses: actions/checkout@3d3c42e5aac5ba805825da76410c181273ba90b1  # v7.0.1\n'
    ],
    [
      'a write at the top',
      'on: push\npermissions:\n  contents: write\njobs:\n  a:\n    runs-on: x\n    steps:\n      - run: echo\n'
    ],
    [
      'write-all in a job',
      'on: push\npermissions: {}\njobs:\n  a:\n    runs-on: x\n    permissions: write-all\n    steps:\n      - run: echo\n'
    ]
  ])('finds %s', (_what, text) => {
    expect(supplyChainProblems(text)).toHaveLength(1)
  })
})
