/**
 * The last step of `npm run build`: makes every dist/*.js that ncc wrote cheaper to start.
 *
 * 1. terser with compression. ncc's --minify runs terser with `compress: false`, so the code that
 *    webpack's tree shaking marks unused (the schemas of operations this action never calls, say)
 *    stays in the bundle and is parsed on every run; compression drops it. Names of functions and
 *    classes are kept, as ncc keeps them: the SDK reads some constructor names at run time.
 *    (ncc does not minify the split chunks at all; they shrink to a third.)
 * 2. The module factories in parentheses. V8 compiles a function lazily: at start-up it only
 *    pre-parses the factory, then parses it again in full when the factory runs, which every
 *    factory of the entry chunk does. A function in parentheses is compiled at once ("PIFE"
 *    heuristic), so it is parsed only once. ncc's minifier removes the parentheses webpack writes.
 *
 * Run by `npm run build` on the fresh output of ncc (not again on its own output: terser would
 * compress further, and dist/ would no longer equal a fresh build).
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse } from 'acorn'
import { minify } from 'terser'

const dist = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'dist')

const keepNames = { keep_classnames: true, keep_fnames: true }

/** webpack's module table: an object literal whose keys are module ids and whose values are factories. */
function isModuleTable(node) {
  return (
    node?.type === 'ObjectExpression' &&
    node.properties.length > 0 &&
    node.properties.every(
      (p) => p.type === 'Property' && p.key.type === 'Literal' && typeof p.key.value === 'number' &&
        (p.value.type === 'ArrowFunctionExpression' || p.value.type === 'FunctionExpression')
    )
  )
}

/** Puts every factory of the module tables (`var t = {...}`, `export const modules = {...}`) in parentheses. */
function parenthesizeFactories(code) {
  const program = parse(code, { ecmaVersion: 'latest', sourceType: 'module' })
  const tables = []
  for (const statement of program.body) {
    const declaration = statement.type === 'ExportNamedDeclaration' ? statement.declaration : statement
    if (declaration?.type !== 'VariableDeclaration') continue
    for (const declarator of declaration.declarations) if (isModuleTable(declarator.init)) tables.push(declarator.init)
  }
  const edits = tables.flatMap((table) => table.properties.flatMap((p) => [[p.value.start, '('], [p.value.end, ')']]))
  let out = code
  for (const [at, text] of edits.sort((a, b) => b[0] - a[0])) out = out.slice(0, at) + text + out.slice(at)
  return { code: out, factories: edits.length / 2 }
}

for (const name of readdirSync(dist).filter((f) => f.endsWith('.js'))) {
  const file = path.join(dist, name)
  const before = readFileSync(file, 'utf8')
  const minified = await minify(before, { module: true, compress: { ...keepNames }, mangle: { ...keepNames } })
  if (minified.code === undefined) throw new Error(`terser returned nothing for ${name}`)
  const { code, factories } = parenthesizeFactories(minified.code)
  writeFileSync(file, code)
  const kb = (n) => `${(Buffer.byteLength(n) / 1024).toFixed(0)} kB`
  process.stdout.write(`${name}: ${kb(before)} → ${kb(code)}, ${factories} module factories\n`)
}
