// plan() as a table: request × what read found → the calls, in order, and the outcome reported.
// Each flow of the action is a row here; write.test.ts drives the same flows through a mocked
// client and the integration suites through the bundle against moto.
import { describe, expect, it } from '@jest/globals'
import { dryRunOf } from '../src/outcome.js'
import {
  FIRST_VERSION_NOTE,
  PENDING_OFF_NOTE,
  metadataChange,
  planWrite,
  sameKmsKey,
  staleMergeLabels,
  type PlanContext
} from '../src/plan.js'
import type { CurrentVersion, Outcome, ReplicaRegion, SecretMeta, SecretState, Step, WriteCall } from '../src/types.js'
import { uuidv7Time } from '../src/version-id.js'
import { request as secretRequest, type RequestOptions } from '../__fixtures__/requests.js'

const NAME = 'app/db'
const ARN = 'arn:aws:secretsmanager:us-east-1:123456789012:secret:app/db-AbCdEf'
const TOKEN = '0190b6a0-0000-7000-8000-00000000a0a0'
const NOW = Date.UTC(2026, 11, 1, 12, 0, 0)
const HOUR = 3_600_000
const CONTEXT: PlanContext = { token: TOKEN, attempt: 1, now: NOW, staleLabelMs: HOUR }

/** A row's options: the request's, and whether the row is a dry run (planned alike, reported as one). */
type Options = Partial<RequestOptions> & { readonly dryRun?: boolean }

function request({ dryRun: _dryRun, ...over }: Options = {}): ReturnType<typeof secretRequest> {
  return secretRequest({ secretId: NAME, value: { kind: 'text', text: 'new-value' }, ...over })
}

function meta(over: Partial<SecretMeta> = {}): SecretMeta {
  return {
    arn: ARN,
    name: NAME,
    description: 'old description',
    kmsKeyId: 'alias/old',
    rotationEnabled: false,
    deletedDate: undefined,
    versionStages: { v1: ['AWSCURRENT'] },
    tags: [],
    ...over
  }
}

const UNREAD: SecretState = { kind: 'unread' }
const MISSING: SecretState = { kind: 'missing' }
/** What read found; ListSecretVersionIds' dates, one second apart, in the order the versions are listed. */
function found(current: CurrentVersion | undefined, over: Partial<SecretMeta> = {}): SecretState {
  const m = meta(over)
  const created = Object.fromEntries(Object.keys(m.versionStages).map((id, i) => [id, new Date(NOW + i * 1000)]))
  return { kind: 'found', meta: m, current, created }
}
const text = (versionId: string, t: string): CurrentVersion => ({ versionId, value: { kind: 'text', text: t } })

/** A call in a short form written by hand in the table below. */
function show(call: WriteCall): string {
  const value =
    'value' in call && call.value ? (call.value.kind === 'text' ? `"${call.value.text}"` : 'bytes') : undefined
  switch (call.op) {
    case 'update':
    case 'create': {
      const fields = [
        value,
        call.token && `token=${call.token === TOKEN ? 'T' : call.token}`,
        call.description !== undefined && `description="${call.description}"`,
        call.kmsKeyId !== undefined && `kms=${call.kmsKeyId}`,
        call.op === 'create' && call.tags.length > 0 && `tags=${call.tags.map((t) => `${t.key}=${t.value}`).join(',')}`,
        call.op === 'create' && call.replicas.length > 0 && `replicas=${showReplicas(call.replicas)}`,
        call.op === 'create' && call.forceOverwrite && 'force'
      ].filter(Boolean)
      return `${call.op} ${call.op === 'create' ? call.name : call.secretId === ARN ? 'ARN' : call.secretId}(${fields.join(' ')})`
    }
    case 'put-version':
      return `put ${value} token=${call.token === TOKEN ? 'T' : call.token} [${call.stages.join(',').replace(TOKEN, 'T')}]`
    case 'move-label':
      return `label ${call.label.replace(TOKEN, 'T')} ${call.to ? `to ${call.to.replace(TOKEN, 'T')} ` : ''}${call.from ? `from ${call.from.replace(TOKEN, 'T')}` : ''}`.trim()
    case 'tag':
      return `tag ${call.secretId === ARN ? 'ARN' : call.secretId}(${call.tags.map((t) => `${t.key}=${t.value}`).join(',')})`
    case 'replicate':
      return `replicate ${call.secretId === ARN ? 'ARN' : call.secretId}(${showReplicas(call.replicas)}${call.forceOverwrite ? ' force' : ''})`
  }
}
function showReplicas(replicas: readonly ReplicaRegion[]): string {
  return replicas.map((r) => (r.kmsKeyId ? `${r.region}:${r.kmsKeyId}` : r.region)).join(',')
}
function showInstead(instead: NonNullable<Step['fallback']>['instead']): string {
  if ('fail' in instead) return 'fail'
  return instead.length === 0 ? 'go on' : instead.map(showStep).join(', then ')
}
function showStep(step: Step): string {
  const extra = [
    step.fallback && `on ${step.fallback.exception}: ${showInstead(step.fallback.instead)}`,
    step.replanOn && `on ${step.replanOn}: read again`,
    step.swapTo && (step.swapBy === 'labels' ? 'swap, settled by labels' : 'swap'),
    step.unlessCreated && 'unless created',
    step.onExists && `on ResourceExistsException: ${step.onExists} unless this run's own`
  ].filter(Boolean)
  return extra.length ? `${show(step.call)} {${extra.join('; ')}}` : show(step.call)
}

type Row = [string, Options, SecretState, string[], Partial<Outcome>, string[]?]

const MERGED = '{"a":"1","b":"2"}'
const TAGS = [
  { key: 'team', value: 'pay' },
  { key: 'env', value: 'prod' }
]
const rows: Row[] = [
  // The default path: nothing read, one UpdateSecret.
  [
    'plain value',
    {},
    UNREAD,
    ['update app/db("new-value" token=T)'],
    // The version id asked for; AWS's answer confirms it.
    { versionId: TOKEN, value: 'new-version', changed: true, created: false }
  ],
  [
    'plain value with a description and a key: one call',
    { description: 'd', kmsKeyId: 'alias/k' },
    UNREAD,
    ['update app/db("new-value" token=T description="d" kms=alias/k)'],
    { description: { from: undefined, to: 'd' }, kmsKeyId: { from: undefined, to: 'alias/k' } }
  ],
  [
    'description only: no value, no token',
    { value: undefined, description: 'd' },
    UNREAD,
    ['update app/db(description="d")'],
    { value: 'none' }
  ],
  [
    'plain → not found → create → already exists → update',
    { createIfMissing: true },
    UNREAD,
    [
      'update app/db("new-value" token=T) {on ResourceNotFoundException: create app/db("new-value" token=T) {on ResourceExistsException: update app/db("new-value" token=T)}}'
    ],
    { created: false }
  ],
  [
    'plain with an ARN that cannot be created: not found → fail',
    { createIfMissing: true, secretId: ARN },
    UNREAD,
    ['update ARN("new-value" token=T) {on ResourceNotFoundException: fail}'],
    {}
  ],
  // Read first.
  [
    'read-first update (dry-run aside): the value and changed metadata in one call',
    { skipUnchanged: true, description: 'new', kmsKeyId: 'alias/old' },
    found(text('v1', 'old-value')),
    ['update ARN("new-value" token=T description="new")'],
    {
      arn: ARN,
      versionId: TOKEN,
      description: { from: 'old description', to: 'new' },
      kmsKeyId: undefined,
      value: 'new-version'
    }
  ],
  [
    'skip-unchanged, equal value: no call, the current version id',
    { skipUnchanged: true },
    found(text('v1', 'new-value')),
    [],
    { versionId: 'v1', changed: false, value: 'unchanged' },
    ['info: The value equals the current one (AWSCURRENT): no new version is written.']
  ],
  [
    'skip-unchanged, equal JSON in another key order: no call',
    { skipUnchanged: true, value: { kind: 'text', text: '{"b":2,"a":1}' } },
    found(text('v1', '{"a":1, "b":2}')),
    [],
    { changed: false, value: 'unchanged' },
    ['info: The value equals the current one (AWSCURRENT): no new version is written.']
  ],
  [
    'skip-unchanged, only a description, equal: nothing',
    { skipUnchanged: true, value: undefined, description: 'old description' },
    found(undefined),
    [],
    { changed: false, value: 'none', versionId: '' }
  ],
  [
    'skip-unchanged, only a description, different: one metadata call',
    { skipUnchanged: true, value: undefined, description: 'new' },
    found(undefined),
    ['update ARN(description="new")'],
    { changed: true, value: 'none', versionId: '' }
  ],
  [
    'skip-unchanged, the AWS managed key named while DescribeSecret reports none: equal',
    { skipUnchanged: true, value: undefined, kmsKeyId: 'alias/aws/secretsmanager' },
    found(undefined, { kmsKeyId: undefined }),
    [],
    { changed: false }
  ],
  [
    'dry-run: the plan, and a version id only a real run gets',
    { dryRun: true, description: 'new' },
    found(undefined),
    ['update ARN("new-value" token=T description="new")'],
    { dryRun: true, versionId: '', changed: true }
  ],
  [
    'read first → missing → create, another writer may create it first',
    { skipUnchanged: true, createIfMissing: true, description: 'd' },
    MISSING,
    ['create app/db("new-value" token=T description="d") {on ResourceExistsException: read again}'],
    { created: true, arn: '', name: NAME, value: 'new-version' }
  ],
  [
    'json-merge onto a missing secret: the patch onto {} (nulls dropped)',
    { jsonMerge: true, createIfMissing: true, value: { kind: 'text', text: '{"a":"1","gone":null}' } },
    MISSING,
    ['create app/db("{"a":"1"}" token=T) {on ResourceExistsException: read again}'],
    { created: true }
  ],
  // json-merge: a compare-and-swap on AWSCURRENT.
  [
    'json-merge: put under its own label, swap AWSCURRENT, the label comes off (cleanup)',
    { jsonMerge: true, value: { kind: 'text', text: '{"b":"2"}' } },
    found(text('v1', '{"a":"1"}')),
    [`put "${MERGED}" token=T [update-secret-T]`, 'label AWSCURRENT to T from v1 {swap}'],
    { versionId: TOKEN, changed: true, mergeAttempts: 1, value: 'new-version' }
  ],
  [
    'json-merge with a description: the metadata once the merged value is current',
    { jsonMerge: true, value: { kind: 'text', text: '{"b":"2"}' }, description: 'new' },
    found(text('v1', '{"a":"1"}')),
    [
      `put "${MERGED}" token=T [update-secret-T]`,
      'label AWSCURRENT to T from v1 {swap}',
      'update ARN(description="new")'
    ],
    { description: { from: 'old description', to: 'new' } }
  ],
  [
    'json-merge onto a secret without a current version: the first version is the swap',
    { jsonMerge: true, value: { kind: 'text', text: '{"b":"2"}' } },
    found(undefined),
    ['put "{"b":"2"}" token=T [update-secret-T] {swap}'],
    { versionId: TOKEN }
  ],
  [
    'json-merge, skip-unchanged, a no-op patch: nothing',
    { jsonMerge: true, skipUnchanged: true, value: { kind: 'text', text: '{"a":"1"}' } },
    found(text('v1', '{"a":"1"}')),
    [],
    { changed: false, value: 'unchanged', versionId: 'v1' },
    ['info: The merged value equals the current one (AWSCURRENT): no new version is written.']
  ],
  [
    'staging removes stale merge labels first too',
    { versionStages: ['AWSPENDING'] },
    found(undefined, { versionStages: { v1: ['AWSCURRENT', `update-secret-${uuidAt(NOW - 2 * HOUR)}`] } }),
    [
      `label update-secret-${uuidAt(NOW - 2 * HOUR)} from v1 {on InvalidParameterException: go on}`,
      'put "new-value" token=T [AWSPENDING]'
    ],
    {}
  ],
  [
    'a promotion removes stale merge labels first too',
    { value: undefined, promote: { kind: 'version-id', versionId: 'v3' } },
    found(undefined, { versionStages: { v2: ['AWSCURRENT'], v3: ['x', `update-secret-${uuidAt(NOW - 2 * HOUR)}`] } }),
    [
      `label update-secret-${uuidAt(NOW - 2 * HOUR)} from v3 {on InvalidParameterException: go on}`,
      'label AWSCURRENT to v3 from v2 {swap, settled by labels}'
    ],
    {}
  ],
  [
    'json-merge removes merge labels older than the bound first, and only those',
    { jsonMerge: true, value: { kind: 'text', text: '{"b":"2"}' } },
    found(text('v1', '{"a":"1"}'), {
      versionStages: {
        v1: ['AWSCURRENT'],
        old: [`update-secret-${uuidAt(NOW - 2 * HOUR)}`],
        fresh: [`update-secret-${uuidAt(NOW - 60_000)}`],
        v4: ['update-secret-0190b6a0-0000-4000-8000-00000000a0a0', 'AWSPENDING', 'mine']
      }
    }),
    [
      `label update-secret-${uuidAt(NOW - 2 * HOUR)} from old {on InvalidParameterException: go on}`,
      `put "${MERGED}" token=T [update-secret-T]`,
      'label AWSCURRENT to T from v1 {swap}'
    ],
    {}
  ],
  [
    'rotation enabled: a warning, the write as planned',
    { skipUnchanged: true },
    found(text('v1', 'old'), { rotationEnabled: true }),
    ['update ARN("new-value" token=T)'],
    {},
    ['warning: Rotation is enabled on secret app/db: its rotation function may overwrite the value this step writes.']
  ],
  // version-stages: a put with the labels; AWSCURRENT does not move.
  [
    'staging: one put with the labels; each label leaves the version that had it',
    { versionStages: ['AWSPENDING', 'blue'] },
    found(undefined, { versionStages: { v1: ['AWSCURRENT'], v2: ['AWSPENDING'] } }),
    ['put "new-value" token=T [AWSPENDING,blue]'],
    {
      versionId: TOKEN,
      changed: true,
      value: 'new-version',
      stages: ['AWSPENDING', 'blue'],
      previousVersionId: '',
      labels: [
        { label: 'AWSPENDING', from: 'v2', to: TOKEN, known: true },
        { label: 'blue', from: undefined, to: TOKEN, known: true }
      ]
    }
  ],
  [
    'staging with a description: the metadata after the value',
    { versionStages: ['AWSPENDING'], description: 'new' },
    found(undefined),
    ['put "new-value" token=T [AWSPENDING]', 'update ARN(description="new")'],
    { description: { from: 'old description', to: 'new' } }
  ],
  [
    'staging a merge: the patch onto AWSCURRENT, no compare-and-swap, no merge label',
    { versionStages: ['AWSPENDING'], jsonMerge: true, value: { kind: 'text', text: '{"b":"2"}' } },
    found(text('v1', '{"a":"1"}')),
    [`put "${MERGED}" token=T [AWSPENDING]`],
    { versionId: TOKEN, mergeAttempts: undefined, stages: ['AWSPENDING'] }
  ],
  [
    'staging, skip-unchanged, equal to AWSCURRENT, its labels already there: nothing staged, the current id',
    { versionStages: ['AWSPENDING'], skipUnchanged: true },
    found(text('v1', 'new-value'), { versionStages: { v1: ['AWSCURRENT', 'AWSPENDING'] } }),
    [],
    { versionId: 'v1', changed: false, value: 'unchanged', labels: [], currentVersionId: 'v1' },
    ['info: The value equals the current one (AWSCURRENT): no version is staged.']
  ],
  [
    'staging, skip-unchanged, equal to AWSCURRENT: the labels move to the current version, off a staged one',
    { versionStages: ['AWSPENDING', 'blue'], skipUnchanged: true },
    found(text('v1', 'new-value'), { versionStages: { v1: ['AWSCURRENT'], v2: ['AWSPENDING'] } }),
    [
      'label AWSPENDING to v1 from v2 {on AccessDeniedException: fail}',
      'label blue to v1 {on AccessDeniedException: fail}'
    ],
    {
      versionId: 'v1',
      changed: true,
      value: 'unchanged',
      currentVersionId: 'v1',
      labels: [
        { label: 'AWSPENDING', from: 'v2', to: 'v1', known: true },
        { label: 'blue', from: undefined, to: 'v1', known: true }
      ]
    },
    [
      'info: The value equals the current one (AWSCURRENT): no version is staged; AWSPENDING, blue move to the current version v1, which holds the value.'
    ]
  ],
  [
    'staging onto a secret without a current version: AWS makes it AWSCURRENT too, and the plan says so',
    { versionStages: ['AWSPENDING'] },
    found(undefined, { versionStages: {} }),
    ['put "new-value" token=T [AWSPENDING]', 'label AWSPENDING from T {on InvalidParameterException: go on}'],
    {
      labels: [{ label: 'AWSCURRENT', from: undefined, to: TOKEN, known: true }],
      currentVersionId: TOKEN
    },
    [`info: ${FIRST_VERSION_NOTE}: the new version will carry AWSCURRENT as well as AWSPENDING; ${PENDING_OFF_NOTE}.`]
  ],
  [
    'staging AWSPENDING with rotation enabled: the rotation function owns that label',
    { versionStages: ['AWSPENDING'] },
    found(undefined, { rotationEnabled: true }),
    ['put "new-value" token=T [AWSPENDING]'],
    {},
    [
      'warning: Rotation is enabled on secret app/db: its rotation function owns the AWSPENDING label, and a rotation may replace or promote the version this step stages.'
    ]
  ],
  [
    'staging onto a missing secret: created without a value, then the put',
    { versionStages: ['AWSPENDING'], createIfMissing: true, description: 'd' },
    MISSING,
    [
      'create app/db(description="d") {on ResourceExistsException: read again}',
      'put "new-value" token=T [AWSPENDING]',
      'label AWSPENDING from T {on InvalidParameterException: go on}'
    ],
    {
      created: true,
      versionId: TOKEN,
      labels: [{ label: 'AWSCURRENT', from: undefined, to: TOKEN, known: true }]
    },
    [`info: ${FIRST_VERSION_NOTE}: the new version will carry AWSCURRENT as well as AWSPENDING; ${PENDING_OFF_NOTE}.`]
  ],
  [
    "staging without DescribeSecret (refused): the put, the labels' old versions unknown, said once",
    { versionStages: ['AWSPENDING'] },
    { kind: 'unread', describeDenied: true },
    ['put "new-value" token=T [AWSPENDING]'],
    { versionId: TOKEN, labels: [{ label: 'AWSPENDING', from: undefined, to: TOKEN, known: false }] },
    [
      'info: DescribeSecret was refused (AccessDenied): staging goes on without it, so the versions that had the labels and whether rotation is enabled are not known.'
    ]
  ],
  [
    'staging blind with create-if-missing: not found → create without a value (already exists: go on) → put',
    { versionStages: ['AWSPENDING'], createIfMissing: true },
    UNREAD,
    [
      'put "new-value" token=T [AWSPENDING] {on ResourceNotFoundException: create app/db() {on ResourceExistsException: go on}, then put "new-value" token=T [AWSPENDING], then label AWSPENDING from T {on InvalidParameterException: go on}}'
    ],
    {}
  ],
  [
    'staging blind with an ARN that cannot be created: not found → fail',
    { versionStages: ['AWSPENDING'], createIfMissing: true, secretId: ARN },
    UNREAD,
    ['put "new-value" token=T [AWSPENDING] {on ResourceNotFoundException: fail}'],
    {}
  ],
  // Promotions: one label move, a compare-and-swap on AWSCURRENT.
  [
    'promote by id: AWSCURRENT moves from the version read, then AWSPENDING comes off',
    { value: undefined, promote: { kind: 'version-id', versionId: 'v3' } },
    found(undefined, { versionStages: { v1: ['AWSPREVIOUS'], v2: ['AWSCURRENT'], v3: ['AWSPENDING'] } }),
    [
      'label AWSCURRENT to v3 from v2 {swap, settled by labels}',
      'label AWSPENDING from v3 {on InvalidParameterException: go on}'
    ],
    {
      versionId: 'v3',
      changed: true,
      value: 'none',
      previousVersionId: 'v2',
      promotion: { versionId: 'v3', alreadyCurrent: false },
      labels: [
        { label: 'AWSCURRENT', from: 'v2', to: 'v3', known: true },
        { label: 'AWSPREVIOUS', from: 'v1', to: 'v2', known: true },
        { label: 'AWSPENDING', from: 'v3', to: undefined, known: true }
      ]
    }
  ],
  [
    'roll back with promote-stage AWSPREVIOUS: no AWSPENDING to remove; a description after the move',
    { value: undefined, promote: { kind: 'stage', stage: 'AWSPREVIOUS' }, description: 'rolled back' },
    found(undefined, { versionStages: { v1: ['AWSPREVIOUS'], v2: ['AWSCURRENT'] } }),
    ['label AWSCURRENT to v1 from v2 {swap, settled by labels}', 'update ARN(description="rolled back")'],
    {
      versionId: 'v1',
      previousVersionId: 'v2',
      labels: [
        { label: 'AWSCURRENT', from: 'v2', to: 'v1', known: true },
        { label: 'AWSPREVIOUS', from: 'v1', to: 'v2', known: true }
      ]
    }
  ],
  [
    'promote a version that is already current: no call, changed=false',
    { value: undefined, promote: { kind: 'version-id', versionId: 'v1' } },
    found(undefined, { versionStages: { v1: ['AWSCURRENT'], v2: ['AWSPENDING'] } }),
    [],
    {
      versionId: 'v1',
      changed: false,
      previousVersionId: '',
      labels: [],
      promotion: { versionId: 'v1', alreadyCurrent: true },
      currentVersionId: 'v1'
    },
    ['info: Version v1 is already AWSCURRENT: nothing to promote.']
  ],
  [
    'promote a version already current that still has AWSPENDING (a promotion interrupted): it loses AWSPENDING',
    { value: undefined, promote: { kind: 'stage', stage: 'AWSPENDING' } },
    found(undefined, { versionStages: { v1: ['AWSCURRENT', 'AWSPENDING'] } }),
    ['label AWSPENDING from v1 {on InvalidParameterException: go on}'],
    {
      versionId: 'v1',
      changed: true,
      previousVersionId: '',
      labels: [{ label: 'AWSPENDING', from: 'v1', to: undefined, known: true }],
      promotion: { versionId: 'v1', alreadyCurrent: true }
    },
    ['info: Version v1 is already AWSCURRENT: nothing to promote; it loses AWSPENDING, as a promoted version does.']
  ],
  [
    'if-current-version-id on a promotion: the move is from that version (no ListSecretVersionIds needed)',
    { value: undefined, promote: { kind: 'version-id', versionId: 'v1' }, ifCurrentVersionId: 'v2' },
    {
      kind: 'found',
      meta: meta({ versionStages: { v1: ['AWSPREVIOUS', 'x'], v2: ['AWSCURRENT'] } }),
      current: undefined
    },
    ['label AWSCURRENT to v1 from v2 {swap, settled by labels}'],
    { versionId: 'v1', previousVersionId: 'v2', currentVersionId: 'v1', readCurrentVersionId: 'v2' }
  ],
  [
    'if-current-version-id on a promotion already landed: holds, only AWSPENDING comes off',
    { value: undefined, promote: { kind: 'version-id', versionId: 'v1' }, ifCurrentVersionId: 'v2' },
    {
      kind: 'found',
      meta: meta({ versionStages: { v1: ['AWSCURRENT', 'AWSPENDING'], v2: ['AWSPREVIOUS'] } }),
      current: undefined
    },
    ['label AWSPENDING from v1 {on InvalidParameterException: go on}'],
    { versionId: 'v1', currentVersionId: 'v1', promotion: { versionId: 'v1', alreadyCurrent: true } },
    ['info: Version v1 is already AWSCURRENT: nothing to promote; it loses AWSPENDING, as a promoted version does.']
  ],
  [
    'a rollback by the id of AWSPREVIOUS: an older version on purpose',
    { value: undefined, promote: { kind: 'version-id', versionId: 'v1' } },
    { kind: 'found', meta: meta({ versionStages: { v1: ['AWSPREVIOUS'], v2: ['AWSCURRENT'] } }), current: undefined },
    ['label AWSCURRENT to v1 from v2 {swap, settled by labels}'],
    { versionId: 'v1' }
  ],
  [
    'if-current-version-id on a value: put under the action label, AWSCURRENT moved off that version only',
    { ifCurrentVersionId: 'v1' },
    found(undefined),
    ['put "new-value" token=T [update-secret-T]', 'label AWSCURRENT to T from v1 {swap}'],
    { versionId: TOKEN, previousVersionId: 'v1', currentVersionId: TOKEN, mergeAttempts: undefined }
  ],
  [
    'if-current-version-id on staging: checked at the read, then the put as usual',
    { versionStages: ['AWSPENDING'], ifCurrentVersionId: 'v1' },
    found(undefined),
    ['put "new-value" token=T [AWSPENDING]'],
    { versionId: TOKEN, currentVersionId: 'v1', readCurrentVersionId: 'v1' }
  ],
  [
    'a dry-run promotion: the move reported, the version resolved, no previous-version-id',
    { value: undefined, dryRun: true, promote: { kind: 'stage', stage: 'AWSPENDING' } },
    found(undefined, { versionStages: { v1: ['AWSCURRENT'], v2: ['AWSPENDING'] } }),
    [
      'label AWSCURRENT to v2 from v1 {swap, settled by labels}',
      'label AWSPENDING from v2 {on InvalidParameterException: go on}'
    ],
    { dryRun: true, versionId: 'v2', changed: true, previousVersionId: '' }
  ],
  [
    'promoting AWSPENDING with rotation enabled: the warning',
    { value: undefined, promote: { kind: 'stage', stage: 'AWSPENDING' } },
    found(undefined, { rotationEnabled: true, versionStages: { v1: ['AWSCURRENT'], v2: ['AWSPENDING'] } }),
    [
      'label AWSCURRENT to v2 from v1 {swap, settled by labels}',
      'label AWSPENDING from v2 {on InvalidParameterException: go on}'
    ],
    {},
    [
      'warning: Rotation is enabled on secret app/db: its rotation function owns the AWSPENDING label, and a rotation may replace or promote the version this step stages.'
    ]
  ],
  // Tags: a field of each plan, after the value.
  [
    'staging with tags: the put, then TagResource',
    { versionStages: ['AWSPENDING'], tags: [{ key: 'team', value: 'pay' }] },
    found(undefined, { versionStages: { v1: ['AWSCURRENT'] } }),
    ['put "new-value" token=T [AWSPENDING]', 'tag ARN(team=pay)'],
    { changed: true, tags: [{ key: 'team', from: undefined, to: 'pay' }] }
  ],
  [
    'staging blind with tags → not found → created (with the tags), then the put; the tag step skipped',
    { versionStages: ['AWSPENDING'], tags: [{ key: 'team', value: 'pay' }], createIfMissing: true },
    UNREAD,
    [
      'put "new-value" token=T [AWSPENDING] {on ResourceNotFoundException: create app/db(tags=team=pay) {on ResourceExistsException: go on}, then put "new-value" token=T [AWSPENDING], then label AWSPENDING from T {on InvalidParameterException: go on}}',
      'tag app/db(team=pay) {unless created}'
    ],
    {}
  ],
  [
    'a promotion with tags: after the move',
    { value: undefined, promote: { kind: 'stage', stage: 'AWSPENDING' }, tags: [{ key: 'release', value: 'v2' }] },
    found(undefined, { versionStages: { v1: ['AWSCURRENT'], v2: ['AWSPENDING'] } }),
    [
      'label AWSCURRENT to v2 from v1 {swap, settled by labels}',
      'label AWSPENDING from v2 {on InvalidParameterException: go on}',
      'tag ARN(release=v2)'
    ],
    { changed: true, tags: [{ key: 'release', from: undefined, to: 'v2' }] }
  ],
  [
    'plain value with tags: the update, then TagResource',
    { tags: TAGS },
    UNREAD,
    ['update app/db("new-value" token=T)', 'tag app/db(team=pay,env=prod)'],
    {
      changed: true,
      tags: [
        { key: 'team', from: undefined, to: 'pay' },
        { key: 'env', from: undefined, to: 'prod' }
      ]
    }
  ],
  [
    'tags alone: TagResource only',
    { value: undefined, tags: TAGS },
    UNREAD,
    ['tag app/db(team=pay,env=prod)'],
    { value: 'none', changed: true }
  ],
  [
    'plain with tags → not found → create carries the tags, and the tag step is skipped',
    { tags: TAGS, createIfMissing: true },
    UNREAD,
    [
      'update app/db("new-value" token=T) {on ResourceNotFoundException: create app/db("new-value" token=T tags=team=pay,env=prod) {on ResourceExistsException: update app/db("new-value" token=T)}}',
      'tag app/db(team=pay,env=prod) {unless created}'
    ],
    {}
  ],
  [
    'tags alone → not found → create without a value, with the tags',
    { value: undefined, tags: TAGS, createIfMissing: true },
    UNREAD,
    [
      'tag app/db(team=pay,env=prod) {on ResourceNotFoundException: create app/db(tags=team=pay,env=prod) {on ResourceExistsException: tag app/db(team=pay,env=prod)}}'
    ],
    {}
  ],
  [
    'missing, created with its tags',
    { tags: TAGS, createIfMissing: true, dryRun: true },
    MISSING,
    ['create app/db("new-value" token=T tags=team=pay,env=prod) {on ResourceExistsException: read again}'],
    {
      created: true,
      tags: [
        { key: 'team', from: undefined, to: 'pay' },
        { key: 'env', from: undefined, to: 'prod' }
      ]
    }
  ],
  [
    'read first without skip-unchanged: every tag is sent, with what it replaces',
    { dryRun: true, tags: TAGS },
    found(undefined, {
      tags: [
        { key: 'team', value: 'pay' },
        { key: 'env', value: 'dev' }
      ]
    }),
    ['update ARN("new-value" token=T)', 'tag ARN(team=pay,env=prod)'],
    {
      tags: [
        { key: 'team', from: 'pay', to: 'pay' },
        { key: 'env', from: 'dev', to: 'prod' }
      ]
    }
  ],
  [
    'skip-unchanged: only the tags that differ',
    { skipUnchanged: true, tags: TAGS },
    found(text('v1', 'new-value'), {
      tags: [
        { key: 'team', value: 'pay' },
        { key: 'env', value: 'dev' },
        { key: 'other', value: 'x' }
      ]
    }),
    ['tag ARN(env=prod)'],
    { value: 'unchanged', changed: true, versionId: 'v1', tags: [{ key: 'env', from: 'dev', to: 'prod' }] },
    ['info: The value equals the current one (AWSCURRENT): no new version is written.']
  ],
  [
    'skip-unchanged, equal value and equal tags: no call, changed stays false',
    { skipUnchanged: true, tags: TAGS },
    found(text('v1', 'new-value'), {
      tags: [
        { key: 'env', value: 'prod' },
        { key: 'team', value: 'pay' }
      ]
    }),
    [],
    { value: 'unchanged', changed: false, tags: [] },
    ['info: The value equals the current one (AWSCURRENT): no new version is written.']
  ],
  [
    'json-merge with tags: the tags after the swap',
    { jsonMerge: true, value: { kind: 'text', text: '{"b":"2"}' }, tags: [{ key: 'team', value: 'pay' }] },
    found(text('v1', '{"a":"1"}')),
    [`put "${MERGED}" token=T [update-secret-T]`, 'label AWSCURRENT to T from v1 {swap}', 'tag ARN(team=pay)'],
    { changed: true }
  ],
  [
    'json-merge, skip-unchanged, equal merge, a differing tag: only the tag',
    {
      jsonMerge: true,
      skipUnchanged: true,
      value: { kind: 'text', text: '{"a":"1"}' },
      tags: [{ key: 'team', value: 'pay' }]
    },
    found(text('v1', '{"a":"1"}')),
    ['tag ARN(team=pay)'],
    { changed: true, value: 'unchanged' },
    ['info: The merged value equals the current one (AWSCURRENT): no new version is written.']
  ]
]

const EU: ReplicaRegion = { region: 'eu-west-1', kmsKeyId: undefined }
const AP: ReplicaRegion = { region: 'ap-south-1', kmsKeyId: 'alias/ap-key' }
const IN_SYNC = { region: 'eu-west-1', status: 'InSync', message: 'Replication succeeded' }
/** 19 labels of other writers on v1 besides AWSCURRENT: 20 in all, the most a secret carries. */
const FULL = { v1: ['AWSCURRENT', ...Array.from({ length: 19 }, (_, i) => `L${i + 1}`)] }
// The write modes: if-exists, replica-regions, and the label quota.
rows.push(
  [
    'if-exists skip, nothing read: the create is the first call, its "exists" the answer',
    { createIfMissing: true, ifExists: 'skip', tags: [{ key: 'team', value: 'pay' }] },
    UNREAD,
    ['create app/db("new-value" token=T tags=team=pay) {on ResourceExistsException: skip unless this run\'s own}'],
    { created: true, changed: true, value: 'new-version', versionId: TOKEN }
  ],
  [
    'if-exists fail, nothing read, no value: a create without a value',
    { createIfMissing: true, ifExists: 'fail', value: undefined, description: 'd' },
    UNREAD,
    ['create app/db(description="d") {on ResourceExistsException: fail unless this run\'s own}'],
    { created: true, value: 'none' }
  ],
  [
    'if-exists skip on a secret read: nothing at all, changed false, the current version named',
    { createIfMissing: true, ifExists: 'skip', skipUnchanged: true, description: 'd', tags: TAGS, replicas: [EU] },
    found(text('v1', 'old-value')),
    [],
    {
      changed: false,
      skipped: true,
      versionId: 'v1',
      value: 'unchanged',
      description: undefined,
      tags: [],
      replicas: [{ region: 'eu-west-1', status: 'NotReplicated', message: undefined }]
    },
    ['info: Secret app/db exists, and `if-exists` is `skip`: it is left as it is.']
  ],
  [
    'if-exists skip on a missing secret, with staging: created empty, then the staged version',
    { createIfMissing: true, ifExists: 'skip', versionStages: ['AWSPENDING'] },
    MISSING,
    [
      "create app/db() {on ResourceExistsException: skip unless this run's own}",
      'put "new-value" token=T [AWSPENDING]',
      'label AWSPENDING from T {on InvalidParameterException: go on}'
    ],
    { created: true },
    [`info: ${FIRST_VERSION_NOTE}: the new version will carry AWSCURRENT as well as AWSPENDING; ${PENDING_OFF_NOTE}.`]
  ],
  [
    'replicas on a missing secret: they ride the CreateSecret',
    { createIfMissing: true, replicas: [EU, AP], forceOverwriteReplica: true },
    MISSING,
    [
      'create app/db("new-value" token=T replicas=eu-west-1,ap-south-1:alias/ap-key force) {on ResourceExistsException: read again}'
    ],
    {
      created: true,
      replicas: [
        { region: 'eu-west-1', status: 'Planned', message: undefined },
        { region: 'ap-south-1', status: 'Planned', message: undefined }
      ]
    },
    [
      'warning: `force-overwrite-replica`: replicating to eu-west-1, ap-south-1 overwrites any secret named app/db in those regions, even an unrelated one.'
    ]
  ],
  [
    'replicas on a found secret: only the regions it lacks, after the value; none removed',
    { replicas: [EU, AP] },
    found(undefined, { replicas: [IN_SYNC, { region: 'us-west-2', status: 'InSync', message: undefined }] }),
    ['update ARN("new-value" token=T)', 'replicate ARN(ap-south-1:alias/ap-key)'],
    { replicas: [IN_SYNC, { region: 'ap-south-1', status: 'Planned', message: undefined }] }
  ],
  [
    'replicas alone, all there already: no call, changed false, statuses as read',
    { value: undefined, replicas: [EU] },
    found(undefined, { replicas: [IN_SYNC] }),
    [],
    { changed: false, replicas: [IN_SYNC] }
  ],
  [
    'replicas alone, one missing: the replication is the change',
    { value: undefined, replicas: [EU], dryRun: true },
    found(undefined),
    ['replicate ARN(eu-west-1)'],
    { changed: true, replicas: [{ region: 'eu-west-1', status: 'Planned', message: undefined }] }
  ],
  [
    'staging under a label already in use on a full secret: it moves, the count stays 20',
    { versionStages: ['L1'] },
    found(undefined, { versionStages: FULL }),
    ['put "new-value" token=T [L1]'],
    { stages: ['L1'] }
  ]
)

describe('plan: request × what read found → calls and outcome', () => {
  it.each(rows)('%s', (_name, over, state, calls, outcome, notes = []) => {
    const plan = planWrite(request(over), state, CONTEXT)
    expect(plan.steps.map(showStep)).toEqual(calls)
    // A dry run is the same plan, reported without the ids only a real run gets.
    expect(over.dryRun ? dryRunOf(plan.outcome) : plan.outcome).toMatchObject(outcome)
    expect(plan.notes.map((n) => `${n.level}: ${n.text}`)).toEqual(notes)
  })

  it('a merge always owes the removal of its own label, and nothing else does', () => {
    const merge = planWrite(
      request({ jsonMerge: true, value: { kind: 'text', text: '{"b":"2"}' } }),
      found(text('v1', '{}')),
      CONTEXT
    )
    expect(merge.cleanup.map(show)).toEqual(['label update-secret-T from T'])
    expect(planWrite(request({ skipUnchanged: true }), found(text('v1', 'x')), CONTEXT).cleanup).toEqual([])
  })
})

describe('plan: every check that can fail, before any write', () => {
  it.each<[string, Options, SecretState, RegExp]>([
    [
      'a promotion of a version older than AWSCURRENT (a stale staged version)',
      { value: undefined, promote: { kind: 'stage', stage: 'AWSPENDING' } },
      found(undefined, { versionStages: { v1: ['AWSPENDING'], v2: ['AWSCURRENT'] } }),
      /Version v1 \(created 2026-12-01T12:00:00.000Z\) is older than version v2 \(created 2026-12-01T12:00:01.000Z\), which is AWSCURRENT: promoting it would discard the later change. Nothing was written/
    ],
    [
      'a promotion that needs the creation dates, ListSecretVersionIds refused',
      { value: undefined, promote: { kind: 'stage', stage: 'AWSPENDING' } },
      {
        kind: 'found',
        meta: meta({ versionStages: { v1: ['AWSCURRENT'], v2: ['AWSPENDING'] } }),
        current: undefined,
        created: 'denied'
      },
      /ListSecretVersionIds was refused \(grant secretsmanager:ListSecretVersionIds\)/
    ],
    [
      'a promotion of a deprecated version (listed, without a label)',
      { value: undefined, promote: { kind: 'version-id', versionId: 'v0' } },
      found(undefined, { versionStages: { v0: [], v1: ['AWSCURRENT'] } }),
      /Version v0 of secret app\/db has no staging label .* cannot be promoted/
    ],
    [
      'if-current-version-id, AWSCURRENT on another version at the read',
      { ifCurrentVersionId: 'v0', description: 'd' },
      found(undefined),
      /Secret app\/db has version v1 as AWSCURRENT, not version v0 \(`if-current-version-id`\): nothing was written/
    ],
    [
      'if-current-version-id, a promotion while AWSCURRENT is another version',
      { value: undefined, promote: { kind: 'stage', stage: 'AWSPENDING' }, ifCurrentVersionId: 'v0' },
      found(undefined, { versionStages: { v1: ['AWSCURRENT'], v2: ['AWSPENDING'] } }),
      /has version v1 as AWSCURRENT, not version v0/
    ],
    [
      'a secret scheduled for deletion',
      { skipUnchanged: true, description: 'x' },
      found(text('v1', 'old'), { deletedDate: new Date('2026-12-08T00:00:00Z') }),
      /scheduled for deletion \(on 2026-12-08T00:00:00.000Z\): nothing was written/
    ],
    [
      'an ARN that cannot be created',
      { skipUnchanged: true, createIfMissing: true, secretId: ARN },
      MISSING,
      /ARN cannot name a secret to create/
    ],
    [
      'a current value that is plain text',
      { jsonMerge: true, value: { kind: 'text', text: '{"a":1}' }, description: 'NEW', kmsKeyId: 'alias/other' },
      found(text('v1', 'plain-text-old')),
      /not a JSON object.*nothing was written/
    ],
    [
      'a current value that is a JSON array',
      { jsonMerge: true, value: { kind: 'text', text: '{"a":1}' } },
      found(text('v1', '["x"]')),
      /not a JSON object/
    ],
    [
      'a binary current value',
      { jsonMerge: true, value: { kind: 'text', text: '{"a":1}' } },
      found({ versionId: 'v1', value: { kind: 'binary', bytes: Uint8Array.from([1]) } }),
      /not a JSON object/
    ],
    [
      'a merged value over 65536 bytes',
      { jsonMerge: true, value: { kind: 'text', text: `{"b":"${'y'.repeat(40_000)}"}` } },
      found(text('v1', `{"a":"${'x'.repeat(30_000)}"}`)),
      /merged value would be 70015 bytes; Secrets Manager takes at most 65536: nothing was written/
    ],
    [
      'a promotion of a version id the secret does not have',
      { value: undefined, promote: { kind: 'version-id', versionId: 'v9' } },
      found(undefined),
      /Secret app\/db has no version v9 .*: nothing was written/
    ],
    [
      'a promotion of a label no version carries',
      { value: undefined, promote: { kind: 'stage', stage: 'AWSPENDING' } },
      found(undefined),
      /No version of secret app\/db carries the label AWSPENDING: nothing was written/
    ],
    [
      'a promotion on a secret scheduled for deletion',
      { value: undefined, promote: { kind: 'stage', stage: 'AWSPREVIOUS' } },
      found(undefined, {
        deletedDate: new Date('2026-12-08T00:00:00Z'),
        versionStages: { v1: ['AWSCURRENT'], v0: ['AWSPREVIOUS'] }
      }),
      /scheduled for deletion/
    ],
    [
      'staging on a secret scheduled for deletion',
      { versionStages: ['AWSPENDING'] },
      found(undefined, { deletedDate: new Date('2026-12-08T00:00:00Z') }),
      /scheduled for deletion/
    ],
    [
      'if-exists fail on a secret read (with secrets, every secret is described first)',
      { createIfMissing: true, ifExists: 'fail', line: 2 },
      found(text('v1', 'old')),
      /Secret app\/db already exists, and `if-exists` is `fail`: nothing was written\./
    ],
    [
      'a staging run that would take the secret past 20 labels, naming those in use',
      { versionStages: ['AWSPENDING'] },
      found(undefined, { versionStages: FULL }),
      /would carry 21 staging labels: .*at most 20.*Nothing was written\. Labels in use: AWSCURRENT, L1, L2, .*L19\./
    ],
    [
      'a merge whose temporary label and AWSPREVIOUS would pass 20',
      { jsonMerge: true, value: { kind: 'text', text: '{"a":1}' } },
      found(text('v1', '{}'), { versionStages: { v1: FULL.v1.slice(0, 19) } }),
      /would carry 21 staging labels: .*json-merge's temporary label counts/
    ],
    [
      'a staging run that would give a new secret 20 labels and AWSCURRENT',
      { createIfMissing: true, versionStages: Array.from({ length: 20 }, (_, i) => `S${i}`) },
      MISSING,
      /would carry 21 staging labels/
    ],
    [
      'staging a merge onto a value that is not JSON',
      { versionStages: ['AWSPENDING'], jsonMerge: true, value: { kind: 'text', text: '{"a":1}' } },
      found(text('v1', 'plain')),
      /not a JSON object.*nothing was written/
    ]
  ])('%s', (_name, over, state, message) => {
    expect(() => planWrite(request(over), state, CONTEXT)).toThrow(message)
  })

  it('a non-JSON value found on a later merge attempt says no value of this run is current', () => {
    expect(() =>
      planWrite(request({ jsonMerge: true, value: { kind: 'text', text: '{"a":1}' } }), found(text('v2', 'plain')), {
        ...CONTEXT,
        attempt: 2
      })
    ).toThrow(/another writer replaced it during the merge\. No value of this run is current/)
  })
})

describe('merge labels left by interrupted runs', () => {
  it('reads the time of a UUIDv7, and nothing from other ids', () => {
    expect(uuidv7Time('0190b6a0-0000-7000-8000-00000000a0a0')).toBe(0x0190b6a00000)
    expect(uuidv7Time('0190b6a0-0000-4000-8000-00000000a0a0')).toBeUndefined()
    expect(uuidv7Time('not-a-uuid')).toBeUndefined()
  })

  it('finds only labels of the merge pattern older than the bound', () => {
    const old = `update-secret-${uuidAt(NOW - HOUR - 1)}`
    const young = `update-secret-${uuidAt(NOW - HOUR + 1000)}`
    expect(staleMergeLabels({ a: [old, 'AWSCURRENT'], b: [young], c: [`other-${uuidAt(0)}`] }, NOW, HOUR)).toEqual([
      { label: old, versionId: 'a' }
    ])
  })
})

describe('metadataChange and sameKmsKey: what skip-unchanged leaves out', () => {
  it.each<[string | undefined, string | undefined, boolean, ReturnType<typeof metadataChange>]>([
    [undefined, 'x', true, undefined],
    ['x', 'x', true, undefined],
    ['x', 'x', false, { from: 'x', to: 'x' }],
    ['', undefined, true, undefined],
    ['y', 'x', true, { from: 'x', to: 'y' }]
  ])('wanted %j, stored %j, skip %s', (wanted, stored, skip, expected) => {
    expect(metadataChange(wanted, stored, skip)).toEqual(expected)
  })

  const ARN_KEY = 'arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab'
  const ARN_ALIAS = 'arn:aws:kms:us-east-1:123456789012:alias/prod-secrets'
  it.each<[string, string | undefined, boolean]>([
    ['alias/aws/secretsmanager', undefined, true],
    ['alias/prod-secrets', undefined, false],
    ['alias/prod-secrets', ARN_ALIAS, true],
    ['alias/other', ARN_ALIAS, false],
    ['1234abcd-12ab-34cd-56ef-1234567890ab', ARN_KEY, true],
    [ARN_KEY, ARN_KEY, true],
    ['1234abcd', ARN_KEY, false]
  ])('kms-key-id %s against %s: %s', (wanted, stored, expected) => {
    expect(sameKmsKey(wanted, stored)).toBe(expected)
  })
})

/** A UUIDv7 made at `ms`, written out by hand (48 bits of time, version 7, variant 8). */
function uuidAt(ms: number): string {
  const hex = ms.toString(16).padStart(12, '0')
  return `${hex.slice(0, 8)}-${hex.slice(8)}-7abc-8def-0123456789ab`
}
