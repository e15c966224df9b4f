/**
 * run(): settings -> value -> masks -> client -> read -> plan -> apply -> outputs and summary, for one
 * secret or, with `secrets`, for each (every read and plan before the first write). The one
 * place that talks to the runner (masks, logs, outputs, summary, failure) and to the process
 * (a cancelled job's signals).
 */
import { randomBytes, randomUUID } from 'node:crypto'
import * as core from './runner.js'
import { Progress, interrupt } from './apply.js'
import { createClient } from './client.js'
import { ActionError, errorMessage, failureMessage } from './errors.js'
import { masksFor, redact, proxyMasks } from './mask.js'
import { failureOfResults, outputsOf, resultsOutputs } from './outcome.js'
import { readSettings, runnerSource, valueInputs, type Settings } from './settings.js'
import { describeOutcome, describeResults, renderResultsSummary, renderSummary } from './summary.js'
import type { Outcome, SecretRequest, SecretResultOf, SecretValue } from './types.js'
import { generatePassword } from './password.js'
import { loadValue, withPassword } from './value.js'
import { readRunContext } from './run-context.js'
import { mergeTimeBoundMs, uuidv7, writeSecret } from './write.js'
import { Batch, writeSecrets } from './write-many.js'

/**
 * How long a cancelled run waits for the call on the wire, and then for each cleanup call. The
 * runner sends SIGINT, SIGTERM 7.5 s later, and kills the process 2.5 s after that.
 */
const INTERRUPT_WAIT_MS = 3000

export async function run(): Promise<void> {
  const masks = new Set<string>()
  const mask = (values: string[]): void => {
    for (const m of values) {
      if (!masks.has(m)) {
        masks.add(m)
        core.setSecret(m)
      }
    }
  }
  let stopListening = (): void => undefined
  try {
    const source = runnerSource()
    // The raw value inputs are masked first, so that even a run that fails on another input
    // leaves them masked for the steps after it.
    for (const text of valueInputs(source)) mask(masksFor({ kind: 'text', text }))
    const settings = readSettings(source)
    for (const proxy of [settings.httpProxy, settings.httpsProxy]) if (proxy) mask(proxyMasks(proxy))
    if (settings.secrets) return await runMany(settings, mask, masks, (stop) => (stopListening = stop))
    const generated = settings.generatePassword
    // Registered as a mask the moment it exists, before anything else can print it.
    const password = generated ? generatePassword(generated.rules, randomBytes) : undefined
    if (password !== undefined) mask(masksFor({ kind: 'text', text: password }))
    const loaded = settings.value
      ? await loadValue(settings.value, { jsonPatch: settings.jsonMerge, format: settings.valueFormat })
      : undefined
    const value = password !== undefined ? withPassword(loaded, password, generated?.key) : loaded
    if (value) mask(masksFor(value))

    const context = readRunContext()
    const client = await createClient(settings, context)
    const progress = new Progress()
    stopListening = onCancel(async (signal) => {
      const stop = await interrupt(client, progress, INTERRUPT_WAIT_MS)
      core.setFailed(redact(cancelMessage(signal, [{ prefix: '', ...stop }], []), [...masks]))
    })
    core.info(`${settings.dryRun ? 'Dry run for' : 'Updating'} secret ${settings.secretId} in ${settings.region}.`)
    if (generated)
      core.info(`Generated a password of ${generated.rules.length} characters (masked; never printed or output).`)
    const outcome = await writeSecret(
      client,
      toRequest(settings, value),
      {
        info: (message) => core.info(message),
        warning: (message) => core.warning(message),
        mask: (v: SecretValue) => mask(masksFor(v))
      },
      {
        // A generated version id must not contain a registered mask: the log would show it as ***,
        // and the runner would drop a job output built from `version-id` as possibly secret (it
        // keeps step outputs as they are).
        newToken: (kind) => tokenAvoiding([...masks], kind),
        staleLabelMs: mergeTimeBoundMs(settings),
        progress
      }
    )
    stopListening()

    for (const line of describeOutcome(outcome)) core.info(line)
    const done = writtenText(outcome)
    // Only a run that wrote the password hands it on, and only through the environment, never an output.
    if (generated?.env && password !== undefined && !outcome.dryRun && outcome.value === 'new-version') {
      const name = generated.env
      afterWrite(done, 'environment', () => {
        if (core.exportVariable(name, password)) {
          core.info(
            `The generated password is in the environment variable ${name} of the later steps of this job (masked).`
          )
        } else {
          core.warning(`\`password-env\`: there is no GITHUB_ENV file (not a runner?), so ${name} was not exported.`)
        }
      })
    }
    afterWrite(done, 'outputs', () => setOutputs(outputsOf(outcome), masks))
    afterWrite(done, 'summary', () => core.appendSummary(renderSummary(outcome, context)))
  } catch (error) {
    stopListening()
    // A cancelled run's calls fail too ("stopped before the next call"): the cancellation says it all.
    if (!cancelling) core.setFailed(redact(failureMessage(error), [...masks]))
  }
}

/** Whether a cancellation is being handled: its message is then the step's one failure. */
let cancelling = false

/**
 * The runner cancels a step with SIGINT, then SIGTERM: the handler runs once, then the process
 * exits (with the code setFailed chose). Returns the function that stops listening.
 */
function onCancel(handler: (signal: NodeJS.Signals) => Promise<void>): () => void {
  let handling: Promise<void> | undefined
  const listener = (signal: NodeJS.Signals): void => {
    cancelling = true
    handling ??= handler(signal).finally(() => process.exit())
  }
  process.on('SIGINT', listener)
  process.on('SIGTERM', listener)
  return () => {
    process.removeListener('SIGINT', listener)
    process.removeListener('SIGTERM', listener)
  }
}

/** The failure of a cancelled step: what each secret's writes had done when the signal came. */
function cancelMessage(
  signal: NodeJS.Signals,
  stops: readonly {
    readonly prefix: string
    readonly written: readonly string[]
    readonly uncertain: string | undefined
    readonly leftover: readonly string[]
  }[],
  notStarted: readonly string[]
): string {
  const written = stops.flatMap((s) => s.written.map((w) => `${s.prefix}${w}`))
  const uncertain = stops.flatMap((s) => (s.uncertain ? [`${s.prefix}${s.uncertain}`] : []))
  const what = [
    written.length > 0 ? `Written before the stop: ${written.join('; ')}.` : 'Nothing was written.',
    ...(uncertain.length > 0 ? [`Still unanswered, and may have been applied: ${uncertain.join('; ')}.`] : []),
    ...(notStarted.length > 0 ? [`Not attempted: ${notStarted.join(', ')}.`] : []),
    ...stops.flatMap((s) => s.leftover.map((l) => `${s.prefix}${l}`))
  ]
  return `The step was cancelled (${signal}). ${what.join(' ')}`
}

/**
 * `secrets`: every value loaded, checked and masked before any request; then every read and plan,
 * then the writes (write-many.ts). Outputs, log and summary cover every secret, also on failure.
 */
async function runMany(
  settings: Settings,
  mask: (values: string[]) => void,
  masks: ReadonlySet<string>,
  onStop: (stop: () => void) => void
): Promise<void> {
  const requests: SecretRequest[] = []
  for (const entry of settings.secrets ?? []) {
    const value = await loadValue(entry.value, {
      jsonPatch: settings.jsonMerge,
      format: settings.valueFormat,
      line: entry.line
    })
    mask(masksFor(value))
    requests.push({
      ...toRequest(settings, value),
      secretId: entry.secretId,
      secretIdIsArn: entry.secretArn !== undefined
    })
  }

  const context = readRunContext()
  const client = await createClient(settings, context)
  const batch = new Batch()
  const stopListening = onCancel(async (signal) => {
    batch.stopped = true
    const stops = await Promise.all(
      batch.progress.map(async ({ secretId, progress }) => ({
        secretId,
        ...(await interrupt(client, progress, INTERRUPT_WAIT_MS))
      }))
    )
    const started = new Set(stops.map((s) => s.secretId))
    const notStarted = requests.filter((r) => !started.has(r.secretId)).map((r) => r.secretId)
    const perSecret = stops.map((s) => ({ ...s, prefix: `${s.secretId}: ` }))
    core.setFailed(redact(cancelMessage(signal, perSecret, notStarted), [...masks]))
  })
  onStop(stopListening)
  core.info(
    `${settings.dryRun ? 'Dry run for' : 'Updating'} ${requests.length} secrets in ${settings.region}, at most ${settings.maxConcurrency} writes at a time.`
  )
  const results = await writeSecrets(
    client,
    requests,
    (secretId) => ({
      info: (message) => core.info(`${secretId}: ${message}`),
      warning: (message) => core.warning(`${secretId}: ${message}`),
      mask: (v: SecretValue) => mask(masksFor(v))
    }),
    {
      newToken: (kind) => tokenAvoiding([...masks], kind),
      staleLabelMs: mergeTimeBoundMs(settings),
      maxConcurrency: settings.maxConcurrency,
      batch
    }
  )
  stopListening()

  // Failure reasons come from AWS answers: redacted like any failure message.
  const shown = results.map((r) =>
    r.result.status === 'failed' ? { ...r, result: { ...r.result, reason: redact(r.result.reason, [...masks]) } } : r
  )
  for (const line of describeResults(shown)) core.info(line)
  const done = writtenListText(shown, settings.dryRun)
  afterWrite(done, 'outputs', () => setOutputs(resultsOutputs(shown), masks))
  afterWrite(done, 'summary', () => core.appendSummary(renderResultsSummary(shown, settings.dryRun, context)))
  const failure = failureOfResults(shown)
  if (failure && !cancelling) core.setFailed(failure)
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

function writtenText(outcome: Outcome): { text: string; rerun: boolean } {
  const text = outcome.dryRun
    ? `Dry run: nothing was written to ${outcome.name}.`
    : outcome.promotion
      ? `Secret ${outcome.name}: version ${outcome.promotion.versionId} is AWSCURRENT.`
      : outcome.value === 'new-version'
        ? `Secret ${outcome.name} was ${outcome.created ? 'created' : 'updated'}: version ${outcome.versionId} is ${outcome.stages ? `labelled ${outcome.stages.join(', ')}` : 'AWSCURRENT'}.`
        : `Secret ${outcome.name} was ${outcome.changed ? 'updated' : 'left unchanged'} (no new version).`
  return { text, rerun: !outcome.dryRun && outcome.changed && !outcome.promotion }
}

/** With `secrets`: what was written, for a failure to report it. */
function writtenListText(results: readonly SecretResultOf[], dryRun: boolean): { text: string; rerun: boolean } {
  if (dryRun) return { text: `Dry run: nothing was written to the ${results.length} secrets.`, rerun: false }
  const written = results.flatMap(({ secretId, result }) =>
    result.status === 'done' && result.outcome.changed
      ? [`${secretId}${result.outcome.versionId ? ` (version ${result.outcome.versionId})` : ''}`]
      : []
  )
  return {
    text: written.length > 0 ? `Written: ${written.join(', ')}.` : 'No secret was changed.',
    rerun: written.length > 0
  }
}

function toRequest(settings: Settings, value: SecretValue | undefined): SecretRequest {
  return {
    secretId: settings.secretId,
    secretIdIsArn: settings.secretArn !== undefined,
    value,
    description: settings.description,
    kmsKeyId: settings.kmsKeyId,
    clientRequestToken: settings.clientRequestToken,
    skipUnchanged: settings.skipUnchanged,
    jsonMerge: settings.jsonMerge,
    dryRun: settings.dryRun,
    createIfMissing: settings.createIfMissing,
    tags: settings.tags,
    versionStages: settings.versionStages,
    promote: settings.promote
  }
}

function tokenAvoiding(masks: readonly string[], kind: 'merge' | 'version'): string {
  const make = kind === 'merge' ? uuidv7 : randomUUID
  let token = make()
  // Bounded: a one-character value such as `-` is in every UUID, and then no choice helps.
  for (let i = 0; i < 100 && masks.some((m) => token.includes(m)); i++) token = make()
  return token
}
