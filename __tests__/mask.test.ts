import { describe, expect, it } from '@jest/globals'
import { parseJsonDocument } from '../src/json.js'
import { dotenvToJson } from '../src/dotenv.js'
import { MIN_LEAF_LENGTH, masksFor, proxyMasks, redact } from '../src/mask.js'
import type { SecretValue } from '../src/types.js'
import { maskText } from '../scripts/runner.mjs'

const text = (t: string): SecretValue => ({ kind: 'text', text: t })
const binary = (bytes: Uint8Array): SecretValue => ({ kind: 'binary', bytes })
const base64 = (t: string | Uint8Array): string => Buffer.from(t as string).toString('base64')

/**
 * `text` as a later step's log shows it once the runner holds these masks, by the runner
 * emulation (scripts/runner.mjs: each mask and its lines, trimmed as .NET trims them).
 */
function printed(text: string, masks: readonly string[]): string {
  const escape = (m: string): string => m.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
  return maskText(text, masks.map((m) => `::add-mask::${escape(m)}`).join('\n'))
}

/**
 * Log lines that carry no secret: the structure of any JSON, YAML or code printed later in the job.
 * A value's masks must leave every one of them as it is.
 */
const INNOCENT = [
  '{',
  '}',
  '},',
  '[',
  ']',
  '],',
  '{}',
  '[]',
  '"',
  "'",
  '(',
  ')',
  ');',
  ':',
  '"config": {',
  '  "list": [',
  '`',
  '""',
  ',',
  'x',
  'ok',
  '-'
]

function expectInnocentLinesKept(masks: readonly string[]): void {
  const text = INNOCENT.join('\n')
  expect(printed(text, masks)).toBe(text)
}

describe('masksFor: plain text', () => {
  it('registers a one-line value and its base64, nothing else', () => {
    expect(masksFor(text('hunter2-password'))).toEqual(['hunter2-password', base64('hunter2-password')])
  })

  it('registers a value with its spaces kept', () => {
    expect(masksFor(text('  padded secret '))).toContain('  padded secret ')
  })

  it('registers a multi-line PEM-like value whole and by each content line, never the blank line', () => {
    // The runner matches masks within one log line: only the lines can match a printed PEM.
    const pem = [
      '-----BEGIN RSA PRIVATE KEY-----',
      'MIIEowIBAAKCAQEAx1XbYFhA2Y0Lk8rB',
      'Qm1zXn7vKqW3pL9sTt0uYv2wXyZa4bCd',
      '-----END RSA PRIVATE KEY-----',
      ''
    ].join('\n')
    const masks = masksFor(text(pem))
    for (const line of pem.split('\n').filter(Boolean)) expect(masks).toContain(line)
    expect(masks).toContain(pem)
    expect(masks).toContain(base64(pem))
    expect(masks).not.toContain('')
    expect(masks.filter((m) => m.includes('\n'))).toEqual([pem])
  })

  it('splits CRLF lines without keeping the carriage return', () => {
    const value = 'first-line\r\nsecond-line\r\n'
    const masks = masksFor(text(value))
    expect(masks).toEqual(expect.arrayContaining(['first-line', 'second-line']))
    expect(masks.filter((m) => m.includes('\r'))).toEqual([value])
  })

  it('skips structure-only lines of text that is not JSON', () => {
    const yamlish = 'db: {\n  password: "s3cret-y"\n}\n'
    const masks = masksFor(text(yamlish))
    expect(masks).toContain('  password: "s3cret-y"')
    expect(masks).not.toContain('}')
  })

  it('registers a value that is only punctuation whole, so that it is masked all the same', () => {
    expect(masksFor(text('"{::}"'))).toContain('"{::}"')
  })

  it('treats a JSON scalar as plain text', () => {
    expect(masksFor(text('"quoted-secret"'))).toEqual(['"quoted-secret"', base64('"quoted-secret"')])
  })
})

describe('masksFor: JSON', () => {
  const doc = {
    username: 'admin-user',
    password: 'p@ss w0rd!',
    port: 5432,
    pin: 42,
    ratio: 0.5,
    enabled: true,
    nothing: null,
    nested: { token: 'tok-abc', list: ['xyz1', 'q'] },
    id: 'ab'
  }

  it('registers the compact form, the one-line text and every string and number leaf', () => {
    const input = JSON.stringify(doc, null, 0).replace(/,/g, ', ')
    const masks = masksFor(text(input))
    expect(masks).toEqual(
      expect.arrayContaining([
        JSON.stringify(doc),
        input,
        'admin-user',
        'p@ss w0rd!',
        '5432',
        'tok-abc',
        'xyz1',
        '0.5',
        base64(input)
      ])
    )
  })

  it(`skips leaves shorter than MIN_LEAF_LENGTH (${MIN_LEAF_LENGTH}), and booleans and nulls`, () => {
    // As masks, `42`, `q` or `ab` would hide those characters everywhere in the log and make the
    // runner drop any output (an ARN, a version id) that happens to contain them.
    const masks = masksFor(text(JSON.stringify(doc)))
    for (const short of ['42', 'q', 'ab', 'true', 'null']) expect(masks).not.toContain(short)
  })

  it('measures a string leaf without its surrounding spaces', () => {
    const masks = masksFor(text('{"a":"  xy  ","b":"xyz"}'))
    expect(masks).not.toContain('  xy  ')
    expect(masks).toContain('xyz')
  })

  it('never registers the lines of pretty-printed JSON, only its compact form and leaves', () => {
    const pretty = JSON.stringify(doc, null, 2)
    const masks = masksFor(text(pretty))
    expectInnocentLinesKept(masks)
    expect(masks.filter((m) => m.includes('\n'))).toEqual([])
    for (const line of ['{', '},', '}', ']', '"nested": {']) expect(masks).not.toContain(line)
    expect(masks).toEqual(expect.arrayContaining([JSON.stringify(doc), 'admin-user', 'p@ss w0rd!', '5432', 'tok-abc']))
  })

  it('registers each line of a multi-line string leaf', () => {
    const masks = masksFor(text(JSON.stringify({ key: 'line-one\nline-two' }, null, 2)))
    expect(masks).toEqual(expect.arrayContaining(['line-one', 'line-two']))
  })

  it('registers a leaf as its decoded text', () => {
    const masks = masksFor(text('{"p":"quote\\"d\\u0041"}'))
    expect(masks).toContain('quote"dA')
  })

  it('handles a JSON array document', () => {
    const masks = masksFor(text('[ "alpha-1", {"k": "beta-2"}, 12345 ]'))
    expect(masks).toEqual(expect.arrayContaining(['["alpha-1",{"k":"beta-2"},12345]', 'alpha-1', 'beta-2', '12345']))
  })

  it('registers a number leaf as the text holds it', () => {
    // A later step that prints the leaf (jq, python) prints its literal digits; a double cannot
    // hold 20 digits, so String(number) gives 12345678901234567000 and the real digits leak.
    const masks = masksFor(text('{\n  "account": 12345678901234567890\n}'))
    expect(masks).toContain('12345678901234567890')
  })

  it('never registers an empty string', () => {
    expect(masksFor(text('{}\n'))).not.toContain('')
    expect(masksFor(text('{"a":""}'))).not.toContain('')
  })
})

describe('masksFor: binary', () => {
  it('registers the base64 of non-text bytes, and the bytes as a later step would print them', () => {
    const bytes = Uint8Array.from([0x00, 0xff, 0x10, 0x80])
    expect(masksFor(binary(bytes))).toEqual([base64(bytes), '\u0000\ufffd\u0010\ufffd'])
  })

  it('registers the lines of a Latin-1 text stored as binary, as the runner decodes them (U+FFFD for each bad byte)', () => {
    const bytes = Buffer.from(
      'DB_USER=admin\nDB_PASSWORD=s3cr3t-P\xe4ssword\nAPI_TOKEN=tok_live_9f8e7d6c5b4a\n',
      'latin1'
    )
    expect(masksFor(binary(bytes))).toEqual(
      expect.arrayContaining(['DB_USER=admin', 'DB_PASSWORD=s3cr3t-P\ufffdssword', 'API_TOKEN=tok_live_9f8e7d6c5b4a'])
    )
  })

  it('registers also the text of bytes that are valid UTF-8', () => {
    const masks = masksFor(binary(Buffer.from('binary-but-text')))
    expect(masks).toEqual(expect.arrayContaining([base64('binary-but-text'), 'binary-but-text']))
  })

  it('registers the compact form and leaves of bytes that are JSON', () => {
    const masks = masksFor(binary(Buffer.from('{\n  "key": "json-in-binary"\n}')))
    expect(masks).toEqual(expect.arrayContaining(['{"key":"json-in-binary"}', 'json-in-binary']))
    expect(masks).not.toContain('{')
  })

  it('registers UTF-8 with control characters as text too: the runner prints them as they are', () => {
    const bytes = Buffer.from('abc\u0001def')
    expect(masksFor(binary(bytes))).toEqual([base64(bytes), 'abc\u0001def'])
  })

  it('never registers a line that is structure once the runner trims it (.NET counts U+0085 as white space)', () => {
    for (const text of ['{"k": "}\u0085\u0085"}', 'line-one\n}\u0085\u0085\nline-three']) {
      expect(
        masksFor({ kind: 'text', text })
          .flatMap((m) => m.split(/\r\n|\r|\n/))
          .map((l) => l.replace(/^[\s\u0085]+|[\s\u0085]+$/g, ''))
      ).not.toContain('}')
      expect(printed('}', masksFor({ kind: 'text', text }))).toBe('}')
    }
  })
})

describe('no value masks the structure of what the job prints later', () => {
  // The runner registers every line of a multi-line mask by itself: a value registered whole with
  // a `{` or `}` line would turn every brace in the rest of the job's log into ***.
  it.each([
    JSON.stringify({ a: { b: ['ccc', { d: 'eee' }] } }, null, 4),
    '[\n  "xyz"\n]',
    'key:\n  - "value-1"\n  - [\n  ]\n',
    '-----BEGIN-----\n\n(\n)\n-----END-----',
    // Multi-line text that is not JSON: a trailing comma, a comment, CR line ends.
    '{\n  "password": "trailing-comma-pw",\n}\n',
    '{\n  // a comment\n  "password": "commented-pw"\n}\n',
    '{\r  "password": "cr-only-pw"\r}\r',
    // A JSON string leaf holding a line that is only a brace.
    '{"note": "text-line\\n}\\r]"}',
    // Lines too short to carry a secret, which would hide those characters everywhere.
    'user: app-user\nx\nok\npassword: short-lines-pw\n',
    '{"note": "text-line\\nok\\n-"}',
    // `{}` is a common starting value for a json-merge secret, which masks the value it reads.
    '{}',
    '{\n}\n',
    '[]'
  ])('%j', (value) => {
    expectInnocentLinesKept(masksFor(text(value)))
    expectInnocentLinesKept(masksFor(binary(Buffer.from(value))))
  })

  it('still masks each content line of multi-line text that is not JSON', () => {
    const value = '{\n  "password": "trailing-comma-pw",\n}\n'
    expect(printed(value, masksFor(text(value)))).toBe('{\n***\n}\n')
  })
})

describe('a JSON leaf is masked as the text writes it, not only as it decodes', () => {
  // A later step that prints the file (cat, a diff) prints each leaf with its escapes: Terraform's
  // jsonencode and Go write & < > as \u0026 \u003c \u003e, Python's json.dump writes \u00e4, PHP
  // writes \/, and non-BMP characters come as surrogate pairs.
  it.each([
    ['Go and Terraform', 'Tr0ub4dor\\u00263x-K9\\u003cq\\u003e', 'Tr0ub4dor&3x-K9<q>'],
    ['Python', 'p\\u00e4ssw\\u00f6rd', 'pässwörd'],
    ['PHP', 'postgres:\\/\\/app:pw-42@db\\/app', 'postgres://app:pw-42@db/app'],
    ['a surrogate pair', 'key-\\ud83d\\udd11-9f3a', 'key-🔑-9f3a'],
    ['an escaped quote and backslash', 'a\\"b\\\\c-d3f', 'a"b\\c-d3f']
  ])('%s', (_who, written, decoded) => {
    const file = `{\n  "user": "app",\n  "secret": "${written}"\n}\n`
    const masks = masksFor(text(file))
    const later = printed(file, masks)
    expect(later).not.toContain(written)
    expect(printed(decoded, masks)).toBe('***')
    expect(later).toContain('"secret": "***"')
  })

  it('masks the first occurrence of a duplicate key too', () => {
    const file = '{\n  "password": "first-secret-value",\n  "password": "second-secret-value"\n}\n'
    const later = printed(file, masksFor(text(file)))
    expect(later).not.toContain('first-secret-value')
    expect(later).not.toContain('second-secret-value')
  })

  it('masks a number as written in every occurrence', () => {
    const file = '{"pin": 918273, "pin": 1.50e3}'
    const later = printed('918273 1.50e3', masksFor(text(file)))
    expect(later).toBe('*** ***')
  })
})

describe('a UTF-8 byte order mark', () => {
  const file = '\ufeff{\n  "password": "bom-secret-value"\n}\n'

  it('does not stop JSON detection: leaves are masked, braces are not', () => {
    const masks = masksFor(text(file))
    expect(printed('"password": "bom-secret-value"', masks)).toBe('"password": "***"')
    expectInnocentLinesKept(masks)
  })
})

describe('redact', () => {
  it('replaces every occurrence of every mask', () => {
    expect(redact('x=hunter2 y=hunter2 z=other', ['hunter2', 'other'])).toBe('x=*** y=*** z=***')
  })

  it('replaces the longest mask first', () => {
    expect(redact('a abcdef b abc', ['abc', 'abcdef'])).toBe('a *** b ***')
  })

  it('ignores an empty mask', () => {
    expect(redact('unchanged', [''])).toBe('unchanged')
  })

  it('does not reorder the masks it was given', () => {
    const masks = ['short', 'much-longer']
    redact('text', masks)
    expect(masks).toEqual(['short', 'much-longer'])
  })
})

describe('proxyMasks', () => {
  it.each<[string, string[]]>([
    ['http://proxy.corp:3128', []],
    ['http://proxy-token@proxy.corp:3128', ['proxy-token']],
    ['http://user:plain-pass@proxy.corp:3128', ['plain-pass']],
    ['http://user:pa%3As%40s@proxy.corp:3128', ['pa%3As%40s', 'pa:s@s']]
  ])('%s', (url, expected) => {
    expect(proxyMasks(url)).toEqual(expected)
  })
})

describe('parseJsonDocument', () => {
  it.each<[string, unknown]>([
    ['{"a":1}', { a: 1 }],
    ['  \n[1, 2]', [1, 2]],
    ['{}', {}],
    ['\ufeff{"a":1}', { a: 1 }],
    ['\ufeff\n [1]', [1]]
  ])('parses %j', (input, expected) => {
    // Numbers are kept as raw JSON text: compare through JSON.stringify.
    expect(JSON.stringify(parseJsonDocument(input))).toBe(JSON.stringify(expected))
  })

  it.each(['"string"', '42', 'true', 'null', '{not json', '[1,', 'plain text', '', '\ufeff', '\ufeff\ufeff{}'])(
    'returns undefined for %j',
    (input) => {
      expect(parseJsonDocument(input)).toBeUndefined()
    }
  )
})

describe('masksFor: a dotenv value (stored as its JSON)', () => {
  it('registers the JSON and each value, multi-line values by line, short values not at all', () => {
    const json = dotenvToJson(
      'USER=app-user\nPASSWORD="pa ss\\"word"\nKEY="-----BEGIN-----\nMIIBsecretline\n-----END-----"\nPORT=54\nFLAG=on\n'
    )
    const masks = masksFor(text(json))
    expect(masks).toEqual(
      expect.arrayContaining([json, 'app-user', 'pa ss"word', '-----BEGIN-----', 'MIIBsecretline', '-----END-----'])
    )
    expect(masks).not.toContain('54')
    expect(masks).not.toContain('on')
    expect(masks.every((m) => m.length >= MIN_LEAF_LENGTH)).toBe(true)
  })
})
