/** A request for one secret with every option off, for the tests of the flow to vary. */
import type { SecretRequest } from '../src/types.js'

export function secretRequest(over: Partial<SecretRequest> & Pick<SecretRequest, 'secretId' | 'value'>): SecretRequest {
  return {
    secretIdIsArn: false,
    description: undefined,
    kmsKeyId: undefined,
    clientRequestToken: undefined,
    skipUnchanged: false,
    jsonMerge: false,
    dryRun: false,
    createIfMissing: false,
    tags: [],
    versionStages: undefined,
    promote: undefined,
    ...over
  }
}
