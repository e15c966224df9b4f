/**
 * Pure: text made inert for the runner's log. The runner reads a step's stdout line by line (a
 * line ends at `\n`, `\r` or `\r\n`: .NET's StreamReader.ReadLine) and runs as a command a line
 * that starts with `::name::` after .NET's TrimStart() (any Unicode white space), or that holds
 * `##[name]` anywhere (actions/runner, ActionCommand.TryParseV2 and TryParse). The log file and
 * its viewer also take `##[` markers written on a line of their own.
 *
 * runner.ts passes every log line, warning and error through inert(), so that text this action
 * did not write (inputs, descriptions and messages read from AWS) can neither start a line nor
 * form a command, whichever caller printed it.
 */

/**
 * Escaped as `\n`, `\r` or `\uXXXX`: every line end and control character (C0 but tab, DEL, C1,
 * U+2028/U+2029, which a log viewer may break on), and the bidi embeddings, overrides and isolates
 * that would show the text in another order than it has.
 */
const UNPRINTABLE = /[\x00-\x08\x0a-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g

/** What .NET's String.TrimStart() removes (char.IsWhiteSpace) that can remain after the escaping above. */
const LEADING_SPACE = /^[\t \u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]*/

function escape(char: string): string {
  if (char === '\n') return '\\n'
  if (char === '\r') return '\\r'
  return `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`
}

/** `text` as one line that the runner shows as it is and never reads as a command. */
export function inert(text: string): string {
  const line = text.replace(UNPRINTABLE, escape).split('##[').join('##\\[')
  const lead = LEADING_SPACE.exec(line)![0].length
  return line.startsWith('::', lead) ? `${line.slice(0, lead)}:\\${line.slice(lead + 1)}` : line
}
