import { chmod, mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { inputErrorOf } from './support/errors.js'
import { loadTarget, loadValue, type Password } from '../src/value.js'
import type { SecretValue, Target, ValueSource } from '../src/types.js'
import { fileSource } from '../__fixtures__/value-file.js'

let dir: string
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'value-test-'))
})
afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

let fileCount = 0
/** Writes `content` to a new file in the temp dir and returns its path. */
async function file(content: string | Uint8Array): Promise<string> {
  const name = path.join(dir, `value-${++fileCount}`)
  await writeFile(name, content)
  return name
}

const fromFile = (p: string, binary = false): Promise<SecretValue> => loadValue(fileSource(p, binary))

/**
 * A json-merge target's patch as loaded (the text its masks come from): from `patch`, of `secret-id`
 * or of a `secrets` line, with a generated password when given.
 */
async function loadPatch(
  patch: ValueSource | undefined,
  options: { line?: number; format?: 'raw' | 'dotenv'; password?: Password } = {}
): Promise<SecretValue | undefined> {
  const target: Target = {
    secretId: 'app/db',
    arn: undefined,
    line: options.line,
    write: { kind: 'merge', patch, stages: undefined },
    description: undefined,
    kmsKeyId: undefined,
    tags: [],
    skipUnchanged: false,
    createIfMissing: false,
    ifExists: 'update',
    replicas: [],
    forceOverwriteReplica: false,
    stripFinalNewline: false
  }
  return (await loadTarget(target, { format: options.format ?? 'raw', password: options.password })).value
}

/** The value as bytes, as Secrets Manager stores it. */
function valueBytes(value: SecretValue): Uint8Array {
  return value.kind === 'text' ? Buffer.from(value.text, 'utf8') : value.bytes
}

describe('value from a text file', () => {
  it.each<[string, string]>([
    ['a byte order mark is kept', '\uFEFFbom-prefixed-secret'],
    ['CRLF line ends are kept', 'line one\r\nline two\r\n'],
    ['a trailing newline is kept', 'secret\n'],
    ['leading and trailing spaces are kept', '  spaced  '],
    ['multi-byte UTF-8', 'pässwörd-密码-🔑'],
    ['a PEM key', '-----BEGIN PRIVATE KEY-----\nMIIBVQIBADANBgkqhkiG9w0BAQEFAASC\n-----END PRIVATE KEY-----\n'],
    ['a lone carriage return', 'a\rb'],
    ['a single byte', 'x']
  ])('%s', async (_name, text) => {
    const bytes = Buffer.from(text, 'utf8')
    const value = await fromFile(await file(bytes))
    expect(value).toEqual({ kind: 'text', text })
    expect(Buffer.from(valueBytes(value)).equals(bytes)).toBe(true)
  })

  it.each<[string, number[]]>([
    ['a lone continuation byte', [0x61, 0x80, 0x62]],
    ['a UTF-16 byte order mark', [0xff, 0xfe, 0x61, 0x00]],
    ['an overlong encoding', [0xc0, 0xaf]],
    ['a truncated sequence', [0x61, 0xe2, 0x82]],
    ['an encoded surrogate', [0xed, 0xa0, 0x80]],
    ['Latin-1 text', [...Buffer.from('caf', 'latin1'), 0xe9]]
  ])('rejects non-UTF-8 (%s) as text, naming the input and the fix', async (_name, raw) => {
    const error = await inputErrorOf(fromFile(await file(Buffer.from(raw))))
    expect(error.input).toBe('value-from-file')
    expect(error.message).toContain('`value-from-file`')
    expect(error.message).toContain('binary: true')
  })

  it('sends non-UTF-8 bytes unchanged when binary', async () => {
    const raw = Buffer.from([0x00, 0xff, 0xfe, 0x80, 0xc0, 0xaf, 0x0a])
    const value = await fromFile(await file(raw), true)
    expect(value.kind).toBe('binary')
    expect(Buffer.from(valueBytes(value)).equals(raw)).toBe(true)
  })

  it('sends valid UTF-8 as binary when asked', async () => {
    const value = await fromFile(await file('text but binary\n'), true)
    expect(value).toEqual({ kind: 'binary', bytes: Buffer.from('text but binary\n') })
  })

  it('never quotes the content in an error', async () => {
    const content = Buffer.concat([Buffer.from('content-that-is-secret'), Buffer.from([0xff])])
    const error = await inputErrorOf(fromFile(await file(content)))
    expect(error.message).not.toContain('content-that-is-secret')
  })
})

describe('value size', () => {
  it.each([false, true])('rejects an empty file (binary: %s)', async (binary) => {
    const error = await inputErrorOf(fromFile(await file(''), binary))
    expect(error.input).toBe('value-from-file')
    expect(error.message).toMatch(/empty/)
  })

  it.each([false, true])('accepts a file of exactly 65536 bytes (binary: %s)', async (binary) => {
    const bytes = Buffer.alloc(65536, 'a')
    const value = await fromFile(await file(bytes), binary)
    expect(valueBytes(value).length).toBe(65536)
  })

  it.each([false, true])('rejects a file of 65537 bytes (binary: %s)', async (binary) => {
    const error = await inputErrorOf(fromFile(await file(Buffer.alloc(65537, 'a')), binary))
    expect(error.input).toBe('value-from-file')
    expect(error.message).toContain('65537')
    expect(error.message).toContain('65536')
  })

  it('counts a secret-string in UTF-8 bytes, not characters', async () => {
    const atLimit = 'é'.repeat(32768) // 65536 bytes
    await expect(loadValue({ kind: 'string', text: atLimit })).resolves.toEqual({ kind: 'text', text: atLimit })
    const error = await inputErrorOf(loadValue({ kind: 'string', text: `${atLimit}x` }))
    expect(error.input).toBe('secret-string')
    expect(error.message).toContain('65537')
  })

  it('accepts a secret-string of exactly 65536 ASCII bytes and rejects one more', async () => {
    await expect(loadValue({ kind: 'string', text: 'a'.repeat(65536) })).resolves.toMatchObject({ kind: 'text' })
    const error = await inputErrorOf(loadValue({ kind: 'string', text: 'a'.repeat(65537) }))
    expect(error.input).toBe('secret-string')
  })

  it('passes decoded secret-binary bytes through unchanged', async () => {
    const bytes = Buffer.from([0, 1, 2, 255])
    await expect(loadValue({ kind: 'base64', bytes })).resolves.toEqual({ kind: 'binary', bytes })
  })

  it('keeps a secret-string exactly as given', async () => {
    const text = '\n  value with spaces  \n'
    await expect(loadValue({ kind: 'string', text })).resolves.toEqual({ kind: 'text', text })
  })
})

describe('unreadable value files name the input and the path', () => {
  it('rejects a directory', async () => {
    const sub = path.join(dir, 'a-directory')
    await mkdir(sub)
    const error = await inputErrorOf(fromFile(sub))
    expect(error.input).toBe('value-from-file')
    expect(error.message).toContain(sub)
    expect(error.message).toMatch(/not a regular file/)
  })

  it('rejects a missing file, pointing at the workspace', async () => {
    const missing = path.join(dir, 'no-such-file.txt')
    const error = await inputErrorOf(fromFile(missing))
    expect(error.input).toBe('value-from-file')
    expect(error.message).toContain(missing)
    expect(error.message).toMatch(/no such file.*workspace/)
  })

  it('rejects a path through a file (ENOTDIR)', async () => {
    const through = path.join(await file('plain'), 'inner.txt')
    const error = await inputErrorOf(fromFile(through))
    expect(error.input).toBe('value-from-file')
    expect(error.message).toMatch(/not a directory/)
  })

  // Symbolic links need a privilege Windows does not give by default.
  const withSymlinks = process.platform === 'win32' ? it.skip : it
  withSymlinks('rejects a symbolic link loop (ELOOP)', async () => {
    const [a, b] = [path.join(dir, 'loop-a'), path.join(dir, 'loop-b')]
    await symlink(b, a)
    await symlink(a, b)
    const error = await inputErrorOf(fromFile(a))
    expect(error.input).toBe('value-from-file')
    expect(error.message).toMatch(/symbolic links/)
  })

  withSymlinks('follows a symbolic link to a file', async () => {
    const link = path.join(dir, 'link-to-file')
    await symlink(await file('linked-secret'), link)
    await expect(fromFile(link)).resolves.toEqual({ kind: 'text', text: 'linked-secret' })
  })

  // Root reads any file whatever its mode, so this can only be shown as another user; Windows has
  // no such modes (chmod 000 leaves a file readable).
  const asNonRoot = process.platform === 'win32' || process.getuid?.() === 0 ? it.skip : it
  asNonRoot('rejects a file it may not read', async () => {
    const locked = await file('locked')
    await chmod(locked, 0o000)
    const error = await inputErrorOf(fromFile(locked))
    expect(error.input).toBe('value-from-file')
    expect(error.message).toMatch(/permission denied/)
  })
})

describe('a json-merge patch', () => {
  it.each<[string, string]>([
    ['not JSON', '{"password": "hunter2-secret"'],
    ['an array', '["hunter2-secret"]'],
    ['a string', '"hunter2-secret"'],
    ['a number', '12345']
  ])('that is %s is an input error naming secret-string, without its text', async (_what, text) => {
    const error = await inputErrorOf(loadPatch({ kind: 'string', text }))
    expect(error.input).toBe('secret-string')
    expect(error.message).not.toContain('hunter2')
  })

  it('from a file names value-from-file', async () => {
    const file = path.join(dir, 'patch.json')
    await writeFile(file, '[1, 2, 3]')
    const error = await inputErrorOf(loadPatch(fileSource(file)))
    expect(error.input).toBe('value-from-file')
  })

  it('that is an object is loaded as text, byte-exact', async () => {
    const text = '{ "password": "hunter2-secret" }\n'
    await expect(loadPatch({ kind: 'string', text })).resolves.toEqual({ kind: 'text', text })
  })
})

describe('value-format: dotenv', () => {
  it('turns a secret-string into a JSON object of its keys', async () => {
    await expect(
      loadValue({ kind: 'string', text: 'USER=app\nPASSWORD="p w"\n' }, { format: 'dotenv' })
    ).resolves.toEqual({
      kind: 'text',
      text: '{"USER":"app","PASSWORD":"p w"}'
    })
  })

  it('turns a file into JSON, and that JSON can be a merge patch', async () => {
    const p = await file('# build output\r\nexport TOKEN=abc#1 # note\r\n')
    await expect(loadPatch(fileSource(p), { format: 'dotenv' })).resolves.toEqual({
      kind: 'text',
      text: '{"TOKEN":"abc#1"}'
    })
  })

  it('leaves a raw value as it is', async () => {
    await expect(loadValue({ kind: 'string', text: 'A=1' }, { format: 'raw' })).resolves.toEqual({
      kind: 'text',
      text: 'A=1'
    })
  })

  it('names the input and the dotenv line of an invalid line, never its text', async () => {
    const error = await inputErrorOf(loadValue({ kind: 'string', text: 'A=1\n2hunter secret\n' }, { format: 'dotenv' }))
    expect(error.input).toBe('secret-string')
    expect(error.message).toBe(
      'Input `secret-string`: is not valid dotenv (`value-format: dotenv`): line 2: expected KEY=VALUE, with KEY a letter or `_` followed by letters, digits, `_`, `.` or `-`.'
    )
  })

  it('checks the size of the JSON, which escapes can make larger than the file', async () => {
    // 40000 newlines, each escaped as \n: 80010 bytes of JSON from a 40004-byte text.
    const text = `A="${'\n'.repeat(40000)}"`
    const error = await inputErrorOf(loadValue({ kind: 'string', text }, { format: 'dotenv' }))
    expect(error.message).toMatch(/bytes as JSON; Secrets Manager takes at most 65536/)
  })
})

describe('a value from a secrets line', () => {
  it('from env: is its text, verbatim', async () => {
    await expect(loadValue({ kind: 'env', name: 'V', text: ' x\n' }, { line: 3 })).resolves.toEqual({
      kind: 'text',
      text: ' x\n'
    })
  })

  it.each<[string, () => Promise<SecretValue | undefined>, RegExp]>([
    [
      'an empty environment variable',
      () => loadValue({ kind: 'env', name: 'DB_PASSWORD', text: '' }, { line: 4 }),
      /^Input `secrets`: line 4 \(env:DB_PASSWORD\) is empty/
    ],
    [
      'a missing file',
      () => loadValue(fileSource(path.join(dir, 'absent.pem')), { line: 2 }),
      /^Input `secrets`: line 2 \(a file\) \S*absent\.pem cannot be read: no such file/
    ],
    [
      'a file that is not UTF-8',
      async () => loadValue(fileSource(await file(Buffer.from([0xff, 0xfe, 0x00]))), { line: 7 }),
      /^Input `secrets`: line 7 \(a file\) is not valid UTF-8 text: write binary-file:PATH on the line/
    ],
    [
      'a binary file too large',
      async () => loadValue(fileSource(await file(Buffer.alloc(65537)), true), { line: 1 }),
      /^Input `secrets`: line 1 \(a binary file\) \S+ is 65537 bytes/
    ],
    [
      'a patch that is not an object',
      () => loadPatch({ kind: 'env', name: 'P', text: '[1]' }, { line: 5 }),
      /^Input `secrets`: line 5 \(env:P\) is not a JSON object/
    ],
    [
      'invalid dotenv',
      () => loadValue({ kind: 'env', name: 'E', text: 'A=1\nA=2' }, { line: 9, format: 'dotenv' }),
      /^Input `secrets`: line 9 \(env:E\) is not valid dotenv \(`value-format: dotenv`\): line 2: repeats the key of line 1\.$/
    ]
  ])('%s names secrets and the line', async (_name, load, message) => {
    const error = await inputErrorOf(load())
    expect(error.input).toBe('secrets')
    expect(error.message).toMatch(message)
  })
})

describe('a generated password in the value', () => {
  const PASSWORD = 'gEn3rated!pa55word#x'
  const withKey = (key: string): Password => ({ text: PASSWORD, key })
  const patchText = (text: string): ValueSource => ({ kind: 'string', text })

  it('is the whole value without a key', async () => {
    await expect(loadValue({ kind: 'password' }, {}, { text: PASSWORD, key: undefined })).resolves.toEqual({
      kind: 'text',
      text: PASSWORD
    })
  })

  it('is the patch under its key, with the rest of the patch kept (raw numbers as written)', async () => {
    const patch = patchText('{"user":"app","port":5432,"id":12345678901234567890}')
    await expect(loadPatch(patch, { password: withKey('password') })).resolves.toEqual({
      kind: 'text',
      text: `{"user":"app","port":5432,"id":12345678901234567890,"password":${JSON.stringify(PASSWORD)}}`
    })
  })

  it('is the only key of the patch without secret-string', async () => {
    await expect(loadPatch(undefined, { password: withKey('db.password') })).resolves.toEqual({
      kind: 'text',
      text: JSON.stringify({ 'db.password': PASSWORD })
    })
  })

  it('refuses a patch that sets the same key, naming password-key and quoting no value', async () => {
    const error = await inputErrorOf(
      loadPatch(patchText('{"password":"typed-by-hand-secret"}'), { password: withKey('password') })
    )
    expect(error.input).toBe('password-key')
    expect(error.message).not.toContain('typed-by-hand-secret')
    expect(error.message).not.toContain(PASSWORD)
  })

  it('refuses a patch that the password makes larger than Secrets Manager takes, before any request', async () => {
    const patch = patchText(`{"filler":"${'f'.repeat(62_000)}"}`)
    await expect(loadPatch(patch, { password: { text: 'p'.repeat(4096), key: 'password' } })).rejects.toThrow(
      /`password-length`.*6[0-9]{4} bytes with the password; Secrets Manager takes at most 65536/
    )
  })
})

describe('strip-final-newline', () => {
  const strip = { stripFinalNewline: true }
  const text = (t: string): SecretValue => ({ kind: 'text', text: t })
  it.each<[string, string, string]>([
    ['one LF', 'token\n', 'token'],
    ['one CRLF', 'token\r\n', 'token'],
    ['one of two: an empty last line stays', 'token\n\n', 'token\n'],
    ['a CR alone is not a newline', 'token\r', 'token\r'],
    ['no newline: unchanged', 'token', 'token'],
    ['a newline inside stays', 'line 1\nline 2\n', 'line 1\nline 2']
  ])('secret-string, %s', async (_name, given, sent) => {
    await expect(loadValue({ kind: 'string', text: given }, strip)).resolves.toEqual(text(sent))
  })

  it('a text file and an env: line lose it; without the option nothing does', async () => {
    const p = await file('-----BEGIN KEY-----\nabc\n-----END KEY-----\r\n')
    await expect(loadValue(fileSource(p), strip)).resolves.toEqual(text('-----BEGIN KEY-----\nabc\n-----END KEY-----'))
    await expect(loadValue({ kind: 'env', name: 'A', text: 'v\n' }, { ...strip, line: 2 })).resolves.toEqual(text('v'))
    await expect(loadValue({ kind: 'string', text: 'v\n' })).resolves.toEqual(text('v\n'))
  })

  it('bytes keep their final newline', async () => {
    const p = await file(Uint8Array.from([0x61, 0x0a]))
    await expect(loadValue(fileSource(p, true), strip)).resolves.toEqual({
      kind: 'binary',
      bytes: Buffer.from([0x61, 0x0a])
    })
  })

  it('the request and the masks get the stripped value from loadTarget', async () => {
    const target: Target = {
      secretId: 'app/db',
      arn: undefined,
      line: undefined,
      write: { kind: 'value', value: { kind: 'string', text: 'tok\n' }, token: undefined, stages: undefined },
      description: undefined,
      kmsKeyId: undefined,
      tags: [],
      skipUnchanged: true,
      createIfMissing: false,
      ifExists: 'update',
      replicas: [],
      forceOverwriteReplica: false,
      stripFinalNewline: true
    }
    const { request, value } = await loadTarget(target, { format: 'raw', password: undefined })
    expect(value).toEqual(text('tok'))
    expect(request.write).toMatchObject({ kind: 'value', value: text('tok') })
  })

  it('a value that is only a newline is empty once stripped', async () => {
    const error = await inputErrorOf(loadValue({ kind: 'string', text: '\r\n' }, strip))
    expect(error.message).toMatch(/`secret-string`: is empty without its final newline/)
  })
})
