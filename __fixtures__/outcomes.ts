/** An outcome for the tests of what is reported: a new version of app/db written, every other field off. */
import type { Outcome } from '../src/types.js'

export const OUTCOME_ARN = 'arn:aws:secretsmanager:us-east-1:123456789012:secret:app/db-AbCdEf'

export function outcome(over: Partial<Outcome> = {}): Outcome {
  return {
    arn: OUTCOME_ARN,
    name: 'app/db',
    versionId: 'v-new',
    changed: true,
    dryRun: false,
    created: false,
    value: 'new-version',
    description: undefined,
    kmsKeyId: undefined,
    mergeAttempts: undefined,
    tags: undefined,
    stages: undefined,
    promotion: undefined,
    labels: [],
    previousVersionId: '',
    currentVersionId: '',
    readCurrentVersionId: '',
    ...over
  }
}
