/**
 * dist/ as a reviewer reads it: ncc's output as it is (no minifier, no post-processing), in which
 * every function of src/ can be found under its own name, and a licences file that lists exactly
 * the packages whose code is there. Reads the dist/ that `npm run build` wrote.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from '@jest/globals'
import ts from 'typescript'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const DIST = path.join(ROOT, 'dist')
const SRC = path.join(ROOT, 'src')

if (!existsSync(path.join(DIST, 'index.js'))) throw new Error('dist/index.js does not exist: run npm run build')

/** A named function: its name and the names its parameters bind, in order (a pattern's names flattened). */
interface NamedFunction {
  readonly name: string
  readonly params: string
}

function boundNames(name: ts.BindingName): string[] {
  if (ts.isIdentifier(name)) return [name.text]
  return name.elements.flatMap((element) => (ts.isOmittedExpression(element) ? [] : boundNames(element.name)))
}

/** Every function declaration with a body and every variable initialised with an arrow or function expression. */
function namedFunctions(file: string, text: string): NamedFunction[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false)
  const found: NamedFunction[] = []
  const add = (name: string, fn: ts.SignatureDeclarationBase) => {
    const params = fn.parameters.filter((p) => !(ts.isIdentifier(p.name) && p.name.text === 'this'))
    found.push({ name, params: params.flatMap((p) => boundNames(p.name)).join(', ') })
  }
  const visit = (node: ts.Node): void => {
    if (ts.isFunctionDeclaration(node) && node.name && node.body) add(node.name.text, node)
    if (
      ts.isVariableDeclaration(node) &&
      ts.isIdentifier(node.name) &&
      node.initializer &&
      (ts.isArrowFunction(node.initializer) || ts.isFunctionExpression(node.initializer))
    ) {
      add(node.name.text, node.initializer)
    }
    ts.forEachChild(node, visit)
  }
  visit(source)
  return found
}

const srcFiles = readdirSync(SRC, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.ts') && !file.endsWith('.d.ts'))
  .sort()
const distFiles = readdirSync(DIST).filter((file) => file.endsWith('.js'))
const distText = distFiles.map((file) => readFileSync(path.join(DIST, file), 'utf8'))
const distFunctions = distFiles.flatMap((file, i) => namedFunctions(file, distText[i] ?? ''))

const srcCases = srcFiles.flatMap((file) =>
  namedFunctions(file, readFileSync(path.join(SRC, file), 'utf8')).map((fn) => ({ file, ...fn }))
)

describe('dist/', () => {
  it('is built from every module of src/ that defines a function', () => {
    // A guard against a parse that finds nothing, which would make the table below empty.
    expect(new Set(srcCases.map((c) => c.file)).size).toBeGreaterThanOrEqual(5)
  })

  // webpack renames a top-level name that two modules of one scope share to `<module>_<name>`.
  it.each(srcCases)(
    'has $file’s function $name($params) under its name, with its parameter names',
    ({ file, name, params }) => {
      const prefixed = `${path.basename(file, '.ts').replace(/[^A-Za-z0-9_$]/g, '_')}_${name}`
      const found = distFunctions.filter((fn) => fn.name === name || fn.name === prefixed).map((fn) => fn.params)
      expect(found).toContain(params)
    }
  )

  // Node decodes an ES module's source before V8 parses it: ASCII takes the fast path and is held
  // as one-byte text, while one non-ASCII character in a comment made the entry cost about 1 ms
  // more on every run (measured with --cpu-prof: decodeUTF8 in the module loader).
  it.each(distFiles)('%s is ASCII only', (file) => {
    const text = readFileSync(path.join(DIST, file), 'utf8')
    const at = text.search(/[^\x00-\x7f]/)
    expect(at === -1 ? '' : text.slice(Math.max(0, at - 60), at + 20)).toBe('')
  })

  // bundle/tsconfig.json maps @actions/core to bundle/core-lite.ts, which says what that saves.
  it("takes @actions/core's functions from bundle/core-lite.ts, without its entry point and HTTP client", () => {
    const modules = distText.flatMap((text) =>
      [...text.matchAll(/^;?\/\/ (?:CONCATENATED|EXTERNAL) MODULE: (\S+)/gm)].map((match) => match[1] ?? '')
    )
    expect(modules).toContain('./core-lite.ts')
    const entry = /@actions\/core\/lib\/(core|oidc-utils|summary)\.js$|@actions\/(http-client|exec|io)\/|\/undici\//
    expect(modules.filter((module) => entry.test(module))).toEqual([])
  })

  it('holds only what ncc writes: its entry, its chunks, the package.json that marks them ES modules, the licences', () => {
    const unexpected = readdirSync(DIST, { recursive: true, encoding: 'utf8' }).filter(
      (file) => !/^(index\.js|\d+\.index\.js|package\.json|licenses\.txt)$/.test(file)
    )
    expect(unexpected).toEqual([])
  })
})

describe('dist/licenses.txt', () => {
  /** The packages whose modules ncc's output names in its `MODULE: ../node_modules/…` comments. */
  const bundled = new Set(
    distText.flatMap((text) =>
      [
        ...text.matchAll(
          /^(?:;)?\/\/ (?:CONCATENATED|EXTERNAL) MODULE: [^\n]*?node_modules\/((?:@[^/\n]+\/)?[^/\n]+)\//gm
        )
      ].map((match) => match[1] ?? '')
    )
  )
  const listed = new Set(
    [...readFileSync(path.join(DIST, 'licenses.txt'), 'utf8').matchAll(/^((?:@[^/\s]+\/)?[^@\s]+)@\d[^\s]* \(/gm)].map(
      (match) => match[1] ?? ''
    )
  )

  it('lists every package whose code is in dist/, and no other', () => {
    expect(bundled.size).toBeGreaterThan(0)
    expect([...listed].sort()).toEqual([...bundled].sort())
  })
})
