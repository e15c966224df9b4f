/**
 * Pure: the strings to register with `core.setSecret` for a value, so that any later print of
 * the value, of a part of it, or of its base64 shows `***`.
 *
 * The runner masks a multi-line secret line by line. Registering a pretty-printed JSON text
 * would therefore register lines such as `{` and `},` and mask every brace in the job's log;
 * so structure-only lines are never registered, and JSON is masked by its compact form and its
 * leaves instead.
 */
import type { SecretValue } from './value.js'

/** A line with nothing but JSON/YAML punctuation and spaces carries no secret. */
const STRUCTURE_ONLY = /^[\s{}[\](),:;"'`]*$/

/**
 * JSON leaves shorter than this are not registered: `1`, `on` or `no` carry no secret, and as
 * masks they would hide every such character in the log and make the runner drop any output
 * (an ARN, a version id) that happens to contain them.
 */
export const MIN_LEAF_LENGTH = 3

export function masksFor(value: SecretValue): string[] {
  const masks = new Set<string>()
  if (value.kind === 'binary') {
    const bytes = Buffer.from(value.bytes)
    masks.add(bytes.toString('base64'))
    const text = utf8OrUndefined(bytes)
    if (text !== undefined) addText(masks, text)
  } else {
    addText(masks, value.text)
    masks.add(Buffer.from(value.text, 'utf8').toString('base64'))
  }
  return [...masks].filter((m) => m !== '')
}

/**
 * Masks for a text value: a JSON document by its compact form and leaves (a pretty-printed text is
 * not registered whole: see above); other text whole and by its lines with content.
 */
function addText(masks: Set<string>, text: string): void {
  const json = parseJsonDocument(text)
  if (json === undefined) {
    masks.add(text)
    addLines(masks, text)
    return
  }
  masks.add(JSON.stringify(json))
  if (!text.includes('\n')) masks.add(text)
  addLeaves(masks, json)
}

/** Registers each line that carries content (the runner would split a multi-line mask anyway). */
function addLines(masks: Set<string>, text: string): void {
  for (const line of text.split(/\r?\n/)) {
    if (!STRUCTURE_ONLY.test(line)) masks.add(line)
  }
}

function addLeaves(masks: Set<string>, node: unknown): void {
  if (typeof node === 'string') {
    if (node.trim().length >= MIN_LEAF_LENGTH) addLines(masks, node)
  } else if (typeof node === 'number') {
    if (String(node).length >= MIN_LEAF_LENGTH) masks.add(String(node))
  } else if (Array.isArray(node)) {
    for (const item of node) addLeaves(masks, item)
  } else if (node !== null && typeof node === 'object') {
    for (const item of Object.values(node)) addLeaves(masks, item)
  }
}

/**
 * The parsed document when the text is a JSON object or array, else undefined. Scalars such as
 * `"abc"` or `42` are treated as plain text: their text is the value itself.
 */
export function parseJsonDocument(text: string): object | undefined {
  const start = text.trimStart()[0]
  if (start !== '{' && start !== '[') return undefined
  try {
    // JSON.parse's own error quotes the input: it is never surfaced.
    const parsed: unknown = JSON.parse(text)
    return typeof parsed === 'object' && parsed !== null ? parsed : undefined
  } catch {
    return undefined
  }
}

function utf8OrUndefined(bytes: Uint8Array): string | undefined {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
    // Control characters other than whitespace mean it is not text anyone would print.
    return /[\x00-\x08\x0e-\x1f]/.test(text) ? undefined : text
  } catch {
    return undefined
  }
}

/** Replaces every registered mask in a message, longest first, as a second line of defence. */
export function redact(message: string, masks: readonly string[]): string {
  let out = message
  for (const mask of [...masks].sort((a, b) => b.length - a.length)) {
    if (mask.length > 0) out = out.split(mask).join('***')
  }
  return out
}

/** The credentials inside a proxy URL (`http://user:pass@host`), as given and as decoded. */
export function proxyMasks(proxyUrl: string): string[] {
  const { password } = new URL(proxyUrl)
  if (!password) return []
  return [...new Set([password, decodeURIComponent(password)])]
}
