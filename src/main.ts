/**
 * run(): settings → value → masks → client → read → plan → apply → outputs and summary. The one
 * place that talks to the runner (masks, logs, outputs, summary, failure) and to the process
 * (a cancelled job's signals).
 */
import * as core from './runner.js'
import { Progress, interrupt } from './apply.js'
import { createClient } from './client.js'
import { ActionError, failureMessage } from './errors.js'
import { masksFor, redact, proxyMasks } from './mask.js'
import { outputsOf } from './outcome.js'
import { readSettings, runnerSource, valueInputs, type Settings } from './settings.js'
import { describeOutcome, renderSummary } from './summary.js'
import type { SecretRequest, SecretValue } from './types.js'
import { loadValue } from './value.js'
import { readRunContext } from './run-context.js'
import { mergeTimeBoundMs, uuidv7, writeSecret } from './write.js'

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
    if (settings.secrets) {
      // Every value loaded, checked and masked before any request.
      for (const entry of settings.secrets) {
        const loaded = await loadValue(entry.value, { jsonPatch: settings.jsonMerge, format: settings.valueFormat, line: entry.line })
        mask(masksFor(loaded))
      }
    }
    if (settings.secrets || settings.tags.length > 0) {
      // Parsed and validated already; writing them comes with the plan of each secret.
      throw new ActionError('`secrets` and `tags` are not supported by this build yet.')
    }
    const value = settings.value
      ? await loadValue(settings.value, { jsonPatch: settings.jsonMerge, format: settings.valueFormat })
      : undefined
    if (value) mask(masksFor(value))

    const context = readRunContext()
    const client = await createClient(settings, context)
    const progress = new Progress()
    stopListening = onCancel(async (signal) => {
      const { written, uncertain } = await interrupt(client, progress, INTERRUPT_WAIT_MS)
      const what = [
        written.length > 0 ? `Written before the stop: ${written.join('; ')}.` : 'Nothing was written.',
        ...(uncertain ? [`A call was still unanswered and may have been applied: ${uncertain}.`] : [])
      ]
      core.setFailed(redact(`The step was cancelled (${signal}). ${what.join(' ')}`, [...masks]))
    })
    core.info(`${settings.dryRun ? 'Dry run for' : 'Updating'} secret ${settings.secretId} in ${settings.region}.`)
    const outcome = await writeSecret(
      client,
      toRequest(settings, value),
      {
        info: (message) => core.info(message),
        warning: (message) => core.warning(message),
        mask: (v: SecretValue) => mask(masksFor(v))
      },
      {
        // A generated version id must not contain a registered mask, or the runner would drop
        // the `version-id` output as possibly secret.
        newToken: () => tokenAvoiding([...masks]),
        staleLabelMs: mergeTimeBoundMs(settings),
        progress
      }
    )
    stopListening()

    for (const line of describeOutcome(outcome)) core.info(line)
    for (const [name, text] of Object.entries(outputsOf(outcome))) {
      core.setOutput(name, text)
      if ([...masks].some((m) => text.includes(m))) {
        core.warning(`Output \`${name}\` contains a part of the secret value, so the runner will not pass it on.`)
      }
    }
    core.appendSummary(renderSummary(outcome, context))
  } catch (error) {
    stopListening()
    core.setFailed(redact(failureMessage(error), [...masks]))
  }
}

/**
 * The runner cancels a step with SIGINT, then SIGTERM: the handler runs once, then the process
 * exits (with the code setFailed chose). Returns the function that stops listening.
 */
function onCancel(handler: (signal: NodeJS.Signals) => Promise<void>): () => void {
  let handling: Promise<void> | undefined
  const listener = (signal: NodeJS.Signals): void => {
    handling ??= handler(signal).finally(() => process.exit())
  }
  process.on('SIGINT', listener)
  process.on('SIGTERM', listener)
  return () => {
    process.removeListener('SIGINT', listener)
    process.removeListener('SIGTERM', listener)
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
    createIfMissing: settings.createIfMissing
  }
}

function tokenAvoiding(masks: readonly string[]): string {
  let token = uuidv7()
  // Bounded: a one-character value such as `-` is in every UUID, and then no choice helps.
  for (let i = 0; i < 100 && masks.some((m) => token.includes(m)); i++) token = uuidv7()
  return token
}
