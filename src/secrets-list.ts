/**
 * Pure: the `secrets` input, one secret per line: its name or ARN, whitespace, then where its value
 * comes from (`env:NAME`, `file:PATH` or `binary-file:PATH`). The source is the rest of the line
 * after the first run of whitespace, so a path may contain spaces; trailing whitespace is dropped.
 * Blank lines and lines starting with `#` are skipped.
 *
 * Errors name the input and the line number, never the line's text: a value pasted into the
 * block by mistake must not reach the log.
 */
import { InputError } from './errors.js'

export const MAX_SECRETS = 100

/** Where one line's value comes from; paths as written (settings resolves them). */
export type LineSource =
  /** `env:NAME`: the step's environment variable NAME, verbatim. */
  | { readonly kind: 'env'; readonly name: string }
  /** `file:PATH` (UTF-8 text) or `binary-file:PATH` (bytes, stored as SecretBinary). */
  | { readonly kind: 'file'; readonly path: string; readonly binary: boolean }

export interface SecretLine {
  /** 1-based line number in the input as given. */
  readonly line: number
  /** The name or ARN as written: the key of the `results` output. */
  readonly secretId: string
  readonly source: LineSource
}

const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/

export function parseSecretsList(text: string): SecretLine[] {
  const lines = text.split(/\r?\n/)
  const parsed: SecretLine[] = []
  const seen = new Map<string, number>()
  for (let i = 0; i < lines.length; i++) {
    const line = i + 1
    const content = lines[i]!.trim()
    if (content === '' || content.startsWith('#')) continue
    const split = /\s+/.exec(content)
    if (!split) {
      throw new InputError(
        'secrets',
        `line ${line} has no source: write the secret's name or ARN, whitespace, then env:NAME, file:PATH or binary-file:PATH.`
      )
    }
    const secretId = content.slice(0, split.index)
    const source = parseSource(content.slice(split.index + split[0].length), line)
    const first = seen.get(secretId)
    if (first !== undefined) throw new InputError('secrets', `line ${line} names the same secret as line ${first}.`)
    seen.set(secretId, line)
    parsed.push({ line, secretId, source })
  }
  if (parsed.length === 0) throw new InputError('secrets', 'lists no secret (every line is blank or a comment).')
  if (parsed.length > MAX_SECRETS) {
    throw new InputError('secrets', `lists ${parsed.length} secrets; one step writes at most ${MAX_SECRETS}.`)
  }
  return parsed
}

function parseSource(source: string, line: number): LineSource {
  const colon = source.indexOf(':')
  const kind = colon < 0 ? '' : source.slice(0, colon)
  const rest = source.slice(colon + 1)
  switch (kind) {
    case 'env':
      if (!ENV_NAME.test(rest)) {
        throw new InputError(
          'secrets',
          `line ${line}: env: needs an environment variable name (letters, digits and _, not starting with a digit).`
        )
      }
      return { kind: 'env', name: rest }
    case 'file':
    case 'binary-file':
      if (rest === '')
        throw new InputError('secrets', `line ${line}: ${kind}: needs a path (relative to the workspace).`)
      return { kind: 'file', path: rest, binary: kind === 'binary-file' }
    default:
      throw new InputError('secrets', `line ${line}: the source must be env:NAME, file:PATH or binary-file:PATH.`)
  }
}
