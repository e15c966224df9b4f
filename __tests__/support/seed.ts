/**
 * Secrets for a test to write to: made with boto3 (support/aws.ts) and read back, so that the test
 * can compare what the action left with what was there before.
 */
import { randomBytes } from 'node:crypto'
import { createSecret, readSecret } from './aws.js'
import type { AwsOptions, SecretState } from './aws.js'

/** Random hex text of exactly `length` characters. */
export function hex(length: number): string {
  return randomBytes(Math.ceil(length / 2))
    .toString('hex')
    .slice(0, length)
}

export interface SeedOptions<V extends string | Buffer> extends AwsOptions {
  /** The first value (default: random text). A Buffer is stored as SecretBinary. */
  readonly value?: V | undefined
  readonly description?: string
  readonly kmsKeyId?: string
}

export interface Seeded<V extends string | Buffer = string | Buffer> {
  readonly name: string
  readonly arn: string
  /** The value the secret was made with. */
  readonly value: V
  /** The secret as boto3 read it back (by ARN) once made. */
  readonly before: SecretState
}

/** Makes secret `name` at `endpoint` with a first value, and reads it back. */
export async function seed<V extends string | Buffer = string>(
  endpoint: string,
  name: string,
  opts: SeedOptions<V> = {}
): Promise<Seeded<V>> {
  const { value = `seed ${hex(24)}` as V, ...rest } = opts
  const created = await createSecret(endpoint, name, {
    ...rest,
    ...(typeof value === 'string' ? { secretString: value } : { secretBinary: value })
  })
  return { name, arn: created.arn, value, before: await readSecret(endpoint, created.arn, rest) }
}

let serial = 0

/**
 * For suites where each test updates one secret: a new secret under a name of its own (seed), and
 * a new value for the test's run to write.
 */
export async function seedForUpdate(
  endpoint: string,
  opts: AwsOptions = {}
): Promise<{ id: string; value: string; before: SecretState }> {
  const { name, before } = await seed(endpoint, `update/${++serial}-${hex(8)}`, opts)
  return { id: name, value: `new value ${hex(32)}`, before }
}
