/**
 * The JSON module, pure: parsing with numbers kept as written, comparison and the merge patch
 * (the logic of `skip-unchanged` and `json-merge`), and the JSON reading that masks rely on.
 *
 * Numbers keep the text they were written with (JSON.rawJSON, Node 21+): a 20-digit account id
 * read into a double would come back as other digits, both in a merged value written back and in
 * the masks registered for it.
 */
import type { JsonObject, SecretValue } from './types.js'

/** A number as its JSON text: JSON.stringify writes it back verbatim. */
interface RawNumber {
  readonly rawJSON: string
}
interface JsonWithSource {
  parse(text: string, reviver: (key: string, value: unknown, context: { source?: string }) => unknown): unknown
  rawJSON(text: string): RawNumber
  isRawJSON(value: unknown): value is RawNumber
}
const JSON_ = JSON as unknown as JsonWithSource

export function isRawNumber(value: unknown): value is RawNumber {
  return JSON_.isRawJSON(value)
}

/**
 * Parses JSON with numbers kept as written. Undefined when the text is not JSON: JSON.parse's own
 * error quotes the input, so it is never surfaced.
 */
export function parseJson(text: string): unknown {
  try {
    return JSON_.parse(text, (_key, value, context) =>
      typeof value === 'number' && context.source !== undefined ? JSON_.rawJSON(context.source) : value
    )
  } catch {
    return undefined
  }
}

/**
 * The parsed document when the text is a JSON object or array, else undefined. Scalars such as
 * `"abc"` or `42` are treated as plain text: their text is the value itself.
 */
export function parseJsonDocument(text: string): object | undefined {
  const json = withoutBom(text)
  const start = json.trimStart()[0]
  if (start !== '{' && start !== '[') return undefined
  const parsed = parseJson(json)
  return typeof parsed === 'object' && parsed !== null ? parsed : undefined
}

/**
 * The text without a leading UTF-8 byte order mark, which editors on Windows write and JSON.parse
 * refuses. Only for reading: a value is sent with the bytes it was given.
 */
function withoutBom(text: string): string {
  return text.startsWith('\ufeff') ? text.slice(1) : text
}

/** A leaf of a JSON text: a string value or a number, as the text writes it and as it decodes. */
export interface WrittenLeaf {
  readonly kind: 'string' | 'number'
  /** The characters between the quotes, escapes and all (a number: its text). */
  readonly written: string
  readonly decoded: string
}

/**
 * Every leaf of a JSON document, in the order the text writes it: each string value as written
 * (`\u0026`, `\/`, surrogate pairs) and decoded, each number as written. Keys are not leaves; a
 * key written twice yields both of its values, where JSON.parse keeps only the last.
 * `text` must be JSON (parseJsonDocument accepted it).
 */
export function writtenLeaves(text: string): WrittenLeaf[] {
  const json = withoutBom(text)
  const leaves: WrittenLeaf[] = []
  const number = /-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/y
  for (let i = 0; i < json.length;) {
    const char = json[i]!
    if (char === '"') {
      let end = i + 1
      while (json[end] !== '"') end += json[end] === '\\' ? 2 : 1
      const after = /\s*/y
      after.lastIndex = end + 1
      after.exec(json)
      if (json[after.lastIndex] !== ':') {
        leaves.push({
          kind: 'string',
          written: json.slice(i + 1, end),
          decoded: JSON.parse(json.slice(i, end + 1)) as string
        })
      }
      i = end + 1
    } else if (char === '-' || (char >= '0' && char <= '9')) {
      number.lastIndex = i
      const written = number.exec(json)![0]
      leaves.push({ kind: 'number', written, decoded: written })
      i += written.length
    } else {
      i++
    }
  }
  return leaves
}

/** The current value as Secrets Manager returns it. */
export type StoredValue = { readonly secretString?: string | undefined; readonly secretBinary?: Uint8Array | undefined }

/**
 * Whether sending `next` would store what is already stored: byte-exact, or, when both are JSON
 * documents, equal as JSON (key order and whitespace do not count). Binary compares bytes.
 */
export function sameValue(next: SecretValue, current: StoredValue): boolean {
  if (next.kind === 'binary') {
    return current.secretBinary !== undefined && Buffer.from(next.bytes).equals(Buffer.from(current.secretBinary))
  }
  if (current.secretString === undefined) return false
  if (next.text === current.secretString) return true
  const a = parseJsonDocument(next.text)
  const b = a === undefined ? undefined : parseJsonDocument(current.secretString)
  return a !== undefined && b !== undefined && jsonEqual(a, b)
}

export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (isRawNumber(a) || isRawNumber(b)) return isRawNumber(a) && isRawNumber(b) && sameNumber(a.rawJSON, b.rawJSON)
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false
  if (Array.isArray(a) !== Array.isArray(b)) return false
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, i) => jsonEqual(item, b[i]))
  }
  const ak = Object.keys(a)
  const bo = b as Record<string, unknown>
  return (
    ak.length === Object.keys(b).length &&
    ak.every((k) => Object.hasOwn(bo, k) && jsonEqual((a as Record<string, unknown>)[k], bo[k]))
  )
}

/**
 * Whether two JSON number texts denote the same decimal value: `1.0` equals `1` and `1e2` equals
 * `100`, but `1.0000000000000001` is not `1`, though both read as the same double. Compared as
 * decimals (sign, significant digits, exponent), never through a double.
 */
function sameNumber(a: string, b: string): boolean {
  if (a === b) return true
  const x = decimal(a)
  const y = decimal(b)
  return (
    x !== undefined &&
    y !== undefined &&
    x.digits === y.digits &&
    (x.digits === '' || (x.negative === y.negative && x.exponent === y.exponent))
  )
}

/**
 * A JSON number as `0.DIGITS x 10^exponent`, with no leading or trailing zero in DIGITS ('' for
 * zero, whatever its sign). The exponent is a BigInt: `1e999999999999999999` is valid JSON.
 */
function decimal(text: string): { negative: boolean; digits: string; exponent: bigint } | undefined {
  const m = /^(-?)(\d+)(?:\.(\d+))?(?:[eE]([+-]?\d+))?$/.exec(text)
  if (!m) return undefined
  const [, sign = '', whole = '', fraction = '', exponent = '0'] = m
  const all = whole + fraction
  const leading = all.length - all.replace(/^0+/, '').length
  const digits = all.slice(leading).replace(/0+$/, '')
  return { negative: sign === '-', digits, exponent: BigInt(exponent) + BigInt(whole.length - leading) }
}

export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !isRawNumber(value)
}

/** RFC 7396 MergePatch(target, patch): objects merge recursively, null removes, anything else replaces. */
export function mergePatch(target: unknown, patch: unknown): unknown {
  if (!isJsonObject(patch)) return patch
  const result: JsonObject = isJsonObject(target) ? { ...target } : {}
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete result[key]
    // defineProperty, not assignment: a key named "__proto__" is data, not the prototype.
    else
      Object.defineProperty(result, key, {
        value: mergePatch(result[key], value),
        enumerable: true,
        writable: true,
        configurable: true
      })
  }
  return result
}

/**
 * Parses a JSON object for merging. Returns undefined when the text is not a JSON object;
 * the caller names which side failed, without quoting it (JSON.parse's error would).
 */
export function parseJsonObject(text: string): JsonObject | undefined {
  const parsed = parseJson(withoutBom(text))
  return isJsonObject(parsed) ? parsed : undefined
}
