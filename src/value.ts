/**
 * The new value, from whichever source settings chose: text or bytes, checked for UTF-8 and
 * for Secrets Manager's size limit, and with `value-format: dotenv` turned into JSON. Errors name
 * the input (and the `secrets` line) and never quote the value.
 */
import { DotenvError, dotenvToJson } from './dotenv.js'
import { readSmallFile } from './file.js'
import { parseJsonObject } from './json.js'
import { InputError } from './errors.js'
import { MAX_VALUE_BYTES, type ValueSource } from './settings.js'
import type { SecretValue } from './types.js'
import type { FileRoot } from './value-path.js'

/** How to load a value beyond its source. */
export interface LoadOptions {
  /** json-merge: the value must be a JSON object (the patch). */
  readonly jsonPatch?: boolean
  /** `value-format`: `dotenv` turns the text into a JSON object first. */
  readonly format?: 'raw' | 'dotenv'
  /** The `secrets` line the source came from: errors then name `secrets` and the line. */
  readonly line?: number
}

/**
 * The value to send. With `jsonPatch` (json-merge) it must be a JSON object: checked here, before
 * any AWS call, and reported without quoting it.
 */
export async function loadValue(source: ValueSource, options: LoadOptions = {}): Promise<SecretValue> {
  const fail = (detail: string): InputError =>
    options.line === undefined
      ? new InputError(inputOf(source), detail)
      : new InputError('secrets', `line ${options.line} (${describeSource(source)}) ${detail}`)
  let value = readValue(
    source,
    fail,
    options.line === undefined ? 'set `binary: true`' : 'write binary-file:PATH on the line'
  )
  if (options.format === 'dotenv' && value.kind === 'text') {
    let json: string
    try {
      json = dotenvToJson(value.text)
    } catch (error) {
      if (error instanceof DotenvError) throw fail(`is not valid dotenv (\`value-format: dotenv\`): ${error.message}`)
      throw error
    }
    checkSize(Buffer.byteLength(json, 'utf8'), fail, ' as JSON')
    value = { kind: 'text', text: json }
  }
  if (options.jsonPatch && (value.kind !== 'text' || !parseJsonObject(value.text))) {
    throw fail('is not a JSON object, and `json-merge` needs one as its patch (the text is not shown).')
  }
  return value
}

function inputOf(source: ValueSource): string {
  switch (source.kind) {
    case 'string':
      return 'secret-string'
    case 'base64':
      return 'secret-binary'
    case 'file':
      return 'value-from-file'
    case 'env':
      return 'secrets'
  }
}

function describeSource(source: ValueSource): string {
  return source.kind === 'env'
    ? `env:${source.name}`
    : source.kind === 'file'
      ? source.binary
        ? 'a binary file'
        : 'a file'
      : source.kind
}

function readValue(source: ValueSource, fail: (detail: string) => InputError, binaryHint: string): SecretValue {
  switch (source.kind) {
    case 'string':
    case 'env':
      checkSize(Buffer.byteLength(source.text, 'utf8'), fail)
      return { kind: 'text', text: source.text }
    case 'base64':
      // Size and syntax were checked while decoding, in settings.
      return { kind: 'binary', bytes: source.bytes }
    case 'file': {
      const bytes = readValueFile(source.path, source.root, fail)
      checkSize(bytes.length, fail)
      if (source.binary) return { kind: 'binary', bytes }
      return { kind: 'text', text: decodeUtf8(bytes, fail, binaryHint) }
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
  if (patch && !rest)
    throw new InputError(
      'secret-string',
      'is not a JSON object, and `json-merge` needs one as its patch (the text is not shown).'
    )
  if (rest && Object.hasOwn(rest, key)) {
    throw new InputError(
      'password-key',
      `names a key the \`secret-string\` patch sets too: the generated password goes under ${key}, leave it out of the patch.`
    )
  }
  const text = JSON.stringify({ ...rest, [key]: password })
  checkSize(
    Buffer.byteLength(text, 'utf8'),
    (detail) => new InputError('password-length', `makes the patch too big: it ${detail}`),
    ' with the password'
  )
  return { kind: 'text', text }
}

/** The file's bytes (file.ts: one non-blocking descriptor, size-checked before it is read). */
function readValueFile(file: string, root: FileRoot, fail: (detail: string) => InputError): Buffer {
  try {
    return readSmallFile(file, { input: 'value-from-file', maxBytes: MAX_VALUE_BYTES, root })
  } catch (error) {
    // Named as the value's source: `value-from-file`, or the `secrets` line.
    if (error instanceof InputError) throw fail(error.detail)
    throw error
  }
}

function checkSize(bytes: number, fail: (detail: string) => InputError, what = ''): void {
  if (bytes === 0) throw fail('is empty: a secret value has 1 to 65536 bytes.')
  if (bytes > MAX_VALUE_BYTES) throw fail(`is ${bytes} bytes${what}; Secrets Manager takes at most ${MAX_VALUE_BYTES}.`)
}

/** Byte-exact: a byte order mark is kept, invalid UTF-8 is an error (send it as binary). */
function decodeUtf8(bytes: Uint8Array, fail: (detail: string) => InputError, asBinary: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes)
  } catch {
    throw fail(`is not valid UTF-8 text: ${asBinary} to store it as SecretBinary.`)
  }
}
