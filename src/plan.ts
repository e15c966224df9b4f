/**
 * plan: pure. From the request, what read found and a fresh version token, the calls to make and
 * the outcome to report. Every check that can fail is made here, before any write: a secret
 * scheduled for deletion, an ARN that cannot be created, a merge onto a value that is not a JSON
 * object. Every option is a variation of the plan: `dry-run` reports it and applies nothing,
 * `skip-unchanged` leaves out the value call, `create-if-missing` plans a create, `json-merge`
 * plans a compare-and-swap, `version-stages` plans a put with labels, a promotion plans a label move.
 */
import { jsonEqual, mergePatch, parseJsonObject, sameValue, type JsonObject } from './json.js'
import { ActionError } from './errors.js'
import { MAX_VALUE_BYTES } from './settings.js'
import { tagChanges } from './tags.js'
import { AWSCURRENT, AWSPENDING, AWSPREVIOUS, holderOf } from './types.js'
import type {
  Change,
  CurrentVersion,
  LabelMove,
  Note,
  Outcome,
  Plan,
  SecretMeta,
  SecretRequest,
  SecretState,
  SecretValue,
  Step,
  TagChange,
  WriteCall
} from './types.js'

export interface PlanContext {
  /** The version id of a new version: the request's `client-request-token`, or a fresh one. */
  readonly token: string
  /** The merge attempt this plan is for: 1, then one more each time another writer got there first. */
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

/** What a plan of a secret that was read reports before its value is decided. */
type Found = Omit<Outcome, 'versionId' | 'changed' | 'value'>

export function planWrite(request: SecretRequest, state: SecretState, context: PlanContext): Plan {
  if (request.promote) return planPromotion(request, state, context)
  switch (state.kind) {
    case 'unread':
      return request.versionStages
        ? planBlindStage(request, request.versionStages, state.describeDenied === true, context)
        : planBlind(request, context)
    case 'missing':
      return planCreate(request, context)
    case 'found':
      return planFound(request, state.meta, state.current, context)
  }
}

/**
 * The default path reads nothing: one UpdateSecret. With `create-if-missing`, "not found" becomes a
 * create, and "already exists" (another writer created it meanwhile) the update again.
 */
function planBlind(request: SecretRequest, context: PlanContext): Plan {
  const token = request.value ? context.token : undefined
  const hasUpdate = request.value !== undefined || request.description !== undefined || request.kmsKeyId !== undefined
  const tag = request.tags.length > 0 ? tagCall(request.secretId, request.tags) : undefined
  // Tags alone make no UpdateSecret: the one call is TagResource. Otherwise tags follow the value.
  const first =
    hasUpdate || !tag ? updateCall(request.secretId, request.value, token, request.description, request.kmsKeyId) : tag
  let step: Step = { call: first }
  if (request.createIfMissing) {
    const create: Step = {
      call: createCall(request, request.value, token),
      fallback: {
        exception: 'ResourceExistsException',
        instead: { call: first },
        note: `Secret ${request.secretId} was created by another writer meanwhile: updating it instead.`
      }
    }
    step = {
      call: first,
      fallback: {
        exception: 'ResourceNotFoundException',
        instead: request.secretIdIsArn ? { fail: cannotCreateArn(request.secretId) } : create
      }
    }
  }
  // After a fallback that created the secret, its CreateSecret carried the tags already.
  const tagStep: Step[] =
    tag && first !== tag ? [{ call: tag, ...(request.createIfMissing ? { unlessCreated: true } : {}) }] : []
  return {
    steps: [step, ...tagStep],
    cleanup: [],
    notes: [],
    outcome: {
      ...base(request),
      arn: request.secretId,
      name: request.secretId,
      versionId: '',
      changed: true,
      value: request.value ? 'new-version' : 'none',
      description: change(request.description, undefined),
      kmsKeyId: change(request.kmsKeyId, undefined),
      tags: tagsOutcome(request, tagChanges(request.tags, undefined, false))
    }
  }
}

/** The secret does not exist and `create-if-missing` is on (read found it missing). */
function planCreate(request: SecretRequest, context: PlanContext): Plan {
  if (request.secretIdIsArn) throw new ActionError(cannotCreateArn(request.secretId))
  const value = request.jsonMerge ? mergedText({}, patchOf(request)) : request.value
  const token = value ? context.token : undefined
  if (request.versionStages && value) {
    // CreateSecret would make its value AWSCURRENT only: the secret is created empty, then the
    // version is put with the labels (and gets AWSCURRENT as well, as any first version does).
    const stages = request.versionStages
    return {
      steps: [
        { call: createCall(request, undefined, undefined), replanOn: 'ResourceExistsException' },
        { call: putVersion(request.secretId, value, context.token, stages) }
      ],
      cleanup: [],
      notes: [
        {
          level: 'info',
          text: `${FIRST_VERSION_NOTE}: the new version will carry AWSCURRENT as well as ${stages.join(', ')}.`
        }
      ],
      outcome: {
        ...base(request),
        arn: '',
        name: request.secretId,
        versionId: request.dryRun ? '' : context.token,
        changed: true,
        created: true,
        value: 'new-version',
        description: change(request.description, undefined),
        kmsKeyId: change(request.kmsKeyId, undefined),
        stages,
        labels: [...stages, AWSCURRENT].map((label) => labelMove(label, undefined, context.token)),
        tags: tagsOutcome(request, tagChanges(request.tags, undefined, false))
      }
    }
  }
  return {
    // Another writer may create it between the read and the create: then read again, and update.
    steps: [{ call: createCall(request, value, token), replanOn: 'ResourceExistsException' }],
    cleanup: [],
    notes: [],
    outcome: {
      ...base(request),
      arn: '',
      name: request.secretId,
      versionId: '',
      changed: true,
      created: true,
      value: value ? 'new-version' : 'none',
      description: change(request.description, undefined),
      kmsKeyId: change(request.kmsKeyId, undefined),
      tags: tagsOutcome(request, tagChanges(request.tags, undefined, false))
    }
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

function planFound(
  request: SecretRequest,
  meta: SecretMeta,
  current: CurrentVersion | undefined,
  context: PlanContext
): Plan {
  guardDeletion(meta)
  const notes: Note[] = []
  if (meta.rotationEnabled) {
    notes.push(
      request.versionStages?.includes(AWSPENDING)
        ? pendingOwnedByRotation(meta.name)
        : {
            level: 'warning',
            text: `Rotation is enabled on secret ${meta.name}: its rotation function may overwrite the value this step writes.`
          }
    )
  }
  const skip = request.skipUnchanged
  const description = metadataChange(request.description, meta.description, skip)
  const kmsKeyId = metadataChange(request.kmsKeyId, meta.kmsKeyId, skip, sameKmsKey)
  const metadata: Step[] =
    description || kmsKeyId ? [{ call: updateCall(meta.arn, undefined, undefined, description?.to, kmsKeyId?.to) }] : []
  const tags = tagChanges(request.tags, meta.tags, skip)
  // Tags go last: a failure before them leaves the value written and the tags as they were.
  const tagging: Step[] =
    tags.length > 0
      ? [
          {
            call: tagCall(
              meta.arn,
              tags.map(({ key, to }) => ({ key, value: to }))
            )
          }
        ]
      : []
  const found: Found = {
    ...base(request),
    arn: meta.arn,
    name: meta.name,
    description,
    kmsKeyId,
    tags: tagsOutcome(request, tags)
  }
  if (request.versionStages) {
    return planStage(request, request.versionStages, meta, current, context, found, [...metadata, ...tagging], notes)
  }
  if (request.jsonMerge) return planMerge(request, meta, current, context, found, [...metadata, ...tagging], notes)

  const value = request.value
  const unchanged =
    value !== undefined && skip && current?.value !== undefined && sameValue(value, storedOf(current.value))
  if (unchanged)
    notes.push({ level: 'info', text: 'The value equals the current one (AWSCURRENT): no new version is written.' })
  const send = value !== undefined && !unchanged
  // One UpdateSecret carries the value and the metadata together: there is no in-between state.
  const steps: Step[] = [
    ...(send || metadata.length > 0
      ? [
          {
            call: updateCall(
              meta.arn,
              send ? value : undefined,
              send ? context.token : undefined,
              description?.to,
              kmsKeyId?.to
            )
          }
        ]
      : []),
    ...tagging
  ]
  const changed = steps.length > 0
  return {
    steps,
    cleanup: [],
    notes,
    outcome: {
      ...found,
      // An equal value keeps the current version's id for chained steps; no value given, no id.
      versionId: request.dryRun ? '' : send ? context.token : value ? (current?.versionId ?? '') : '',
      changed,
      value: value === undefined ? 'none' : unchanged ? 'unchanged' : 'new-version',
      // UpdateSecret with a value moves AWSCURRENT from the version the read found.
      previousVersionId: send && !request.dryRun ? (holderOf(meta.versionStages, AWSCURRENT) ?? '') : ''
    }
  }
}

/**
 * RFC 7396 merge onto AWSCURRENT with no lost update. UpdateSecret has no condition, but moving
 * AWSCURRENT with UpdateSecretVersionStage and RemoveFromVersionId is a compare-and-swap: it fails
 * when AWSCURRENT is no longer on the version the merge was computed from. So the merged value is
 * written under a label of its own, AWSCURRENT is swapped onto it, and the label always comes off.
 *
 * The metadata goes after the value: if it then fails, the merged value is current and only the
 * description or key is left to apply (the error says so), which a rerun does; the other order
 * would leave new metadata on an old value. A new KMS key re-encrypts AWSCURRENT and AWSPREVIOUS,
 * so the merged version ends under the new key either way.
 */
function planMerge(
  request: SecretRequest,
  meta: SecretMeta,
  current: CurrentVersion | undefined,
  context: PlanContext,
  found: Found,
  /** The description, key and tags: after the value. */
  metadata: Step[],
  notes: Note[]
): Plan {
  const patch = patchOf(request)
  const stored = currentObject(current, context.attempt)
  const merged = mergePatch(stored, patch) as JsonObject
  const unchanged = current !== undefined && jsonEqual(merged, stored)
  if (unchanged && request.skipUnchanged) {
    notes.push({
      level: 'info',
      text: 'The merged value equals the current one (AWSCURRENT): no new version is written.'
    })
    return planUnchanged(request, current, { ...found, mergeAttempts: context.attempt }, metadata, notes)
  }

  const token = context.token
  const label = `${MERGE_LABEL_PREFIX}${token}`.slice(0, 256)
  // Numbers are raw JSON (see json.ts): they are written back exactly as they were read.
  const value = mergedValue(merged)
  const steps: Step[] = [
    ...staleLabelSteps(meta, context),
    // A secret's first version gets AWSCURRENT from PutSecretValue itself: that is then the swap.
    current
      ? { call: { op: 'put-version', secretId: meta.arn, value, token, stages: [label] } }
      : { call: { op: 'put-version', secretId: meta.arn, value, token, stages: [label] }, swapTo: token },
    ...(current ? [{ call: moveLabel(meta.arn, AWSCURRENT, token, current.versionId), swapTo: token }] : []),
    ...metadata
  ]
  return {
    steps,
    cleanup: [moveLabel(meta.arn, label, undefined, token)],
    notes,
    outcome: {
      ...found,
      versionId: request.dryRun ? '' : token,
      changed: true,
      value: 'new-version',
      mergeAttempts: context.attempt,
      previousVersionId: request.dryRun ? '' : (current?.versionId ?? '')
    }
  }
}

/**
 * `version-stages` on a secret that was read: one PutSecretValue with the labels; AWSCURRENT does
 * not move. A merge is computed from AWSCURRENT as usual, and needs no compare-and-swap, since
 * nothing becomes current. Metadata goes after the value, as for a merge.
 */
function planStage(
  request: SecretRequest,
  stages: readonly string[],
  meta: SecretMeta,
  current: CurrentVersion | undefined,
  context: PlanContext,
  found: Found,
  metadata: Step[],
  notes: Note[]
): Plan {
  let value: SecretValue
  let unchanged: boolean
  if (request.jsonMerge) {
    const stored = currentObject(current, context.attempt)
    const merged = mergePatch(stored, patchOf(request)) as JsonObject
    value = mergedValue(merged)
    unchanged = current !== undefined && jsonEqual(merged, stored)
  } else {
    value = request.value!
    unchanged = current?.value !== undefined && sameValue(value, storedOf(current.value))
  }
  if (unchanged && request.skipUnchanged) {
    notes.push({ level: 'info', text: 'The value equals the current one (AWSCURRENT): no version is staged.' })
    return planUnchanged(request, current, { ...found, stages }, metadata, notes)
  }
  const first = holderOf(meta.versionStages, AWSCURRENT) === undefined
  if (first)
    notes.push({
      level: 'info',
      text: `${FIRST_VERSION_NOTE}: the new version will carry AWSCURRENT as well as ${stages.join(', ')}.`
    })
  return {
    steps: [
      ...staleLabelSteps(meta, context),
      { call: putVersion(meta.arn, value, context.token, stages) },
      ...metadata
    ],
    cleanup: [],
    notes,
    outcome: {
      ...found,
      versionId: request.dryRun ? '' : context.token,
      changed: true,
      value: 'new-version',
      stages,
      labels: [...stages, ...(first ? [AWSCURRENT] : [])].map((label) =>
        labelMove(label, holderOf(meta.versionStages, label), context.token)
      )
    }
  }
}

/**
 * `version-stages` without a read (DescribeSecret refused): the same put, blind. With
 * `create-if-missing`, "not found" becomes: create the secret without a value, then the put.
 */
function planBlindStage(
  request: SecretRequest,
  stages: readonly string[],
  describeDenied: boolean,
  context: PlanContext
): Plan {
  const put: Step = { call: putVersion(request.secretId, request.value!, context.token, stages) }
  const notes: Note[] = describeDenied
    ? [
        {
          level: 'info',
          text:
            'DescribeSecret was refused (AccessDenied): staging goes on without it, so the versions that had the labels ' +
            'and whether rotation is enabled are not known.'
        }
      ]
    : []
  const created: Step = {
    call: createCall(request, undefined, undefined),
    // Created by another writer meanwhile: the put goes ahead all the same.
    fallback: { exception: 'ResourceExistsException', instead: [] }
  }
  const step: Step = request.createIfMissing
    ? {
        call: put.call,
        fallback: {
          exception: 'ResourceNotFoundException',
          instead: request.secretIdIsArn ? { fail: cannotCreateArn(request.secretId) } : [created, put],
          note: `Secret ${request.secretId} does not exist: creating it without a value, then staging the version. ${FIRST_VERSION_NOTE}.`
        }
      }
    : put
  const metadata: Step[] =
    request.description !== undefined || request.kmsKeyId !== undefined
      ? [{ call: updateCall(request.secretId, undefined, undefined, request.description, request.kmsKeyId) }]
      : []
  // After a fallback that created the secret, its CreateSecret carried the tags already.
  const tagging: Step[] =
    request.tags.length > 0
      ? [{ call: tagCall(request.secretId, request.tags), ...(request.createIfMissing ? { unlessCreated: true } : {}) }]
      : []
  return {
    steps: [step, ...metadata, ...tagging],
    cleanup: [],
    notes,
    outcome: {
      ...base(request),
      arn: request.secretId,
      name: request.secretId,
      versionId: context.token,
      changed: true,
      value: 'new-version',
      description: change(request.description, undefined),
      kmsKeyId: change(request.kmsKeyId, undefined),
      stages,
      labels: stages.map((label) => ({ label, from: undefined, to: context.token, known: false })),
      tags: tagsOutcome(request, tagChanges(request.tags, undefined, false))
    }
  }
}

/**
 * A promotion: one UpdateSecretVersionStage moves AWSCURRENT onto the version, from the version
 * the read found it on (RemoveFromVersionId), which makes it a compare-and-swap: when another
 * writer moved AWSCURRENT meanwhile, apply reads again and this is planned again. Secrets Manager
 * moves AWSPREVIOUS itself. Then the version loses AWSPENDING, if it has it; the metadata comes last.
 */
function planPromotion(request: SecretRequest, state: SecretState, context: PlanContext): Plan {
  if (state.kind !== 'found') {
    throw new ActionError(
      `Secret ${request.secretId} was not described, so no version can be promoted: nothing was written.`
    )
  }
  const meta = state.meta
  guardDeletion(meta)
  const promote = request.promote!
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
  const notes: Note[] = []
  if (meta.rotationEnabled && targetStages.includes(AWSPENDING)) notes.push(pendingOwnedByRotation(meta.name))
  const description = metadataChange(request.description, meta.description, false)
  const kmsKeyId = metadataChange(request.kmsKeyId, meta.kmsKeyId, false, sameKmsKey)
  const tags = tagChanges(request.tags, meta.tags, false)
  // The description, key and tags come after the move.
  const metadata: Step[] = [
    ...(description || kmsKeyId
      ? [{ call: updateCall(meta.arn, undefined, undefined, description?.to, kmsKeyId?.to) }]
      : []),
    ...(tags.length > 0 ? [{ call: tagCall(meta.arn, request.tags) }] : [])
  ]
  const found = {
    ...base(request),
    arn: meta.arn,
    name: meta.name,
    description,
    kmsKeyId,
    tags: tagsOutcome(request, tags),
    versionId: target,
    value: 'none' as const
  }
  const current = holderOf(meta.versionStages, AWSCURRENT)
  if (current === target) {
    notes.push({ level: 'info', text: `Version ${target} is already AWSCURRENT: nothing to promote.` })
    return {
      steps: metadata,
      cleanup: [],
      notes,
      outcome: { ...found, changed: metadata.length > 0, promotion: { versionId: target, alreadyCurrent: true } }
    }
  }
  const pending = targetStages.includes(AWSPENDING)
  return {
    steps: [
      ...staleLabelSteps(meta, context),
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
      ...metadata
    ],
    cleanup: [],
    notes,
    outcome: {
      ...found,
      changed: true,
      promotion: { versionId: target, alreadyCurrent: false },
      labels: [
        labelMove(AWSCURRENT, current, target),
        ...(current ? [labelMove(AWSPREVIOUS, holderOf(meta.versionStages, AWSPREVIOUS), current)] : []),
        ...(pending ? [labelMove(AWSPENDING, target, undefined)] : [])
      ],
      previousVersionId: request.dryRun ? '' : (current ?? '')
    }
  }
}

function pendingOwnedByRotation(name: string): Note {
  return {
    level: 'warning',
    text:
      `Rotation is enabled on secret ${name}: its rotation function owns the AWSPENDING label, ` +
      'and a rotation may replace or promote the version this step stages.'
  }
}

function labelMove(label: string, from: string | undefined, to: string | undefined): LabelMove {
  return { label, from, to, known: true }
}

function putVersion(secretId: string, value: SecretValue, token: string, stages: readonly string[]): WriteCall {
  return { op: 'put-version', secretId, value, token, stages }
}

/** `skip-unchanged` found the value equal: only the metadata, and the current version's id for chained steps. */
function planUnchanged(
  request: SecretRequest,
  current: CurrentVersion | undefined,
  found: Found,
  metadata: Step[],
  notes: Note[]
): Plan {
  return {
    steps: metadata,
    cleanup: [],
    notes,
    outcome: {
      ...found,
      versionId: request.dryRun ? '' : (current?.versionId ?? ''),
      changed: metadata.length > 0,
      value: 'unchanged'
    }
  }
}

/**
 * Removals of the merge labels interrupted runs left (a secret carries at most 20 labels in all),
 * before a write that adds a label or moves one. Another run may remove the same label first:
 * then the call is refused, and there is nothing left to do.
 */
function staleLabelSteps(meta: SecretMeta, context: PlanContext): Step[] {
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

/** The millisecond timestamp in a UUIDv7's first 48 bits; undefined for anything else. */
export function uuidv7Time(id: string): number | undefined {
  const m = /^([0-9a-f]{8})-([0-9a-f]{4})-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.exec(id)
  return m ? parseInt(m[1]! + m[2]!, 16) : undefined
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

function base(
  request: SecretRequest
): Pick<
  Outcome,
  'dryRun' | 'created' | 'mergeAttempts' | 'stages' | 'promotion' | 'labels' | 'previousVersionId' | 'tags'
> {
  return {
    dryRun: request.dryRun,
    created: false,
    mergeAttempts: undefined,
    stages: undefined,
    promotion: undefined,
    labels: [],
    previousVersionId: '',
    tags: undefined
  }
}

/** The outcome's tags: undefined when the request gave none. */
function tagsOutcome(request: SecretRequest, changes: TagChange[]): TagChange[] | undefined {
  return request.tags.length > 0 ? changes : undefined
}

function tagCall(secretId: string, tags: readonly { key: string; value: string }[]): WriteCall {
  return { op: 'tag', secretId, tags }
}

function change(to: string | undefined, from: string | undefined): Change | undefined {
  return to === undefined ? undefined : { from, to }
}

function updateCall(
  secretId: string,
  value: SecretValue | undefined,
  token: string | undefined,
  description: string | undefined,
  kmsKeyId: string | undefined
): WriteCall {
  return { op: 'update', secretId, value, token, description, kmsKeyId }
}

function createCall(request: SecretRequest, value: SecretValue | undefined, token: string | undefined): WriteCall {
  return {
    op: 'create',
    name: request.secretId,
    value,
    token,
    description: request.description,
    kmsKeyId: request.kmsKeyId,
    tags: request.tags
  }
}

function moveLabel(secretId: string, label: string, to: string | undefined, from: string | undefined): WriteCall {
  return { op: 'move-label', secretId, label, to, from }
}

function cannotCreateArn(secretId: string): string {
  return `Secret ${secretId} does not exist, and an ARN cannot name a secret to create (its suffix is chosen by AWS): use the secret's name as \`secret-id\`.`
}

function patchOf(request: SecretRequest): JsonObject {
  const patch = request.value?.kind === 'text' ? parseJsonObject(request.value.text) : undefined
  if (!patch) throw new ActionError('The `json-merge` patch is not a JSON object (its text is not shown).')
  return patch
}

function mergedText(target: JsonObject, patch: JsonObject): SecretValue {
  return mergedValue(mergePatch(target, patch) as JsonObject)
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

function currentObject(current: CurrentVersion | undefined, attempt: number): JsonObject {
  if (!current?.value) return {}
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

function storedOf(value: SecretValue): { secretString?: string; secretBinary?: Uint8Array } {
  return value.kind === 'text' ? { secretString: value.text } : { secretBinary: value.bytes }
}
