/**
 * Validates GitHub Actions files with GitHub's own validator, @actions/languageservice (the one
 * behind the VS Code extension: @actions/workflow-parser's schema plus checks of expressions and
 * contexts): every .github/workflows/*.yml and action.yml, or the files named as arguments.
 * Prints each problem as `file:line:column: message` and exits 1 if there is any.
 * A test runs it (__tests__/workflows.test.ts); `node scripts/check-workflows.mjs FILE...` checks others.
 *
 * Those packages import their JSON schemas without `with { type: 'json' }`, which Node refuses
 * (ERR_IMPORT_ATTRIBUTE_MISSING); the resolve hook below adds the attribute, where a
 * TypeScript-aware loader such as tsx would be a dependency for these two lines.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { register } from 'node:module'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const hook = `export async function resolve(specifier, context, next) {
  const result = await next(specifier, context)
  return result.url.endsWith('.json') ? { ...result, importAttributes: { ...context.importAttributes, type: 'json' } } : result
}`
register(`data:text/javascript,${encodeURIComponent(hook)}`)
const { validate } = await import('@actions/languageservice')
const { TextDocument } = await import('vscode-languageserver-textdocument')

const ROOT = path.join(path.dirname(fileURLToPath(import.meta.url)), '..')
/** LSP severities 1 and 2; the validator leaves schema errors without one. */
const ERROR = 1
const WARNING = 2

/** The problems GitHub would report in a workflow or action file (`action.yml` by its name). */
export async function problems(file, text = readFileSync(file, 'utf8')) {
  const document = TextDocument.create(pathToFileURL(path.resolve(file)).href, 'yaml', 1, text)
  const diagnostics = await validate(document)
  return diagnostics
    .filter((d) => d.severity === undefined || d.severity === ERROR || d.severity === WARNING)
    .map((d) => `${file}:${d.range.start.line + 1}:${d.range.start.character + 1}: ${d.message}`)
}

function defaultFiles() {
  const dir = path.join(ROOT, '.github', 'workflows')
  const workflows = readdirSync(dir)
    .filter((name) => /\.ya?ml$/.test(name))
    .map((name) => path.relative(process.cwd(), path.join(dir, name)))
  return [...workflows, path.relative(process.cwd(), path.join(ROOT, 'action.yml'))]
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const files = process.argv.length > 2 ? process.argv.slice(2) : defaultFiles()
  const found = []
  for (const file of files) found.push(...(await problems(file)))
  for (const line of found) console.error(line)
  if (found.length > 0) process.exit(1)
  console.log(`${files.length} files valid for GitHub's workflow parser: ${files.join(', ')}`)
}
