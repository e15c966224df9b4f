/**
 * The new value, from whichever source settings chose: text or bytes, checked for UTF-8 and
 * for Secrets Manager's size limit. Errors name the input and never quote the value.
 */
import { readSmallFile } from './file.js'
import { parseJsonObject } from './json.js'
import { InputError } from './errors.js'
import { MAX_VALUE_BYTES, type ValueSource } from './settings.js'
import type { SecretValue } from './types.js'

/**
 * The value to send. With `jsonPatch` (json-merge) it must be a JSON object: checked here, before
 * any AWS call, and reported without quoting it.
 */
export async function loadValue(source: ValueSource, jsonPatch = false): Promise<SecretValue> {
  const value = await readValue(source)
  if (jsonPatch && (value.kind !== 'text' || !parseJsonObject(value.text))) {
    const input = source.kind === 'file' ? 'value-from-file' : 'secret-string'
    throw new InputError(input, 'is not a JSON object, and `json-merge` needs one as its patch (the text is not shown).')
  }
  return value
}

async function readValue(source: ValueSource): Promise<SecretValue> {
  switch (source.kind) {
    case 'string':
      checkSize('secret-string', Buffer.byteLength(source.text, 'utf8'))
      return { kind: 'text', text: source.text }
    case 'base64':
      // Size and syntax were checked while decoding, in settings.
      return { kind: 'binary', bytes: source.bytes }
    case 'file': {
      const bytes = readSmallFile(source.path, { input: 'value-from-file', maxBytes: MAX_VALUE_BYTES })
      checkSize('value-from-file', bytes.length)
      return source.binary ? { kind: 'binary', bytes } : { kind: 'text', text: decodeUtf8(bytes) }
    }
  }
}

/**
 * The value with a generated password: the password itself, or with `json-merge` (`key` given) the
 * patch with the password under `key`, merged with the `secret-string` patch when there is one.
 */
export function withPassword(patch: SecretValue | undefined, password: string, key: string | undefined): SecretValue {
  if (key === undefined) return { kind: 'text', text: password }
  const rest = patch?.kind === 'text' ? parseJsonObject(patch.text) : undefined
  if (patch && !rest) throw new InputError('secret-string', 'is not a JSON object, and `json-merge` needs one as its patch (the text is not shown).')
  if (rest && Object.hasOwn(rest, key)) {
    throw new InputError('password-key', `names a key the \`secret-string\` patch sets too: the generated password goes under ${key}, leave it out of the patch.`)
  }
  return { kind: 'text', text: JSON.stringify({ ...rest, [key]: password }) }
}

function checkSize(input: string, bytes: number): void {
  if (bytes === 0) throw new InputError(input, 'is empty: a secret value has 1 to 65536 bytes.')
  if (bytes > MAX_VALUE_BYTES) {
    throw new InputError(input, `is ${bytes} bytes; Secrets Manager takes at most ${MAX_VALUE_BYTES}.`)
  }
}

/** Byte-exact: a byte order mark is kept, invalid UTF-8 is an error (send it with `binary: true`). */
function decodeUtf8(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes)
  } catch {
    throw new InputError('value-from-file', 'is not valid UTF-8 text: set `binary: true` to store it as SecretBinary.')
  }
}
