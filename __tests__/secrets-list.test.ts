import { describe, expect, it } from '@jest/globals'
import { inputErrorOf } from './support/errors.js'
import { MAX_SECRETS, parseSecretsList, type SecretLine } from '../src/secrets-list.js'

const ARN = 'arn:aws:secretsmanager:eu-west-1:123456789012:secret:prod/app/db-AbCdEf'

describe('parseSecretsList: valid blocks', () => {
  it.each<[string, string, SecretLine[]]>([
    [
      'the three kinds of source',
      'prod/app/db-password   env:DB_PASSWORD\nprod/app/signing-key   file:build/signing-key.pem\nprod/app/keystore      binary-file:build/keystore.p12\n',
      [
        { line: 1, secretId: 'prod/app/db-password', source: { kind: 'env', name: 'DB_PASSWORD' } },
        {
          line: 2,
          secretId: 'prod/app/signing-key',
          source: { kind: 'file', path: 'build/signing-key.pem', binary: false }
        },
        { line: 3, secretId: 'prod/app/keystore', source: { kind: 'file', path: 'build/keystore.p12', binary: true } }
      ]
    ],
    [
      'line numbers count blank and comment lines',
      '\n# the database\n\n  a env:A\n   \n\t# indented comment\nb env:_B9\n',
      [
        { line: 4, secretId: 'a', source: { kind: 'env', name: 'A' } },
        { line: 7, secretId: 'b', source: { kind: 'env', name: '_B9' } }
      ]
    ],
    [
      'a path with spaces is the rest of the line; trailing whitespace is dropped',
      'a\t \tfile:my dir/the  key.pem  \t',
      [{ line: 1, secretId: 'a', source: { kind: 'file', path: 'my dir/the  key.pem', binary: false } }]
    ],
    [
      'CRLF line endings',
      'a env:A\r\nb env:B\r\n',
      [
        { line: 1, secretId: 'a', source: { kind: 'env', name: 'A' } },
        { line: 2, secretId: 'b', source: { kind: 'env', name: 'B' } }
      ]
    ],
    ['an ARN', `${ARN} env:X`, [{ line: 1, secretId: ARN, source: { kind: 'env', name: 'X' } }]],
    [
      'a path with a colon',
      'a file:c:/x:y',
      [{ line: 1, secretId: 'a', source: { kind: 'file', path: 'c:/x:y', binary: false } }]
    ],
    [
      'an absolute path',
      'a binary-file:/tmp/k.bin',
      [{ line: 1, secretId: 'a', source: { kind: 'file', path: '/tmp/k.bin', binary: true } }]
    ]
  ])('%s', (_name, text, expected) => {
    expect(parseSecretsList(text)).toEqual(expected)
  })

  it(`takes ${MAX_SECRETS} secrets`, () => {
    const text = Array.from({ length: MAX_SECRETS }, (_, i) => `s${i} env:V${i}`).join('\n')
    expect(parseSecretsList(text)).toHaveLength(MAX_SECRETS)
  })
})

describe('parseSecretsList: each kind of bad line is one error with its line number, never its text', () => {
  const PASTED = 'hunter2-Pa55word'
  it.each<[string, string, string]>([
    ['a line without a source (a value pasted alone)', `a env:A\n\n${PASTED}`, 'line 3 has no source'],
    [
      'an unknown source kind',
      `a env:A\nb ${PASTED}`,
      'line 2: the source must be env:NAME, file:PATH or binary-file:PATH.'
    ],
    ['a source with an unknown prefix', `b secret:${PASTED}`, 'line 1: the source must be'],
    ['a source in upper case', `b ENV:${PASTED}`, 'line 1: the source must be'],
    ['env: without a name', 'a env:', 'line 1: env: needs an environment variable name'],
    ['env: with a name that is not one', `a env:${PASTED}`, 'line 1: env: needs an environment variable name'],
    ['env: with a trailing comment', 'a env:A # the password', 'line 1: env: needs an environment variable name'],
    ['env: with a name starting with a digit', 'a env:1A', 'line 1: env: needs'],
    ['file: without a path', 'a\tfile:', 'line 1: file: needs a path'],
    ['binary-file: without a path', 'a binary-file:   ', 'line 1: binary-file: needs a path'],
    ['a secret given twice', 'x env:A\ny env:B\n\nx file:f', 'line 4 names the same secret as line 1.']
  ])('%s', (_name, text, message) => {
    const error = inputErrorOf(() => parseSecretsList(text))
    expect(error.input).toBe('secrets')
    expect(error.message).toContain(`Input \`secrets\`: ${message}`)
    expect(error.message).not.toContain(PASTED)
  })

  it.each(['', '\n \n', '# nothing yet\n'])('a block without a secret is an error (%j)', (text) => {
    expect(inputErrorOf(() => parseSecretsList(text)).message).toBe(
      'Input `secrets`: lists no secret (every line is blank or a comment).'
    )
  })

  it(`refuses more than ${MAX_SECRETS} secrets`, () => {
    const text = Array.from({ length: MAX_SECRETS + 1 }, (_, i) => `s${i} env:V${i}`).join('\n')
    expect(inputErrorOf(() => parseSecretsList(text)).message).toContain(
      `lists ${MAX_SECRETS + 1} secrets; one step writes at most ${MAX_SECRETS}.`
    )
  })
})
