import { describe, expect, it } from '@jest/globals'
import { inert } from '../src/inert.js'

/**
 * How the GitHub runner reads a line of a step's stdout (actions/runner ActionCommand.TryParseV2
 * and TryParse, ActionCommandManager): `::name…::` after .NET's TrimStart(), or `##[name…]` anywhere.
 * Written here from the runner's source, not from the module under test.
 */
const DOTNET_SPACE = /^[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]*/
const LINE_END = /\r\n|\r|\n/
function runnerCouldParse(line: string): boolean {
  return line.replace(DOTNET_SPACE, '').startsWith('::') || line.includes('##[')
}

describe('inert', () => {
  it.each<[string, string, string]>([
    // [what, given, printed]
    ['our own words', 'Updating secret app/db in us-east-1.', 'Updating secret app/db in us-east-1.'],
    ['a colon pair inside a line', 'Input `secret-id`: a::b', 'Input `secret-id`: a::b'],
    ['a single # and [', 'issue #[1] and #2', 'issue #[1] and #2'],
    ['a tab', 'a\tb', 'a\tb'],
    ['non-ASCII text and emoji', 'Beschreibung: Prüfung 👩‍💻', 'Beschreibung: Prüfung 👩‍💻'],
    ['LF', 'x\n::error::FAKE', 'x\\n::error::FAKE'],
    ['CR', 'x\r::error::FAKE', 'x\\r::error::FAKE'],
    ['CRLF', 'x\r\n::add-mask::y', 'x\\r\\n::add-mask::y'],
    ['vertical tab and form feed', 'a\vb\fc', 'a\\u000bb\\u000cc'],
    ['NEL, LS and PS', 'a\u0085b\u2028c\u2029d', 'a\\u0085b\\u2028c\\u2029d'],
    ['an ANSI escape that could rewrite the line on screen', 'ok\u001b[2K\u001b[1Gdone', 'ok\\u001b[2K\\u001b[1Gdone'],
    ['NUL and DEL', 'a\u0000b\u007fc', 'a\\u0000b\\u007fc'],
    ['a C1 control', 'a\u009bb', 'a\\u009bb'],
    ['bidi overrides that reorder what is shown', 'a\u202eb\u2066c', 'a\\u202eb\\u2066c'],
    ['the legacy marker mid-line', 'x ##[warning]FAKE', 'x ##\\[warning]FAKE'],
    ['the legacy marker twice, and a longer run of #', '###[a] ##[b]', '###\\[a] ##\\[b]'],
    ['a command at the start', '::error file=src/main.ts,line=1::FAKE', ':\\:error file=src/main.ts,line=1::FAKE'],
    ['a command after Unicode spaces', ' \u00a0\u3000::add-mask::x', ' \u00a0\u3000:\\:add-mask::x'],
    ['a command after a line break', 'x\n  ::stop-commands::TOKEN', 'x\\n  ::stop-commands::TOKEN']
  ])('%s', (_what, given, printed) => {
    expect(inert(given)).toBe(printed)
  })

  it.each([
    'x\n::error file=src/main.ts,line=1::FAKE',
    'x ##[warning]FAKE',
    '\n::add-mask::abc',
    '\r\n::stop-commands::TOKEN',
    '\u2028::error::x',
    '\u0085::error::x',
    '\t\v::error::x',
    '#\n#[error]x',
    '##\r[error]x',
    ':\n:error::x',
    '::',
    '\u3000::',
    '#'.repeat(5) + '[[[' + '#'.repeat(3) + '['
  ])('leaves nothing the runner could parse in %j', (given) => {
    const out = inert(given)
    expect(out.split(LINE_END)).toEqual([out])
    expect(runnerCouldParse(out)).toBe(false)
    // Nor once the runner's own text is put in front of it, as in `Did set description: …`.
    expect(runnerCouldParse(`prefix ${out}`)).toBe(false)
  })

  it('returns the same text for text that needs nothing', () => {
    const text = 'Secret app/db updated. Value: written as a new version (AWSCURRENT).'
    expect(inert(text)).toBe(text)
  })
})
