/**
 * Pure: the strings to register with `core.setSecret` for a value, so that any later print of
 * the value, of a part of it, or of its base64 shows `***`.
 *
 * The runner registers each mask and, by itself, each of its lines (split at CR and LF, trimmed).
 * The runner matches masks within one log line, so a multi-line value must also be registered
 * line by line to be hidden when printed. A line such as `{` or `},` would then mask every brace
 * in the job's log: so no mask ever holds a structure-only (or too short) line, whether the value
 * is JSON or not, and JSON is masked by its compact form and its leaves instead, each leaf both as
 * the text writes it (escapes and all) and as it decodes.
 */
import { parseJsonDocument, writtenLeaves } from './json.js'
import type { SecretValue } from './types.js'

/**
 * A line with nothing but JSON/YAML punctuation and white space carries no secret. White space as
 * the runner trims a mask's lines (.NET's char.IsWhiteSpace), which also counts U+0085.
 */
const STRUCTURE_ONLY = /^[\s\u0085{}[\](),:;"'`]*$/

/** A text without the white space the runner trims from each line of a mask. */
function trimmed(text: string): string {
  return text.replace(/^[\s\u0085]+|[\s\u0085]+$/g, '')
}

/** The line ends at which the runner splits a mask into lines of its own. */
const LINE_END = /\r\n|\r|\n/

/**
 * JSON leaves shorter than this are not registered: `1`, `on` or `no` carry no secret, and as
 * masks they would hide every such character in the log and make the runner drop any job output
 * (an ARN, a version id) that happens to contain them.
 */
export const MIN_LEAF_LENGTH = 3

export function masksFor(value: SecretValue): string[] {
  const masks = new Set<string>()
  if (value.kind === 'binary') {
    const bytes = Buffer.from(value.bytes)
    masks.add(bytes.toString('base64'))
    // As a later step that prints the bytes would show them: the runner decodes a step's output as
    // UTF-8, each invalid sequence as U+FFFD (a Latin-1 .env file stored with `binary: true`).
    addText(masks, new TextDecoder('utf-8').decode(bytes))
  } else {
    addText(masks, value.text)
    masks.add(Buffer.from(value.text, 'utf8').toString('base64'))
  }
  // The runner refuses a blank mask (with a warning): it would mask nothing.
  return [...masks].filter((m) => trimmed(m) !== '')
}

/**
 * Masks for a text value: a JSON document by its compact form and leaves; other text whole (unless
 * one of its lines cannot carry a secret: then as one JSON-escaped line instead) and by its lines
 * that can.
 */
function addText(masks: Set<string>, text: string): void {
  const json = parseJsonDocument(text)
  if (json === undefined) {
    if (!LINE_END.test(text)) {
      // One line is the whole secret, whatever it holds.
      masks.add(text)
    } else if (text.split(LINE_END).some((line) => trimmed(line) !== '' && carriesNoSecret(line))) {
      // The whole text would give the runner those lines: its JSON-escaped form is one line.
      masks.add(JSON.stringify(text).slice(1, -1))
    } else {
      masks.add(text)
    }
    addLines(masks, text)
    return
  }
  // `{}` or `[]` would mask every empty object in the log: structure-only forms are skipped.
  const oneLine = LINE_END.test(text) ? [] : [text, text.replace(/^\ufeff/, '')]
  for (const form of [JSON.stringify(json), ...oneLine]) {
    if (!isStructureOnly(form)) masks.add(form)
  }
  for (const leaf of writtenLeaves(text)) {
    if (leaf.kind === 'number') {
      if (leaf.written.length >= MIN_LEAF_LENGTH) masks.add(leaf.written)
    } else if (trimmed(leaf.decoded).length >= MIN_LEAF_LENGTH) {
      addLines(masks, leaf.decoded)
      // As written, a string leaf holds no line break (JSON escapes them): it is one line.
      if (leaf.written !== leaf.decoded && !isStructureOnly(leaf.written)) masks.add(leaf.written)
    }
  }
}

/**
 * Registers each line of a multi-line text that can carry a secret (the runner would split a
 * multi-line mask anyway); a one-line text is the secret itself, whatever it holds.
 */
function addLines(masks: Set<string>, text: string): void {
  const lines = text.split(LINE_END)
  if (lines.length === 1) {
    if (!isStructureOnly(text)) masks.add(text)
    return
  }
  for (const line of lines) {
    if (!carriesNoSecret(line)) masks.add(line)
  }
}

function isStructureOnly(line: string): boolean {
  return STRUCTURE_ONLY.test(line)
}

/**
 * A line of a multi-line value that is only punctuation, or shorter than MIN_LEAF_LENGTH: as a
 * mask it would hide such text (`}`, `ok`, `-`) everywhere in the job's log.
 */
function carriesNoSecret(line: string): boolean {
  return isStructureOnly(line) || trimmed(line).length < MIN_LEAF_LENGTH
}

/** Replaces every registered mask in a message, longest first, as a second line of defence. */
export function redact(message: string, masks: readonly string[]): string {
  let out = message
  for (const mask of [...masks].sort((a, b) => b.length - a.length)) {
    if (mask.length > 0) out = out.split(mask).join('***')
  }
  return out
}

/**
 * The credential inside a proxy URL, as given and as decoded: the password of `user:pass@`, or
 * the user of `token@` (a token given as the user name is the secret then).
 */
export function proxyMasks(proxyUrl: string): string[] {
  const { username, password } = new URL(proxyUrl)
  const secret = password || username
  if (!secret) return []
  let decoded = secret
  try {
    decoded = decodeURIComponent(secret)
  } catch {
    // settings.ts rejects bad escapes; the raw form is still masked.
  }
  return [...new Set([secret, decoded])]
}
