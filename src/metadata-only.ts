/**
 * Pure: a run that changes only the description or the KMS key while no value was given, made
 * visible. The runner cannot tell an empty input from an absent one: `secret-string:
 * ${{ secrets.NEW_API_KEY }}` with a `description` is empty when the GitHub secret is not
 * available to the run, and the step would change only the description and succeed. A notice
 * (not a warning: a description-only step is a legitimate use, and README's own example is one)
 * says so in the run's annotations and in the summary, with the likely cause.
 */
import type { Report } from './outcome.js'
import type { SecretResultOf } from './types.js'

export interface MetadataOnlyNotice {
  /** The annotation's text. */
  readonly text: string
  /** The same, for the job summary. */
  readonly markdown: string
}

export function metadataOnlyNotice(results: readonly SecretResultOf[], report: Report): MetadataOnlyNotice | undefined {
  const result = results[0]?.result
  if (report !== 'single' || result?.status !== 'done') return undefined
  const o = result.outcome
  if (o.value !== 'none' || o.promotion || (!o.description && !o.kmsKeyId)) return undefined
  const what = [...(o.description ? ['the description'] : []), ...(o.kmsKeyId ? ['the KMS key'] : [])].join(' and ')
  const verb = o.dryRun ? 'would change' : 'changed'
  const cause =
    'If a value was meant (say `secret-string: ${{ secrets.NAME }}`), it was empty in this run: a GitHub secret is ' +
    "not available to a workflow run by a fork's pull request or by Dependabot, and an environment secret only " +
    'to a job that names its environment.'
  const name = o.name.replace(/[`\r\n|]/g, ' ')
  return {
    text: `No value was given: this step ${verb} only ${what} of secret ${o.name}, and wrote no version. ${cause}`,
    markdown: `\n> **No value was given**: this step ${verb} only ${what} of \`${name}\`, and wrote no version. ${cause}\n`
  }
}
