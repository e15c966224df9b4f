/**
 * run(), top to bottom: settings -> values loaded and masked -> client -> read and plan every
 * target -> apply -> report. One secret (`secret-id`) is a batch of one; only the report differs
 * (its own outputs, or `results`). The one place that talks to the runner (masks, logs, outputs,
 * summary, failure) and to the process (a cancelled job's signals).
 */
import { randomBytes } from 'node:crypto'
import * as core from './runner.js'
import { PlanFailedError, mergeTimeBoundMs, writeAll } from './batch.js'
import { createClient } from './client.js'
import { ActionError, errorMessage, failureMessage } from './errors.js'
import { masksFor, redact, proxyMasks } from './mask.js'
import { metadataOnlyNotice } from './metadata-only.js'
import { cancelMessage, failureOf, outputsOf, planFailureOf, writtenText, type Report } from './outcome.js'
import { generatePassword } from './password.js'
import { readRunContext } from './run-context.js'
import { readSettings, runnerSource, valueInputs, type Settings } from './settings.js'
import { logLines, renderSummary } from './summary.js'
import type { Reporter, SecretRequest, SecretResultOf, SecretValue } from './types.js'
import { loadTarget, type Password } from './value.js'
import { newVersionId } from './version-id.js'

/**
 * How long a cancelled run waits for the call on the wire, and then for each cleanup call. The
 * runner sends SIGINT, SIGTERM 7.5 s later, and kills the process 2.5 s after that.
 */
const INTERRUPT_WAIT_MS = 3000

export async function run(): Promise<void> {
  const masks = new Set<string>()
  const mask = (values: readonly string[]): void => {
    for (const m of values) {
      if (!masks.has(m)) {
        masks.add(m)
        core.setSecret(m)
      }
    }
  }
  const fail = (message: string): void => core.setFailed(redact(message, [...masks]))
  let stopListening = (): void => undefined
  try {
    const source = runnerSource()
    // The raw value inputs are masked first, so that even a run that fails on another input
    // leaves them masked for the steps after it.
    for (const text of valueInputs(source)) mask(masksFor({ kind: 'text', text }))
    const settings = readSettings(source)
    for (const proxy of [settings.httpProxy, settings.httpsProxy]) if (proxy) mask(proxyMasks(proxy))
    const password = newPassword(settings)
    // Registered as a mask the moment it exists, before anything else can print it.
    if (password) mask(masksFor({ kind: 'text', text: password.text }))
    const requests: SecretRequest[] = []
    for (const target of settings.targets) {
      const { request, value } = await loadTarget(target, { format: settings.valueFormat, password })
      if (value) mask(masksFor(value))
      requests.push(request)
    }

    const context = readRunContext()
    const client = await createClient(settings, context)
    const cancel = new AbortController()
    stopListening = onCancel((signal) => cancel.abort(signal))
    core.info(startLine(settings, requests.length))
    if (password) {
      core.info(`Generated a password of ${password.text.length} characters (masked; never printed or output).`)
    }
    const handOff = passwordHandOff(settings, password)
    let results: SecretResultOf[]
    try {
      results = await writeAll(client, requests, (request) => reporter(settings.report, request, mask, handOff), {
        dryRun: settings.dryRun,
        maxConcurrency: settings.maxConcurrency,
        // A generated version id must not contain a registered mask (see version-id.ts).
        newToken: (kind) => newVersionId(kind, [...masks]),
        staleLabelMs: mergeTimeBoundMs(settings),
        signal: cancel.signal,
        stopWaitMs: INTERRUPT_WAIT_MS,
        replicaWaitMs: settings.readTimeoutMs
      })
    } catch (error) {
      if (!(error instanceof PlanFailedError) || cancel.signal.aborted) throw error
      throw new ActionError(planFailureOf(error.secretId, error.message, requests.length, settings.report))
    } finally {
      stopListening()
    }
    if (cancel.signal.aborted) {
      // A cancelled run's calls fail too ("stopped before the next call"): the cancellation says it all.
      fail(`${cancelMessage(String(cancel.signal.reason), results, settings.report)}${handOff?.text() ?? ''}`)
      process.exit()
    }
    report(settings, results, handOff, masks, context)
  } catch (error) {
    stopListening()
    fail(failureMessage(error))
  }
}

/** The password `generate-password` asks for, and with `json-merge` the key it goes under. */
function newPassword(settings: Settings): Password | undefined {
  const generated = settings.generatePassword
  return generated ? { text: generatePassword(generated.rules, randomBytes), key: generated.key } : undefined
}

function startLine(settings: Settings, count: number): string {
  const verb = settings.dryRun ? 'Dry run for' : 'Updating'
  const [one] = settings.targets
  return settings.report === 'single' && one
    ? `${verb} secret ${one.secretId} in ${settings.region}.`
    : `${verb} ${count} secrets in ${settings.region}, at most ${settings.maxConcurrency} writes at a time.`
}

/** Where a target's messages go: the log, prefixed with the secret with `secrets`; its masks to the runner. */
function reporter(
  report: Report,
  request: SecretRequest,
  mask: (values: readonly string[]) => void,
  handOff: PasswordHandOff | undefined
): Reporter {
  const prefix = report === 'single' ? '' : `${request.secretId}: `
  return {
    info: (message) => core.info(`${prefix}${message}`),
    warning: (message) => core.warning(`${prefix}${message}`),
    mask: (value: SecretValue) => mask(masksFor(value)),
    ...(handOff ? { stored: (versionId: string) => handOff.stored(versionId) } : {})
  }
}

/**
 * `password-env`: the generated password goes to the later steps of the job as soon as the write
 * that stores it has succeeded, so that a later failure of the step (tags, the outputs) cannot keep
 * a stored password from the job; a failure message then says where it is.
 */
interface PasswordHandOff {
  stored(versionId: string): void
  /** Why the export failed, if it did (reported once the writes are over). */
  readonly failure: string | undefined
  /** For a failure message: the version that stores the password and where it went; '' before it is stored. */
  text(): string
}

function passwordHandOff(settings: Settings, password: Password | undefined): PasswordHandOff | undefined {
  const env = settings.generatePassword?.env
  if (!env || !password || settings.dryRun) return undefined
  let versionId: string | undefined
  let exported = false
  let failure: string | undefined
  return {
    stored(id) {
      if (versionId !== undefined) return
      versionId = id
      try {
        exported = core.exportVariable(env, password.text)
        if (exported) {
          core.info(
            `The generated password is in the environment variable ${env} of the later steps of this job (masked).`
          )
        } else {
          core.warning(`\`password-env\`: there is no GITHUB_ENV file (not a runner?), so ${env} was not exported.`)
        }
      } catch (error) {
        failure = String((error as { code?: unknown }).code ?? errorMessage(error))
      }
    },
    get failure() {
      return failure
    },
    text() {
      if (versionId === undefined) return ''
      return exported
        ? ` The generated password is stored (version ${versionId}) and is in ${env} for the later steps of this job.`
        : ` The generated password is stored (version ${versionId}) and was NOT exported to ${env}${failure ? ` (${failure})` : ''}.`
    }
  }
}

/** The log, the password handed on, the outputs and the summary; then the failure, if a write failed. */
function report(
  settings: Settings,
  all: readonly SecretResultOf[],
  handOff: PasswordHandOff | undefined,
  masks: ReadonlySet<string>,
  context: ReturnType<typeof readRunContext>
): void {
  // Failure reasons come from AWS answers: redacted like any failure message.
  const results = all.map((r) =>
    r.result.status === 'failed' ? { ...r, result: { ...r.result, reason: redact(r.result.reason, [...masks]) } } : r
  )
  for (const line of logLines(results, settings.report)) core.info(line)
  const notice = metadataOnlyNotice(results, settings.report)
  if (notice) core.notice(notice.text)
  const failure = failureOf(results, settings.report)
  // One secret that failed: its error is the report (with where a stored password went).
  if (failure && settings.report === 'single') throw new ActionError(`${failure}${handOff?.text() ?? ''}`)
  const done = writtenText(results, settings.report)
  // Only a run that wrote the password hands it on (as soon as it was stored), through the environment only.
  const exportFailure = handOff?.failure
  if (exportFailure !== undefined) {
    afterWrite(done, 'environment', () => {
      throw Object.assign(new Error(exportFailure), { code: exportFailure })
    })
  }
  afterWrite(done, 'outputs', () => setOutputs(outputsOf(results, settings.report), masks))
  afterWrite(done, 'summary', () =>
    core.appendSummary(renderSummary(results, settings.report, context) + (notice?.markdown ?? ''))
  )
  if (failure) core.setFailed(failure)
}

/**
 * The runner cancels a step with SIGINT, then SIGTERM: the first one aborts the run (the flow
 * stops its calls and says what was written); later ones are ignored. Returns the function that
 * stops listening.
 */
function onCancel(abort: (signal: NodeJS.Signals) => void): () => void {
  const listener = (signal: NodeJS.Signals): void => abort(signal)
  process.on('SIGINT', listener)
  process.on('SIGTERM', listener)
  return () => {
    process.removeListener('SIGINT', listener)
    process.removeListener('SIGTERM', listener)
  }
}

function setOutputs(outputs: Record<string, string>, masks: ReadonlySet<string>): void {
  for (const [name, text] of Object.entries(outputs)) {
    core.setOutput(name, text)
    if ([...masks].some((m) => text.includes(m))) {
      core.warning(
        `Output \`${name}\` contains a part of the secret value: later steps of this job get it as it is, ` +
          'the log shows that part as ***, and a job output (jobs.<id>.outputs) built from it would be dropped by the runner.'
      )
    }
  }
}

/**
 * Reports the outcome (`outputs`, then the job `summary`) once the secret is written. A failure
 * here (a full disk, a summary file in a missing directory) must not read as a failed update:
 * that would invite a rerun, and a rerun writes another version. So the message says what was
 * written (`done`), with the version id. Outputs that cannot be written fail the step (later steps
 * would miss `version-id`); a summary that cannot be written is only a warning.
 */
function afterWrite(
  done: { readonly text: string; readonly rerun: boolean },
  what: 'environment' | 'outputs' | 'summary',
  write: () => void
): void {
  try {
    write()
  } catch (error) {
    const reason = (error as { code?: unknown }).code ?? errorMessage(error)
    const rerun = done.rerun ? ' Do not rerun this step to write it again: that would make another version.' : ''
    if (what === 'summary') {
      core.warning(`${done.text} The job summary could not be written (${String(reason)}).${rerun}`)
      return
    }
    const lost =
      what === 'environment'
        ? `the generated password could not be exported to the later steps with \`password-env\` (${String(reason)})`
        : `the step outputs could not be written (${String(reason)}), so later steps will not get them`
    throw new ActionError(`${done.text} But ${lost}.${rerun}`)
  }
}
