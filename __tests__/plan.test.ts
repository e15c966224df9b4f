// plan() as a table: request × what read found → the calls, in order, and the outcome reported.
// Each flow of the action is a row here; write.test.ts drives the same flows through a mocked
// client and the integration suites through the bundle against moto.
import { describe, expect, it } from '@jest/globals'
import { metadataChange, planWrite, sameKmsKey, staleMergeLabels, uuidv7Time, type PlanContext } from '../src/plan.js'
import type { CurrentVersion, Outcome, SecretMeta, SecretRequest, SecretState, Step, WriteCall } from '../src/types.js'

const NAME = 'app/db'
const ARN = 'arn:aws:secretsmanager:us-east-1:123456789012:secret:app/db-AbCdEf'
const TOKEN = '0190b6a0-0000-7000-8000-00000000a0a0'
const NOW = Date.UTC(2026, 11, 1, 12, 0, 0)
const HOUR = 3_600_000
const CONTEXT: PlanContext = { token: TOKEN, attempt: 1, now: NOW, staleLabelMs: HOUR }

function request(over: Partial<SecretRequest> = {}): SecretRequest {
  return {
    secretId: NAME,
    secretIdIsArn: false,
    value: { kind: 'text', text: 'new-value' },
    description: undefined,
    kmsKeyId: undefined,
    clientRequestToken: undefined,
    skipUnchanged: false,
    jsonMerge: false,
    dryRun: false,
    createIfMissing: false,
    tags: [],
    ...over
  }
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
function found(current: CurrentVersion | undefined, over: Partial<SecretMeta> = {}, valueRead = true): SecretState {
  return { kind: 'found', meta: meta(over), valueRead, current }
}
const text = (versionId: string, t: string): CurrentVersion => ({ versionId, value: { kind: 'text', text: t } })

/** A call in a short form written by hand in the table below. */
function show(call: WriteCall): string {
  const value = 'value' in call && call.value ? (call.value.kind === 'text' ? `"${call.value.text}"` : 'bytes') : undefined
  switch (call.op) {
    case 'update':
    case 'create': {
      const fields = [
        value,
        call.token && `token=${call.token === TOKEN ? 'T' : call.token}`,
        call.description !== undefined && `description="${call.description}"`,
        call.kmsKeyId !== undefined && `kms=${call.kmsKeyId}`,
        call.op === 'create' && call.tags.length > 0 && `tags=${call.tags.map((t) => `${t.key}=${t.value}`).join(',')}`
      ].filter(Boolean)
      return `${call.op} ${call.op === 'create' ? call.name : call.secretId === ARN ? 'ARN' : call.secretId}(${fields.join(' ')})`
    }
    case 'put-version':
      return `put ${value} token=${call.token === TOKEN ? 'T' : call.token} [${call.stages.join(',').replace(TOKEN, 'T')}]`
    case 'move-label':
      return `label ${call.label.replace(TOKEN, 'T')} ${call.to ? `to ${call.to.replace(TOKEN, 'T')} ` : ''}${call.from ? `from ${call.from.replace(TOKEN, 'T')}` : ''}`.trim()
    case 'tag':
      return `tag ${call.secretId === ARN ? 'ARN' : call.secretId}(${call.tags.map((t) => `${t.key}=${t.value}`).join(',')})`
  }
}
function showStep(step: Step): string {
  const extra = [
    step.fallback &&
      `on ${step.fallback.exception}: ${'fail' in step.fallback.instead ? 'fail' : showStep(step.fallback.instead)}`,
    step.replanOn && `on ${step.replanOn}: read again`,
    step.swapTo && 'swap',
    step.unlessCreated && 'unless created'
  ].filter(Boolean)
  return extra.length ? `${show(step.call)} {${extra.join('; ')}}` : show(step.call)
}

type Row = [string, Partial<SecretRequest>, SecretState, string[], Partial<Outcome>, string[]?]

const MERGED = '{"a":"1","b":"2"}'
const TAGS = [{ key: 'team', value: 'pay' }, { key: 'env', value: 'prod' }]
const rows: Row[] = [
  // The default path: nothing read, one UpdateSecret.
  ['plain value', {}, UNREAD, ['update app/db("new-value" token=T)'], { versionId: '', value: 'new-version', changed: true, created: false }],
  [
    'plain value with a description and a key: one call',
    { description: 'd', kmsKeyId: 'alias/k' },
    UNREAD,
    ['update app/db("new-value" token=T description="d" kms=alias/k)'],
    { description: { from: undefined, to: 'd' }, kmsKeyId: { from: undefined, to: 'alias/k' } }
  ],
  ['description only: no value, no token', { value: undefined, description: 'd' }, UNREAD, ['update app/db(description="d")'], { value: 'none' }],
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
    { createIfMissing: true, secretId: ARN, secretIdIsArn: true },
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
    { arn: ARN, versionId: TOKEN, description: { from: 'old description', to: 'new' }, kmsKeyId: undefined, value: 'new-version' }
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
    found(undefined, {}, false),
    [],
    { changed: false, value: 'none', versionId: '' }
  ],
  [
    'skip-unchanged, only a description, different: one metadata call',
    { skipUnchanged: true, value: undefined, description: 'new' },
    found(undefined, {}, false),
    ['update ARN(description="new")'],
    { changed: true, value: 'none', versionId: '' }
  ],
  [
    'skip-unchanged, the AWS managed key named while DescribeSecret reports none: equal',
    { skipUnchanged: true, value: undefined, kmsKeyId: 'alias/aws/secretsmanager' },
    found(undefined, { kmsKeyId: undefined }, false),
    [],
    { changed: false }
  ],
  [
    'dry-run: the plan, and a version id only a real run gets',
    { dryRun: true, description: 'new' },
    found(undefined, {}, false),
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
    [`put "${MERGED}" token=T [update-secret-T]`, 'label AWSCURRENT to T from v1 {swap}', 'update ARN(description="new")'],
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
      `label update-secret-${uuidAt(NOW - 2 * HOUR)} from old`,
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
  // Tags: a field of each plan, after the value.
  [
    'plain value with tags: the update, then TagResource',
    { tags: TAGS },
    UNREAD,
    ['update app/db("new-value" token=T)', 'tag app/db(team=pay,env=prod)'],
    { changed: true, tags: [{ key: 'team', from: undefined, to: 'pay' }, { key: 'env', from: undefined, to: 'prod' }] }
  ],
  ['tags alone: TagResource only', { value: undefined, tags: TAGS }, UNREAD, ['tag app/db(team=pay,env=prod)'], { value: 'none', changed: true }],
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
    ['tag app/db(team=pay,env=prod) {on ResourceNotFoundException: create app/db(tags=team=pay,env=prod) {on ResourceExistsException: tag app/db(team=pay,env=prod)}}'],
    {}
  ],
  [
    'missing, created with its tags',
    { tags: TAGS, createIfMissing: true, dryRun: true },
    MISSING,
    ['create app/db("new-value" token=T tags=team=pay,env=prod) {on ResourceExistsException: read again}'],
    { created: true, tags: [{ key: 'team', from: undefined, to: 'pay' }, { key: 'env', from: undefined, to: 'prod' }] }
  ],
  [
    'read first without skip-unchanged: every tag is sent, with what it replaces',
    { dryRun: true, tags: TAGS },
    found(undefined, { tags: [{ key: 'team', value: 'pay' }, { key: 'env', value: 'dev' }] }, false),
    ['update ARN("new-value" token=T)', 'tag ARN(team=pay,env=prod)'],
    { tags: [{ key: 'team', from: 'pay', to: 'pay' }, { key: 'env', from: 'dev', to: 'prod' }] }
  ],
  [
    'skip-unchanged: only the tags that differ',
    { skipUnchanged: true, tags: TAGS },
    found(text('v1', 'new-value'), { tags: [{ key: 'team', value: 'pay' }, { key: 'env', value: 'dev' }, { key: 'other', value: 'x' }] }),
    ['tag ARN(env=prod)'],
    { value: 'unchanged', changed: true, versionId: 'v1', tags: [{ key: 'env', from: 'dev', to: 'prod' }] },
    ['info: The value equals the current one (AWSCURRENT): no new version is written.']
  ],
  [
    'skip-unchanged, equal value and equal tags: no call, changed stays false',
    { skipUnchanged: true, tags: TAGS },
    found(text('v1', 'new-value'), { tags: [{ key: 'env', value: 'prod' }, { key: 'team', value: 'pay' }] }),
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
    { jsonMerge: true, skipUnchanged: true, value: { kind: 'text', text: '{"a":"1"}' }, tags: [{ key: 'team', value: 'pay' }] },
    found(text('v1', '{"a":"1"}')),
    ['tag ARN(team=pay)'],
    { changed: true, value: 'unchanged' },
    ['info: The merged value equals the current one (AWSCURRENT): no new version is written.']
  ]
]

describe('plan: request × what read found → calls and outcome', () => {
  it.each(rows)('%s', (_name, over, state, calls, outcome, notes = []) => {
    const plan = planWrite(request(over), state, CONTEXT)
    expect(plan.steps.map(showStep)).toEqual(calls)
    expect(plan.outcome).toMatchObject(outcome)
    expect(plan.notes.map((n) => `${n.level}: ${n.text}`)).toEqual(notes)
  })

  it('a merge always owes the removal of its own label, and nothing else does', () => {
    const merge = planWrite(request({ jsonMerge: true, value: { kind: 'text', text: '{"b":"2"}' } }), found(text('v1', '{}')), CONTEXT)
    expect(merge.cleanup.map(show)).toEqual(['label update-secret-T from T'])
    expect(planWrite(request({ skipUnchanged: true }), found(text('v1', 'x')), CONTEXT).cleanup).toEqual([])
  })
})

describe('plan: every check that can fail, before any write', () => {
  it.each<[string, Partial<SecretRequest>, SecretState, RegExp]>([
    [
      'a secret scheduled for deletion',
      { skipUnchanged: true, description: 'x' },
      found(text('v1', 'old'), { deletedDate: new Date('2026-12-08T00:00:00Z') }),
      /scheduled for deletion \(on 2026-12-08T00:00:00.000Z\): nothing was written/
    ],
    ['an ARN that cannot be created', { skipUnchanged: true, createIfMissing: true, secretId: ARN, secretIdIsArn: true }, MISSING, /ARN cannot name a secret to create/],
    ['a current value that is plain text', { jsonMerge: true, value: { kind: 'text', text: '{"a":1}' }, description: 'NEW', kmsKeyId: 'alias/other' }, found(text('v1', 'plain-text-old')), /not a JSON object.*nothing was written/],
    ['a current value that is a JSON array', { jsonMerge: true, value: { kind: 'text', text: '{"a":1}' } }, found(text('v1', '["x"]')), /not a JSON object/],
    ['a binary current value', { jsonMerge: true, value: { kind: 'text', text: '{"a":1}' } }, found({ versionId: 'v1', value: { kind: 'binary', bytes: Uint8Array.from([1]) } }), /not a JSON object/],
    ['a merge patch that is not an object', { jsonMerge: true, value: { kind: 'text', text: '[1]' } }, found(text('v1', '{}')), /patch is not a JSON object/]
  ])('%s', (_name, over, state, message) => {
    expect(() => planWrite(request(over), state, CONTEXT)).toThrow(message)
  })

  it('a non-JSON value found on a later merge attempt says no value of this run is current', () => {
    expect(() =>
      planWrite(request({ jsonMerge: true, value: { kind: 'text', text: '{"a":1}' } }), found(text('v2', 'plain')), { ...CONTEXT, attempt: 2 })
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
    expect(staleMergeLabels({ a: [old, 'AWSCURRENT'], b: [young], c: [`other-${uuidAt(0)}`] }, NOW, HOUR)).toEqual([{ label: old, versionId: 'a' }])
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
