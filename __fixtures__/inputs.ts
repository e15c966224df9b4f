/**
 * The inputs action.yml declares, with their defaults, so that tests feed settings what the
 * runner would: every declared input, given or defaulted. Read by the runner emulation's one
 * action.yml reader, so that a default changed there is a default changed in the tests.
 */
import { actionInputs, inputVariable } from '../scripts/runner.mjs'

/** Input name → default ('' when action.yml gives none). */
export const ACTION_INPUTS: ReadonlyMap<string, string> = new Map(
  actionInputs().map((input) => [input.name, input.default])
)

/** The `INPUT_*` variables the runner sets for these inputs (defaults filled in). */
export function inputEnv(given: Readonly<Record<string, string>>): Record<string, string> {
  const env: Record<string, string> = {}
  for (const [name, fallback] of ACTION_INPUTS) env[inputVariable(name)] = given[name] ?? fallback
  for (const name of Object.keys(given)) {
    if (!ACTION_INPUTS.has(name)) throw new Error(`action.yml declares no input ${name}`)
  }
  return env
}
