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
 * 3. The entry's module table in parts of about PART_BYTES, each a module that index.js imports
 *    statically. V8 compiles a script with working memory in proportion to the script: compiling
 *    the 200 kB entry in one piece raised the process's peak memory by 3.6 MB, in five parts by
 *    1.9 MB, which took the action's peak from 1.16 to 1.13 times the floor's (README,
 *    Performance). Node still loads every part before the first line runs, so nothing becomes
 *    lazy, and the time stays the same within noise. A factory only uses its own parameters,
 *    globals and the entry's `createRequire` import (ncc's way to load Node built-ins), which
 *    each part imports itself; the split checks that with terser's scope analysis and fails the
 *    build otherwise.
 *
 * Usage: node scripts/optimize-dist.mjs [directory] (default: dist/; the benchmark passes the
 * directory of its bare-SDK bundle, built the same way).
 *
 * Run by `npm run build` on the fresh output of ncc (which `npm run build` writes into an emptied
 * dist/), not again on its own output: terser would compress further, and dist/ would no longer
 * equal a fresh build.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse } from 'acorn'
import { minify } from 'terser'

const dist = process.argv[2] ?? path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'dist')
const ENTRY = 'index.js'
/** The size of a part of the entry's module table, in characters (a larger factory makes a part of its own). */
const PART_BYTES = 48 * 1024

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

/** The module tables of a file: `var t = {...}` in the entry, `export const modules = {...}` in a chunk. */
function moduleTables(program) {
  const tables = []
  for (const statement of program.body) {
    const declaration = statement.type === 'ExportNamedDeclaration' ? statement.declaration : statement
    if (declaration?.type !== 'VariableDeclaration') continue
    for (const declarator of declaration.declarations) if (isModuleTable(declarator.init)) tables.push(declarator.init)
  }
  return tables
}

/** Puts every factory of the module tables in parentheses. */
function parenthesizeFactories(code) {
  const tables = moduleTables(parse(code, { ecmaVersion: 'latest', sourceType: 'module' }))
  const edits = tables.flatMap((table) => table.properties.flatMap((p) => [[p.value.start, '('], [p.value.end, ')']]))
  let out = code
  for (const [at, text] of edits.sort((a, b) => b[0] - a[0])) out = out.slice(0, at) + text + out.slice(at)
  return { code: out, factories: edits.length / 2 }
}

/** The identifiers a binding pattern declares (`a`, `{a, b: [c]}`, `...d`, `e = 1`). */
function patternNames(pattern) {
  switch (pattern?.type) {
    case 'Identifier':
      return [pattern.name]
    case 'ObjectPattern':
      return pattern.properties.flatMap((p) => patternNames(p.type === 'RestElement' ? p.argument : p.value))
    case 'ArrayPattern':
      return pattern.elements.flatMap(patternNames)
    case 'RestElement':
      return patternNames(pattern.argument)
    case 'AssignmentPattern':
      return patternNames(pattern.left)
    default:
      return []
  }
}

/** The names a program declares at its top level (imports, variables, functions, classes, exported or not). */
function topLevelNames(program) {
  const names = new Set()
  for (const statement of program.body) {
    const declaration = statement.type === 'ExportNamedDeclaration' ? statement.declaration : statement
    if (declaration?.type === 'ImportDeclaration') for (const s of declaration.specifiers) names.add(s.local.name)
    else if (declaration?.type === 'VariableDeclaration') {
      for (const d of declaration.declarations) for (const name of patternNames(d.id)) names.add(name)
    } else if (declaration?.id?.type === 'Identifier') names.add(declaration.id.name)
  }
  return names
}

/** The names a module uses without declaring them (globals, or the entry's bindings if it leaked). */
async function freeNames(code) {
  const { ast } = await minify(code, { module: true, compress: false, mangle: false, output: { ast: true, code: false } })
  ast.figure_out_scope({ module: true })
  return [...ast.globals.keys()]
}

/** Moves the entry's module table into part-N.js files that the entry imports (see 3. above). */
async function splitEntry(code) {
  const program = parse(code, { ecmaVersion: 'latest', sourceType: 'module' })
  const [table, ...others] = moduleTables(program)
  const [importRequire] = program.body
  const requireName = importRequire?.type === 'ImportDeclaration' && importRequire.source.value === 'module' &&
    importRequire.specifiers.find((s) => s.imported?.name === 'createRequire')?.local.name
  if (!table || others.length > 0 || !requireName) {
    throw new Error(`${ENTRY}: expected one module table and ncc's createRequire import first; has ncc's output changed?`)
  }
  const entryNames = topLevelNames(program)
  entryNames.delete(requireName)

  // In table order; a factory larger than a part makes a part of its own.
  const parts = []
  let filling
  for (const property of table.properties) {
    const size = property.end - property.start
    if (size > PART_BYTES) {
      parts.push({ properties: [property], size })
      filling = undefined
      continue
    }
    if (!filling || filling.size + size > PART_BYTES) parts.push((filling = { properties: [], size: 0 }))
    filling.properties.push(property)
    filling.size += size
  }
  const header = code.slice(importRequire.start, importRequire.end)
  const files = []
  for (const [i, part] of parts.entries()) {
    const body = `export default{${part.properties.map((p) => code.slice(p.start, p.end)).join(',')}};`
    const free = await freeNames(body)
    const leaked = free.filter((name) => entryNames.has(name))
    if (leaked.length > 0) throw new Error(`${ENTRY}: a module factory uses the entry's own ${leaked.join(', ')}: cannot split`)
    files.push({ name: `part-${i + 1}.js`, code: free.includes(requireName) ? header + body : body })
  }
  const imports = files.map((f, i) => `import p${i + 1} from"./${f.name}";`).join('')
  const entry = code.slice(0, importRequire.end) + imports + code.slice(importRequire.end, table.start) +
    `Object.assign({},${files.map((_, i) => `p${i + 1}`).join(',')})` + code.slice(table.end)
  return { entry, files }
}

const kb = (text) => `${(Buffer.byteLength(text) / 1024).toFixed(0)} kB`
const scripts = readdirSync(dist).filter((f) => f.endsWith('.js'))
if (scripts.some((f) => /^part-\d+\.js$/.test(f))) {
  throw new Error(`${dist} holds part-N.js files already: run this on ncc's fresh output only (npm run build empties dist/ first)`)
}
for (const name of scripts) {
  const file = path.join(dist, name)
  const before = readFileSync(file, 'utf8')
  const minified = await minify(before, { module: true, compress: { ...keepNames }, mangle: { ...keepNames } })
  if (minified.code === undefined) throw new Error(`terser returned nothing for ${name}`)
  const { code, factories } = parenthesizeFactories(minified.code)
  if (name !== ENTRY) {
    writeFileSync(file, code)
    process.stdout.write(`${name}: ${kb(before)} → ${kb(code)}, ${factories} module factories\n`)
    continue
  }
  const { entry, files } = await splitEntry(code)
  writeFileSync(file, entry)
  for (const part of files) writeFileSync(path.join(dist, part.name), part.code)
  process.stdout.write(
    `${name}: ${kb(before)} → ${kb(code)}, ${factories} module factories, in ${files.length} parts ` +
      `(${files.map((f) => kb(f.code)).join(', ')}) and an entry of ${kb(entry)}\n`
  )
}
