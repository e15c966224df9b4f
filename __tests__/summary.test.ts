import { describe, expect, it } from '@jest/globals'
import { logLines, renderSummary } from '../src/summary.js'
import type { Outcome, RunLink, SecretResultOf } from '../src/types.js'

const ARN = 'arn:aws:secretsmanager:us-east-1:123456789012:secret:app/db-AbCdEf'
const RUN: RunLink = { serverUrl: 'https://github.com', repository: 'octo/repo', runId: 123456, runAttempt: 2 }

function outcome(over: Partial<Outcome> = {}): Outcome {
  return {
    arn: ARN,
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

/** One secret's results, as a step with `secret-id` reports them. */
const done = (o: Outcome): SecretResultOf => ({ secretId: o.name, result: { status: 'done', outcome: o, written: [] } })
const summaryOf = (o: Outcome, run: RunLink | undefined): string => renderSummary([done(o)], 'single', run)
const linesOf = (o: Outcome): string[] => logLines([done(o)], 'single')

/** The table rows as [key, value] pairs. */
function rows(markdown: string): Record<string, string> {
  const table: Record<string, string> = {}
  for (const line of markdown.split('\n')) {
    const m = /^\| (.+?) \| (.*) \|$/.exec(line)
    if (m && m[1] !== '---') table[m[1]!] = m[2]!
  }
  return table
}

/** Cells of a table row, split on unescaped pipes. */
const cells = (line: string): string[] => line.split(/(?<!\\)\|/)

describe('renderSummary', () => {
  it('reports an update: heading, ARN, version, what changed, and a link to the run', () => {
    const md = summaryOf(
      outcome({ description: { from: 'old text', to: 'new text' }, kmsKeyId: { from: undefined, to: 'alias/app' } }),
      RUN
    )
    expect(md.split('\n')[0]).toBe('### Secrets Manager secret `app/db` updated')
    expect(rows(md)).toEqual({
      Secret: '`app/db`',
      ARN: `\`${ARN}\``,
      Version: '`v-new`',
      Value: 'written as a new version (AWSCURRENT)',
      Description: '`old text` &rarr; `new text`',
      'KMS key': 'set to `alias/app`',
      Changed: 'yes'
    })
    expect(md).toContain('[octo/repo run 123456](https://github.com/octo/repo/actions/runs/123456/attempts/2)')
  })

  it('says a dry run in its heading, and what would change', () => {
    const md = summaryOf(outcome({ dryRun: true, versionId: '' }), RUN)
    expect(md.split('\n')[0]).toMatch(/^### Dry run: .*`app\/db`.*nothing was written/)
    expect(rows(md)).toMatchObject({
      Version: '(assigned by a real run)',
      Value: 'would be written as a new version',
      'Would change': 'yes'
    })
    expect(rows(md)).not.toHaveProperty('Changed')
  })

  it('reports a created secret', () => {
    const md = summaryOf(outcome({ created: true }), RUN)
    expect(md.split('\n')[0]).toBe('### Secrets Manager secret `app/db` created')
    expect(rows(md).Value).toBe('stored as the first version')
  })

  it('reports a secret a dry run would create', () => {
    const md = summaryOf(outcome({ created: true, dryRun: true, arn: '', versionId: '' }), RUN)
    expect(md.split('\n')[0]).toMatch(/^### Dry run/)
    expect(rows(md)).toMatchObject({ ARN: '(not created yet)', Value: 'would be stored as the first version' })
  })

  it('reports an unchanged secret with its current version', () => {
    const md = summaryOf(outcome({ changed: false, value: 'unchanged', versionId: 'v-current' }), RUN)
    expect(md.split('\n')[0]).toBe('### Secrets Manager secret `app/db` unchanged')
    expect(rows(md)).toMatchObject({
      Version: '`v-current`',
      Value: 'unchanged (equal to AWSCURRENT), no new version',
      Changed: 'no'
    })
  })

  it('reports a description-only update', () => {
    const md = summaryOf(outcome({ value: 'none', versionId: '', description: { from: undefined, to: 'd' } }), RUN)
    expect(rows(md)).toMatchObject({
      Version: '(no new version)',
      Value: 'not given',
      Description: 'set to `d`',
      'KMS key': 'unchanged'
    })
  })

  it('shows merge attempts only when another writer interfered', () => {
    expect(rows(summaryOf(outcome({ mergeAttempts: 1 }), RUN))).not.toHaveProperty('Merge attempts')
    expect(rows(summaryOf(outcome({ mergeAttempts: 3 }), RUN))['Merge attempts']).toBe('3')
  })

  it.each<[string, RunLink | undefined]>([
    ['no run', undefined],
    ['no repository', { ...RUN, repository: '' }],
    ['no run id', { ...RUN, runId: 0 }]
  ])('has no link with %s', (_name, run) => {
    expect(summaryOf(outcome(), run)).not.toContain('](')
  })

  it('keeps the table intact whatever the name and description hold', () => {
    const md = summaryOf(
      outcome({ name: 'a|b`c\nd', description: { from: 'x|y', to: 'has `ticks` | and\r\nlines' } }),
      { ...RUN, repository: 'o|r/x' }
    )
    const lines = md.split('\n')
    expect(lines[0]).toBe("### Secrets Manager secret `a\\|b'c d` updated")
    for (const line of lines.filter((l) => l.startsWith('| '))) expect(cells(line)).toHaveLength(4)
    expect(rows(md).Secret).toBe("`a\\|b'c d`")
    expect(rows(md).Description).toBe("`x\\|y` &rarr; `has 'ticks' \\| and lines`")
    expect(md).toContain('[o\\|r/x run')
  })

  it('keeps a description inert: HTML, images, links and mentions stay text in a code span', () => {
    const from = '<img src=x onerror=alert(1)><script>x</script>'
    const to = '![x](https://example.com/x.png) [click](javascript:alert(1)) @octocat #1 ::error::x ##[warning]y\u2028z'
    const md = summaryOf(outcome({ description: { from, to } }), RUN)
    expect(rows(md).Description).toBe(`\`${from}\` &rarr; \`${to.replace('\u2028', ' ')}\``)
    // Only the table's own rows and the run link are outside code spans.
    const outside = md.replace(/`[^`\n]*`/g, '')
    expect(outside).not.toMatch(/[<>!]|\]\(javascript|@octocat/)
  })
})

describe('labels, staging and promotions (ids only)', () => {
  const staged = outcome({
    versionId: 'v-new',
    stages: ['AWSPENDING'],
    labels: [{ label: 'AWSPENDING', from: 'v-old', to: 'v-new', known: true }]
  })
  const promoted = outcome({
    versionId: 'v-new',
    value: 'none',
    promotion: { versionId: 'v-new', alreadyCurrent: false },
    previousVersionId: 'v-cur',
    labels: [
      { label: 'AWSCURRENT', from: 'v-cur', to: 'v-new', known: true },
      { label: 'AWSPREVIOUS', from: undefined, to: 'v-cur', known: true },
      { label: 'AWSPENDING', from: 'v-new', to: undefined, known: true }
    ]
  })

  it('a staged version: the labels it took and from which version, AWSCURRENT untouched', () => {
    const table = rows(summaryOf(staged, RUN))
    expect(table.Value).toBe('written as a new version labelled `AWSPENDING`; AWSCURRENT does not move')
    expect(table.Labels).toBe('`AWSPENDING`: `v-old` &rarr; `v-new`')
    expect(table).not.toHaveProperty('Previous version')
    expect(linesOf(staged)).toContain('Moved label AWSPENDING from version v-old to version v-new.')
  })

  it("a staged version whose labels' old versions are unknown", () => {
    const blind = outcome({
      stages: ['AWSPENDING'],
      labels: [{ label: 'AWSPENDING', from: undefined, to: 'v-new', known: false }]
    })
    expect(rows(summaryOf(blind, RUN)).Labels).toBe('`AWSPENDING`: (unknown) &rarr; `v-new`')
    expect(linesOf(blind)).toContain('Moved label AWSPENDING from an unknown version to version v-new.')
  })

  it("a promotion: each label's move, and the previous version", () => {
    const table = rows(summaryOf(promoted, RUN))
    expect(table.Value).toBe('not given; made version `v-new` AWSCURRENT')
    expect(table.Labels).toBe(
      '`AWSCURRENT`: `v-cur` &rarr; `v-new`<br>`AWSPREVIOUS`: (none) &rarr; `v-cur`<br>`AWSPENDING`: `v-new` &rarr; (removed)'
    )
    expect(table['Previous version']).toBe('`v-cur`')
    expect(linesOf(promoted)).toEqual(
      expect.arrayContaining([
        'Moved label AWSCURRENT from version v-cur to version v-new.',
        'Moved label AWSPREVIOUS from no version to version v-cur.',
        'Moved label AWSPENDING off version v-new.'
      ])
    )
  })

  it('a dry-run promotion says what would move', () => {
    const dry = outcome({ ...promoted, dryRun: true, previousVersionId: '' })
    expect(rows(summaryOf(dry, RUN)).Value).toBe('not given; would make version `v-new` AWSCURRENT')
    expect(linesOf(dry)).toContain('Would move label AWSCURRENT from version v-cur to version v-new.')
  })

  it('keeps labels and version ids from outside inert: a link or an image stays text in a code span', () => {
    const evil = '[Re-run](https://evil.example/x) <img src=x>'
    const evilId = '[notes](https://evil.example/a)xx'
    const md = [
      summaryOf(outcome({ stages: [evil], labels: [{ label: evil, from: evilId, to: 'v-new', known: true }] }), RUN),
      summaryOf(outcome({ value: 'none', promotion: { versionId: evilId, alreadyCurrent: false }, labels: [] }), RUN)
    ].join('\n')
    const outside = md.replace(/`[^`\n]*`/g, '')
    expect(outside).not.toMatch(/evil\.example|<img/)
  })

  it('a version already current', () => {
    const same = outcome({ value: 'none', changed: false, promotion: { versionId: 'v-cur', alreadyCurrent: true } })
    expect(rows(summaryOf(same, RUN)).Value).toBe('not given; version `v-cur` is already AWSCURRENT')
  })
})

describe('describeOutcome', () => {
  it.each<[string, Partial<Outcome>, string[]]>([
    [
      'an update',
      { description: { from: 'old', to: 'new' }, kmsKeyId: { from: undefined, to: 'alias/k' } },
      [
        'Secret app/db updated.',
        'Value: written as a new version (AWSCURRENT).',
        'Did set description: "old" -> "new".',
        'Did set KMS key: "alias/k".'
      ]
    ],
    [
      'a dry run',
      { dryRun: true, description: { from: 'old', to: 'new' } },
      [
        'Dry run: nothing was written to app/db.',
        'Value: would be written as a new version.',
        'Would set description: "old" -> "new".'
      ]
    ],
    ['a creation', { created: true }, ['Secret app/db created.', 'Value: stored as the first version.']],
    [
      'no change',
      { changed: false, value: 'unchanged' },
      ['Secret app/db left unchanged.', 'Value: unchanged (equal to AWSCURRENT), no new version.']
    ]
  ])('%s', (_name, over, lines) => {
    expect(linesOf(outcome(over))).toEqual(lines)
  })
})

describe('several secrets: one summary row per secret, and the lists in the log', () => {
  const results: SecretResultOf[] = [
    {
      secretId: 'app/a',
      result: {
        status: 'done',
        outcome: outcome({ name: 'app/a', versionId: 'v-a', tags: [{ key: 'team', from: undefined, to: 'pay' }] }),
        written: []
      }
    },
    {
      secretId: 'app/b',
      result: {
        status: 'done',
        outcome: outcome({ name: 'app/b', versionId: 'v-b', changed: false, value: 'unchanged' }),
        written: []
      }
    },
    {
      secretId: 'app/c',
      result: { status: 'failed', reason: 'UpdateSecret failed: InternalFailure: x|y', written: [], error: undefined }
    },
    { secretId: 'app/d', result: { status: 'not-attempted' } }
  ]

  it('renders a row per secret with its result', () => {
    const md = renderSummary(results, 'results', RUN)
    expect(md).toContain('### Secrets Manager: 4 secrets, 1 changed, 1 failed, 1 not attempted')
    const rows = md.split('\n').filter((l) => l.startsWith('| `'))
    expect(rows).toEqual([
      `| \`app/a\` | \`${ARN}\` | \`v-a\` | written as a new version (AWSCURRENT) | \`team\`: set to \`pay\` | updated |`,
      `| \`app/b\` | \`${ARN}\` | \`v-b\` | unchanged (equal to AWSCURRENT), no new version | not given | unchanged |`,
      '| `app/c` |  |  |  |  | **failed**: `UpdateSecret failed: InternalFailure: x\\|y` |',
      '| `app/d` |  |  |  |  | not attempted |'
    ])
  })

  it('keeps what a failed secret had written inert: labels from the input stay in a code span', () => {
    const failed: SecretResultOf[] = [
      {
        secretId: 'app/e',
        result: {
          status: 'failed',
          reason: 'x',
          written: ['new version v-e labelled [notes](https://evil.example/a)'],
          error: undefined
        }
      }
    ]
    const outside = renderSummary(failed, 'results', RUN).replace(/`[^`\n]*`/g, '')
    expect(outside).not.toMatch(/evil\.example/)
  })

  it('lists written, failed and not attempted in the log when one failed', () => {
    expect(logLines(results, 'results').slice(-4)).toEqual([
      'Written: app/a (version v-a).',
      'Written: app/b (version v-b), unchanged.',
      'Failed: app/c: UpdateSecret failed: InternalFailure: x|y',
      'Not attempted: app/d.'
    ])
    expect(logLines(results.slice(0, 2), 'results').some((l) => l.startsWith('Written:'))).toBe(false)
  })
})
