/**
 * Pure: Secrets Manager's quotas as guidance. A LimitExceededException on a call that creates a
 * version is the version quota (about 100 versions per secret; versions without a label are not
 * deleted until they are 24 hours old); on a call that adds a staging label, possibly the label
 * quota (20 labels on a secret's versions in all). Either way the message says which, and what to
 * do; apply adds what was written before it. Labels are never removed to make room: only a person
 * knows which labels another writer still needs.
 */
import { ActionError, errorMessage } from './errors.js'
import { MAX_LABELS } from './types.js'
import type { WriteCall } from './types.js'

export class QuotaError extends ActionError {}

const OPERATION: Record<WriteCall['op'], string> = {
  update: 'UpdateSecret',
  create: 'CreateSecret',
  tag: 'TagResource',
  'put-version': 'PutSecretValue',
  'move-label': 'UpdateSecretVersionStage',
  replicate: 'ReplicateSecretToRegions'
}

/** The failure of `call` refused with LimitExceededException. */
export function quotaError(call: WriteCall, error: unknown, nothingWritten: boolean): QuotaError {
  const aws = errorMessage(error)
  const said = `${OPERATION[call.op]} was refused: LimitExceededException: "${aws}".`
  const before = nothingWritten ? ' Nothing was written before it.' : ''
  const labels =
    (call.op === 'put-version' || call.op === 'move-label') && /label|stage/i.test(aws)
      ? ` A secret's versions carry at most ${MAX_LABELS} staging labels in all (AWSCURRENT and AWSPREVIOUS count; a json-merge adds one while it runs). ` +
        'Remove the labels no longer needed (aws secretsmanager update-secret-version-stage --remove-from-version-id); this action never removes labels it did not set.'
      : undefined
  if (labels) return new QuotaError(`${said}${labels}${before}`)
  const newVersion = ('value' in call && call.value !== undefined) || call.op === 'put-version'
  if (!newVersion) return new QuotaError(`${said}${before}`)
  return new QuotaError(
    `${said} Secrets Manager keeps at most about 100 versions of a secret, and does not delete versions without a staging label until they are 24 hours old: ` +
      'a burst of writes (a matrix, a loop, retries) reaches that quota.' +
      `${before} Write less often: \`skip-unchanged: true\` makes no version for an unchanged value; ` +
      'keep to a few writes per secret per day, or wait a day for the old versions to go.'
  )
}
