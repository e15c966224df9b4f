/**
 * Pure: the job summary and the log lines for a run's results. One secret (`secret-id`) gets a
 * table of its own; several (`secrets`) one row each. Names, ARNs, version ids and descriptions
 * only: a value never reaches this module.
 */
import type { Report } from './outcome.js'
import { AWSCURRENT, AWSPENDING } from './types.js'
import type { Change, LabelMove, Outcome, RunLink, SecretResultOf, TagChange } from './types.js'

/** The job summary of a run. */
export function renderSummary(results: readonly SecretResultOf[], report: Report, run: RunLink | undefined): string {
  const one = results[0]?.result
  if (report === 'single' && one?.status === 'done') return secretSummary(one.outcome, run)
  return resultsSummary(results, run)
}

/** The log lines of a run: each secret's outcome, then, with `secrets` and a failure, what became of each. */
export function logLines(results: readonly SecretResultOf[], report: Report): string[] {
  const lines = results.flatMap(({ result }) => (result.status === 'done' ? describeOutcome(result.outcome) : []))
  if (report === 'single' || !results.some((r) => r.result.status === 'failed')) return lines
  for (const { secretId, result } of results) {
    switch (result.status) {
      case 'done':
        lines.push(
          `Written: ${secretId}${result.outcome.versionId ? ` (version ${result.outcome.versionId})` : ''}${result.outcome.changed ? '' : ', unchanged'}.`
        )
        break
      case 'failed':
        lines.push(
          `Failed: ${secretId}: ${result.reason}${result.written.length > 0 ? ` Already written: ${result.written.join('; ')}.` : ''}`
        )
        break
      case 'cancelled':
        lines.push(`Cancelled: ${secretId}.`)
        break
      case 'not-attempted':
        lines.push(`Not attempted: ${secretId}.`)
    }
  }
  return lines
}

function secretSummary(outcome: Outcome, run: RunLink | undefined): string {
  const title = outcome.dryRun
    ? `Dry run: Secrets Manager secret \`${code(outcome.name)}\`${outcome.created ? ' does not exist and would be created' : ''} (nothing was written)`
    : `Secrets Manager secret \`${code(outcome.name)}\` ${outcome.created ? 'created' : outcome.changed ? 'updated' : 'unchanged'}`
  const rows: [string, string][] = [
    ['Secret', `\`${code(outcome.name)}\``],
    ['ARN', outcome.arn ? `\`${code(outcome.arn)}\`` : '(not created yet)'],
    [
      'Version',
      outcome.versionId
        ? `\`${code(outcome.versionId)}\``
        : outcome.dryRun && outcome.value === 'new-version'
          ? '(assigned by a real run)'
          : '(no new version)'
    ],
    ['Value', valueText(outcome, inCode)],
    ...(outcome.labels.length > 0 ? [['Labels', outcome.labels.map(labelCell).join('<br>')] as [string, string]] : []),
    ...(outcome.previousVersionId
      ? [['Previous version', `\`${code(outcome.previousVersionId)}\``] as [string, string]]
      : []),
    ...(pendingBlocks(outcome) ? [['Rotation', pendingText(outcome, inCode)] as [string, string]] : []),
    ['Description', changeText(outcome.description)],
    ['KMS key', changeText(outcome.kmsKeyId)],
    ...(outcome.tags ? [['Tags', tagsText(outcome.tags)] as [string, string]] : []),
    [outcome.dryRun ? 'Would change' : 'Changed', outcome.changed ? 'yes' : 'no']
  ]
  if (outcome.mergeAttempts !== undefined && outcome.mergeAttempts > 1) {
    rows.push(['Merge attempts', String(outcome.mergeAttempts)])
  }
  const lines = [`### ${title}`, '', '| | |', '|---|---|', ...rows.map(([k, v]) => `| ${k} | ${v} |`), '']
  return [...lines, ...runLink(run)].join('\n')
}

/** `secrets`: one row per secret, with what was written, what failed and what was not attempted. */
function resultsSummary(results: readonly SecretResultOf[], run: RunLink | undefined): string {
  const dryRun = results.some((r) => r.result.status === 'done' && r.result.outcome.dryRun)
  const count = (status: string): number => results.filter((r) => r.result.status === status).length
  const changed = results.filter((r) => r.result.status === 'done' && r.result.outcome.changed).length
  const title = dryRun
    ? `Dry run: ${results.length} Secrets Manager secrets, ${changed} would change (nothing was written)`
    : `Secrets Manager: ${results.length} secrets, ${changed} changed` +
      (count('failed') > 0 ? `, ${count('failed')} failed, ${count('not-attempted')} not attempted` : '')
  const rows = results.map(({ secretId, result }) => {
    switch (result.status) {
      case 'done': {
        const o = result.outcome
        const version = o.versionId
          ? `\`${code(o.versionId)}\``
          : dryRun && o.value === 'new-version'
            ? '(assigned by a real run)'
            : '(no new version)'
        const tags = o.tags ? tagsText(o.tags) : 'not given'
        const status = dryRun
          ? o.changed
            ? o.created
              ? 'would be created'
              : 'would change'
            : 'unchanged'
          : o.created
            ? 'created'
            : o.changed
              ? 'updated'
              : 'unchanged'
        return [
          secretId,
          o.arn ? `\`${code(o.arn)}\`` : '(not created yet)',
          version,
          valueText(o, inCode),
          tags,
          status
        ]
      }
      case 'failed':
        return [
          secretId,
          '',
          '',
          '',
          '',
          // The reason quotes AWS's answer: text from outside, so in a code span.
          `**failed**: \`${code(result.reason)}\`${result.written.length > 0 ? ` (already written: ${inCode(result.written.join('; '))})` : ''}`
        ]
      case 'cancelled':
        return [secretId, '', '', '', '', 'cancelled']
      case 'not-attempted':
        return [secretId, '', '', '', '', 'not attempted']
    }
  })
  const lines = [
    `### ${title}`,
    '',
    '| Secret | ARN | Version | Value | Tags | Result |',
    '|---|---|---|---|---|---|',
    ...rows.map(([id, ...rest]) => `| \`${code(id!)}\` | ${rest.join(' | ')} |`),
    ''
  ]
  return [...lines, ...runLink(run)].join('\n')
}

function runLink(run: RunLink | undefined): string[] {
  if (!run?.repository || !run.runId) return []
  const url = `${run.serverUrl}/${run.repository}/actions/runs/${run.runId}/attempts/${run.runAttempt}`
  return [`Written by [${cell(run.repository)} run ${run.runId}](${url}).`, '']
}

/** One line per change for the log. */
function describeOutcome(outcome: Outcome): string[] {
  const verb = outcome.dryRun ? 'Would' : 'Did'
  const lines = [
    outcome.dryRun
      ? outcome.created
        ? `Dry run: secret ${outcome.name} does not exist and would be created; nothing was written.`
        : `Dry run: nothing was written to ${outcome.name}.`
      : `Secret ${outcome.name} ${outcome.created ? 'created' : outcome.changed ? 'updated' : 'left unchanged'}.`,
    `Value: ${valueText(outcome)}.`,
    ...outcome.labels.map((move) => `${outcome.dryRun ? 'Would move' : 'Moved'} label ${labelLine(move)}.`),
    ...(pendingBlocks(outcome) ? [pendingText(outcome)] : [])
  ]
  if (outcome.description) lines.push(`${verb} set description: ${plainChange(outcome.description)}.`)
  if (outcome.kmsKeyId) lines.push(`${verb} set KMS key: ${plainChange(outcome.kmsKeyId)}.`)
  if (outcome.tags) {
    lines.push(
      outcome.tags.length > 0
        ? `${verb} set tags: ${outcome.tags.map((t) => `${t.key}: ${plainChange(t)}`).join(', ')}.`
        : 'Tags: unchanged (equal to the stored ones).'
    )
  }
  return lines
}

/** The version a run left AWSPENDING on, when that is not AWSCURRENT (a staged version, not promoted yet). */
function pendingBlocks(outcome: Outcome): string | undefined {
  if (outcome.dryRun) return undefined
  const to = outcome.labels.find((move) => move.label === AWSPENDING)?.to
  return to !== undefined && to !== outcome.currentVersionId ? to : undefined
}

function pendingText(outcome: Outcome, quote: (text: string) => string = (text) => text): string {
  return (
    `AWSPENDING is on version ${quote(pendingBlocks(outcome) ?? '')}, which is not AWSCURRENT: Secrets Manager will not start a rotation ` +
    'of this secret until that version is promoted or the label is removed.'
  )
}

function tagsText(tags: readonly TagChange[]): string {
  if (tags.length === 0) return 'unchanged'
  return tags.map((t) => `${quote(t.key)}: ${changeText(t)}`).join(', ')
}

/**
 * The value's fate in words. Labels and version ids come from inputs and from AWS (a version id is
 * whatever token its writer chose): `quote` keeps them inert, a code span in the summary.
 */
function valueText(outcome: Outcome, quote: (text: string) => string = (text) => text): string {
  const would = outcome.dryRun
  const promotion = outcome.promotion
  if (promotion) {
    if (promotion.alreadyCurrent) return `not given; version ${quote(promotion.versionId)} is already AWSCURRENT`
    return `not given; ${would ? 'would make' : 'made'} version ${quote(promotion.versionId)} AWSCURRENT`
  }
  if (outcome.stages && outcome.value === 'new-version') {
    const labels = outcome.stages.map(quote).join(', ')
    const first = outcome.labels.some((move) => move.label === AWSCURRENT)
    return first
      ? `${would ? 'would be stored' : 'stored'} as the first version, labelled ${labels} and AWSCURRENT too (Secrets Manager makes a first version AWSCURRENT whatever its labels)${outcome.stages.includes(AWSPENDING) ? `; then AWSPENDING ${would ? 'would be' : 'was'} removed from it, as a promotion would` : ''}`
      : `${would ? 'would be written' : 'written'} as a new version labelled ${labels}; AWSCURRENT does not move`
  }
  switch (outcome.value) {
    case 'new-version':
      return outcome.created
        ? would
          ? 'would be stored as the first version'
          : 'stored as the first version'
        : would
          ? 'would be written as a new version'
          : 'written as a new version (AWSCURRENT)'
    case 'unchanged':
      return 'unchanged (equal to AWSCURRENT), no new version'
    case 'none':
      return 'not given'
  }
}

/** `LABEL: old -> new` for the summary, ids only. */
function labelCell(move: LabelMove): string {
  const from = !move.known ? '(unknown)' : move.from ? `\`${code(move.from)}\`` : '(none)'
  const to = move.to ? `\`${code(move.to)}\`` : '(removed)'
  return `\`${code(move.label)}\`: ${from} &rarr; ${to}`
}

function labelLine(move: LabelMove): string {
  const from = !move.known ? 'from an unknown version' : move.from ? `from version ${move.from}` : 'from no version'
  return move.to ? `${move.label} ${from} to version ${move.to}` : `${move.label} off version ${move.from ?? ''}`
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

/**
 * Text inside a code span in a table cell: no pipes, backticks or line breaks. Inside a code span
 * Markdown is inert (no HTML, links, images or mentions), so text from outside (a name, a
 * description read from AWS) always goes in one.
 */
/** Text from outside as a code span in a table cell. */
function inCode(text: string): string {
  return `\`${code(text)}\``
}

function code(text: string): string {
  return cell(text).replace(/`/g, "'")
}

/** One table cell: pipes escaped, and every kind of line break (Markdown's, and Unicode's) a space. */
function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/[\r\n\v\f\u0085\u2028\u2029]+/g, ' ')
}
