import { describe, expect, it } from '@jest/globals'
import { inputErrorOf } from './support/errors.js'
import { MAX_TAGS, parseTags, tagChanges } from '../src/tags.js'
import type { Tag } from '../src/types.js'
import type { TagChange } from '../src/types.js'

describe('parseTags: valid blocks', () => {
  it.each<[string, string, Tag[]]>([
    ['none', '', []],
    ['one tag', 'team=payments', [{ key: 'team', value: 'payments' }]],
    ['the first = splits', 'expr=a=b==c', [{ key: 'expr', value: 'a=b==c' }]],
    ['an empty value', 'flag=', [{ key: 'flag', value: '' }]],
    [
      'key and value are trimmed; blank and comment lines skipped',
      '\n  # owners\n cost center  =  R and D 42 \n',
      [{ key: 'cost center', value: 'R and D 42' }]
    ],
    [
      'CRLF',
      'a=1\r\nb=2\r\n',
      [
        { key: 'a', value: '1' },
        { key: 'b', value: '2' }
      ]
    ],
    ['every allowed punctuation character', 'k_.:/+-@=v_.:/=+-@', [{ key: 'k_.:/+-@', value: 'v_.:/=+-@' }]],
    ['letters and digits of any script', 'équipe=支付٣', [{ key: 'équipe', value: '支付٣' }]],
    [
      'a key of 128 characters and a value of 256',
      `${'k'.repeat(128)}=${'v'.repeat(256)}`,
      [{ key: 'k'.repeat(128), value: 'v'.repeat(256) }]
    ],
    ['limits count characters, not UTF-16 units', `${'𝔸'.repeat(128)}=x`, [{ key: '𝔸'.repeat(128), value: 'x' }]],
    ['a key containing aws: later on', 'team:aws:x=1', [{ key: 'team:aws:x', value: '1' }]]
  ])('%s', (_name, text, expected) => {
    expect(parseTags(text)).toEqual(expected)
  })

  it(`takes ${MAX_TAGS} tags`, () => {
    expect(parseTags(Array.from({ length: MAX_TAGS }, (_, i) => `k${i}=v`).join('\n'))).toHaveLength(MAX_TAGS)
  })
})

describe('parseTags: errors name the input and the line', () => {
  it.each<[string, string, string]>([
    ['a line without =', 'a=1\nteam', 'line 2 is not Key=Value.'],
    ['an empty key', '=value', 'line 1: a key has 1 to 128 characters (got 0).'],
    ['a key of 129 characters', `${'k'.repeat(129)}=v`, 'line 1: a key has 1 to 128 characters (got 129).'],
    ['a value of 257 characters', `k=${'v'.repeat(257)}`, 'line 1: a value has at most 256 characters (got 257).'],
    ['a character Secrets Manager refuses in a key', 'a=1\nb=2\nte#am=x', 'line 3: keys and values may hold only'],
    ['a character Secrets Manager refuses in a value', 'team=pay,ments', 'line 1: keys and values may hold only'],
    ['a control character', 'team=a\u0007b', 'line 1: keys and values may hold only'],
    [
      'the reserved aws: prefix',
      'aws:cloudformation:stack-name=x',
      'line 1: keys starting with aws: are reserved for AWS.'
    ],
    ['the reserved prefix in another case', 'AWS:x=1', 'line 1: keys starting with aws: are reserved'],
    ['a key given twice', 'a=1\n\na=2', 'line 3 repeats the key of line 1.']
  ])('%s', (_name, text, message) => {
    const error = inputErrorOf(() => parseTags(text))
    expect(error.input).toBe('tags')
    expect(error.message).toContain(`Input \`tags\`: ${message}`)
  })

  it(`refuses ${MAX_TAGS + 1} tags`, () => {
    const text = Array.from({ length: MAX_TAGS + 1 }, (_, i) => `k${i}=v`).join('\n')
    expect(inputErrorOf(() => parseTags(text)).message).toBe(
      `Input \`tags\`: has ${MAX_TAGS + 1} tags; a secret takes at most ${MAX_TAGS}.`
    )
  })
})

describe('tagChanges', () => {
  const wanted: Tag[] = [
    { key: 'team', value: 'pay' },
    { key: 'env', value: 'prod' },
    { key: 'empty', value: '' }
  ]
  const all = [
    { key: 'team', from: undefined, to: 'pay' },
    { key: 'env', from: undefined, to: 'prod' },
    { key: 'empty', from: undefined, to: '' }
  ]
  it.each<[string, Tag[] | undefined, boolean, TagChange[]]>([
    ['all of them when the secret was not read', undefined, true, all],
    [
      'all of them, with what they replace, without skip-unchanged',
      [{ key: 'team', value: 'pay' }],
      false,
      [{ key: 'team', from: 'pay', to: 'pay' }, ...all.slice(1)]
    ],
    ['all of them when the secret has none', [], true, all],
    [
      'only those that differ or are missing',
      [
        { key: 'team', value: 'pay' },
        { key: 'env', value: 'dev' },
        { key: 'other', value: 'x' }
      ],
      true,
      [
        { key: 'env', from: 'dev', to: 'prod' },
        { key: 'empty', from: undefined, to: '' }
      ]
    ],
    [
      'none when all are equal',
      [
        { key: 'empty', value: '' },
        { key: 'env', value: 'prod' },
        { key: 'team', value: 'pay' }
      ],
      true,
      []
    ],
    [
      'keys compare case-sensitively',
      [
        { key: 'TEAM', value: 'pay' },
        { key: 'env', value: 'prod' },
        { key: 'empty', value: '' }
      ],
      true,
      [all[0]!]
    ]
  ])('%s', (_name, stored, onlyDifferent, expected) => {
    expect(tagChanges(wanted, stored, onlyDifferent)).toEqual(expected)
  })
})
