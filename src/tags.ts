/**
 * Pure: the `tags` input, `Key=Value` lines, and the tags a run must send. The first `=` splits
 * key and value; both are trimmed. Blank lines and lines starting with `#` (which no key may
 * contain) are skipped. Limits are Secrets Manager's: at most 50 tags, keys of 1 to 128
 * characters, values of 0 to 256, letters, digits, spaces and `_ . : / = + - @`; keys starting
 * with `aws:` (any case) are reserved for AWS.
 */
import { InputError } from './errors.js'
import type { Tag, TagChange } from './types.js'

export const MAX_TAGS = 50
export const MAX_TAG_KEY = 128
export const MAX_TAG_VALUE = 256

/** Secrets Manager's tag character set (its API documents this pattern for keys and values). */
const TAG_TEXT = /^[\p{L}\p{Z}\p{N}_.:/=+\-@]*$/u

export function parseTags(text: string): Tag[] {
  const tags: Tag[] = []
  const seen = new Map<string, number>()
  const lines = text.split(/\r?\n/)
  for (let i = 0; i < lines.length; i++) {
    const line = i + 1
    const content = lines[i]!.trim()
    if (content === '' || content.startsWith('#')) continue
    const eq = content.indexOf('=')
    if (eq < 0) throw new InputError('tags', `line ${line} is not Key=Value.`)
    const key = content.slice(0, eq).trim()
    const value = content.slice(eq + 1).trim()
    // Characters as AWS counts them: code points, not UTF-16 units.
    const keyLength = [...key].length
    if (keyLength < 1 || keyLength > MAX_TAG_KEY) {
      throw new InputError('tags', `line ${line}: a key has 1 to ${MAX_TAG_KEY} characters (got ${keyLength}).`)
    }
    if ([...value].length > MAX_TAG_VALUE) {
      throw new InputError(
        'tags',
        `line ${line}: a value has at most ${MAX_TAG_VALUE} characters (got ${[...value].length}).`
      )
    }
    if (!TAG_TEXT.test(key) || !TAG_TEXT.test(value)) {
      throw new InputError(
        'tags',
        `line ${line}: keys and values may hold only letters, digits, spaces and _ . : / = + - @.`
      )
    }
    if (key.toLowerCase().startsWith('aws:')) {
      throw new InputError('tags', `line ${line}: keys starting with aws: are reserved for AWS.`)
    }
    const first = seen.get(key)
    if (first !== undefined) throw new InputError('tags', `line ${line} repeats the key of line ${first}.`)
    seen.set(key, line)
    tags.push({ key, value })
  }
  if (tags.length > MAX_TAGS)
    throw new InputError('tags', `has ${tags.length} tags; a secret takes at most ${MAX_TAGS}.`)
  return tags
}

/**
 * The tags to send to a secret that has `stored` (from DescribeSecret; undefined when not read):
 * all of `wanted`, or with `onlyDifferent` (skip-unchanged) those whose value differs or that the
 * secret lacks. Each with the stored value it replaces, when known.
 */
export function tagChanges(
  wanted: readonly Tag[],
  stored: readonly Tag[] | undefined,
  onlyDifferent: boolean
): TagChange[] {
  const current = new Map((stored ?? []).map((t) => [t.key, t.value]))
  return wanted
    .filter((t) => !onlyDifferent || stored === undefined || current.get(t.key) !== t.value)
    .map((t) => ({ key: t.key, from: current.get(t.key), to: t.value }))
}
