// src/ has no import cycle. Value imports count, static or dynamic (`import()`): they make
// modules load each other. `import type` does not (TypeScript erases it); with
// verbatimModuleSyntax, `import { type X }` still loads the module, so it counts.
import { readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from '@jest/globals'

const SRC = path.join(import.meta.dirname, '..', 'src')

/** The local modules a source file loads at run time, as src/ file names. */
function valueImports(source: string): string[] {
  const specifiers: string[] = []
  const statement = /^\s*(import|export)\s+(type\s+)?([^'";]*?)\s*from\s*['"]([^'"]+)['"]/gm
  for (const m of source.matchAll(statement)) if (!m[2]) specifiers.push(m[4]!)
  for (const m of source.matchAll(/^\s*import\s*['"]([^'"]+)['"]/gm)) specifiers.push(m[1]!)
  for (const m of source.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)) specifiers.push(m[1]!)
  return specifiers.filter((s) => s.startsWith('./')).map((s) => s.slice(2).replace(/\.js$/, '.ts'))
}

/** One cycle of the graph, as a path that ends where it starts, or undefined. */
function findCycle(graph: Record<string, string[]>): string[] | undefined {
  const state = new Map<string, 'open' | 'done'>()
  const stack: string[] = []
  const visit = (node: string): string[] | undefined => {
    if (state.get(node) === 'done') return undefined
    if (state.get(node) === 'open') return [...stack.slice(stack.indexOf(node)), node]
    state.set(node, 'open')
    stack.push(node)
    for (const next of graph[node] ?? []) {
      const cycle = visit(next)
      if (cycle) return cycle
    }
    stack.pop()
    state.set(node, 'done')
    return undefined
  }
  for (const node of Object.keys(graph)) {
    const cycle = visit(node)
    if (cycle) return cycle
  }
  return undefined
}

describe('the import graph of src/', () => {
  it('has no cycle', () => {
    const graph: Record<string, string[]> = {}
    for (const file of readdirSync(SRC).filter((f) => f.endsWith('.ts'))) {
      graph[file] = valueImports(readFileSync(path.join(SRC, file), 'utf8'))
    }
    expect(Object.keys(graph).length).toBeGreaterThan(5)
    expect(findCycle(graph)).toBeUndefined()
  })

  it('keeps the shared types in a module that imports nothing', () => {
    expect(valueImports(readFileSync(path.join(SRC, 'types.ts'), 'utf8'))).toEqual([])
    expect(readFileSync(path.join(SRC, 'types.ts'), 'utf8')).not.toMatch(/^\s*import\b/m)
  })
})
