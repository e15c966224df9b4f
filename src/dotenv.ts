/**
 * Pure: `value-format: dotenv`, `KEY=VALUE` lines turned into a JSON object. dotenv tools differ,
 * so the grammar is this one, and anything outside it is an error rather than a guess:
 *
 * - lines that are blank or start with `#` (after leading whitespace) are skipped;
 * - `export ` (the word, then spaces or tabs) may precede a line;
 * - `KEY=VALUE`: KEY matches `[A-Za-z_][A-Za-z0-9_.-]*` and is followed by `=` at once;
 * - an unquoted value is trimmed, and whitespace followed by `#` starts a comment (`abc#def`
 *   stays whole);
 * - `'...'` is literal and ends on its line;
 * - `"..."` knows the escapes `\n`, `\"` and `\\` (any other backslash is an error) and may span
 *   lines;
 * - after a closing quote only whitespace or a `#` comment may follow;
 * - no `${VAR}` expansion; a key given twice is an error.
 *
 * Line endings are CRLF or LF (a value spanning lines gets LF; a CR alone is an error on any line,
 * inside a quoted value too), and a leading byte order mark
 * is dropped. An error names the line and what is wrong with it, never its text: a `.env` line
 * holds a secret.
 */

/** An invalid line (`line` is 1-based in the text given), or no line at all (`line` undefined). */
export class DotenvError extends Error {
  override readonly name = 'DotenvError'
  constructor(
    readonly line: number | undefined,
    readonly reason: string
  ) {
    super(line === undefined ? reason : `line ${line}: ${reason}`)
  }
}

const KEY = /^[A-Za-z_][A-Za-z0-9_.-]*/
const EXPORT = /^export[ \t]+/
const DOUBLE_ESCAPES: Readonly<Record<string, string>> = { n: '\n', '"': '"', '\\': '\\' }

/** The `KEY=VALUE` pairs in order. Throws DotenvError for the first invalid line. */
export function parseDotenv(text: string): [key: string, value: string][] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/)
  const entries: [string, string][] = []
  const seen = new Map<string, number>()
  for (let i = 0; i < lines.length; i++) {
    const number = i + 1
    checkCharacters(lines[i]!, number)
    let line = lines[i]!.replace(/^[ \t]+/, '')
    if (line.trim() === '' || line.startsWith('#')) continue
    line = line.replace(EXPORT, '')
    const key = KEY.exec(line)?.[0]
    if (key === undefined)
      throw new DotenvError(
        number,
        'expected KEY=VALUE, with KEY a letter or `_` followed by letters, digits, `_`, `.` or `-`.'
      )
    if (line[key.length] !== '=') throw new DotenvError(number, 'expected `=` right after the key.')
    const rest = line.slice(key.length + 1)
    const start = rest.length - rest.replace(/^[ \t]+/, '').length
    let value: string
    const quote = rest[start]
    if (quote === "'") {
      const end = rest.indexOf("'", start + 1)
      if (end < 0) throw new DotenvError(number, 'a single-quoted value has no closing quote on its line.')
      value = rest.slice(start + 1, end)
      checkAfterQuote(rest.slice(end + 1), number)
    } else if (quote === '"') {
      const read = readDoubleQuoted(lines, i, rest.slice(start + 1))
      value = read.value
      checkAfterQuote(read.after, read.endLine + 1)
      i = read.endLine
    } else {
      const comment = /[ \t]#/.exec(rest)
      // Spaces and tabs only, as the grammar says: other white space (U+00A0) is part of the value.
      value = (comment ? rest.slice(0, comment.index) : rest).replace(/^[ \t]+|[ \t]+$/g, '')
    }
    const first = seen.get(key)
    if (first !== undefined) throw new DotenvError(number, `repeats the key of line ${first}.`)
    seen.set(key, number)
    entries.push([key, value])
  }
  if (entries.length === 0) throw new DotenvError(undefined, 'it has no KEY=VALUE line.')
  return entries
}

/** The JSON object text of a dotenv text: a JSON secret (or merge patch) of its keys. */
export function dotenvToJson(text: string): string {
  // Object.fromEntries defines own properties, so even a key `__proto__` stays a key.
  return JSON.stringify(Object.fromEntries(parseDotenv(text)))
}

/** A double-quoted value from just after its opening quote, across lines until the closing one. */
function readDoubleQuoted(
  lines: readonly string[],
  startLine: number,
  first: string
): { value: string; after: string; endLine: number } {
  let value = ''
  let text = first
  for (let n = startLine; n < lines.length; n++, text = lines[n] ?? '') {
    if (n > startLine) {
      // The first line was checked by the caller; a value's later lines obey the same rules.
      checkCharacters(text, n + 1)
      value += '\n'
    }
    for (let j = 0; j < text.length; j++) {
      const c = text[j]!
      if (c === '"') return { value, after: text.slice(j + 1), endLine: n }
      if (c !== '\\') {
        value += c
        continue
      }
      const escaped = DOUBLE_ESCAPES[text[j + 1] ?? '']
      if (escaped === undefined) {
        throw new DotenvError(
          n + 1,
          'a double-quoted value has a backslash that is not one of the escapes \\n, \\" and \\\\.'
        )
      }
      value += escaped
      j++
    }
  }
  throw new DotenvError(startLine + 1, 'a double-quoted value has no closing quote.')
}

/** The rules every line obeys, wherever it is: the first line of a pair or inside a quoted value. */
function checkCharacters(line: string, number: number): void {
  // A CR alone ends a line nowhere in this grammar: `A=1\rB=2` would otherwise hide B in A's value.
  if (line.includes('\r')) throw new DotenvError(number, 'holds a carriage return that is not part of a CRLF line end.')
}

function checkAfterQuote(after: string, line: number): void {
  if (!/^[ \t]*(#.*)?$/.test(after))
    throw new DotenvError(line, 'only whitespace or a `#` comment may follow a closing quote.')
}
