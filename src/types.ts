/**
 * The domain types that several modules share: the value, the request for one secret, what read
 * found, the plan and the outcome, and the staging labels AWS defines. This module imports nothing,
 * so that any module can import it without a cycle.
 */

/** The staging labels Secrets Manager gives a meaning of its own. */
export const AWSCURRENT = 'AWSCURRENT'
export const AWSPREVIOUS = 'AWSPREVIOUS'
export const AWSPENDING = 'AWSPENDING'

/** The version that carries `label`, by DescribeSecret's version -> labels map. */
export function holderOf(
  versionStages: Readonly<Record<string, readonly string[]>>,
  label: string
): string | undefined {
  return Object.entries(versionStages).find(([, stages]) => stages.includes(label))?.[0]
}

/** A secret value, as Secrets Manager stores it. */
export type SecretValue =
  /** Sent as SecretString. */
  | { readonly kind: 'text'; readonly text: string }
  /** Sent as SecretBinary. */
  | { readonly kind: 'binary'; readonly bytes: Uint8Array }

/** A tag, as Secrets Manager stores it. */
export interface Tag {
  readonly key: string
  readonly value: string
}

/** A tag a run sets (or would set); `from` is its stored value when the secret was read and had it. */
export interface TagChange {
  readonly key: string
  readonly from: string | undefined
  readonly to: string
}

/** Secrets Manager's limit on a value: 65536 bytes of SecretString or SecretBinary. */
export const MAX_VALUE_BYTES = 65536

/** Secrets Manager's limit on a KMS key id, ARN or alias (`kms-key-id`, a replica's key). */
export const MAX_KMS_KEY_ID = 2048

/** Where a value comes from. The bytes themselves are loaded by value.ts. */
export type ValueSource =
  /** `secret-string`: text taken verbatim. */
  | { readonly kind: 'string'; readonly text: string }
  /** `secret-binary`: base64 already decoded and checked. */
  | { readonly kind: 'base64'; readonly bytes: Uint8Array }
  /**
   * `value-from-file` or a `secrets` file: an absolute path, and the root it must stay in once
   * symbolic links are followed (value-path.ts); `binary` sends the bytes as SecretBinary.
   */
  | { readonly kind: 'file'; readonly path: string; readonly root: FileRoot; readonly binary: boolean }
  /** A `secrets` line's `env:NAME`: that variable's text, verbatim. */
  | { readonly kind: 'env'; readonly name: string; readonly text: string }
  /** `generate-password` without `json-merge`: the password the run generates is the value. */
  | { readonly kind: 'password' }

/** The directory a value file must stay in once symbolic links are followed. */
export interface FileRoot {
  /** `workspace` or `RUNNER_TEMP`, for the error. */
  readonly name: 'workspace' | 'RUNNER_TEMP'
  /** The root as an absolute path (symbolic links in it are resolved when the file is opened). */
  readonly dir: string
  /** A directory inside the root the file must not reach: RUNNER_TEMP, for the workspace. */
  readonly excluded: string | undefined
  /** The platform the paths are of (`process.platform`): Windows and macOS compare them case-insensitively. */
  readonly platform: NodeJS.Platform
}

/** A Secrets Manager secret ARN, in parts. */
export interface ParsedArn {
  /** A partition of the SDK's partition data (aws, aws-cn, aws-us-gov, aws-iso*, aws-eusc...), the region's own. */
  readonly partition: string
  readonly region: string
  readonly account: string
  readonly name: string
}

/** A JSON object as json.ts parses it (numbers kept as written). */
export type JsonObject = { [key: string]: unknown }

/**
 * What a run does with the secret's value: one of these, chosen by the inputs. `V` is how the value
 * is held (a source in the settings, the loaded value in a request), `P` how a merge patch is.
 */
export type ValueWrite<V = SecretValue, P = JsonObject> =
  /** No value: the description, the KMS key or tags only. */
  | { readonly kind: 'none' }
  /**
   * A new version with this value: AWSCURRENT, or with `stages` (`version-stages`) these labels
   * instead. `token` is `client-request-token`, undefined to let the action choose one.
   */
  | {
      readonly kind: 'value'
      readonly value: V
      readonly token: string | undefined
      readonly stages: readonly string[] | undefined
    }
  /** `json-merge`: an RFC 7396 patch onto AWSCURRENT's JSON object; `stages` as for a value. */
  | { readonly kind: 'merge'; readonly patch: P; readonly stages: readonly string[] | undefined }
  /** `promote-version-id` / `promote-stage`: move AWSCURRENT to a version that exists. */
  | { readonly kind: 'promote'; readonly promotion: Promotion }

/** What a run asks of one secret. Settings make one per target; value.ts loads its value. */
export interface SecretRequest<V = SecretValue, P = JsonObject> {
  /** The name or ARN as given: the key of the `results` output. */
  readonly secretId: string
  /** The ARN's parts when `secretId` is an ARN (which cannot name a secret to create). */
  readonly arn: ParsedArn | undefined
  /** The `secrets` line that named it; undefined for `secret-id`. */
  readonly line: number | undefined
  readonly write: ValueWrite<V, P>
  /** `description`: undefined leaves it as it is. */
  readonly description: string | undefined
  /** `kms-key-id`: undefined leaves it as it is. */
  readonly kmsKeyId: string | undefined
  /** `tags`: set on create, else with TagResource; empty for none. */
  readonly tags: readonly Tag[]
  /** `skip-unchanged`: compare with what is stored and send nothing equal. */
  readonly skipUnchanged: boolean
  /** `create-if-missing`: create a secret that does not exist (names only). */
  readonly createIfMissing: boolean
  /**
   * `if-exists`: what an existing secret gets. `update` (the default) writes to it; `skip` leaves it
   * exactly as it is; `fail` fails with nothing written. `skip` and `fail` come with `createIfMissing`.
   */
  readonly ifExists: IfExists
  /** `replica-regions`: the regions the secret is replicated to (added, never removed); empty for none. */
  readonly replicas: readonly ReplicaRegion[]
  /** `force-overwrite-replica`: a replica replaces a secret of the same name in its region. */
  readonly forceOverwriteReplica: boolean
  /** `strip-final-newline`: a text value loses one final LF or CRLF when loaded. */
  readonly stripFinalNewline: boolean
  /** `if-current-version-id`: change the secret only while AWSCURRENT is this version; undefined for no condition. */
  readonly ifCurrentVersionId?: string | undefined
}

/** `if-exists`. */
export type IfExists = 'update' | 'skip' | 'fail'

/** A `replica-regions` line: a region, and the KMS key its replica is encrypted with (undefined: the AWS managed key). */
export interface ReplicaRegion {
  readonly region: string
  readonly kmsKeyId: string | undefined
}

/** A replica's state, as DescribeSecret (or the call that replicated it) reports it. */
export interface ReplicaStatus {
  readonly region: string
  /** `InSync`, `InProgress` or `Failed`, as AWS says; `Planned` in a dry run for a region not yet replicated. */
  readonly status: string
  /** AWS's status message (why a replication failed), when it gave one. */
  readonly message: string | undefined
}

/** At most this many staging labels on a secret's versions in all (AWSCURRENT and AWSPREVIOUS count). */
export const MAX_LABELS = 20

/** A request as settings read it: the value still a source; a merge patch a source, or none with a generated password only. */
export type Target = SecretRequest<ValueSource, ValueSource | undefined>

/** Which version a promotion makes AWSCURRENT. */
export type Promotion =
  /** `promote-version-id`. */
  | { readonly kind: 'version-id'; readonly versionId: string }
  /** `promote-stage`: the version that carries this label (AWSPENDING, AWSPREVIOUS, ...). */
  | { readonly kind: 'stage'; readonly stage: string }

/** The secret's metadata, as DescribeSecret gives it. */
export interface SecretMeta {
  readonly arn: string
  readonly name: string
  readonly description: string | undefined
  /** Undefined for the AWS managed key. */
  readonly kmsKeyId: string | undefined
  readonly rotationEnabled: boolean
  readonly deletedDate: Date | undefined
  /** Each version's staging labels, by version id. */
  readonly versionStages: Readonly<Record<string, readonly string[]>>
  readonly tags: readonly Tag[]
  /** The regions the secret is replicated to, and their status (absent: none). */
  readonly replicas?: readonly ReplicaStatus[]
}

/** The version labelled AWSCURRENT and its value. */
export interface CurrentVersion {
  readonly versionId: string
  readonly value: SecretValue | undefined
}

/** What read found: only what the request's options need. */
export type SecretState =
  /**
   * Nothing was read: the default path writes blind, with fallbacks. `describeDenied`: a staging
   * run asked for DescribeSecret (for the labels' old versions and the rotation guard) and was
   * refused, and goes on without it.
   */
  | { readonly kind: 'unread'; readonly describeDenied?: boolean }
  /** DescribeSecret found no such secret (read only with `create-if-missing`). */
  | { readonly kind: 'missing' }
  | {
      readonly kind: 'found'
      readonly meta: SecretMeta
      /** AWSCURRENT, when read and when the secret has one. */
      readonly current: CurrentVersion | undefined
      /**
       * A promotion's ListSecretVersionIds: each labelled version's CreatedDate, by version id;
       * `denied` when the call was refused; undefined when not read (not needed).
       */
      readonly created?: Readonly<Record<string, Date>> | 'denied'
    }

/** One write primitive, as apply sends it. */
export type WriteCall =
  /** UpdateSecret: a value (a new version, made AWSCURRENT) and/or metadata. */
  | {
      readonly op: 'update'
      readonly secretId: string
      readonly value: SecretValue | undefined
      readonly token: string | undefined
      readonly description: string | undefined
      readonly kmsKeyId: string | undefined
    }
  /** CreateSecret, with its first version when a value is given, and its tags. */
  | {
      readonly op: 'create'
      readonly name: string
      readonly value: SecretValue | undefined
      readonly token: string | undefined
      readonly description: string | undefined
      readonly kmsKeyId: string | undefined
      readonly tags: readonly Tag[]
      /** AddReplicaRegions; with ForceOverwriteReplicaSecret when `forceOverwrite`. */
      readonly replicas: readonly ReplicaRegion[]
      readonly forceOverwrite: boolean
    }
  /** TagResource: these tags set, the secret's others left alone. */
  | {
      readonly op: 'tag'
      readonly secretId: string
      readonly tags: readonly Tag[]
    }
  /** PutSecretValue: a new version under these labels only (AWSCURRENT does not move, except for a first version). */
  | {
      readonly op: 'put-version'
      readonly secretId: string
      readonly value: SecretValue
      readonly token: string
      readonly stages: readonly string[]
    }
  /** UpdateSecretVersionStage: a label onto `to` (if given) and off `from` (if given). */
  | {
      readonly op: 'move-label'
      readonly secretId: string
      readonly label: string
      readonly to: string | undefined
      readonly from: string | undefined
    }
  /** ReplicateSecretToRegions: replicas in these regions, none removed. */
  | {
      readonly op: 'replicate'
      readonly secretId: string
      readonly replicas: readonly ReplicaRegion[]
      readonly forceOverwrite: boolean
    }

/** A call and what to do when it fails in an expected way. */
export interface Step {
  readonly call: WriteCall
  /** When the call fails with this exception: take `instead` (the plain path writes blind). */
  readonly fallback?: {
    readonly exception: string
    /** The steps to take instead, in order (none: go on as if the call had succeeded), or a failure. */
    readonly instead: readonly Step[] | { readonly fail: string }
    /** Logged when the fallback is taken. */
    readonly note?: string
  }
  /** When the call fails with this exception, another writer got there first: read again and plan again. */
  readonly replanOn?: string
  /**
   * The merge's compare-and-swap: AWSCURRENT must end on this version. When the call fails (or, for
   * a secret's first version, always), a fresh read tells a lost answer (AWSCURRENT is on it: go on),
   * a lost race (on another writer's version: plan again) and a real failure apart.
   */
  readonly swapTo?: string
  /** Skipped when an earlier step's fallback created the secret (its CreateSecret carried this already). */
  readonly unlessCreated?: boolean
  /**
   * How that fresh read is made: `value` reads AWSCURRENT (GetSecretValue, which a merge needs
   * anyway); `labels` describes the secret (a promotion needs only DescribeSecret and
   * UpdateSecretVersionStage). Default `value`.
   */
  readonly swapBy?: 'value' | 'labels'
  /**
   * A CreateSecret with `if-exists: skip` or `fail`: when it answers ResourceExistsException, a
   * read tells this run's own create (its first answer lost, the SDK's retry refused) from a secret
   * that was there: then `skip` ends the plan with nothing written, `fail` fails.
   */
  readonly onExists?: 'skip' | 'fail'
  /** When this step succeeds, the value is stored where the plan puts it (a generated password can be handed on). */
  readonly stores?: boolean
}

/** A message for the log, decided by the plan. */
export interface Note {
  readonly level: 'info' | 'warning'
  readonly text: string
}

/** What a run will do to one secret, and what it reports when it has. */
export interface Plan {
  /** The write chosen for the value (`none` when no value is written; `promote` moves AWSCURRENT). */
  readonly kind: 'none' | 'update' | 'create' | 'stage' | 'swap' | 'promote'
  /** In order; empty when nothing is to change. */
  readonly steps: readonly Step[]
  /** Calls made after the steps, whether they succeeded or not (a merge's own label comes off). */
  readonly cleanup: readonly WriteCall[]
  readonly notes: readonly Note[]
  /** The outcome when every step succeeds as planned; apply's answers fill in what AWS assigns. */
  readonly outcome: Outcome
  /** `replica-regions`: after the steps, wait until none of these regions is InProgress. */
  readonly awaitReplicas?: readonly string[]
}

/** What apply learnt from AWS's answers. */
export interface Applied {
  readonly arn: string | undefined
  readonly name: string | undefined
  /** The version id of the call that wrote the value. */
  readonly versionId: string | undefined
  /** A create (planned, or a fallback) made the secret. */
  readonly created: boolean
  /** `if-exists: skip`: the create found the secret there, and the run left it as it is. */
  readonly existed?: boolean | undefined
  /** The listed regions' replication, as the last answer or read said. */
  readonly replicas?: readonly ReplicaStatus[] | undefined
}

/** What the run did (or, in a dry run, would do). */
export interface Outcome {
  readonly arn: string
  readonly name: string
  /** The new version's id; with nothing sent, the current version's id when known, else ''. */
  readonly versionId: string
  /** Whether the run changed (in a dry run: would change) the secret. */
  readonly changed: boolean
  readonly dryRun: boolean
  /** The secret did not exist and was (or would be) created. */
  readonly created: boolean
  /** `new-version`: a value is (or would be) written; `unchanged`: the value was equal; `none`: no value given. */
  readonly value: 'new-version' | 'unchanged' | 'none'
  /** Description change, when one was sent (or would be). `from` is known only when the secret was read. */
  readonly description: Change | undefined
  readonly kmsKeyId: Change | undefined
  /** Compare-and-swap attempts a merge took (1 when no other writer interfered). */
  readonly mergeAttempts: number | undefined
  /** Tags set (or that would be): undefined when `tags` was not given, empty when all were equal. */
  readonly tags: readonly TagChange[] | undefined
  /** With `version-stages`: the labels the new version is (or would be) written under. */
  readonly stages: readonly string[] | undefined
  /** A promotion: the version made (or to be made) AWSCURRENT, and whether it already was. */
  readonly promotion: { readonly versionId: string; readonly alreadyCurrent: boolean } | undefined
  /** The labels that moved (or would move) between versions: staging and promotions. */
  readonly labels: readonly LabelMove[]
  /** The version that was AWSCURRENT before, when the run moved AWSCURRENT and knew it; else ''. */
  readonly previousVersionId: string
  /** `if-exists: skip` found the secret: it was left exactly as it is. */
  readonly skipped?: boolean
  /** `replica-regions`: each listed region's replication; absent when not given. */
  readonly replicas?: readonly ReplicaStatus[]
  /** The version that is AWSCURRENT when the run ends, where the run knows it; else ''. */
  readonly currentVersionId: string
  /** The version that was AWSCURRENT when the secret was read; '' when not read (or none). */
  readonly readCurrentVersionId: string
}

/** A staging label leaving one version for another (ids only). */
export interface LabelMove {
  readonly label: string
  /** The version that had it; undefined when none did, or when unknown (`known: false`). */
  readonly from: string | undefined
  /** The version that gets it; undefined when it is only removed. */
  readonly to: string | undefined
  /** Whether `from` is known (a staging run that could not describe the secret does not know it). */
  readonly known: boolean
}

/** What became of one secret. `written`: what its writes had done (ids and labels only). */
export type SecretResult =
  | { readonly status: 'done'; readonly outcome: Outcome; readonly written: readonly string[] }
  /** `error`: what failed, as thrown; `reason`, it in words. */
  | { readonly status: 'failed'; readonly reason: string; readonly written: readonly string[]; readonly error: unknown }
  /**
   * The job was cancelled while its writes were under way: `uncertain`, a call still unanswered
   * (it may have been applied); `leftover`, cleanup that could not be sent.
   */
  | {
      readonly status: 'cancelled'
      readonly written: readonly string[]
      readonly uncertain: string | undefined
      readonly leftover: readonly string[]
    }
  | { readonly status: 'not-attempted' }

export interface SecretResultOf {
  /** The name or ARN as given: the key of the `results` output. */
  readonly secretId: string
  readonly result: SecretResult
}

export interface Change {
  readonly from: string | undefined
  readonly to: string
}

/** Where the flow reports to (core, in the action). */
export interface Reporter {
  info(message: string): void
  warning(message: string): void
  /** Registers the masks of a value read or computed during the run. */
  mask(value: SecretValue): void
  /** Called as soon as the value is stored (the step that stores it succeeded), with its version id. */
  stored?(versionId: string): void
}

/** The workflow run, for the summary's link back to it and the user agent. */
export interface RunLink {
  readonly serverUrl: string
  /** `owner/repo`; empty outside a workflow run. */
  readonly repository: string
  /** 0 outside a workflow run. */
  readonly runId: number
  readonly runAttempt: number
}
