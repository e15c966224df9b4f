/**
 * Pure: the `replica-regions` input, one replica per line: `REGION`, or `REGION KMS_KEY_ID` (the
 * key that encrypts the replica in that region). Blank lines and lines starting with `#` are
 * skipped. Every region must be a region of the primary's partition, other than the primary's own
 * region, and named once: all checked here, before any request.
 */
import { InputError } from './errors.js'
import { MAX_KMS_KEY_ID, type ReplicaRegion } from './types.js'

/**
 * `partitionOf` gives a region's partition (undefined for anything that is not a region name);
 * `primary` is the region of the step, which a replica cannot be in.
 */
export function parseReplicaRegions(
  text: string,
  primary: string,
  partitionOf: (region: string) => string | undefined
): ReplicaRegion[] {
  const replicas: ReplicaRegion[] = []
  const seen = new Map<string, number>()
  const lines = text.split(/\r?\n/)
  const home = partitionOf(primary)
  for (let i = 0; i < lines.length; i++) {
    const line = i + 1
    const content = lines[i]!.trim()
    if (content === '' || content.startsWith('#')) continue
    const fail = (detail: string): InputError => new InputError('replica-regions', `line ${line}: ${detail}`)
    const words = content.split(/\s+/)
    if (words.length > 2) throw fail('write REGION, or REGION and the KMS key id of the replica, separated by a space.')
    const [region = '', kmsKeyId] = words
    const partition = partitionOf(region)
    if (partition === undefined) throw fail(`"${region}" is not an AWS region name (such as eu-west-1).`)
    if (partition !== home) {
      throw fail(
        `${region} is in partition ${partition}, but the secret is in ${primary} (${String(home)}): a replica stays in its partition.`
      )
    }
    if (region === primary) throw fail(`${region} is the secret's own region (the primary), not a replica region.`)
    const first = seen.get(region)
    if (first !== undefined) throw fail(`names ${region}, as line ${first} does.`)
    if (kmsKeyId !== undefined && kmsKeyId.length > MAX_KMS_KEY_ID) {
      throw fail(`the KMS key id is longer than ${MAX_KMS_KEY_ID} characters.`)
    }
    seen.set(region, line)
    replicas.push({ region, kmsKeyId })
  }
  if (replicas.length === 0)
    throw new InputError('replica-regions', 'names no region (every line is blank or a comment).')
  return replicas
}
