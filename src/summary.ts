/**
 * Pure: the job summary and the log lines for an outcome. Names, ARNs, version ids and
 * descriptions only: a value never reaches this module.
 */
import type { Change, Outcome, RunLink } from './types.js'

export function renderSummary(outcome: Outcome, run: RunLink | undefined): string {
  const title = outcome.dryRun
    ? `Dry run: Secrets Manager secret \`${code(outcome.name)}\`${outcome.created ? ' does not exist and would be created' : ''} (nothing was written)`
    : `Secrets Manager secret \`${code(outcome.name)}\` ${outcome.created ? 'created' : outcome.changed ? 'updated' : 'unchanged'}`
  const rows: [string, string][] = [
    ['Secret', `\`${code(outcome.name)}\``],
    ['ARN', outcome.arn ? `\`${code(outcome.arn)}\`` : '(not created yet)'],
    ['Version', outcome.versionId ? `\`${code(outcome.versionId)}\`` : outcome.dryRun && outcome.value === 'new-version' ? '(assigned by a real run)' : '(no new version)'],
    ['Value', valueText(outcome)],
    ['Description', changeText(outcome.description)],
    ['KMS key', changeText(outcome.kmsKeyId)],
    [outcome.dryRun ? 'Would change' : 'Changed', outcome.changed ? 'yes' : 'no']
  ]
  if (outcome.mergeAttempts !== undefined && outcome.mergeAttempts > 1) {
    rows.push(['Merge attempts', String(outcome.mergeAttempts)])
  }
  const lines = [`### ${title}`, '', '| | |', '|---|---|', ...rows.map(([k, v]) => `| ${k} | ${v} |`), '']
  if (run?.repository && run.runId) {
    const url = `${run.serverUrl}/${run.repository}/actions/runs/${run.runId}/attempts/${run.runAttempt}`
    lines.push(`Written by [${cell(run.repository)} run ${run.runId}](${url}).`, '')
  }
  return lines.join('\n')
}

/** One line per change for the log. */
export function describeOutcome(outcome: Outcome): string[] {
  const verb = outcome.dryRun ? 'Would' : 'Did'
  const lines = [
    outcome.dryRun
      ? outcome.created
        ? `Dry run: secret ${outcome.name} does not exist and would be created; nothing was written.`
        : `Dry run: nothing was written to ${outcome.name}.`
      : `Secret ${outcome.name} ${outcome.created ? 'created' : outcome.changed ? 'updated' : 'left unchanged'}.`,
    `Value: ${valueText(outcome)}.`
  ]
  if (outcome.description) lines.push(`${verb} set description: ${plainChange(outcome.description)}.`)
  if (outcome.kmsKeyId) lines.push(`${verb} set KMS key: ${plainChange(outcome.kmsKeyId)}.`)
  return lines
}

function valueText(outcome: Outcome): string {
  const would = outcome.dryRun
  switch (outcome.value) {
    case 'new-version':
      return outcome.created
        ? would ? 'would be stored as the first version' : 'stored as the first version'
        : would ? 'would be written as a new version' : 'written as a new version (AWSCURRENT)'
    case 'unchanged':
      return 'unchanged (equal to AWSCURRENT), no new version'
    case 'none':
      return 'not given'
  }
}

function changeText(change: Change | undefined): string {
  if (!change) return 'unchanged'
  // `&rarr;` rather than the character: an ASCII-only bundle is held by V8 as one-byte text.
  return change.from === undefined ? `set to ${quote(change.to)}` : `${quote(change.from)} &rarr; ${quote(change.to)}`
}

function plainChange(change: Change): string {
  return change.from === undefined ? `"${change.to}"` : `"${change.from}" -> "${change.to}"`
}

function quote(text: string): string {
  return text === '' ? '(empty)' : `\`${code(text)}\``
}

/** Text inside a code span in a table cell: no pipes, backticks or line breaks. */
function code(text: string): string {
  return cell(text).replace(/`/g, "'")
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/[\r\n]+/g, ' ')
}
