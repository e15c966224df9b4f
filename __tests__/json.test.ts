import { describe, expect, it } from '@jest/globals'
import { isJsonObject, jsonEqual, mergePatch, parseJsonObject, sameValue, type StoredValue } from '../src/json.js'
import type { SecretValue } from '../src/types.js'

const text = (t: string): SecretValue => ({ kind: 'text', text: t })
const bytes = (...b: number[]): SecretValue => ({ kind: 'binary', bytes: Uint8Array.from(b) })

describe('sameValue', () => {
  it.each<[string, SecretValue, StoredValue, boolean]>([
    ['identical text', text('abc'), { secretString: 'abc' }, true],
    ['text differing in one byte', text('abc'), { secretString: 'abd' }, false],
    ['text differing by a trailing newline', text('abc\n'), { secretString: 'abc' }, false],
    ['text differing by CRLF', text('a\r\nb'), { secretString: 'a\nb' }, false],
    ['text differing by a BOM', text('\uFEFFabc'), { secretString: 'abc' }, false],
    ['text differing in Unicode normalisation', text('caf\u00e9'), { secretString: 'cafe\u0301' }, false],
    ['JSON with keys in another order', text('{"a":1,"b":"x"}'), { secretString: '{"b":"x","a":1}' }, true],
    [
      'JSON with other whitespace',
      text('{\n  "a": [1, 2],\n  "b": {"c": null}\n}\n'),
      { secretString: '{"a":[1,2],"b":{"c":null}}' },
      true
    ],
    ['JSON numbers written differently', text('{"n":1.0}'), { secretString: '{"n":1}' }, true],
    ['JSON with a changed value', text('{"a":1}'), { secretString: '{"a":2}' }, false],
    ['JSON with an extra key', text('{"a":1}'), { secretString: '{"a":1,"b":2}' }, false],
    ['JSON with a missing key', text('{"a":1,"b":2}'), { secretString: '{"a":1}' }, false],
    ['JSON null against a missing key', text('{"a":null}'), { secretString: '{}' }, false],
    ['JSON arrays in another order', text('[1,2]'), { secretString: '[2,1]' }, false],
    ['JSON arrays nested in another order', text('{"a":["x","y"]}'), { secretString: '{"a":["y","x"]}' }, false],
    ['a JSON array against an object', text('[]'), { secretString: '{}' }, false],
    ['a JSON object against an array with index keys', text('{"0":"a"}'), { secretString: '["a"]' }, false],
    ['JSON against the same text that is not JSON', text('{"a":1}'), { secretString: '{"a":1' }, false],
    ['a string 1 against a number 1', text('{"a":"1"}'), { secretString: '{"a":1}' }, false],
    ['text against a stored binary of the same bytes', text('abc'), { secretBinary: Buffer.from('abc') }, false],
    ['text against nothing stored', text('abc'), {}, false],
    ['equal bytes', bytes(0, 1, 255), { secretBinary: Uint8Array.from([0, 1, 255]) }, true],
    ['different bytes', bytes(0, 1, 255), { secretBinary: Uint8Array.from([0, 1, 254]) }, false],
    ['bytes of another length', bytes(0, 1), { secretBinary: Uint8Array.from([0, 1, 0]) }, false],
    ['binary against a stored string of the same bytes', bytes(0x61), { secretString: 'a' }, false],
    [
      'binary JSON is compared as bytes',
      { kind: 'binary', bytes: Buffer.from('{"a":1,"b":2}') },
      { secretBinary: Buffer.from('{"b":2,"a":1}') },
      false
    ]
  ])('%s → %s', (_name, next, current, expected) => {
    expect(sameValue(next, current)).toBe(expected)
  })
})

describe('jsonEqual', () => {
  it.each<[unknown, unknown, boolean]>([
    [{ a: { b: [1, { c: 'x' }] } }, { a: { b: [1, { c: 'x' }] } }, true],
    [{ a: undefined }, { b: undefined }, false],
    [null, null, true],
    [null, {}, false],
    ['1', 1, false],
    [[1, [2, 3]], [1, [3, 2]], false]
  ])('%j vs %j → %s', (a, b, expected) => {
    expect(jsonEqual(a, b)).toBe(expected)
    expect(jsonEqual(b, a)).toBe(expected)
  })
})

describe('mergePatch: RFC 7396 Appendix A', () => {
  // Every example of https://www.rfc-editor.org/rfc/rfc7396#appendix-A, as written there.
  it.each<[string, string, string]>([
    ['{"a":"b"}', '{"a":"c"}', '{"a":"c"}'],
    ['{"a":"b"}', '{"b":"c"}', '{"a":"b","b":"c"}'],
    ['{"a":"b"}', '{"a":null}', '{}'],
    ['{"a":"b","b":"c"}', '{"a":null}', '{"b":"c"}'],
    ['{"a":["b"]}', '{"a":"c"}', '{"a":"c"}'],
    ['{"a":"c"}', '{"a":["b"]}', '{"a":["b"]}'],
    ['{"a":{"b":"c"}}', '{"a":{"b":"d","c":null}}', '{"a":{"b":"d"}}'],
    ['{"a":[{"b":"c"}]}', '{"a":[1]}', '{"a":[1]}'],
    ['["a","b"]', '["c","d"]', '["c","d"]'],
    ['{"a":"b"}', '["c"]', '["c"]'],
    ['{"a":"foo"}', 'null', 'null'],
    ['{"a":"foo"}', '"bar"', '"bar"'],
    ['{"e":null}', '{"a":1}', '{"e":null,"a":1}'],
    ['[1,2]', '{"a":"b","c":null}', '{"a":"b"}'],
    ['{}', '{"a":{"bb":{"ccc":null}}}', '{"a":{"bb":{}}}']
  ])('MergePatch(%s, %s) = %s', (target, patch, result) => {
    const merged = mergePatch(JSON.parse(target), JSON.parse(patch))
    expect(merged).toEqual(JSON.parse(result))
    // Key order as well: existing keys stay in place, new keys follow.
    expect(JSON.stringify(merged)).toBe(result)
  })
})

describe('mergePatch', () => {
  it('does not modify the target or the patch', () => {
    const target = { a: { b: 1 }, keep: 'k' }
    const patch = { a: { c: 2 }, keep: null }
    mergePatch(target, patch)
    expect(target).toEqual({ a: { b: 1 }, keep: 'k' })
    expect(patch).toEqual({ a: { c: 2 }, keep: null })
  })

  it('merges deeply nested objects', () => {
    expect(mergePatch({ a: { b: { c: 1, d: 2 } } }, { a: { b: { d: null, e: 3 } } })).toEqual({
      a: { b: { c: 1, e: 3 } }
    })
  })

  it('takes a "__proto__" key of the patch as data, not as the prototype', () => {
    const patch = JSON.parse('{"__proto__":{"polluted":"yes"},"a":1}') as unknown
    const merged = mergePatch({}, patch) as Record<string, unknown>
    expect(Object.getPrototypeOf(merged)).toBe(Object.prototype)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect((merged as { polluted?: unknown }).polluted).toBeUndefined()
    expect(Object.keys(merged)).toEqual(['__proto__', 'a'])
    expect(JSON.stringify(merged)).toBe('{"__proto__":{"polluted":"yes"},"a":1}')
  })

  it('merges into a "__proto__" key the target already holds as data', () => {
    const target = JSON.parse('{"__proto__":{"x":1}}') as unknown
    const merged = mergePatch(target, JSON.parse('{"__proto__":{"y":2}}'))
    expect(JSON.stringify(merged)).toBe('{"__proto__":{"x":1,"y":2}}')
  })

  it('removes a "__proto__" key with null', () => {
    const target = JSON.parse('{"__proto__":{"x":1},"b":2}') as unknown
    expect(JSON.stringify(mergePatch(target, JSON.parse('{"__proto__":null}')))).toBe('{"b":2}')
  })

  it.each(['constructor', 'toString', 'hasOwnProperty'])('takes a %s key as data', (key) => {
    const merged = mergePatch({}, { [key]: { a: 1 } })
    expect(JSON.stringify(merged)).toBe(`{"${key}":{"a":1}}`)
  })
})

describe('parseJsonObject', () => {
  it.each<[string, unknown]>([
    ['{"a":1}', { a: 1 }],
    [' {\n"a": {"b": [1]}\n} ', { a: { b: [1] } }],
    ['{}', {}]
  ])('parses %j', (input, expected) => {
    // Numbers are kept as raw JSON text: compare through JSON.stringify.
    expect(JSON.stringify(parseJsonObject(input))).toBe(JSON.stringify(expected))
  })

  it.each(['[1,2]', '"text"', '42', 'null', 'true', '{"a":', 'not json at all', ''])(
    'returns undefined for %j',
    (input) => {
      expect(parseJsonObject(input)).toBeUndefined()
    }
  )

  it('keeps a "__proto__" key as data', () => {
    const parsed = parseJsonObject('{"__proto__":{"x":1}}')
    expect(parsed && Object.keys(parsed)).toEqual(['__proto__'])
  })
})

describe('isJsonObject', () => {
  it.each<[unknown, boolean]>([
    [{}, true],
    [[], false],
    [null, false],
    ['{}', false],
    [1, false]
  ])('%j → %s', (value, expected) => {
    expect(isJsonObject(value)).toBe(expected)
  })
})

describe('numbers keep their JSON text', () => {
  it('a merge writes back a 20-digit id and a 1.50 exactly as read', () => {
    const current = parseJsonObject('{"account": 12345678901234567890, "price": 1.50}')
    const merged = mergePatch(current, parseJsonObject('{"note": "x"}'))
    expect(JSON.stringify(merged)).toBe('{"account":12345678901234567890,"price":1.50,"note":"x"}')
  })

  it.each<[string, string, boolean]>([
    ['{"n": 1}', '{"n": 1.0}', true],
    ['{"n": 100}', '{"n": 1e2}', true],
    ['{"n": 12345678901234567890}', '{"n": 12345678901234567891}', false],
    ['{"n": 12345678901234567890}', '{"n": 12345678901234567890}', true],
    ['{"n": 1}', '{"n": "1"}', false],
    // Equal as doubles, different as decimals: skip-unchanged must still write.
    ['{"rate": 1}', '{"rate": 1.0000000000000001}', false],
    ['{"n": 0.1}', '{"n": 0.10000000000000000555}', false],
    ['{"n": 9007199254740993}', '{"n": 9007199254740992}', false],
    ['{"n": 1e400}', '{"n": 2e400}', false],
    ['{"n": 1e-400}', '{"n": 0}', false],
    // The same decimal value, written differently.
    ['{"n": 0.1}', '{"n": 1E-1}', true],
    ['{"n": 0.10}', '{"n": 0.1}', true],
    ['{"n": 1e400}', '{"n": 10e399}', true],
    ['{"n": 120}', '{"n": 1.2e+2}', true],
    ['{"n": 0}', '{"n": -0}', true],
    ['{"n": 0.0}', '{"n": 0e5}', true],
    ['{"n": -1.5}', '{"n": -15e-1}', true],
    ['{"n": -1.5}', '{"n": 1.5}', false],
    ['{"n": 12345678901234567890}', '{"n": 1.2345678901234567890e19}', true]
  ])('jsonEqual(%s, %s) is %s', (a, b, expected) => {
    expect(jsonEqual(parseJsonObject(a), parseJsonObject(b))).toBe(expected)
  })
})

describe('a UTF-8 byte order mark before a JSON text', () => {
  // Editors on Windows write one; JSON.parse refuses it. It must not turn JSON into "not JSON".
  const BOM = '\ufeff'

  it('is still a JSON object to merge', () => {
    expect(parseJsonObject(`${BOM}{"a": "b"}`)).toEqual({ a: 'b' })
  })

  it.each<[string, string, string]>([
    ['in the new value', `${BOM}{"a": "b"}`, '{"a":"b"}'],
    ['in the stored value', '{"a":"b"}', `${BOM}{\n  "a": "b"\n}`]
  ])('is equal as JSON %s', (_where, next, stored) => {
    expect(sameValue({ kind: 'text', text: next }, { secretString: stored })).toBe(true)
  })
})
