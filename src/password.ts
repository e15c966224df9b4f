/**
 * A random password made inside the action, as Secrets Manager's GetRandomPassword makes one with
 * `RequireEachIncludedType`: characters from upper case, lower case, digits and punctuation, minus
 * the excluded ones, with each class that has characters left appearing at least once.
 *
 * Pure apart from the random bytes, which the caller passes (Node's CSPRNG in the action, a fixed
 * stream in tests). Every character is drawn uniformly by rejection sampling, never with a bare
 * `byte % n` (which favours the first `256 % n` characters); a password that misses a class is
 * drawn again whole, so that the result is uniform over every password that meets the rules.
 */

export const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
export const LOWER = 'abcdefghijklmnopqrstuvwxyz'
export const DIGITS = '0123456789'
/** GetRandomPassword's 32 punctuation characters. */
export const PUNCTUATION = '!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~'

export const MIN_PASSWORD_LENGTH = 8
export const MAX_PASSWORD_LENGTH = 4096
export const DEFAULT_PASSWORD_LENGTH = 32

export interface PasswordRules {
  /** Number of characters. */
  readonly length: number
  /** Characters never used, taken verbatim (a space is a character too). */
  readonly excludeCharacters: string
  /** Leave out the punctuation class. */
  readonly excludePunctuation: boolean
}

/** `size` bytes from a CSPRNG (crypto.randomBytes). */
export type RandomBytes = (size: number) => Uint8Array

/**
 * The classes that keep at least one character under the rules, each as its remaining characters.
 * Empty when the rules exclude everything.
 */
export function passwordClasses(rules: Pick<PasswordRules, 'excludeCharacters' | 'excludePunctuation'>): string[] {
  const excluded = new Set(rules.excludeCharacters)
  const classes = rules.excludePunctuation ? [UPPER, LOWER, DIGITS] : [UPPER, LOWER, DIGITS, PUNCTUATION]
  return classes.map((chars) => [...chars].filter((c) => !excluded.has(c)).join('')).filter((chars) => chars !== '')
}

/**
 * How many whole passwords to draw before giving up. The worst rules the inputs allow (three
 * classes left with one character each, beside the 32 punctuation characters, at length 8) meet
 * every class once in about 150 draws, so this bound is never reached by chance (the chance is
 * below e^-60); it only keeps a defect from looping forever.
 */
const MAX_DRAWS = 10_000

export function generatePassword(rules: PasswordRules, randomBytes: RandomBytes): string {
  const classes = passwordClasses(rules)
  if (classes.length === 0) throw new Error('the password rules exclude every character')
  if (!Number.isInteger(rules.length) || rules.length < classes.length) {
    throw new Error(`a password of ${rules.length} characters cannot hold one of each of ${classes.length} classes`)
  }
  const alphabet = classes.join('')
  const draw = indexSampler(alphabet.length, randomBytes)
  for (let attempt = 0; attempt < MAX_DRAWS; attempt++) {
    let password = ''
    for (let i = 0; i < rules.length; i++) password += alphabet[draw()]
    if (classes.every((chars) => [...chars].some((c) => password.includes(c)))) return password
  }
  throw new Error(`no password met the rules in ${MAX_DRAWS} draws`)
}

/**
 * A function that returns indexes uniform on [0, n) (n ≤ 256), from the bytes of `randomBytes`:
 * a byte at or above the largest multiple of n is discarded, so that each index has the same
 * number of byte values. Bytes are fetched in blocks, as each call of the CSPRNG has a cost.
 */
export function indexSampler(n: number, randomBytes: RandomBytes): () => number {
  if (!Number.isInteger(n) || n < 1 || n > 256) throw new Error(`cannot sample an index below ${n} from bytes`)
  const limit = 256 - (256 % n)
  let block: Uint8Array = new Uint8Array(0)
  let at = 0
  return () => {
    for (;;) {
      if (at >= block.length) {
        block = randomBytes(256)
        at = 0
      }
      const byte = block[at++]!
      if (byte < limit) return byte % n
    }
  }
}
