/**
 * Version ids the action chooses. A merge's is a UUIDv7, since its label carries it and a later run
 * reads the label's age from it; any other is a random UUID (v4), which has no fixed part a mask
 * could match. Both are made once what the run reads is masked, and avoid every mask: a version id
 * that contains one would show as *** in the log, and the runner would drop a job output built
 * from `version-id` as possibly secret (it keeps step outputs as they are).
 */
import { randomBytes, randomUUID } from 'node:crypto'

/** A fresh version id that contains none of `masks`. */
export function newVersionId(
  kind: 'merge' | 'version',
  masks: readonly string[],
  now: () => number = Date.now
): string {
  const make = kind === 'merge' ? () => uuidv7(now()) : randomUUID
  let id = make()
  // Bounded: a one-character value such as `-` is in every UUID, and then no choice helps.
  for (let i = 0; i < 100 && masks.some((m) => id.includes(m)); i++) id = make()
  return id
}

/** A UUIDv7 (RFC 9562): 48 bits of Unix milliseconds, then version, variant and 74 random bits. */
export function uuidv7(now: number = Date.now()): string {
  const bytes = randomBytes(16)
  bytes.writeUIntBE(now, 0, 6)
  bytes[6] = (bytes[6]! & 0x0f) | 0x70
  bytes[8] = (bytes[8]! & 0x3f) | 0x80
  const hex = bytes.toString('hex')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
}

/** The millisecond timestamp in a UUIDv7's first 48 bits; undefined for anything else. */
export function uuidv7Time(id: string): number | undefined {
  const m = /^([0-9a-f]{8})-([0-9a-f]{4})-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.exec(id)
  return m ? parseInt(m[1]! + m[2]!, 16) : undefined
}
