import { describe, expect, it } from '@jest/globals'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { parse } from 'yaml'
import { render } from '../scripts/docs.mjs'

const readme = readFileSync('README.md', 'utf8')
const actionYml = readFileSync('action.yml', 'utf8')
const headings = [...readme.matchAll(/^## (.+)$/gm)].map((m) => m[1])
/** The text of a `## ` section, up to the next one. */
const section = (title: string) => readme.split(/^## /m).find((part) => part.startsWith(`${title}\n`)) ?? ''

describe('README', () => {
  it('has the inputs and outputs tables generated from action.yml (npm run docs)', () => {
    expect(render(readme, actionYml)).toBe(readme)
  })

  it('names every input and output of action.yml in its tables', () => {
    const action = parse(actionYml) as { inputs: Record<string, unknown>; outputs: Record<string, unknown> }
    for (const name of [...Object.keys(action.inputs), ...Object.keys(action.outputs)]) {
      expect(readme).toContain(`| \`${name}\` |`)
    }
  })

  it("puts the user's sections first: the quick start at the top, Development for contributors last", () => {
    expect(headings[0]).toBe('Quick start')
    expect(headings.at(-1)).toBe('Development')
    const development = section('Development')
    expect(development).toContain('npm ci && npm test')
    expect(development).toContain('npm run demo')
    expect(development).toContain('npm run test:unit')
    expect(development).toContain('Node 24')
    expect(development).toContain('(CONTRIBUTING.md)')
  })

  it('has a quick start that merges one key, so that it cannot replace an existing value', () => {
    const quickStart = section('Quick start')
    const yaml = /```yaml\n([\s\S]*?)```/.exec(quickStart)?.[1] ?? ''
    const workflow = parse(yaml) as {
      jobs: Record<string, { steps: { uses?: string; with?: Record<string, unknown> }[] }>
    }
    const steps = Object.values(workflow.jobs).flatMap((job) => job.steps)
    const ours = steps.filter((step) => step.uses?.includes('/aws-secretsmanager-update-secret@'))
    expect(ours.length).toBe(1)
    expect(ours[0]?.with?.['json-merge']).toBe(true)
    // What it does to the current value, in words.
    expect(quickStart).toMatch(/keeps every other key/)
    expect(quickStart).toMatch(/fails the step before any write/)
  })

  it('has the inputs and outputs before the details', () => {
    expect(headings).toEqual(expect.arrayContaining(['Inputs', 'Outputs', 'IAM policy']))
    expect(headings.indexOf('Inputs')).toBeLessThan(headings.indexOf('IAM policy'))
    expect(headings.indexOf('Outputs')).toBeLessThan(headings.indexOf('IAM policy'))
  })
})

describe.each(['README.md', 'CONTRIBUTING.md'])('%s', (file) => {
  it('links only to files that exist', () => {
    const text = readFileSync(file, 'utf8')
    const targets = [...text.matchAll(/\]\(([^)#\s]+)(#[^)]*)?\)/g)].flatMap((m) =>
      m[1] && !/^[a-z]+:/.test(m[1]) ? [m[1]] : []
    )
    expect(targets.filter((target) => !existsSync(target))).toEqual([])
  })
})

/** The rows of the first Markdown table in `text` whose header row starts with `| first |`, as cells. */
function table(text: string, first: string): string[][] {
  const lines = text.split('\n')
  const start = lines.findIndex((line) => line.startsWith(`| ${first} |`))
  if (start < 0) return []
  const rows: string[][] = []
  for (const line of lines.slice(start + 2)) {
    if (!line.startsWith('|')) break
    rows.push(
      line
        .slice(1, -1)
        .split(' | ')
        .map((cell) => cell.trim())
    )
  }
  return rows
}

/** The `code` spans of a Markdown cell. */
const codeSpans = (cell: string) => [...cell.matchAll(/`([^`]+)`/g)].map((m) => m[1] ?? '')

describe('README: from aws secretsmanager update-secret', () => {
  // The options of https://docs.aws.amazon.com/cli/latest/reference/secretsmanager/update-secret.html
  // (AWS CLI v2): the command's own, then the global options.
  const CLI_OPTIONS = [
    '--secret-id',
    '--client-request-token',
    '--description',
    '--kms-key-id',
    '--secret-binary',
    '--secret-string',
    '--type',
    '--cli-input-json',
    '--cli-input-yaml',
    '--generate-cli-skeleton',
    '--debug',
    '--endpoint-url',
    '--no-verify-ssl',
    '--no-paginate',
    '--output',
    '--query',
    '--profile',
    '--region',
    '--version',
    '--color',
    '--no-sign-request',
    '--ca-bundle',
    '--cli-read-timeout',
    '--cli-connect-timeout',
    '--cli-binary-format',
    '--no-cli-pager',
    '--cli-auto-prompt',
    '--no-cli-auto-prompt'
  ]
  const action = parse(actionYml) as { inputs: Record<string, unknown>; outputs: Record<string, unknown> }
  const rows = table(section('From `aws secretsmanager update-secret`'), 'CLI option')

  it('maps every option of the CLI reference page, and only those', () => {
    const listed = rows.flatMap(([options]) => codeSpans(options ?? ''))
    expect([...listed].sort()).toEqual([...CLI_OPTIONS].sort())
  })

  it.each(rows.map(([options, here]) => [options ?? '', here ?? ''] as const))(
    '%s: names inputs of action.yml, or says why there is none',
    (_options, here) => {
      if (here.startsWith('none')) {
        expect(here).toMatch(/^none(, on purpose)?: \S/)
        return
      }
      const named = codeSpans(here).filter((span) => /^[a-z]+(-[a-z]+)*$/.test(span))
      expect(named.length).toBeGreaterThan(0)
      for (const name of named) expect(Object.keys(action.inputs)).toContain(name)
    }
  )

  it('names only inputs and outputs of action.yml where it names any', () => {
    const names = rows.flatMap(([, here]) => codeSpans(here ?? '')).filter((span) => /^[a-z]+(-[a-z]+)+$/.test(span))
    const known = [...Object.keys(action.inputs), ...Object.keys(action.outputs)]
    expect(names.filter((name) => !known.includes(name))).toEqual([])
  })
})

describe('README: rotating a credential in two phases', () => {
  const text = section('Rotating a credential in two phases')
  const job = parse(/```yaml\n([\s\S]*?)```/.exec(text)?.[1] ?? '') as {
    jobs: Record<string, { steps: { name?: string; uses?: string; run?: string }[] }>
  }
  const steps = Object.values(job.jobs).flatMap((j) => j.steps)
  const rows = table(text, 'step')
  /** `aws secretsmanager get-secret-value` -> `secretsmanager:GetSecretValue`. */
  const iamAction = (command: string) =>
    `secretsmanager:${command.replace(/(^|-)([a-z])/g, (_m, _dash: string, letter: string) => letter.toUpperCase())}`

  it('has an IAM row for every step that calls Secrets Manager', () => {
    const calling = steps.filter(
      (step) =>
        step.uses?.includes('/aws-secretsmanager-update-secret@') || /\baws secretsmanager /.test(step.run ?? '')
    )
    expect(calling.length).toBeGreaterThan(2)
    expect(rows.map(([step]) => step)).toEqual(calling.map((step) => step.name))
  })

  it.each(
    steps.filter((step) => /\baws secretsmanager /.test(step.run ?? '')).map((step) => [step.name, step] as const)
  )('lists the IAM action of each aws secretsmanager call of "%s"', (name, step) => {
    const row = rows.find(([title]) => title === name)
    for (const m of (step.run ?? '').matchAll(/\baws secretsmanager ([a-z-]+)/g)) {
      expect(row?.[1]).toContain(iamAction(m[1] ?? ''))
    }
  })

  it("gives a policy with every action of the job's table", () => {
    const policy = JSON.parse(/```json\n([\s\S]*?)```/.exec(text)?.[1] ?? '{}') as {
      Statement: { Action: string[] }[]
    }
    const allowed = policy.Statement.flatMap((statement) => statement.Action)
    const needed = rows.flatMap(([, actions]) =>
      codeSpans(actions ?? '').filter((a) => a.startsWith('secretsmanager:'))
    )
    expect(needed.filter((a) => !allowed.includes(a))).toEqual([])
  })
})

describe('README: troubleshooting', () => {
  const text = section('Troubleshooting')
  const cases = text.split(/^### /m).slice(1)
  /** src/ with string concatenations joined, as the messages are printed. */
  const source = readdirSync('src')
    .filter((file) => file.endsWith('.ts'))
    .map((file) => readFileSync(path.join('src', file), 'utf8'))
    .join('\n')
    .replace(/['`]\s*\+\s*['`]/g, '')

  it.each([
    ['access denied', /AccessDeniedException/],
    ['a secret not found', /ResourceNotFoundException/],
    ['no region', /Input `region`/],
    ['OIDC not set up', /id-token: write/],
    ['a runner too old for node24', /'using: node24' is not supported/],
    ['the version quota', /LimitExceededException/]
  ])('covers %s, with the message printed and what to do', (_case, message) => {
    const found = cases.find((c) => message.test(c))
    expect(found).toBeDefined()
    expect(found).toMatch(/```text\n/)
    // After the message: at least a sentence of what to do.
    expect(found?.split('```').at(-1)?.trim().length).toBeGreaterThan(40)
  })

  it.each([...text.matchAll(/^::error::(.*)$/gm)].map((m) => [m[1] ?? '']))(
    'quotes the hint this action prints: %s',
    (line) => {
      // The last part of the line is the action's own words (before it, AWS's message may be elided).
      const hint = line.split('…').at(-1)?.trim().slice(-60) ?? ''
      expect(source).toContain(hint)
    }
  )
})
