/** The repository root (where action.yml is). */
export const ACTION_DIR: string
/** The committed bundle, as `runs.main` names it: `<ACTION_DIR>/dist/index.js`. */
export const BUNDLE: string
/** The Node 24 binary (scripts/node24.mjs chooses it), undefined when there is none: GitHub runs node24 actions on Node 24. */
export const NODE24: string | undefined

/** An input action.yml declares, with the default the runner passes (text; '' when none). */
export interface ActionInput {
  readonly name: string
  readonly default: string
}

/** What the runner would see of one run of the action. */
export interface ActionRun {
  /** Exit code (null when killed, e.g. on timeout). */
  readonly code: number | null
  readonly stdout: string
  readonly stderr: string
  /** stdout and stderr merged line by line in arrival order, as the runner shows them (masks not applied). */
  readonly log: string
  /** The step outputs, parsed from GITHUB_OUTPUT (last write of a name wins, as in the runner). */
  readonly outputs: Record<string, string>
  /** The job summary the step wrote to GITHUB_STEP_SUMMARY. */
  readonly summary: string
  readonly durationMs: number
  /** Whether the run was killed for exceeding `timeoutMs`. */
  readonly timedOut: boolean
  /** The workspace the step ran in (removed afterwards unless the caller gave `cwd`). */
  readonly workspace: string
  /** The raw content of GITHUB_OUTPUT (for leak checks). */
  readonly outputFile: string
  /** The variables the step exported to later steps, parsed from GITHUB_ENV. */
  readonly exported: Record<string, string>
  /** GITHUB_RUN_ID of this run (unique per run), for checking the run link. */
  readonly runId: string
}

/** How to set up a run. */
export interface PrepareOptions {
  /** Entries override the environment built here; `undefined` deletes a variable. */
  readonly env?: Record<string, string | undefined>
  /** The workspace (GITHUB_WORKSPACE and working directory). Default: a fresh temp dir, removed by collect(). */
  readonly cwd?: string
  /** Files to write into the workspace before the run: path relative to it, and content. */
  readonly files?: Record<string, string | Buffer>
  /** The content of GITHUB_EVENT_PATH. Default: a push to main of octo-org/octo-repo. */
  readonly event?: unknown
  /** The script to run instead of the committed bundle (the benchmark's floor runs in the same set-up). */
  readonly bundle?: string
  /** The Node binary. Default: NODE24 (prepareRun throws, saying what is missing, when there is none). */
  readonly node?: string
}

/** How to run the action. */
export interface RunOptions extends PrepareOptions {
  /** Kill the action after this long (default 45000 ms, under jest's 60 s test timeout). */
  readonly timeoutMs?: number
}

/** The files of RUNNER_TEMP the runner creates for a step. */
export interface RunnerFiles {
  readonly output: string
  readonly summary: string
  readonly env: string
  readonly path: string
  readonly state: string
  readonly event: string
}

/** A run set up but not started: spawn `command args` in `cwd` with `env`, then call collect(). */
export interface PreparedRun {
  /** The Node binary. */
  readonly command: string
  /** `[bundle]`. */
  readonly args: string[]
  readonly cwd: string
  readonly env: Record<string, string>
  readonly files: RunnerFiles
  readonly workspace: string
  readonly runId: string
  /** Reads outputs and summary, then removes RUNNER_TEMP (and the workspace unless given). Idempotent. */
  collect(): Promise<{
    outputs: Record<string, string>
    summary: string
    outputFile: string
    exported: Record<string, string>
  }>
}

/** The inputs action.yml declares, with their defaults (parsed with the `yaml` package; cached by mtime). */
export function actionInputs(): ActionInput[]
/** The variable the runner sets for an input (as @actions/core's getInput reads it): `INPUT_SECRET-ID`. */
export function inputVariable(name: string): string
/** Parses GITHUB_OUTPUT: `name<<DELIM\nvalue\nDELIM` blocks and plain `name=value` lines. */
export function parseOutputFile(text: string): Record<string, string>
/** A fresh, empty workspace directory. */
export function makeWorkspace(): Promise<string>
/** Writes `name` (may contain directories) inside `dir`; returns its absolute path. */
export function writeWorkspaceFile(dir: string, name: string, content: string | Buffer): Promise<string>
/** Sets up a run as the runner does before it starts a step (inputs by action.yml name; undeclared ones throw). */
export function prepareRun(inputs: Record<string, string>, opts?: PrepareOptions): Promise<PreparedRun>
/** Runs dist/index.js with `inputs` (action.yml names) and returns what the runner would see. */
export function runAction(inputs: Record<string, string>, opts?: RunOptions): Promise<ActionRun>
/** A short description of a run for assertion messages: exit code, duration and the log. */
export function describeRun(run: ActionRun): string
/** A command as the runner parses it from one line. */
export interface RunnerCommand {
  /** As written (the runner compares names case-insensitively). */
  readonly command: string
  readonly properties: Record<string, string>
  /** Unescaped. */
  readonly data: string
}

/** An `::error::`, `::warning::` or `::notice::` the runner turned into an annotation. */
export interface Annotation {
  readonly level: 'error' | 'warning' | 'notice'
  /** Unescaped; masks not applied (the runner masks it when it shows it), so that a leak check sees it whole. */
  readonly message: string
  readonly properties: Record<string, string>
}

/** What the runner made of a step's log. */
export interface RunnerView {
  /** The lines it shows, masked; `::add-mask::` lines it processed are not shown. */
  readonly lines: string[]
  /** Every mask registered: each value and its trimmed lines, and a stop token longer than 6 characters. */
  readonly masks: string[]
  /** The values of the `::add-mask::` commands it processed, unescaped. */
  readonly registered: string[]
  readonly annotations: Annotation[]
  /** Every command it ran, in order (the add-mask, error and stop-commands ones included). */
  readonly commands: RunnerCommand[]
  /** Whether `::stop-commands::` was left in force at the end. */
  readonly stopped: boolean
}

/** The commands the runner registers. */
export const RUNNER_COMMANDS: readonly string[]
/** The lines of a log as the runner reads them: split at `\r\n`, `\r` and `\n` only. */
export function logLines(log: string): string[]
/** The command a line holds for the runner (`::name::` after leading white space, or `##[name]` anywhere), if any. */
export function parseCommand(line: string, registered?: Iterable<string>): RunnerCommand | undefined
/** The log as the runner processes it: commands, stop-commands, masks, annotations, and the lines shown. */
export function readLog(log: string): RunnerView
/** Every value the log registered with `::add-mask::` (as processed by the runner), unescaped. */
export function registeredMasks(log: string): string[]
/** The log as the runner shows it: `::add-mask::` lines removed, every later occurrence of a mask as `***`. */
export function maskLog(log: string): string
/** `text` as a later step would print it: masked with every value `log` registered (and their lines). */
export function maskText(text: string, log: string): string
/**
 * What a job output built from `value` holds: the value, or undefined when it contains a registered
 * mask (the runner skips such a job output; it keeps step outputs as they are).
 */
export function jobOutput(value: string, log: string): string | undefined
