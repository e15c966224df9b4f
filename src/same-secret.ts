/**
 * Pure: one step writes a secret once. Two `secrets` lines that name one secret (by its name and
 * its ARN, or by two forms of its ARN) would get two concurrent writes, the final value decided by
 * a race, and `results` two keys. Decided before any request from the names alone, conservatively:
 * an ARN's secret name is taken with and without its `-XXXXXX` suffix (a full ARN's name ends in
 * the suffix AWS added; a partial ARN's does not, and syntax cannot tell them apart). Where the
 * options read every secret anyway, the ARNs read decide as well.
 */
import type { ParsedArn } from './types.js'

/** A secret as a `secrets` line names it. */
export interface NamedSecret {
  readonly secretId: string
  readonly arn: ParsedArn | undefined
  readonly line: number | undefined
}

/** The suffix Secrets Manager adds to a secret's name in its ARN. */
const ARN_SUFFIX = /-[A-Za-z0-9]{6}$/

/** The names an ARN may stand for: its name as written, and without a suffix. */
function namesOf(arn: ParsedArn): string[] {
  return [arn.name, arn.name.replace(ARN_SUFFIX, '')]
}

/** Whether two names or ARNs may name one secret. */
export function maySameSecret(a: NamedSecret, b: NamedSecret): boolean {
  if (!a.arn && !b.arn) return a.secretId === b.secretId
  if (a.arn && b.arn) {
    if (a.arn.partition !== b.arn.partition || a.arn.region !== b.arn.region || a.arn.account !== b.arn.account) {
      return false
    }
    return a.arn.name === b.arn.name || namesOf(a.arn).includes(b.arn.name) || namesOf(b.arn).includes(a.arn.name)
  }
  // A name is resolved in the caller's account, which the ARN may be: the same, conservatively.
  const [arn, name] = a.arn ? [a.arn, b.secretId] : [b.arn!, a.secretId]
  return namesOf(arn).includes(name)
}

/** The first line that may name the same secret as an earlier one, and that line. */
export function firstSameSecret<T extends NamedSecret>(named: readonly T[]): { later: T; earlier: T } | undefined {
  for (let j = 1; j < named.length; j++) {
    const later = named[j]!
    const earlier = named.slice(0, j).find((other) => maySameSecret(other, later))
    if (earlier) return { later, earlier }
  }
  return undefined
}

/**
 * Where every target was read: the first whose ARN read is another's. `arns[i]` is what target
 * i's read found (undefined when the secret was not read, or is missing).
 */
export function firstSameArnRead(
  ids: readonly string[],
  arns: readonly (string | undefined)[]
): { later: string; earlier: string; arn: string } | undefined {
  const seen = new Map<string, string>()
  for (const [i, arn] of arns.entries()) {
    if (arn === undefined) continue
    const earlier = seen.get(arn)
    if (earlier !== undefined) return { later: ids[i]!, earlier, arn }
    seen.set(arn, ids[i]!)
  }
  return undefined
}
