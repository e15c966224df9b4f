/**
 * Writes README's inputs and outputs tables from action.yml, between the `<!-- inputs:start -->`
 * and `<!-- outputs:start -->` markers, so that the two cannot drift. `--check` exits 1 when README
 * is out of date (a unit test runs it).
 */
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse } from 'yaml'

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..')

/** action.yml's text with input and output names in backticks, for Markdown. */
function markdown(text, names) {
  let out = text.trim().replace(/\|/g, '\\|')
  for (const name of names) out = out.replace(new RegExp(`(?<![\\w\`-])${name}(?![\\w\`-])`, 'g'), `\`${name}\``)
  return out.replace(/\b(AWS_[A-Z_]+|HTTPS?_PROXY|NO_PROXY|true|false|null|alias\/aws\/secretsmanager)\b/g, '`$1`')
}

export function tables(actionYml) {
  const action = parse(actionYml)
  const inputs = Object.entries(action.inputs ?? {})
  const outputs = Object.entries(action.outputs ?? {})
  // Only hyphenated names: single words (region, description, name) also occur as plain words.
  const names = [...inputs, ...outputs]
    .map(([name]) => name)
    .filter((name) => name.includes('-'))
    .sort((a, b) => b.length - a.length)
  const inputRows = inputs.map(([name, spec]) => {
    const fallback = spec.required ? '(required)' : spec.default ? `\`${spec.default}\`` : ''
    return `| \`${name}\` | ${fallback} | ${markdown(spec.description, names)} |`
  })
  const outputRows = outputs.map(([name, spec]) => `| \`${name}\` | ${markdown(spec.description, names)} |`)
  return {
    inputs: ['| input | default | description |', '|---|---|---|', ...inputRows].join('\n'),
    outputs: ['| output | description |', '|---|---|', ...outputRows].join('\n')
  }
}

export function render(readme, actionYml) {
  const t = tables(actionYml)
  let out = readme
  for (const key of ['inputs', 'outputs']) {
    const re = new RegExp(`(<!-- ${key}:start -->\\n)[\\s\\S]*?(\\n<!-- ${key}:end -->)`)
    if (!re.test(out)) throw new Error(`README.md has no <!-- ${key}:start --> ... <!-- ${key}:end --> markers`)
    out = out.replace(re, (_m, start, end) => `${start}${t[key]}${end}`)
  }
  return out
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const readmePath = path.join(root, 'README.md')
  const readme = readFileSync(readmePath, 'utf8')
  const next = render(readme, readFileSync(path.join(root, 'action.yml'), 'utf8'))
  if (process.argv.includes('--check')) {
    if (next !== readme) {
      console.error('README.md tables differ from action.yml: run `npm run docs`.')
      process.exit(1)
    }
  } else {
    writeFileSync(readmePath, next)
  }
}
