/**
 * Pure: the strings to register with `core.setSecret` for a value, so that any later print of
 * the value, of a part of it, or of its base64 shows `***`.
 *
 * The runner matches masks within one log line, so a multi-line value must also be registered
 * line by line to be hidden when printed. For a pretty-printed JSON text that would register lines
 * such as `{` and `},` and mask every brace in the job's log; so structure-only lines are never
 * registered, and JSON is masked by its compact form and its leaves instead.
 */
import { isRawNumber, parseJsonDocument } from './json.js'
import type { SecretValue } from './types.js'

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
  // `{}` or `[]` would mask every empty object in the log: structure-only forms are skipped.
  for (const form of [JSON.stringify(json), ...(text.includes('\n') ? [] : [text])]) {
    if (!STRUCTURE_ONLY.test(form)) masks.add(form)
  }
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
  } else if (isRawNumber(node)) {
    if (node.rawJSON.length >= MIN_LEAF_LENGTH) masks.add(node.rawJSON)
  } else if (Array.isArray(node)) {
    for (const item of node) addLeaves(masks, item)
  } else if (node !== null && typeof node === 'object') {
    for (const item of Object.values(node)) addLeaves(masks, item)
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
