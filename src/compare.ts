/**
 * Pure comparisons and the JSON merge patch: the logic of `skip-unchanged` and `json-merge`.
 */
import { parseJsonDocument } from './mask.js'
import type { SecretValue } from './value.js'

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
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false
  if (Array.isArray(a) !== Array.isArray(b)) return false
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, i) => jsonEqual(item, b[i]))
  }
  const ak = Object.keys(a)
  const bo = b as Record<string, unknown>
  return ak.length === Object.keys(b).length && ak.every((k) => Object.hasOwn(bo, k) && jsonEqual((a as Record<string, unknown>)[k], bo[k]))
}

export type JsonObject = { [key: string]: unknown }

export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** RFC 7396 MergePatch(target, patch): objects merge recursively, null removes, anything else replaces. */
export function mergePatch(target: unknown, patch: unknown): unknown {
  if (!isJsonObject(patch)) return patch
  const result: JsonObject = isJsonObject(target) ? { ...target } : {}
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete result[key]
    // defineProperty, not assignment: a key named "__proto__" is data, not the prototype.
    else Object.defineProperty(result, key, { value: mergePatch(result[key], value), enumerable: true, writable: true, configurable: true })
  }
  return result
}

/**
 * Parses a JSON object for merging. Returns undefined when the text is not a JSON object;
 * the caller names which side failed, without quoting it (JSON.parse's error would).
 */
export function parseJsonObject(text: string): JsonObject | undefined {
  try {
    const parsed: unknown = JSON.parse(text)
    return isJsonObject(parsed) ? parsed : undefined
  } catch {
    return undefined
  }
}
