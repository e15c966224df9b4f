import { describe, expect, it } from '@jest/globals'
import { DotenvError, dotenvToJson, parseDotenv } from '../src/dotenv.js'

/** The DotenvError a parse throws; fails the test when it throws nothing or something else. */
function dotenvErrorOf(text: string): DotenvError {
  try {
    parseDotenv(text)
  } catch (error) {
    expect(error).toBeInstanceOf(DotenvError)
    return error as DotenvError
  }
  throw new Error('expected a DotenvError, but nothing was thrown')
}

describe('parseDotenv: the grammar', () => {
  it.each<[string, string, [string, string][]]>([
    ['one pair', 'A=1', [['A', '1']]],
    [
      'pairs in order',
      'B=2\nA=1\nC=3',
      [
        ['B', '2'],
        ['A', '1'],
        ['C', '3']
      ]
    ],
    ['blank lines and comment lines are skipped', '\n# a comment\n  # indented comment\nA=1\n\n   \n', [['A', '1']]],
    [
      'CRLF line endings',
      'A=1\r\nB=2\r\n',
      [
        ['A', '1'],
        ['B', '2']
      ]
    ],
    ['a leading byte order mark is dropped', '\uFEFFA=1', [['A', '1']]],
    ['leading whitespace before the key', '  \tA=1', [['A', '1']]],
    [
      'the export prefix',
      'export A=1\nexport\t\tB=2',
      [
        ['A', '1'],
        ['B', '2']
      ]
    ],
    ['a key named export', 'export=1', [['export', '1']]],
    ['a key with digits, dots, dashes and underscores', '_a.b-C9=x', [['_a.b-C9', 'x']]],
    ['an unquoted value is trimmed', 'A=   spaced out  \t', [['A', 'spaced out']]],
    ['whitespace then # starts a comment', 'A=value # comment', [['A', 'value']]],
    ['a tab then # starts a comment', 'A=value\t#comment', [['A', 'value']]],
    ['# inside an unquoted value stays', 'A=abc#def', [['A', 'abc#def']]],
    ['# right after = is the value', 'A=#abc', [['A', '#abc']]],
    ['whitespace then # right after = is an empty value', 'A= #abc', [['A', '']]],
    ['an empty value', 'A=', [['A', '']]],
    ['= inside the value', 'A=b=c==', [['A', 'b=c==']]],
    ['quotes inside an unquoted value are kept', 'A=it\'s "fine"', [['A', 'it\'s "fine"']]],
    ['no expansion', 'A=${HOME}/$USER', [['A', '${HOME}/$USER']]],
    ['single quotes are literal', 'A=\'  a \\n "b" # c ${D} \'', [['A', '  a \\n "b" # c ${D} ']]],
    ['single quotes after spaces', "A=   'x'", [['A', 'x']]],
    ['an empty single-quoted value', "A=''", [['A', '']]],
    ['double quotes with the three escapes', 'A="a\\nb \\"q\\" back\\\\slash"', [['A', 'a\nb "q" back\\slash']]],
    ['double quotes keep # and spaces', 'A="  x # y  "', [['A', '  x # y  ']]],
    [
      'double quotes span lines',
      'A="line 1\nline 2\n\nline 4"\nB=2',
      [
        ['A', 'line 1\nline 2\n\nline 4'],
        ['B', '2']
      ]
    ],
    ['double quotes spanning CRLF lines get LF', 'A="1\r\n2"\r\n', [['A', '1\n2']]],
    [
      'a comment after a closing quote',
      'A="x" # c\nB=\'y\'   #c\nC="z"#c',
      [
        ['A', 'x'],
        ['B', 'y'],
        ['C', 'z']
      ]
    ],
    ['whitespace after a closing quote', 'A="x"  \t', [['A', 'x']]],
    [
      'a PEM key in double quotes',
      'KEY="-----BEGIN KEY-----\nMIIB\n-----END KEY-----\n"',
      [['KEY', '-----BEGIN KEY-----\nMIIB\n-----END KEY-----\n']]
    ],
    ['a key __proto__ is a key like any other', '__proto__=x', [['__proto__', 'x']]],
    ['an unquoted value keeps white space other than spaces and tabs', 'A=x\u00a0', [['A', 'x\u00a0']]]
  ])('%s', (_name, text, expected) => {
    expect(parseDotenv(text)).toEqual(expected)
  })
})

describe('parseDotenv: invalid lines name their line number and never quote the text', () => {
  const SECRET = 'Sup3rS3cr3t'
  it.each<[string, string, number]>([
    ['no =', `A=1\n${SECRET}`, 2],
    ['a key starting with a digit', `9A=${SECRET}`, 1],
    ['a key with a space', `MY KEY=${SECRET}`, 1],
    ['whitespace before =', `A =${SECRET}`, 1],
    ['an empty key', `=${SECRET}`, 1],
    ['export without a pair', 'A=1\nexport ', 2],
    ['a key given twice', `A=1\nB=2\nA=${SECRET}`, 3],
    ['a single quote not closed on its line', `A='${SECRET}\n'`, 1],
    ['a double quote never closed', `A=1\nB="${SECRET}\nmore\n`, 2],
    ['text after a closing single quote', `A='${SECRET}'x`, 1],
    ['text after a closing double quote on a later line', `A="a\n${SECRET}" x`, 2],
    ['an unknown escape in double quotes', `A="\n${SECRET}\\t"`, 2],
    ['a lone backslash at the end of a double-quoted line', `A="${SECRET}\\\n"`, 1],
    ['a carriage return alone, which would hide the next pair in the value', `A=1\rB=${SECRET}`, 1],
    ['a carriage return alone on the first line of a double-quoted value', `A="${SECRET}\rx\n"`, 1],
    ['a carriage return alone on a later line of a double-quoted value', `A="first\n${SECRET}\rx\nlast"`, 2],
    ['a carriage return alone on the closing line of a double-quoted value', `A="first\nlast\r"\nB=2`, 2],
    ['a carriage return alone after CRLF lines of a double-quoted value', `A="a\r\nb\r\nc\rd"`, 3]
  ])('%s', (_name, text, line) => {
    const error = dotenvErrorOf(text)
    expect(error.line).toBe(line)
    expect(error.message).toMatch(new RegExp(`^line ${line}: `))
    expect(error.message).not.toContain(SECRET)
  })

  it('names the later line of a repeated key and the first one', () => {
    expect(dotenvErrorOf('A=1\n\nA=2').message).toBe('line 3: repeats the key of line 1.')
  })

  it.each(['', '\n\n', '# only a comment\n', '\uFEFF'])('a text without any pair is an error (%j)', (text) => {
    expect(dotenvErrorOf(text).line).toBeUndefined()
  })
})

describe('dotenvToJson', () => {
  it('is the JSON object of the pairs, in order', () => {
    expect(dotenvToJson('USER=app\nexport PASSWORD="p\\"w\nx"\nPORT=5432')).toBe(
      '{"USER":"app","PASSWORD":"p\\"w\\nx","PORT":"5432"}'
    )
  })

  it('keeps __proto__ as an own key', () => {
    expect(JSON.parse(dotenvToJson('__proto__=x\nA=1'))).toEqual(JSON.parse('{"__proto__":"x","A":"1"}'))
    expect(dotenvToJson('__proto__=x')).toBe('{"__proto__":"x"}')
  })
})
