/**
 * Runs the committed bundle, dist/index.js, as the GitHub runner runs a `node24` action: on Node 24,
 * with INPUT_* variables for every input action.yml declares (given value, else default, else
 * empty), fresh GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files, an event file, the workspace as working
 * directory, and an environment with nothing of the host's AWS or proxy settings. Also the runner's
 * reading of the log (its line ends, its commands, `::stop-commands::`, the masks of `::add-mask::`)
 * and what it keeps of outputs, for showing a log as a workflow run would.
 *
 * Shared by the integration tests (through __tests__/support/run-action.ts), `npm run demo` and the
 * benchmark, so it uses Node built-ins and the `yaml` devDependency only. Types: runner.d.mts.
 */
import { spawn } from 'node:child_process'
import { existsSync, readFileSync, statSync } from 'node:fs'
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse } from 'yaml'
import { NODE24, requireNode24 } from './node24.mjs'

/** The repository root (where action.yml is). */
export const ACTION_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
/** The committed bundle, as `runs.main` names it. */
export const BUNDLE = path.join(ACTION_DIR, 'dist', 'index.js')
/** The Node 24 binary (scripts/node24.mjs chooses it): GitHub runs node24 actions on Node 24. */
export { NODE24 }

/** What the event file of a run holds unless the caller gives its own: a push to main. */
const DEFAULT_EVENT = {
  ref: 'refs/heads/main',
  after: '0123456789abcdef0123456789abcdef01234567',
  repository: { full_name: 'octo-org/octo-repo', name: 'octo-repo', owner: { login: 'octo-org' } },
  sender: { login: 'octocat' }
}

let cachedInputs

/**
 * The inputs action.yml declares, with their defaults as the runner passes them: YAML may type a
 * default (`false`, `5`), the runner passes its text; no default is the empty string.
 * @returns {import('./runner.d.mts').ActionInput[]}
 */
export function actionInputs() {
  const file = path.join(ACTION_DIR, 'action.yml')
  const { mtimeMs } = statSync(file)
  if (cachedInputs?.mtimeMs === mtimeMs) return cachedInputs.inputs
  const action = parse(readFileSync(file, 'utf8'))
  const inputs = Object.entries(action?.inputs ?? {}).map(([name, spec]) => ({
    name,
    default: spec?.default === undefined || spec.default === null ? '' : String(spec.default)
  }))
  cachedInputs = { mtimeMs, inputs }
  return inputs
}

/** The variable the runner sets for an input (as @actions/core's getInput reads it). */
export function inputVariable(name) {
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
function inheritable(key) {
  if (/^(AWS_|GITHUB_|RUNNER_|INPUT_|STATE_|ACTIONS_|JEST_)/i.test(key)) return false
  if (/^(https?|no|all)_proxy$/i.test(key)) return false
  return !HOST_ONLY.includes(key.toUpperCase())
}

/** Parses GITHUB_OUTPUT: `name<<DELIM\nvalue\nDELIM` blocks and plain `name=value` lines; the last write wins. */
export function parseOutputFile(text) {
  const outputs = {}
  const lines = text.split(/\r?\n/)
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]
    if (line === '') continue
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line)
    if (heredoc) {
      const [, name, delimiter] = heredoc
      const value = []
      let closed = false
      for (i++; i < lines.length; i++) {
        if (lines[i] === delimiter) {
          closed = true
          break
        }
        value.push(lines[i])
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
export async function makeWorkspace() {
  return mkdtemp(path.join(os.tmpdir(), 'action-workspace-'))
}

/** Writes `name` (may contain directories) inside `dir`; returns its absolute path. */
export async function writeWorkspaceFile(dir, name, content) {
  const file = path.join(dir, name)
  await mkdir(path.dirname(file), { recursive: true })
  await writeFile(file, content)
  return file
}

let runCounter = 0

/**
 * Everything the runner sets up before it starts the step: the workspace, RUNNER_TEMP with empty
 * command files and the event file, and the environment. Nothing is started: runAction() spawns
 * `node bundle`, the benchmark times the same command line itself. Call collect() once afterwards.
 * @param {Record<string, string>} inputs
 * @param {import('./runner.d.mts').PrepareOptions} [opts]
 * @returns {Promise<import('./runner.d.mts').PreparedRun>}
 */
export async function prepareRun(inputs, opts = {}) {
  const bundle = opts.bundle ?? BUNDLE
  if (!existsSync(bundle)) throw new Error(`${bundle} does not exist: run npm run build`)
  const node = opts.node ?? requireNode24()
  if (!existsSync(node)) throw new Error(`${node} does not exist`)

  const declared = actionInputs()
  const undeclared = Object.keys(inputs).filter((name) => !declared.some((input) => input.name === name))
  // The runner would only warn, but an undeclared input is a typo that silently tests nothing.
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
  await writeFile(files.event, JSON.stringify(opts.event ?? DEFAULT_EVENT))

  const env = {}
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
    // Nothing from the host's ~/.aws (a region or profile there would change what a run does).
    AWS_CONFIG_FILE: path.join(temp, 'no-aws-config'),
    AWS_SHARED_CREDENTIALS_FILE: path.join(temp, 'no-aws-credentials')
  })
  for (const input of declared) env[inputVariable(input.name)] = inputs[input.name] ?? input.default
  for (const [key, value] of Object.entries(opts.env ?? {})) {
    if (value === undefined) delete env[key]
    else env[key] = value
  }

  let collected
  return {
    command: node,
    args: [bundle],
    cwd: workspace,
    env,
    files,
    workspace,
    runId,
    collect() {
      collected ??= (async () => {
        const [outputFile, summary, envFile] = await Promise.all([
          readFile(files.output, 'utf8'),
          readFile(files.summary, 'utf8'),
          readFile(files.env, 'utf8')
        ])
        await rm(temp, { recursive: true, force: true })
        if (opts.cwd === undefined) await rm(workspace, { recursive: true, force: true })
        // GITHUB_ENV has GITHUB_OUTPUT's format: the same parser reads it.
        return { outputs: parseOutputFile(outputFile), summary, outputFile, exported: parseOutputFile(envFile) }
      })()
      return collected
    }
  }
}

/** Spawns a prepared run and captures its streams, merged line by line as the runner shows them. */
function execute(prepared, timeoutMs) {
  return new Promise((resolve, reject) => {
    const child = spawn(prepared.command, prepared.args, {
      cwd: prepared.cwd,
      env: prepared.env,
      stdio: ['ignore', 'pipe', 'pipe']
    })
    const captured = { stdout: '', stderr: '' }
    const partial = { stdout: '', stderr: '' }
    let log = ''
    let timedOut = false
    const take = (stream) => (chunk) => {
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
      for (const stream of ['stdout', 'stderr']) if (partial[stream]) log += `${partial[stream]}\n`
      resolve({ ...captured, log, code, timedOut })
    })
  })
}

/**
 * Runs dist/index.js with `inputs` (action.yml names) and returns what the runner would see.
 * @param {Record<string, string>} inputs
 * @param {import('./runner.d.mts').RunOptions} [opts]
 * @returns {Promise<import('./runner.d.mts').ActionRun>}
 */
export async function runAction(inputs, opts = {}) {
  const prepared = await prepareRun(inputs, opts)
  const started = performance.now()
  let result
  try {
    result = await execute(prepared, opts.timeoutMs ?? 45_000)
  } catch (error) {
    // Leave no temp directory behind when the spawn itself failed.
    await prepared.collect().catch(() => undefined)
    throw error
  }
  const durationMs = performance.now() - started
  const collected = await prepared.collect()
  return { ...result, ...collected, durationMs, workspace: prepared.workspace, runId: prepared.runId }
}

/** A short description of a run for assertion messages. */
export function describeRun(run) {
  const how = `exit ${run.code}${run.timedOut ? ' (timed out)' : ''} after ${Math.round(run.durationMs)} ms`
  return `${how}\n--- log ---\n${run.log}`
}

// The runner's reading of the step's stdout (actions/runner: ProcessInvoker, OutputManager,
// ActionCommandManager, ActionCommand), and its masking. What the action controls is modelled: the
// line ends, the commands, stop-commands, and each `::add-mask::` value with its lines masking every
// later line. The runner's own extra encodings of a value (base64 shifts, JSON and URL escapes) are
// deliberately left out, so that a log shown here hides no more than the action itself registered.

/** Line ends as .NET's StreamReader.ReadLine sees them: `\r\n`, `\r` or `\n`, nothing else. */
const LINE_END = /\r\n|\r|\n/

/** What .NET's String.TrimStart() removes: char.IsWhiteSpace (JavaScript's \s differs: it has U+FEFF, not U+0085). */
const DOTNET_LEADING_SPACE = /^[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]*/

/** The commands the runner registers (its IActionCommandExtension list); names compare case-insensitively. */
export const RUNNER_COMMANDS = Object.freeze([
  'add-mask',
  'add-matcher',
  'add-path',
  'debug',
  'echo',
  'endgroup',
  'error',
  'group',
  'notice',
  'remove-matcher',
  'save-state',
  'set-env',
  'set-output',
  'stop-commands',
  'warning'
])

/** The lines of a log, as the runner reads them from the step's stdout. */
export function logLines(log) {
  const lines = log.split(LINE_END)
  if (lines.at(-1) === '') lines.pop()
  return lines
}

/** Reverses @actions/core's escaping of command data (the runner's UnescapeData). */
function unescapeData(data) {
  return data.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%')
}

function unescapeProperty(value) {
  return value
    .replace(/%0D/g, '\r')
    .replace(/%0A/g, '\n')
    .replace(/%3A/g, ':')
    .replace(/%2C/g, ',')
    .replace(/%25/g, '%')
}

/** The legacy form's unescaping (ActionCommand.Unescape). */
function unescapeLegacy(value) {
  return value
    .replace(/%3B/g, ';')
    .replace(/%0D/g, '\r')
    .replace(/%0A/g, '\n')
    .replace(/%5D/g, ']')
    .replace(/%25/g, '%')
}

function properties(text, separator, unescape) {
  const props = {}
  for (const part of text.split(separator)) {
    const eq = part.indexOf('=')
    if (part !== '' && eq > 0 && eq < part.length - 1) props[part.slice(0, eq)] = unescape(part.slice(eq + 1))
  }
  return props
}

/**
 * The command a line holds, as the runner parses it: `::name props::data` after leading white
 * space (TryParseV2), else `##[name props]data` anywhere in the line (TryParse, first `##[` only).
 * Undefined when the line is not a command of `registered` (case-insensitive names).
 * @param {string} line
 * @param {Iterable<string>} [registered]
 * @returns {import('./runner.d.mts').RunnerCommand | undefined}
 */
export function parseCommand(line, registered = RUNNER_COMMANDS) {
  const names = new Set([...registered].map((name) => name.toLowerCase()))
  const known = (name) => names.has(name.toLowerCase())
  const v2 = line.replace(DOTNET_LEADING_SPACE, '')
  if (v2.startsWith('::')) {
    const end = v2.indexOf('::', 2)
    if (end >= 0) {
      const info = v2.slice(2, end)
      const space = info.indexOf(' ')
      const command = space < 0 ? info : info.slice(0, space)
      if (known(command)) {
        const props = space > 0 ? properties(info.slice(space + 1).trim(), ',', unescapeProperty) : {}
        return { command, properties: props, data: unescapeData(v2.slice(end + 2)) }
      }
    }
  }
  const prefix = line.indexOf('##[')
  if (prefix < 0) return undefined
  const close = line.indexOf(']', prefix)
  if (close < 0) return undefined
  const info = line.slice(prefix + 3, close)
  const space = info.indexOf(' ')
  const command = space < 0 ? info : info.slice(0, space)
  if (!known(command)) return undefined
  const props = space > 0 ? properties(info.slice(space + 1), ';', unescapeLegacy) : {}
  return { command, properties: props, data: unescapeLegacy(line.slice(close + 1)) }
}

/**
 * The masks one `::add-mask::` value registers (AddMaskCommandExtension): the value, and each of
 * its lines split at `\r` and `\n`, trimmed, empty ones left out. A blank value registers nothing.
 */
function masksOf(value) {
  if (dotnetTrim(value) === '') return []
  const lines = value
    .split(/[\r\n]/)
    .map(dotnetTrim)
    .filter((line) => line !== '')
  return [...new Set([value, ...lines])]
}

/** String.Trim() as .NET does it (char.IsWhiteSpace): U+0085 is white space there, U+FEFF is not. */
function dotnetTrim(text) {
  const space = /[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/
  let start = 0
  let end = text.length
  while (start < end && space.test(text[start])) start++
  while (end > start && space.test(text[end - 1])) end--
  return text.slice(start, end)
}

/** Replaces every occurrence of every mask in `line` with ***; overlapping occurrences merge into one ***. */
function applyMasks(line, masks) {
  const ranges = []
  for (const mask of masks) {
    for (let at = line.indexOf(mask); at !== -1; at = line.indexOf(mask, at + 1)) ranges.push([at, at + mask.length])
  }
  if (ranges.length === 0) return line
  ranges.sort((a, b) => a[0] - b[0] || b[1] - a[1])
  let out = ''
  let pos = 0
  let open
  for (const range of ranges) {
    if (open && range[0] <= open[1]) {
      open[1] = Math.max(open[1], range[1])
      continue
    }
    if (open) {
      out += '***'
      pos = open[1]
    }
    out += line.slice(pos, range[0])
    open = [range[0], range[1]]
  }
  return `${out}***${line.slice(open[1])}`
}

/**
 * The log as the runner processes it, line by line (ActionCommandManager.TryProcessCommand): each
 * command line runs; `::stop-commands::TOKEN` makes every later line plain text (an `::add-mask::`
 * among them registers nothing and shows its value) until a line holds the command `TOKEN`.
 * @param {string} log
 * @returns {import('./runner.d.mts').RunnerView}
 */
export function readLog(log) {
  const masks = new Set()
  const registered = []
  const annotations = []
  const commands = []
  const visible = []
  let stopToken
  for (const line of logLines(log)) {
    const command = parseCommand(line, stopToken === undefined ? RUNNER_COMMANDS : [...RUNNER_COMMANDS, stopToken])
    if (stopToken !== undefined) {
      if (command && command.command.toLowerCase() === stopToken.toLowerCase()) {
        commands.push(command)
        stopToken = undefined
      }
      visible.push(applyMasks(line, masks))
      continue
    }
    if (!command) {
      visible.push(applyMasks(line, masks))
      continue
    }
    commands.push(command)
    const name = command.command.toLowerCase()
    if (name === 'add-mask') {
      registered.push(command.data)
      for (const mask of masksOf(command.data)) masks.add(mask)
      continue // not echoed
    }
    if (name === 'stop-commands') {
      const token = command.data
      if (token === '' || RUNNER_COMMANDS.includes(token.toLowerCase()) || token.toLowerCase() === 'pause-logging') {
        // ValidateStopToken refuses such a token: the command fails, and commands go on.
        annotations.push({ level: 'error', message: 'Unable to process command successfully.', properties: {} })
      } else {
        stopToken = token
        // The runner masks a token longer than six characters.
        if (token.length > 6) masks.add(token)
      }
    } else if (name === 'error' || name === 'warning' || name === 'notice') {
      annotations.push({ level: name, message: command.data, properties: command.properties })
    }
    visible.push(applyMasks(line, masks))
  }
  return { lines: visible, masks: [...masks], registered, annotations, commands, stopped: stopToken !== undefined }
}

/** Every value the log registered with `::add-mask::` (that the runner processed), unescaped. */
export function registeredMasks(log) {
  return readLog(log).registered
}

/**
 * The log as the runner shows it: each `::add-mask::` line registers its value (and the value's
 * lines) and disappears; every later line shows every registered mask as `***`. A line printed
 * before its mask was registered stays visible, as in the runner.
 */
export function maskLog(log) {
  return readLog(log).lines.join('\n')
}

/** `text` as a later step of the same job would print it: masked with every value `log` registered. */
export function maskText(text, log) {
  const masks = readLog(log).masks
  return text
    .split(LINE_END)
    .map((line) => applyMasks(line, masks))
    .join('\n')
}

/**
 * What a job output (`jobs.<id>.outputs`) built from `value` would hold once the job ends: the
 * value, or undefined when it contains a registered mask. The runner stores a step's outputs as
 * they are (SetOutputFileCommand), and skips a job output that its masker would change, with the
 * warning "Skip output '…' since it may contain secret" (JobExtension.cs).
 */
export function jobOutput(value, log) {
  if (value === '') return undefined
  return maskText(value, log) === value ? value : undefined
}
