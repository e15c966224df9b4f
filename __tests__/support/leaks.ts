/**
 * The leak scan every integration test runs: the runner's masking applied to the captured log,
 * then no secret value, nor its base64, may remain in the visible log, the outputs file or the
 * job summary. And a value printed by a later step must come out as `***`.
 *
 * The masking modelled here is the runner's part that the action controls: `::add-mask::` values,
 * each also split into lines, masking every later log line. The runner also masks some encodings
 * of each value by itself (base64 shifts, JSON and URL escapes); that is deliberately NOT modelled,
 * so that an action which prints such an encoding fails here instead of relying on the runner.
 */
import { expect } from '@jest/globals'
import { maskLog, maskText, registeredMasks, type ActionRun } from './run-action.js'

// The runner's masking itself lives in scripts/runner.mjs, shared with the demo.
export { maskLog, registeredMasks }

/**
 * Needles shorter than this are not searched for: a 1-3 character value occurs by chance in any
 * log (a digit, a brace), and the runner masks every occurrence anyway once it is registered.
 */
export const MIN_NEEDLE_LENGTH = 4

function isUtf8(bytes: Buffer): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes)
    return true
  } catch {
    return false
  }
}

/** What must not appear for one secret: its text, its base64, and each line of a multi-line text. */
export function needlesOf(secret: string | Buffer): Array<{ what: string; needle: string }> {
  const needles: Array<{ what: string; needle: string }> = []
  const text = typeof secret === 'string' ? secret : isUtf8(secret) ? secret.toString('utf8') : undefined
  const bytes = typeof secret === 'string' ? Buffer.from(secret, 'utf8') : secret
  needles.push({ what: 'base64', needle: bytes.toString('base64') })
  if (text !== undefined) {
    needles.push({ what: 'text', needle: text })
    const lines = text.split(/\r?\n/)
    if (lines.length > 1) lines.forEach((line, i) => needles.push({ what: `line ${i + 1}`, needle: line.trim() }))
  }
  return needles.filter(({ needle }) => needle.trim().length >= MIN_NEEDLE_LENGTH)
}

/** Where `needle` first occurs in `haystack`, as a short excerpt for the failure message. */
function findExcerpt(haystack: string, needle: string): string | undefined {
  const at = haystack.indexOf(needle)
  if (at === -1) return undefined
  const lineStart = haystack.lastIndexOf('\n', at) + 1
  const lineEnd = haystack.indexOf('\n', at)
  return haystack.slice(lineStart, lineEnd === -1 ? undefined : lineEnd).slice(0, 300)
}

/** The leaks of `secrets` in the run's masked log, outputs file and summary (empty: none). */
export function findLeaks(run: ActionRun, secrets: ReadonlyArray<string | Buffer>): string[] {
  const places = { 'masked log': maskLog(run.log), GITHUB_OUTPUT: run.outputFile, 'job summary': run.summary }
  const leaks: string[] = []
  secrets.forEach((secret, index) => {
    for (const { what, needle } of needlesOf(secret)) {
      for (const [place, text] of Object.entries(places)) {
        const excerpt = findExcerpt(text, needle)
        if (excerpt !== undefined) leaks.push(`secret #${index} (${what}) in the ${place}: ${excerpt}`)
      }
    }
  })
  return leaks
}

/** Asserts that no secret, nor its base64, nor a line of it, is visible after the action ran. */
export function expectNoLeaks(run: ActionRun, secrets: ReadonlyArray<string | Buffer>): void {
  expect(findLeaks(run, secrets)).toEqual([])
}

/**
 * What a later step's log shows when it prints `text`: each line masked with every value the run
 * registered (and their lines).
 */
export function printLater(run: ActionRun, text: string): string {
  return maskText(text, run.log)
}

/**
 * Asserts that a later step printing the secret sees only `***`: every non-blank line of it is
 * masked whole. A Buffer is printed as its base64 (the form a workflow can hold).
 */
export function expectMaskedWhenPrinted(run: ActionRun, secret: string | Buffer): void {
  const text = typeof secret === 'string' ? secret : secret.toString('base64')
  const lines = text.split(/\r?\n/)
  const printed = printLater(run, text).split('\n')
  // Blank lines carry nothing; whether the runner masks them does not matter.
  const unmasked = lines.flatMap((line, i) =>
    line.trim() !== '' && printed[i] !== '***' ? [`line ${i + 1}: ${printed[i]}`] : []
  )
  expect(unmasked).toEqual([])
}
