/**
 * Requests for one secret, for the tests of the flow to vary: every option off unless a row sets
 * it. Rows name options as the inputs do (a value, `json-merge`, `version-stages`, a promotion,
 * `client-request-token`); `request` makes the one write they choose, as settings.ts does.
 */
import { parseJsonObject } from '../src/json.js'
import { parseArn } from '../src/settings.js'
import type { Promotion, SecretRequest, SecretValue, ValueWrite } from '../src/types.js'

export interface RequestOptions extends Partial<Omit<SecretRequest, 'write' | 'arn'>> {
  readonly secretId: string
  /** The value, or with `jsonMerge` the patch (JSON text); undefined for none. */
  readonly value: SecretValue | undefined
  readonly jsonMerge?: boolean
  readonly versionStages?: readonly string[] | undefined
  readonly promote?: Promotion | undefined
  readonly clientRequestToken?: string | undefined
}

export function request(options: RequestOptions): SecretRequest {
  const { value, jsonMerge, versionStages, promote, clientRequestToken, ...rest } = options
  return {
    arn: parseArn(options.secretId),
    line: undefined,
    description: undefined,
    kmsKeyId: undefined,
    skipUnchanged: false,
    createIfMissing: false,
    tags: [],
    ifExists: 'update',
    replicas: [],
    forceOverwriteReplica: false,
    stripFinalNewline: false,
    ...rest,
    write: writeOf(value, jsonMerge === true, versionStages, promote, clientRequestToken)
  }
}

function writeOf(
  value: SecretValue | undefined,
  jsonMerge: boolean,
  stages: readonly string[] | undefined,
  promote: Promotion | undefined,
  token: string | undefined
): ValueWrite {
  if (promote) return { kind: 'promote', promotion: promote }
  if (jsonMerge) {
    const patch = value?.kind === 'text' ? parseJsonObject(value.text) : undefined
    if (!patch) throw new Error('a json-merge row needs a JSON object patch')
    return { kind: 'merge', patch, stages }
  }
  return value ? { kind: 'value', value, token, stages } : { kind: 'none' }
}
