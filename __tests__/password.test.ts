import { createHash, randomBytes } from 'node:crypto'
import { describe, expect, it } from '@jest/globals'
import {
  DIGITS,
  LOWER,
  PUNCTUATION,
  UPPER,
  generatePassword,
  indexSampler,
  passwordClasses,
  type PasswordRules,
  type RandomBytes
} from '../src/password.js'

/**
 * A reproducible stand-in for the CSPRNG: SHA-256 of a seed and a counter, block after block. Its
 * bytes are as evenly spread as real random bytes, and the same seed always gives the same ones,
 * so that the statistical checks below give the same verdict on every run: never flaky.
 */
function seededBytes(seed: string): RandomBytes {
  let counter = 0
  let pool = Buffer.alloc(0)
  return (size) => {
    const blocks = [pool]
    for (let have = pool.length; have < size; have += 32)
      blocks.push(createHash('sha256').update(`${seed}:${counter++}`).digest())
    pool = Buffer.concat(blocks)
    const out = Uint8Array.from(pool.subarray(0, size))
    pool = pool.subarray(size)
    return out
  }
}

/** Bytes from a fixed list, cycled: to see exactly which byte values the sampler keeps. */
function cycledBytes(values: readonly number[]): RandomBytes {
  let at = 0
  return (size) => Uint8Array.from({ length: size }, () => values[at++ % values.length]!)
}

/** Pearson's chi-squared statistic of observed counts against equal expected counts. */
function chiSquared(counts: readonly number[]): number {
  const total = counts.reduce((a, b) => a + b, 0)
  const expected = total / counts.length
  return counts.reduce((sum, c) => sum + (c - expected) ** 2 / expected, 0)
}

/**
 * A bound that chi-squared with `df` degrees of freedom exceeds with a chance far below one in a
 * million (mean df, spread sqrt(2 df); seven spreads above the mean). Uniform samples stay below
 * it; a modulo bias of 3 byte values against 2 lands far above it.
 */
const chiBound = (df: number): number => df + 7 * Math.sqrt(2 * df)

const ALL = UPPER + LOWER + DIGITS + PUNCTUATION
const rules = (r: Partial<PasswordRules> = {}): PasswordRules => ({
  length: 32,
  excludeCharacters: '',
  excludePunctuation: false,
  ...r
})

describe('the character classes', () => {
  it("are GetRandomPassword's: 26 upper, 26 lower, 10 digits, 32 punctuation, all printable ASCII but space", () => {
    expect([UPPER.length, LOWER.length, DIGITS.length, PUNCTUATION.length]).toEqual([26, 26, 10, 32])
    const printable = Array.from({ length: 94 }, (_, i) => String.fromCharCode(0x21 + i)).join('')
    expect([...ALL].sort().join('')).toBe([...printable].sort().join(''))
  })

  it.each<[string, Partial<PasswordRules>, string[]]>([
    ['nothing excluded', {}, [UPPER, LOWER, DIGITS, PUNCTUATION]],
    ['punctuation excluded', { excludePunctuation: true }, [UPPER, LOWER, DIGITS]],
    ["RDS's characters", { excludeCharacters: '/@" ' }, [UPPER, LOWER, DIGITS, PUNCTUATION.replace(/[/@"]/g, '')]],
    ['every digit', { excludeCharacters: DIGITS }, [UPPER, LOWER, PUNCTUATION]],
    ['all but one lower-case letter', { excludeCharacters: LOWER.slice(1) }, [UPPER, 'a', DIGITS, PUNCTUATION]],
    [
      'characters of no class (space, newline, é)',
      { excludeCharacters: ' \n\té' },
      [UPPER, LOWER, DIGITS, PUNCTUATION]
    ],
    ['everything', { excludeCharacters: ALL }, []],
    [
      'everything but punctuation, which is excluded too',
      { excludeCharacters: UPPER + LOWER + DIGITS, excludePunctuation: true },
      []
    ]
  ])('keep what is left: %s', (_name, given, expected) => {
    expect(passwordClasses(rules(given))).toEqual(expected)
  })
})

describe("generatePassword: the rules hold over many values (Node's CSPRNG)", () => {
  it.each<[string, Partial<PasswordRules>]>([
    ['the default: 32 characters', {}],
    ['the shortest: 8 characters', { length: 8 }],
    ['the longest: 4096 characters', { length: 4096 }],
    ['no punctuation', { excludePunctuation: true, length: 8 }],
    ["RDS's excluded characters", { excludeCharacters: '/@" ', length: 16 }],
    ['no digits at all', { excludeCharacters: DIGITS, length: 8 }],
    ['one digit and one upper-case letter left', { excludeCharacters: DIGITS.slice(1) + UPPER.slice(1), length: 8 }],
    [
      'one character left in three classes',
      { excludeCharacters: DIGITS.slice(1) + UPPER.slice(1) + LOWER.slice(1), length: 8 }
    ],
    ['only digits left', { excludeCharacters: UPPER + LOWER, excludePunctuation: true, length: 12 }]
  ])('%s', (_name, given) => {
    const r = rules(given)
    const classes = passwordClasses(r)
    const excluded = new Set([...r.excludeCharacters, ...(r.excludePunctuation ? PUNCTUATION : '')])
    const count = r.length > 1000 ? 50 : 2000
    const seen = new Set<string>()
    for (let i = 0; i < count; i++) {
      const password = generatePassword(r, randomBytes)
      expect(password).toHaveLength(r.length)
      const chars = [...password]
      expect(chars.filter((c) => excluded.has(c) || !ALL.includes(c))).toEqual([])
      for (const chars of classes) expect([...chars].some((c) => password.includes(c))).toBe(true)
      seen.add(password)
    }
    // Random passwords do not repeat (the shortest rules above still have over 10^7 of them).
    expect(seen.size).toBe(count)
  })

  it('fails on rules that leave no character, or fewer characters than classes', () => {
    expect(() => generatePassword(rules({ excludeCharacters: ALL }), randomBytes)).toThrow(/exclude every character/)
    expect(() => generatePassword(rules({ length: 3 }), randomBytes)).toThrow(/4 classes/)
  })
})

describe('generatePassword: uniform (a fixed byte stream, so the verdict never changes)', () => {
  it('draws every allowed character equally often, with no modulo bias', () => {
    // Length 1000: a password misses a class with a chance below 10^-40, so the draw again that
    // puts each class in does not shift the counts measurably.
    const counts = new Map<string, number>([...ALL].map((c) => [c, 0]))
    const next = seededBytes('character counts')
    for (let i = 0; i < 300; i++) {
      for (const c of generatePassword(rules({ length: 1000 }), next)) counts.set(c, counts.get(c)! + 1)
    }
    expect(counts.size).toBe(94)
    expect(chiSquared([...counts.values()])).toBeLessThan(chiBound(93))
  })

  it('is uniform over the passwords that meet the rules, not only over characters', () => {
    // One character left in each class (a, C, 1, !) at length 6: the 1560 valid passwords hold
    // each of the four, one of them three times or two of them twice. A generator that placed one
    // character of each class and shuffled would make the second kind 4/3 times as likely.
    const r = rules({ length: 6, excludeCharacters: [...ALL].filter((c) => !'aC1!'.includes(c)).join('') })
    const valid: string[] = []
    const spell = (prefix: string): void => {
      if (prefix.length === 6) {
        if ([...'aC1!'].every((c) => prefix.includes(c))) valid.push(prefix)
        return
      }
      for (const c of 'aC1!') spell(prefix + c)
    }
    spell('')
    expect(valid).toHaveLength(1560)
    const counts = new Map(valid.map((p) => [p, 0]))
    const invalid: string[] = []
    const next = seededBytes('whole passwords')
    for (let i = 0; i < valid.length * 50; i++) {
      const password = generatePassword(r, next)
      const seen = counts.get(password)
      if (seen === undefined) invalid.push(password)
      else counts.set(password, seen + 1)
    }
    expect(invalid).toEqual([])
    expect(chiSquared([...counts.values()])).toBeLessThan(chiBound(valid.length - 1))
  })
})

describe('indexSampler', () => {
  it.each([10, 26, 62, 85, 94, 256])(
    'turns each cycle of the 256 byte values into each index below %i equally often',
    (n) => {
      const next = indexSampler(n, cycledBytes(Array.from({ length: 256 }, (_, i) => i)))
      const kept = 256 - (256 % n)
      const counts = new Array<number>(n).fill(0)
      for (let i = 0; i < kept * 3; i++) counts[next()]!++
      expect(new Set(counts)).toEqual(new Set([(kept / n) * 3]))
    }
  )

  it('discards the bytes above the last whole multiple of n', () => {
    // For 94: 188 is the first byte that would make indexes 0 to 67 more likely.
    const next = indexSampler(94, cycledBytes([188, 255, 200, 187, 5]))
    expect([next(), next()]).toEqual([93, 5])
  })
})
