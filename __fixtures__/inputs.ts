/**
 * The inputs action.yml declares, with their defaults, so that tests feed settings what the
 * runner would: every declared input, given or defaulted. Read from action.yml itself (its
 * simple, uniform layout: two-space input names, four-space `default: '...'`), so a default
 * changed there is a default changed in the tests.
 */
import { readFileSync } from 'node:fs'

function declaredInputs(): ReadonlyMap<string, string> {
  const yaml = readFileSync(new URL('../action.yml', import.meta.url), 'utf8')
  const block = /^inputs:\n([\s\S]*?)^\S/m.exec(yaml)?.[1]
  if (!block) throw new Error('action.yml has no inputs block')
  const inputs = new Map<string, string>()
  let current: string | undefined
  for (const line of block.split('\n')) {
    const name = /^ {2}([a-z-]+):\s*$/.exec(line)
    if (name) {
      current = name[1]!
      inputs.set(current, '')
      continue
    }
    const value = /^ {4}default:\s*'(.*)'\s*$/.exec(line)
    if (value && current) inputs.set(current, value[1]!)
  }
  return inputs
}

/** Input name → default ('' when action.yml gives none). */
export const ACTION_INPUTS = declaredInputs()

/** The `INPUT_*` variables the runner sets for these inputs (defaults filled in). */
export function inputEnv(given: Readonly<Record<string, string>>): Record<string, string> {
  const env: Record<string, string> = {}
  for (const [name, fallback] of ACTION_INPUTS) {
    env[`INPUT_${name.toUpperCase()}`] = given[name] ?? fallback
  }
  for (const name of Object.keys(given)) {
    if (!ACTION_INPUTS.has(name)) throw new Error(`action.yml declares no input ${name}`)
  }
  return env
}
