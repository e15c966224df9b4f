import { describe, expect, it } from '@jest/globals'
import { existsSync, readFileSync } from 'node:fs'
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

  it('starts with the quick start for the person adding the action, then points contributors on', () => {
    expect(headings.slice(0, 2)).toEqual(['Quick start', 'Development'])
    const development = section('Development')
    expect(development).toContain('npm ci && npm test')
    expect(development).toContain('npm run demo')
    expect(development).toContain('(CONTRIBUTING.md)')
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
