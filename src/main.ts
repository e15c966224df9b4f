/**
 * run(): settings → value → masks → client → update → outputs and summary. The one place that
 * talks to the runner (masks, logs, outputs, summary, failure).
 */
import * as core from './runner.js'
import { randomUUID } from 'node:crypto'
import { createClient } from './client.js'
import { ActionError, failureMessage } from './errors.js'
import { masksFor, redact, proxyMasks } from './mask.js'
import { readSettings, runnerSource, valueInputs, type Settings } from './settings.js'
import { describeOutcome, renderSummary } from './summary.js'
import { updateSecret, type Request } from './update.js'
import { loadValue } from './value.js'
import type { SecretValue } from './types.js'
import { readRunContext } from './run-context.js'

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
    core.info(`${settings.dryRun ? 'Dry run for' : 'Updating'} secret ${settings.secretId} in ${settings.region}.`)
    const outcome = await updateSecret(
      client,
      toRequest(settings, value),
      {
        info: (message) => core.info(message),
        warning: (message) => core.warning(message),
        mask: (v: SecretValue) => mask(masksFor(v))
      },
      // A generated version id must not contain a registered mask, or the runner would drop
      // the `version-id` output as possibly secret.
      { newToken: () => tokenAvoiding([...masks]) }
    )

    for (const line of describeOutcome(outcome)) core.info(line)
    const outputs = { arn: outcome.arn, name: outcome.name, 'version-id': outcome.versionId, changed: String(outcome.changed) }
    for (const [name, text] of Object.entries(outputs)) {
      core.setOutput(name, text)
      if ([...masks].some((m) => text.includes(m))) {
        core.warning(`Output \`${name}\` contains a part of the secret value, so the runner will not pass it on.`)
      }
    }
    core.appendSummary(renderSummary(outcome, context))
  } catch (error) {
    core.setFailed(redact(failureMessage(error), [...masks]))
  }
}

function toRequest(settings: Settings, value: SecretValue | undefined): Request {
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
  let token = randomUUID()
  // Bounded: a one-character value such as `-` is in every UUID, and then no choice helps.
  for (let i = 0; i < 100 && masks.some((m) => token.includes(m)); i++) token = randomUUID()
  return token
}
