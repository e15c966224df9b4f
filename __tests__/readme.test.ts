import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { parse } from 'yaml'
import { render } from '../scripts/docs.mjs'

const readme = readFileSync('README.md', 'utf8')
const actionYml = readFileSync('action.yml', 'utf8')

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

  it('starts with the two commands a newcomer needs', () => {
    const head = readme.slice(0, 1200)
    expect(head).toContain('npm ci && npm test')
    expect(head).toContain('npm run demo')
  })
})
