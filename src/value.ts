/**
 * The new value, from whichever source settings chose: text or bytes, checked for UTF-8 and
 * for Secrets Manager's size limit, and with `value-format: dotenv` turned into JSON. Errors name
 * the input (and the `secrets` line) and never quote the value.
 */
import { DotenvError, dotenvToJson } from './dotenv.js'
import { readSmallFile } from './file.js'
import { parseJsonObject } from './json.js'
import { InputError } from './errors.js'
import { MAX_VALUE_BYTES } from './types.js'
import type { FileRoot, JsonObject, SecretRequest, SecretValue, Target, ValueSource } from './types.js'

/** How to load a value beyond its source. */
export interface LoadOptions {
  /** `value-format`: `dotenv` turns the text into a JSON object first. */
  readonly format?: 'raw' | 'dotenv'
  /** The `secrets` line the source came from: errors then name `secrets` and the line. */
  readonly line?: number | undefined
  /** `strip-final-newline`: a text value loses one final LF or CRLF (bytes are kept as they are). */
  readonly stripFinalNewline?: boolean
}

/** A generated password, and with `json-merge` the key of the patch it goes under. */
export interface Password {
  readonly text: string
  readonly key: string | undefined
}

/**
 * A target with its value loaded: the request the flow reads, plans and applies, and the value as
 * loaded (a merge's patch as text), for its masks.
 */
export async function loadTarget(
  target: Target,
  options: { readonly format: 'raw' | 'dotenv'; readonly password: Password | undefined }
): Promise<{ readonly request: SecretRequest; readonly value: SecretValue | undefined }> {
  const write = target.write
  const load = (source: ValueSource): Promise<SecretValue> =>
    loadValue(
      source,
      { format: options.format, line: target.line, stripFinalNewline: target.stripFinalNewline },
      options.password
    )
  switch (write.kind) {
    case 'none':
    case 'promote':
      return { request: { ...target, write }, value: undefined }
    case 'value': {
      const value = await load(write.value)
      return { request: { ...target, write: { ...write, value } }, value }
    }
    case 'merge': {
      const given = write.patch ? await load(write.patch) : undefined
      const fail = (detail: string): InputError => failFor(write.patch ?? { kind: 'password' }, target.line)(detail)
      const { patch, value } = patchOf(given, options.password, fail)
      return { request: { ...target, write: { kind: 'merge', patch, stages: write.stages } }, value }
    }
  }
}

function failFor(source: ValueSource, line: number | undefined): (detail: string) => InputError {
  return (detail) =>
    line === undefined
      ? new InputError(inputOf(source), detail)
      : new InputError('secrets', `line ${line} (${describeSource(source)}) ${detail}`)
}

/**
 * The value to send, from its source (a `password` source is the generated password).
 */
export async function loadValue(
  source: ValueSource,
  options: LoadOptions = {},
  password?: Password
): Promise<SecretValue> {
  const fail = failFor(source, options.line)
  if (source.kind === 'password') {
    if (!password) throw new Error('a password source without a generated password')
    return { kind: 'text', text: password.text }
  }
  let value = readValue(
    source,
    fail,
    options.line === undefined ? 'set `binary: true`' : 'write binary-file:PATH on the line'
  )
  // Before dotenv, the masks, the comparison and the merge: all of them see the value as it is sent.
  if (options.stripFinalNewline && value.kind === 'text') {
    value = { kind: 'text', text: withoutFinalNewline(value.text) }
    checkSize(Buffer.byteLength(value.text, 'utf8'), fail, ' without its final newline')
  }
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
  return value
}

/**
 * json-merge's patch: the loaded text, which must be a JSON object (checked here once, before any
 * AWS call, and reported without quoting it), with a generated password under its key. The value
 * returned is the patch as text, for its masks.
 */
function patchOf(
  given: SecretValue | undefined,
  password: Password | undefined,
  fail: (detail: string) => InputError
): { patch: JsonObject; value: SecretValue } {
  const rest = given?.kind === 'text' ? parseJsonObject(given.text) : undefined
  if (given && !rest) {
    throw fail('is not a JSON object, and `json-merge` needs one as its patch (the text is not shown).')
  }
  if (!password?.key) return { patch: rest ?? {}, value: given ?? { kind: 'text', text: '{}' } }
  const key = password.key
  if (rest && Object.hasOwn(rest, key)) {
    throw new InputError(
      'password-key',
      `names a key the \`secret-string\` patch sets too: the generated password goes under ${key}, leave it out of the patch.`
    )
  }
  const text = JSON.stringify({ ...rest, [key]: password.text })
  checkSize(
    Buffer.byteLength(text, 'utf8'),
    (detail) => new InputError('password-length', `makes the patch too big: it ${detail}`),
    ' with the password'
  )
  return { patch: { ...rest, [key]: password.text }, value: { kind: 'text', text } }
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
    case 'password':
      return 'generate-password'
  }
}

function describeSource(source: ValueSource): string {
  return source.kind === 'env'
    ? `env:${source.name}`
    : source.kind === 'file'
      ? source.binary
        ? 'a binary file'
        : 'a file'
      : source.kind === 'password'
        ? 'the generated password'
        : source.kind
}

function readValue(
  source: Exclude<ValueSource, { kind: 'password' }>,
  fail: (detail: string) => InputError,
  binaryHint: string
): SecretValue {
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

/** The text without one final LF or CRLF (one, not all: a value may end with an empty line on purpose). */
export function withoutFinalNewline(text: string): string {
  return text.endsWith('\r\n') ? text.slice(0, -2) : text.endsWith('\n') ? text.slice(0, -1) : text
}

function checkSize(bytes: number, fail: (detail: string) => InputError, what = ''): void {
  if (bytes === 0) throw fail(`is empty${what}: a secret value has 1 to 65536 bytes.`)
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
