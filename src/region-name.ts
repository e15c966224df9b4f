/**
 * What may be a region, and a secret ARN's shape: shared by settings.ts, which validates the
 * run's region, and early-connection.ts, which must not turn an input into a host name unless it
 * passes the same checks. Imports nothing, so that the early connection loads no more than it needs.
 */

/** A Secrets Manager secret's ARN: partition, region, account, name. */
export const SECRET_ARN = /^arn:([a-z][a-z0-9-]*):secretsmanager:([^:]+):(\d{12}):secret:(.+)$/

/** What the SDK's partition lookup (`partition` of @aws-sdk/core/client) returns, as far as used here. */
export interface PartitionResult {
  readonly name: string
  readonly description?: string
  readonly dnsSuffix?: string
}

/**
 * The partition of a region, from the SDK's partition data (`lookup`): a region it knows by name,
 * or one that a partition's pattern matches (a region newer than the SDK). Undefined for anything
 * else. The SDK's lookup puts every unknown string in `aws` by default, so a region that reaches
 * `aws` only that way must at least look like an `aws` region name (two letters, a name, a
 * number). Pseudo-regions such as `aws-global` have no Secrets Manager endpoint and are not accepted.
 */
export function regionPartitionIn<P extends PartitionResult>(
  region: string,
  lookup: (region: string) => P
): P | undefined {
  if (!/^[a-z]+(?:-[a-z]+)+-\d+$/.test(region) || region.endsWith('-global')) return undefined
  const found = lookup(region)
  if (found.description !== undefined || found.name !== 'aws' || /^[a-z]{2}(?:-[a-z]+)+-\d{1,2}$/.test(region))
    return found
  return undefined
}
