/**
 * plan: pure. From the request, what read found and a fresh version token, the calls to make and
 * the outcome to report. Every check that can fail is made here, before any write: a secret
 * scheduled for deletion, an ARN that cannot be created, a merge onto a value that is not a JSON
 * object, a merged value over the size limit.
 *
 * Every option is a variation of one plan. The value's write is chosen once (`Write`): none, an
 * UpdateSecret, a CreateSecret, a version put under labels (`version-stages`), a put and a
 * compare-and-swap (`json-merge`), or a label move (a promotion). `skip-unchanged` turns a write of
 * an equal value into none; `create-if-missing` turns "not found" into a create; the description,
 * the KMS key and tags ride with the write or follow it. A dry run is planned exactly as the real
 * run: the caller reports the plan instead of applying it.
 */
import { jsonEqual, mergePatch, parseJsonObject, sameValue } from './json.js'
import { ActionError } from './errors.js'
import { tagChanges } from './tags.js'
import { AWSCURRENT, AWSPENDING, AWSPREVIOUS, MAX_LABELS, MAX_VALUE_BYTES, holderOf } from './types.js'
import type {
  Change,
  CurrentVersion,
  JsonObject,
  LabelMove,
  Note,
  Outcome,
  Plan,
  Promotion,
  ReplicaStatus,
  SecretMeta,
  SecretRequest,
  SecretState,
  SecretValue,
  Step,
  Tag,
  TagChange,
  WriteCall
} from './types.js'
import { uuidv7Time } from './version-id.js'

export interface PlanContext {
  /** The version id of a new version: the request's `client-request-token`, or a fresh one. */
  readonly token: string
  /** The attempt this plan is for: 1, then one more each time another writer got there first. */
  readonly attempt: number
  /** Epoch milliseconds, for the age of merge labels left behind by an interrupted run. */
  readonly now: number
  /** A merge label older than this belongs to no merge that can still be running. */
  readonly staleLabelMs: number
}

/** The label a merge gives its version until AWSCURRENT is on it: never AWSPENDING, which rotation owns. */
export const MERGE_LABEL_PREFIX = 'update-secret-'

/** Said wherever a staging run makes a secret's first version: AWS does it whatever the labels. */
export const FIRST_VERSION_NOTE = "Secrets Manager makes a secret's first version AWSCURRENT too, whatever its labels"

/** Said where a staged first version loses AWSPENDING. */
export const PENDING_OFF_NOTE =
  'then AWSPENDING is removed from it, as a promotion would (a current version needs no promotion)'

/** What is written for the value: the one choice each plan makes. */
type Write =
  /**
   * Nothing: no value was given, or `skip-unchanged` found it equal. A staging run that found it
   * equal puts its labels on the version that holds the value (`relabel`), so that a promotion that
   * follows promotes what this run staged, never an older staged version.
   */
  | { readonly kind: 'none'; readonly relabel?: { readonly to: string; readonly stages: readonly string[] } }
  /** UpdateSecret: a new AWSCURRENT version, with the description and key in the same call. */
  | { readonly kind: 'update'; readonly value: SecretValue }
  /** CreateSecret: the secret, with its first version when a value is given, its metadata and tags. */
  | { readonly kind: 'create'; readonly value: SecretValue | undefined }
  /** PutSecretValue under `stages` (after a CreateSecret when the secret is missing); AWSCURRENT stays. */
  | { readonly kind: 'stage'; readonly value: SecretValue; readonly stages: readonly string[] }
  /** json-merge: PutSecretValue under the merge's own label, then AWSCURRENT swapped onto it. */
  | { readonly kind: 'swap'; readonly value: SecretValue; readonly from: string | undefined }

/** What a plan knows of the secret before its write is chosen. */
interface Known {
  readonly request: SecretRequest
  readonly state: SecretState
  readonly context: PlanContext
  /** The id the calls name: the ARN read, else the name or ARN as given. */
  readonly id: string
  readonly meta: SecretMeta | undefined
  readonly current: CurrentVersion | undefined
  readonly description: Change | undefined
  readonly kmsKeyId: Change | undefined
  /** The tags to set: only those that differ, when the secret was read with `skip-unchanged`. */
  readonly tags: readonly TagChange[]
  readonly notes: Note[]
}

export function planWrite(request: SecretRequest, read: SecretState, context: PlanContext): Plan {
  const meta = read.kind === 'found' ? read.meta : undefined
  if (meta) guardDeletion(meta)
  if (request.write.kind === 'promote') return planPromotion(request, request.write.promotion, read, context)
  if (request.ifCurrentVersionId !== undefined) checkCurrent(request, request.ifCurrentVersionId, read)
  if (meta && request.ifExists !== 'update') return planExisting(request, meta)
  // `if-exists: skip` or `fail` with nothing read: the create is the first call, and its
  // ResourceExistsException the answer (one permission, CreateSecret).
  const state: SecretState = read.kind === 'unread' && request.ifExists !== 'update' ? { kind: 'missing' } : read
  if (state.kind === 'missing' && request.arn) throw new ActionError(cannotCreateArn(request.secretId))
  // Equal metadata is left out only where it was compared: with `skip-unchanged`, on a secret read.
  const skip = request.skipUnchanged
  const tags = tagChanges(request.tags, meta?.tags, skip && meta !== undefined)
  const known: Known = {
    request,
    state,
    context,
    id: meta?.arn ?? request.secretId,
    meta,
    current: state.kind === 'found' ? state.current : undefined,
    description: metadataChange(request.description, meta?.description, skip && meta !== undefined),
    kmsKeyId: metadataChange(request.kmsKeyId, meta?.kmsKeyId, skip && meta !== undefined, sameKmsKey),
    tags,
    notes: meta?.rotationEnabled ? [rotationNote(meta.name, stagesOf(request)?.includes(AWSPENDING) === true)] : []
  }
  const write = chooseWrite(known)
  checkLabelRoom(known, write)
  if (write.kind === 'stage') known.notes.push(...stagingNotes(known, write.stages))
  const replication = replicationOf(request, state.kind === 'missing' ? undefined : meta)
  known.notes.push(...replication.notes)
  const outcome = outcomeOf(known, write)
  return {
    kind: write.kind,
    steps: [...stepsOf(known, write), ...replication.steps],
    cleanup: write.kind === 'swap' ? [moveLabel(known.id, mergeLabel(context.token), undefined, context.token)] : [],
    notes: known.notes,
    outcome: {
      ...outcome,
      changed: outcome.changed || replication.steps.length > 0,
      ...(replication.statuses ? { replicas: replication.statuses } : {})
    },
    ...(replication.added.length > 0 ? { awaitReplicas: replication.added } : {})
  }
}

/**
 * `if-exists: skip` or `fail` on a secret the read found: left exactly as it is (no value, metadata,
 * tag or replica), or a failure before any write.
 */
function planExisting(request: SecretRequest, meta: SecretMeta): Plan {
  if (request.ifExists === 'fail') {
    throw new ActionError(`Secret ${meta.name} already exists, and \`if-exists\` is \`fail\`: nothing was written.`)
  }
  return {
    kind: 'none',
    steps: [],
    cleanup: [],
    notes: [{ level: 'info', text: `Secret ${meta.name} exists, and \`if-exists\` is \`skip\`: it is left as it is.` }],
    outcome: skippedOutcome(request, {
      arn: meta.arn,
      name: meta.name,
      versionId: holderOf(meta.versionStages, AWSCURRENT) ?? '',
      replicas: request.replicas.length > 0 ? listedReplicas(request, meta.replicas ?? [], 'NotReplicated') : undefined
    })
  }
}

/**
 * The outcome of a secret `if-exists: skip` left as it is: found by the read, or by the create's
 * ResourceExistsException (apply then describes it for these fields).
 */
export function skippedOutcome(
  request: SecretRequest,
  found: {
    readonly arn: string
    readonly name: string
    readonly versionId: string
    readonly replicas: readonly ReplicaStatus[] | undefined
  }
): Outcome {
  return {
    arn: found.arn,
    name: found.name,
    versionId: found.versionId,
    changed: false,
    dryRun: false,
    created: false,
    value: request.write.kind === 'none' ? 'none' : 'unchanged',
    description: undefined,
    kmsKeyId: undefined,
    mergeAttempts: undefined,
    tags: request.tags.length > 0 ? [] : undefined,
    stages: undefined,
    promotion: undefined,
    labels: [],
    previousVersionId: '',
    // Left as it is: the version that is current is the one found.
    currentVersionId: found.versionId,
    readCurrentVersionId: found.versionId,
    skipped: true,
    ...(found.replicas ? { replicas: found.replicas } : {})
  }
}

/**
 * `replica-regions`: the regions a found secret is not replicated to yet get one
 * ReplicateSecretToRegions (a created secret gets them with its CreateSecret); none is removed.
 * `statuses` is each listed region's, as read (`Planned` for a region to add: the answer tells).
 */
function replicationOf(
  request: SecretRequest,
  meta: SecretMeta | undefined
): { steps: Step[]; notes: Note[]; statuses: ReplicaStatus[] | undefined; added: string[] } {
  if (request.replicas.length === 0) return { steps: [], notes: [], statuses: undefined, added: [] }
  const have = meta?.replicas ?? []
  const missing = request.replicas.filter((replica) => !have.some((h) => h.region === replica.region))
  const name = meta?.name ?? request.secretId
  const notes: Note[] = have
    .filter((h) => h.status === 'Failed' && request.replicas.some((r) => r.region === h.region))
    .map((h) => ({
      level: 'warning',
      text: `The replica of secret ${name} in ${h.region} has failed${h.message ? ` (${h.message})` : ''}: remove it from replication (aws secretsmanager remove-regions-from-replication) and run again to replicate it anew.`
    }))
  if (request.forceOverwriteReplica && missing.length > 0) {
    notes.push({
      level: 'warning',
      text: `\`force-overwrite-replica\`: replicating to ${missing.map((r) => r.region).join(', ')} overwrites any secret named ${name} in ${missing.length > 1 ? 'those regions' : 'that region'}, even an unrelated one.`
    })
  }
  const steps: Step[] =
    meta && missing.length > 0
      ? [
          {
            call: {
              op: 'replicate',
              secretId: meta.arn,
              replicas: missing,
              forceOverwrite: request.forceOverwriteReplica
            }
          }
        ]
      : []
  return { steps, notes, statuses: listedReplicas(request, have, 'Planned'), added: missing.map((r) => r.region) }
}

/** Each listed region's replication as known; `absent` for a region the secret is not replicated to. */
function listedReplicas(request: SecretRequest, have: readonly ReplicaStatus[], absent: string): ReplicaStatus[] {
  return request.replicas.map(
    ({ region }) => have.find((h) => h.region === region) ?? { region, status: absent, message: undefined }
  )
}

/**
 * A secret's versions carry at most 20 staging labels in all: a staging run, or a merge (whose
 * temporary label counts while it runs, and which gives AWSPREVIOUS to the version it replaces),
 * that would pass it is refused before any write. Only labels this run adds count; stale merge
 * labels it removes first make room. Without a read (DescribeSecret refused), AWS's refusal says it.
 */
function checkLabelRoom(known: Known, write: Write): void {
  const { state, meta, context } = known
  if ((write.kind !== 'stage' && write.kind !== 'swap') || state.kind === 'unread') return
  const stages = meta?.versionStages ?? {}
  const inUse = [...new Set(Object.values(stages).flat())]
  const stale = new Set(meta ? staleMergeLabels(stages, context.now, context.staleLabelMs).map((s) => s.label) : [])
  const first = holderOf(stages, AWSCURRENT) === undefined
  const added =
    write.kind === 'stage'
      ? [...write.stages, ...(first ? [AWSCURRENT] : [])]
      : [mergeLabel(context.token), first ? AWSCURRENT : AWSPREVIOUS]
  const after = new Set([...inUse.filter((label) => !stale.has(label)), ...added])
  if (after.size <= MAX_LABELS) return
  const merge = write.kind === 'swap' ? ", and json-merge's temporary label counts while it runs" : ''
  throw new ActionError(
    `Secret ${meta?.name ?? known.request.secretId} would carry ${after.size} staging labels: Secrets Manager allows at most ${MAX_LABELS} on a secret's versions in all ` +
      `(AWSCURRENT and AWSPREVIOUS count${merge}). Nothing was written. Labels in use: ${inUse.join(', ')}. ` +
      'Remove the labels no longer needed (aws secretsmanager update-secret-version-stage --remove-from-version-id), or stage under a label already in use; this action never removes labels it did not set.'
  )
}

/** The value to write, and how: decided once from the request and what was read. */
function chooseWrite(known: Known): Write {
  const { request, state, current } = known
  const write = request.write
  if (write.kind === 'none' || write.kind === 'promote') return state.kind === 'missing' ? createWith(undefined) : none
  const stages = write.stages
  if (write.kind === 'merge' && state.kind === 'unread') throw new ActionError('A merge needs the secret read first.')
  // A merge onto a missing secret is the patch onto {}; onto a found one, onto AWSCURRENT.
  // Numbers are raw JSON (see json.ts): they are written back exactly as they were read.
  const stored = write.kind === 'merge' ? currentObject(current, known.context.attempt) : undefined
  const merged = write.kind === 'merge' ? (mergePatch(stored ?? {}, write.patch) as JsonObject) : undefined
  const value = write.kind === 'merge' ? mergedValue(merged ?? {}) : write.value
  if (state.kind === 'missing') return stages ? { kind: 'stage', value, stages } : createWith(value)
  const equal = current !== undefined && (merged ? jsonEqual(merged, stored ?? {}) : sameValueAs(value, current))
  if (equal && request.skipUnchanged) {
    const relabel = stages
      ? stages.filter((label) => holderOf(known.meta?.versionStages ?? {}, label) !== current.versionId)
      : []
    known.notes.push({
      level: 'info',
      text: stages
        ? `The value equals the current one (AWSCURRENT): no version is staged${relabel.length > 0 ? `; ${relabel.join(', ')} ${relabel.length > 1 ? 'move' : 'moves'} to the current version ${current.versionId}, which holds the value` : ''}.`
        : `The ${merged ? 'merged value' : 'value'} equals the current one (AWSCURRENT): no new version is written.`
    })
    return relabel.length > 0 ? { kind: 'none', relabel: { to: current.versionId, stages: relabel } } : none
  }
  if (stages) return { kind: 'stage', value, stages }
  // With `if-current-version-id`, a value is written as a merge is: put under the action's own
  // label, then AWSCURRENT moved off that version only, so that it never moves off any other.
  if (merged || request.ifCurrentVersionId !== undefined) {
    return { kind: 'swap', value, from: request.ifCurrentVersionId ?? current?.versionId }
  }
  return { kind: 'update', value }
}

/**
 * `if-current-version-id`, as far as the read can tell: AWSCURRENT must be that version. (A
 * promotion also holds it when its version is already current.)
 */
function checkCurrent(request: SecretRequest, wanted: string, state: SecretState): void {
  const now = state.kind === 'found' ? holderOf(state.meta.versionStages, AWSCURRENT) : undefined
  if (now === wanted) return
  const what =
    state.kind === 'missing'
      ? 'does not exist'
      : now === undefined
        ? 'has no AWSCURRENT version'
        : `has version ${now} as AWSCURRENT`
  throw new ActionError(
    `Secret ${request.secretId} ${what}, not version ${wanted} (\`if-current-version-id\`): nothing was written.`
  )
}

const none: Write = { kind: 'none' }

/** A staged version that will be the secret's first: AWS makes it AWSCURRENT too. */
function firstVersion(known: Known): boolean {
  const { state, meta } = known
  return state.kind === 'missing' || (meta !== undefined && holderOf(meta.versionStages, AWSCURRENT) === undefined)
}

function stagingNotes(known: Known, stages: readonly string[]): Note[] {
  const { state } = known
  return [
    ...(firstVersion(known)
      ? [
          {
            level: 'info' as const,
            text: `${FIRST_VERSION_NOTE}: the new version will carry AWSCURRENT as well as ${stages.join(', ')}${stages.includes(AWSPENDING) ? `; ${PENDING_OFF_NOTE}` : ''}.`
          }
        ]
      : []),
    ...(state.kind === 'unread' && state.describeDenied
      ? [
          {
            level: 'info' as const,
            text:
              'DescribeSecret was refused (AccessDenied): staging goes on without it, so the versions that had the labels ' +
              'and whether rotation is enabled are not known.'
          }
        ]
      : [])
  ]
}

function createWith(value: SecretValue | undefined): Write {
  return { kind: 'create', value }
}

/** The calls, in order: the value's write, then what follows it (metadata after a put, tags last). */
function stepsOf(known: Known, write: Write): Step[] {
  const { request, state, context, id } = known
  const tags = tagCalls(known)
  const metadata = metadataCall(known)
  switch (write.kind) {
    case 'none':
    case 'update': {
      const value = write.kind === 'update' ? write.value : undefined
      // One UpdateSecret carries the value and the metadata together: there is no in-between state.
      // Tags alone make no UpdateSecret: the one call is TagResource.
      const update =
        value || metadata
          ? updateCall(id, value, value ? context.token : undefined, known.description, known.kmsKeyId)
          : undefined
      const relabel = write.kind === 'none' ? relabelSteps(known, write.relabel) : []
      if (state.kind !== 'unread' || !request.createIfMissing)
        return [...relabel, ...(update ? [{ call: update, stores: value !== undefined }] : []), ...tags]
      const first = update ?? tags[0]?.call
      if (!first) return []
      return [
        { ...withCreateFallback(known, first, value), stores: value !== undefined },
        ...(update ? tags.map(unlessCreated) : [])
      ]
    }
    case 'create': {
      // Another writer may create it between the read and the create: then read again, and update.
      return [
        {
          ...createStep(request, createCall(request, write.value, write.value ? context.token : undefined)),
          stores: write.value !== undefined
        }
      ]
    }
    case 'stage': {
      const put: Step = { call: putVersion(id, write.value, context.token, write.stages), stores: true }
      // A first version is AWSCURRENT too: it loses AWSPENDING, as a promoted version does.
      const unpend = write.stages.includes(AWSPENDING) ? [removePending(id, context.token)] : []
      if (state.kind === 'missing') {
        // CreateSecret would make its value AWSCURRENT only: the secret is created empty, then the
        // version is put with the labels (and gets AWSCURRENT as well, as any first version does).
        return [createStep(request, createCall(request, undefined, undefined)), put, ...unpend]
      }
      const metadataSteps = metadata ? [{ call: metadata }] : []
      if (state.kind === 'unread') {
        const staged: Step = request.createIfMissing ? stageOrCreate(known, put, unpend) : put
        return [staged, ...metadataSteps, ...(request.createIfMissing ? tags.map(unlessCreated) : tags)]
      }
      return [...staleLabelSteps(known), put, ...(firstVersion(known) ? unpend : []), ...metadataSteps, ...tags]
    }
    case 'swap': {
      // A secret's first version gets AWSCURRENT from PutSecretValue itself: that is then the swap.
      const token = context.token
      const put: WriteCall = putVersion(id, write.value, token, [mergeLabel(token)])
      return [
        ...staleLabelSteps(known),
        write.from ? { call: put } : { call: put, swapTo: token, stores: true },
        ...(write.from ? [{ call: moveLabel(id, AWSCURRENT, token, write.from), swapTo: token, stores: true }] : []),
        ...(metadata ? [{ call: metadata }] : []),
        ...tags
      ]
    }
  }
}

/**
 * A planned create. Another writer may create the secret between the read and the create: then
 * read again, and update. With `if-exists: skip` or `fail`, apply tells that (and this run's own
 * create whose answer was lost) apart from an existing secret.
 */
function createStep(request: SecretRequest, call: WriteCall): Step {
  return request.ifExists === 'update'
    ? { call, replanOn: 'ResourceExistsException' }
    : { call, onExists: request.ifExists }
}

/**
 * The default path reads nothing: with `create-if-missing`, "not found" becomes a create, and
 * "already exists" (another writer created it meanwhile) the first call again.
 */
function withCreateFallback(known: Known, first: WriteCall, value: SecretValue | undefined): Step {
  const { request, context } = known
  const create: Step = {
    call: createCall(request, value, value ? context.token : undefined),
    fallback: {
      exception: 'ResourceExistsException',
      instead: [{ call: first }],
      note: `Secret ${request.secretId} was created by another writer meanwhile: updating it instead.`
    }
  }
  return {
    call: first,
    fallback: {
      exception: 'ResourceNotFoundException',
      instead: request.arn ? { fail: cannotCreateArn(request.secretId) } : [create]
    }
  }
}

/**
 * A staging run's labels, onto the version that holds the value it found equal: each moves from the
 * version that has it (a staged version this run does not stand for), or is added.
 */
function relabelSteps(known: Known, relabel: { to: string; stages: readonly string[] } | undefined): Step[] {
  const meta = known.meta
  if (!relabel || !meta) return []
  return relabel.stages.map((label) => {
    const from = holderOf(meta.versionStages, label)
    return {
      call: moveLabel(meta.arn, label, relabel.to, from),
      fallback: {
        exception: 'AccessDeniedException',
        instead: {
          fail:
            `The value equals AWSCURRENT (version ${relabel.to}), so no version was staged, but ${label} could not be moved to it ` +
            `(UpdateSecretVersionStage was refused)${from ? `: it is still on version ${from}, which a promotion of ${label} would make current` : ''}. ` +
            'Grant secretsmanager:UpdateSecretVersionStage, or remove the label.'
        }
      }
    }
  })
}

/** AWSPENDING off a version that is (or has just become) AWSCURRENT; refused when it is gone already: nothing left to do. */
function removePending(secretId: string, versionId: string): Step {
  return {
    call: moveLabel(secretId, AWSPENDING, undefined, versionId),
    fallback: { exception: 'InvalidParameterException', instead: [] }
  }
}

/** A blind staging write with `create-if-missing`: "not found" becomes a create without a value, then the put. */
function stageOrCreate(known: Known, put: Step, unpend: readonly Step[]): Step {
  const { request } = known
  const created: Step = {
    call: createCall(request, undefined, undefined),
    // Created by another writer meanwhile: the put goes ahead all the same.
    fallback: { exception: 'ResourceExistsException', instead: [] }
  }
  return {
    call: put.call,
    stores: true,
    fallback: {
      exception: 'ResourceNotFoundException',
      instead: request.arn ? { fail: cannotCreateArn(request.secretId) } : [created, put, ...unpend],
      note: `Secret ${request.secretId} does not exist: creating it without a value, then staging the version. ${FIRST_VERSION_NOTE}${unpend.length > 0 ? `; ${PENDING_OFF_NOTE}` : ''}.`
    }
  }
}

/** After a fallback that created the secret, its CreateSecret carried the tags already. */
function unlessCreated(step: Step): Step {
  return { ...step, unlessCreated: true }
}

/** UpdateSecret with the description and key alone, when either changes. */
function metadataCall(known: Known): WriteCall | undefined {
  const { description, kmsKeyId } = known
  return description || kmsKeyId ? updateCall(known.id, undefined, undefined, description, kmsKeyId) : undefined
}

/** TagResource with the tags to set (tags go last: a failure before them leaves them as they were). */
function tagCalls(known: Known): Step[] {
  return known.tags.length > 0
    ? [
        {
          call: tagCall(
            known.id,
            known.tags.map(({ key, to }) => ({ key, value: to }))
          )
        }
      ]
    : []
}

/** What the run reports when every step succeeds as planned; apply's answers fill in what AWS assigns. */
function outcomeOf(known: Known, write: Write): Outcome {
  const { request, state, context, meta, current } = known
  const stages = stagesOf(request)
  const newVersion = write.kind !== 'none' && (write.kind !== 'create' || write.value !== undefined)
  const value = request.write.kind === 'none' ? 'none' : newVersion ? 'new-version' : 'unchanged'
  const first = write.kind === 'stage' && firstVersion(known)
  const readCurrent = (meta && holderOf(meta.versionStages, AWSCURRENT)) ?? current?.versionId ?? ''
  const relabel = write.kind === 'none' ? write.relabel : undefined
  const labels: LabelMove[] =
    write.kind !== 'stage'
      ? relabel && meta
        ? relabel.stages.map((label) => labelMove(label, holderOf(meta.versionStages, label), relabel.to))
        : []
      : [...write.stages.filter((label) => !first || label !== AWSPENDING), ...(first ? [AWSCURRENT] : [])].map(
          (label) =>
            meta || state.kind === 'missing'
              ? labelMove(label, meta ? holderOf(meta.versionStages, label) : undefined, context.token)
              : { label, from: undefined, to: context.token, known: false }
        )
  return {
    arn: meta?.arn ?? (state.kind === 'missing' ? '' : request.secretId),
    name: meta?.name ?? request.secretId,
    // A new version's id is the token (AWS's answer confirms it); an equal value keeps the current
    // version's id for chained steps; no value given, no id.
    versionId: newVersion ? context.token : value === 'unchanged' ? (current?.versionId ?? '') : '',
    changed:
      state.kind === 'unread' ||
      write.kind !== 'none' ||
      labels.length > 0 ||
      known.description !== undefined ||
      known.kmsKeyId !== undefined ||
      known.tags.length > 0,
    dryRun: false,
    created: state.kind === 'missing',
    value,
    description: known.description,
    kmsKeyId: known.kmsKeyId,
    mergeAttempts: request.write.kind === 'merge' && !stages && meta ? context.attempt : undefined,
    tags: request.tags.length > 0 ? known.tags : undefined,
    stages,
    promotion: undefined,
    labels,
    // UpdateSecret with a value, and the swap, move AWSCURRENT from the version the read found.
    previousVersionId:
      write.kind === 'update' && meta
        ? (holderOf(meta.versionStages, AWSCURRENT) ?? '')
        : write.kind === 'swap'
          ? (write.from ?? '')
          : '',
    // A value made current is the new version; a staged one leaves AWSCURRENT where it was (unless first).
    currentVersionId:
      write.kind === 'update' || write.kind === 'swap' || first || (write.kind === 'create' && newVersion)
        ? context.token
        : readCurrent,
    readCurrentVersionId: readCurrent
  }
}

/**
 * A promotion: one UpdateSecretVersionStage moves AWSCURRENT onto the version, from the version
 * the read found it on (RemoveFromVersionId), which makes it a compare-and-swap: when another
 * writer moved AWSCURRENT meanwhile, apply reads again and this is planned again. Secrets Manager
 * moves AWSPREVIOUS itself. Then the version loses AWSPENDING, if it has it; the metadata comes last.
 */
function planPromotion(request: SecretRequest, promote: Promotion, state: SecretState, context: PlanContext): Plan {
  if (state.kind !== 'found') {
    throw new ActionError(
      `Secret ${request.secretId} was not described, so no version can be promoted: nothing was written.`
    )
  }
  const meta = state.meta
  const target =
    promote.kind === 'version-id'
      ? meta.versionStages[promote.versionId] !== undefined
        ? promote.versionId
        : undefined
      : holderOf(meta.versionStages, promote.stage)
  if (target === undefined) {
    throw new ActionError(
      promote.kind === 'version-id'
        ? `Secret ${meta.name} has no version ${promote.versionId} (among the versions with a staging label): nothing was written.`
        : `No version of secret ${meta.name} carries the label ${promote.stage}: nothing was written.`
    )
  }
  const targetStages = meta.versionStages[target] ?? []
  // Some endpoints (moto, LocalStack) list versions without a label, which AWS may delete at any time.
  if (targetStages.length === 0) {
    throw new ActionError(
      `Version ${target} of secret ${meta.name} has no staging label (a deprecated version, which Secrets Manager may delete): it cannot be promoted. Nothing was written.`
    )
  }
  const current = holderOf(meta.versionStages, AWSCURRENT)
  const alreadyCurrent = current === target
  // `if-current-version-id` holds when the version is already current: a rerun of a promotion that landed succeeds.
  if (request.ifCurrentVersionId !== undefined && !alreadyCurrent)
    checkCurrent(request, request.ifCurrentVersionId, state)
  if (!alreadyCurrent && current !== undefined) checkNotOlder(request, promote, state, target, current)
  const known: Known = {
    request,
    state,
    context,
    id: meta.arn,
    meta,
    current: undefined,
    description: metadataChange(request.description, meta.description, false),
    kmsKeyId: metadataChange(request.kmsKeyId, meta.kmsKeyId, false, sameKmsKey),
    tags: tagChanges(request.tags, meta.tags, false),
    notes: meta.rotationEnabled && targetStages.includes(AWSPENDING) ? [rotationNote(meta.name, true)] : []
  }
  const metadata = metadataCall(known)
  // The description, key and tags come after the move.
  const after: Step[] = [...(metadata ? [{ call: metadata }] : []), ...tagCalls(known)]
  const pending = targetStages.includes(AWSPENDING)
  if (alreadyCurrent)
    known.notes.push({
      level: 'info',
      text: `Version ${target} is already AWSCURRENT: nothing to promote${pending ? '; it loses AWSPENDING, as a promoted version does' : ''}.`
    })
  const steps: Step[] = alreadyCurrent
    ? [...(pending ? [removePending(meta.arn, target)] : []), ...after]
    : [
        ...staleLabelSteps(known),
        { call: moveLabel(meta.arn, AWSCURRENT, target, current), swapTo: target, swapBy: 'labels' },
        // Refused only when the label is no longer there (a retry after a lost answer): nothing to remove then.
        ...(pending
          ? [
              {
                call: moveLabel(meta.arn, AWSPENDING, undefined, target),
                fallback: { exception: 'InvalidParameterException', instead: [] }
              }
            ]
          : []),
        ...after
      ]
  return {
    kind: 'promote',
    steps,
    cleanup: [],
    notes: known.notes,
    outcome: {
      arn: meta.arn,
      name: meta.name,
      versionId: target,
      changed: steps.length > 0,
      dryRun: false,
      created: false,
      value: 'none',
      description: known.description,
      kmsKeyId: known.kmsKeyId,
      mergeAttempts: undefined,
      tags: request.tags.length > 0 ? known.tags : undefined,
      stages: undefined,
      promotion: { versionId: target, alreadyCurrent },
      labels: alreadyCurrent
        ? pending
          ? [labelMove(AWSPENDING, target, undefined)]
          : []
        : [
            labelMove(AWSCURRENT, current, target),
            ...(current ? [labelMove(AWSPREVIOUS, holderOf(meta.versionStages, AWSPREVIOUS), current)] : []),
            ...(pending ? [labelMove(AWSPENDING, target, undefined)] : [])
          ],
      previousVersionId: alreadyCurrent ? '' : (current ?? ''),
      currentVersionId: target,
      readCurrentVersionId: current ?? ''
    }
  }
}

/**
 * A promotion never discards a later change silently: the version to promote must not have been
 * created before the version that is AWSCURRENT (ListSecretVersionIds' CreatedDate; the same
 * instant is a tie, not older), unless the run asks for an older version on purpose: a rollback to
 * AWSPREVIOUS (by label or by its id), or a promotion that names the version it replaces
 * (`if-current-version-id`).
 */
function checkNotOlder(
  request: SecretRequest,
  promote: Promotion,
  state: Extract<SecretState, { kind: 'found' }>,
  target: string,
  current: string
): void {
  const meta = state.meta
  if (request.ifCurrentVersionId !== undefined) return
  if (promote.kind === 'stage' && promote.stage === AWSPREVIOUS) return
  if (holderOf(meta.versionStages, AWSPREVIOUS) === target) return
  const optIn =
    'To return to an older version on purpose, promote AWSPREVIOUS, or name the version it replaces with `if-current-version-id`.'
  const created = state.created
  if (created === undefined || created === 'denied') {
    throw new ActionError(
      `Cannot tell whether version ${target} is older than version ${current}, which is AWSCURRENT: ListSecretVersionIds was ${created === 'denied' ? 'refused (grant secretsmanager:ListSecretVersionIds)' : 'not read'}. Nothing was written. ${optIn}`
    )
  }
  const made = created[target]
  const now = created[current]
  if (!made || !now) {
    throw new ActionError(
      `ListSecretVersionIds gave no creation date for version ${made ? current : target} of secret ${meta.name}, so whether the promotion would discard a later version cannot be told. Nothing was written. ${optIn}`
    )
  }
  if (made.getTime() < now.getTime()) {
    throw new ActionError(
      `Version ${target} (created ${made.toISOString()}) is older than version ${current} (created ${now.toISOString()}), which is AWSCURRENT: ` +
        `promoting it would discard the later change. Nothing was written. ${optIn}`
    )
  }
}

function guardDeletion(meta: SecretMeta): void {
  if (meta.deletedDate) {
    throw new ActionError(
      `Secret ${meta.name} is scheduled for deletion (on ${meta.deletedDate.toISOString()}): nothing was written. ` +
        'Restore it first with `aws secretsmanager restore-secret`.'
    )
  }
}

function rotationNote(name: string, staging: boolean): Note {
  return staging
    ? {
        level: 'warning',
        text:
          `Rotation is enabled on secret ${name}: its rotation function owns the AWSPENDING label, ` +
          'and a rotation may replace or promote the version this step stages.'
      }
    : {
        level: 'warning',
        text: `Rotation is enabled on secret ${name}: its rotation function may overwrite the value this step writes.`
      }
}

function stagesOf(request: SecretRequest): readonly string[] | undefined {
  return request.write.kind === 'value' || request.write.kind === 'merge' ? request.write.stages : undefined
}

function labelMove(label: string, from: string | undefined, to: string | undefined): LabelMove {
  return { label, from, to, known: true }
}

function mergeLabel(token: string): string {
  return `${MERGE_LABEL_PREFIX}${token}`.slice(0, 256)
}

/**
 * Removals of the merge labels interrupted runs left (a secret carries at most 20 labels in all),
 * before a write that adds a label or moves one. Another run may remove the same label first:
 * then the call is refused, and there is nothing left to do.
 */
function staleLabelSteps(known: Known): Step[] {
  const { meta, context } = known
  if (!meta) return []
  return staleMergeLabels(meta.versionStages, context.now, context.staleLabelMs).map(({ label, versionId }) => ({
    call: moveLabel(meta.arn, label, undefined, versionId),
    fallback: { exception: 'InvalidParameterException', instead: [] }
  }))
}

/** Merge labels (of this action's own pattern) older than `maxAgeMs`, by the time in their UUIDv7. */
export function staleMergeLabels(
  versionStages: Readonly<Record<string, readonly string[]>>,
  now: number,
  maxAgeMs: number
): { label: string; versionId: string }[] {
  const stale: { label: string; versionId: string }[] = []
  for (const [versionId, stages] of Object.entries(versionStages)) {
    for (const label of stages) {
      const made = label.startsWith(MERGE_LABEL_PREFIX) ? uuidv7Time(label.slice(MERGE_LABEL_PREFIX.length)) : undefined
      if (made !== undefined && now - made > maxAgeMs) stale.push({ label, versionId })
    }
  }
  return stale
}

/** A metadata field to send: left out when `skip-unchanged` finds it equal to the stored one. */
export function metadataChange(
  wanted: string | undefined,
  stored: string | undefined,
  skipEqual: boolean,
  same: (wanted: string, stored: string | undefined) => boolean = (w, s) => w === (s ?? '')
): Change | undefined {
  if (wanted === undefined) return undefined
  if (skipEqual && same(wanted, stored)) return undefined
  return { from: stored, to: wanted }
}

const AWS_MANAGED_KEY = 'alias/aws/secretsmanager'

/**
 * Whether a `kms-key-id` names the key DescribeSecret reports: DescribeSecret leaves KmsKeyId out
 * for the AWS managed key, and may give an ARN where the input gave an alias or a key id.
 */
export function sameKmsKey(wanted: string, stored: string | undefined): boolean {
  const have = stored ?? AWS_MANAGED_KEY
  if (wanted === have) return true
  // `alias/x` or a key id matches the ARN that ends in it (`...:alias/x`, `...:key/<id>`).
  return have.startsWith('arn:') && (have.endsWith(`:${wanted}`) || have.endsWith(`:key/${wanted}`))
}

function tagCall(secretId: string, tags: readonly Tag[]): WriteCall {
  return { op: 'tag', secretId, tags }
}

function updateCall(
  secretId: string,
  value: SecretValue | undefined,
  token: string | undefined,
  description: Change | undefined,
  kmsKeyId: Change | undefined
): WriteCall {
  return { op: 'update', secretId, value, token, description: description?.to, kmsKeyId: kmsKeyId?.to }
}

function createCall(request: SecretRequest, value: SecretValue | undefined, token: string | undefined): WriteCall {
  return {
    op: 'create',
    name: request.secretId,
    value,
    token,
    description: request.description,
    kmsKeyId: request.kmsKeyId,
    tags: request.tags,
    replicas: request.replicas,
    forceOverwrite: request.forceOverwriteReplica
  }
}

function putVersion(secretId: string, value: SecretValue, token: string, stages: readonly string[]): WriteCall {
  return { op: 'put-version', secretId, value, token, stages }
}

function moveLabel(secretId: string, label: string, to: string | undefined, from: string | undefined): WriteCall {
  return { op: 'move-label', secretId, label, to, from }
}

function cannotCreateArn(secretId: string): string {
  return `Secret ${secretId} does not exist, and an ARN cannot name a secret to create (its suffix is chosen by AWS): use the secret's name as \`secret-id\`.`
}

/** A merged value, checked against Secrets Manager's size limit before anything is written. */
function mergedValue(merged: JsonObject): SecretValue {
  const text = JSON.stringify(merged)
  const bytes = Buffer.byteLength(text, 'utf8')
  if (bytes > MAX_VALUE_BYTES) {
    throw new ActionError(
      `The merged value would be ${bytes} bytes; Secrets Manager takes at most ${MAX_VALUE_BYTES}: nothing was written (the value is not shown).`
    )
  }
  return { kind: 'text', text }
}

/** AWSCURRENT's JSON object, for a merge; undefined when the secret has no current value. */
function currentObject(current: CurrentVersion | undefined, attempt: number): JsonObject | undefined {
  if (!current?.value) return undefined
  const object = current.value.kind === 'text' ? parseJsonObject(current.value.text) : undefined
  if (!object) {
    const when =
      attempt > 1
        ? 'another writer replaced it during the merge. No value of this run is current: the versions its earlier attempts wrote lost the race and carry no label'
        : 'nothing was written'
    throw new ActionError(
      `The current value (AWSCURRENT) is not a JSON object, so \`json-merge\` cannot merge into it; ${when} (the value is not shown).`
    )
  }
  return object
}

function sameValueAs(value: SecretValue, current: CurrentVersion): boolean {
  const stored = current.value
  if (!stored) return false
  return sameValue(value, stored.kind === 'text' ? { secretString: stored.text } : { secretBinary: stored.bytes })
}
