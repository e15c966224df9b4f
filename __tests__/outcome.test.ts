// outcome.ts: the outcome from the plan and what apply returned, a dry run's, and what the step
// reports of its results (outputs, what was written, failure and cancellation messages), for one
// secret and for `secrets`.
import { describe, expect, it } from '@jest/globals'
import { cancelMessage, dryRunOf, failureOf, outputsOf, outcomeOf, planFailureOf, writtenText } from '../src/outcome.js'
import type { Outcome, Plan, SecretResultOf } from '../src/types.js'
import { OUTCOME_ARN, outcome } from '../__fixtures__/outcomes.js'

const ARN = OUTCOME_ARN

const done = (o: Outcome, written: string[] = []): SecretResultOf => ({
  secretId: o.name,
  result: { status: 'done', outcome: o, written }
})
const plan = (o: Outcome): Plan => ({ kind: 'update', steps: [], cleanup: [], notes: [], outcome: o })

describe('outcomeOf', () => {
  it("takes AWS's answer for the version id, the ARN and the name", () => {
    const o = outcomeOf(plan(outcome({ arn: 'app/db', versionId: 'asked' })), {
      arn: ARN,
      name: 'app/db',
      versionId: 'answered',
      created: false
    })
    expect(o).toMatchObject({ arn: ARN, versionId: 'answered' })
  })

  it('keeps the current version id of an unchanged value, whatever the answers', () => {
    const o = outcomeOf(plan(outcome({ value: 'unchanged', versionId: 'v-current' })), {
      arn: undefined,
      name: undefined,
      versionId: 'other',
      created: false
    })
    expect(o.versionId).toBe('v-current')
  })

  it('a staged first version a fallback created: AWSCURRENT added to its labels, AWSPENDING taken off (as a promotion does); it is current', () => {
    const staged = outcome({
      stages: ['AWSPENDING', 'blue'],
      labels: [
        { label: 'AWSPENDING', from: undefined, to: 'v-new', known: false },
        { label: 'blue', from: undefined, to: 'v-new', known: false }
      ],
      currentVersionId: ''
    })
    const o = outcomeOf(plan(staged), { arn: ARN, name: 'app/db', versionId: 'v-new', created: true })
    expect(o.created).toBe(true)
    expect(o.labels).toEqual([
      { label: 'blue', from: undefined, to: 'v-new', known: true },
      { label: 'AWSCURRENT', from: undefined, to: 'v-new', known: true }
    ])
    expect(o.currentVersionId).toBe('v-new')
  })

  it("the version made current is AWS's answer; a staged one leaves AWSCURRENT where the read found it", () => {
    const made = outcomeOf(plan(outcome({ versionId: 'asked', currentVersionId: 'asked' })), {
      arn: ARN,
      name: 'app/db',
      versionId: 'answered',
      created: false
    })
    expect(made.currentVersionId).toBe('answered')
    const staged = outcome({ stages: ['AWSPENDING'], versionId: 'asked', currentVersionId: 'v-old' })
    expect(
      outcomeOf(plan(staged), { arn: ARN, name: 'app/db', versionId: 'answered', created: false }).currentVersionId
    ).toBe('v-old')
  })
})

describe('dryRunOf', () => {
  it('reports no version a real run would be assigned, no previous version, and AWSCURRENT as read', () => {
    expect(dryRunOf(outcome({ currentVersionId: 'v-new', readCurrentVersionId: 'v-old' }))).toMatchObject({
      dryRun: true,
      versionId: '',
      previousVersionId: '',
      currentVersionId: 'v-old'
    })
  })

  it('keeps the existing version a promotion names', () => {
    const promotion = outcome({ value: 'none', versionId: 'v2', promotion: { versionId: 'v2', alreadyCurrent: false } })
    expect(dryRunOf(promotion)).toMatchObject({ dryRun: true, versionId: 'v2', previousVersionId: '' })
  })
})

describe('one secret', () => {
  it('gives its own outputs, and no results', () => {
    expect(outputsOf([done(outcome({ previousVersionId: 'v-old', currentVersionId: 'v-new' }))], 'single')).toEqual({
      arn: ARN,
      name: 'app/db',
      'version-id': 'v-new',
      'previous-version-id': 'v-old',
      changed: 'true',
      'current-version-id': 'v-new'
    })
  })

  it('says what was written, and whether a rerun would write again', () => {
    expect(writtenText([done(outcome())], 'single')).toEqual({
      text: 'Secret app/db was updated: version v-new is AWSCURRENT.',
      rerun: true
    })
    expect(writtenText([done(outcome({ stages: ['AWSPENDING'], created: true }))], 'single').text).toBe(
      'Secret app/db was created: version v-new is labelled AWSPENDING.'
    )
    expect(writtenText([done(dryRunOf(outcome()))], 'single')).toEqual({
      text: 'Dry run: nothing was written to app/db.',
      rerun: false
    })
    const promoted = outcome({ value: 'none', promotion: { versionId: 'v2', alreadyCurrent: false } })
    expect(writtenText([done(promoted)], 'single')).toEqual({
      text: 'Secret app/db: version v2 is AWSCURRENT.',
      rerun: false
    })
  })

  it('fails with the reason, and what was written before it', () => {
    const failed: SecretResultOf = {
      secretId: 'app/db',
      result: {
        status: 'failed',
        reason: 'TagResource failed: X: y.',
        written: ['new version v1 (AWSCURRENT)'],
        error: undefined
      }
    }
    expect(failureOf([failed], 'single')).toBe(
      'TagResource failed: X: y. Already written before this failure: new version v1 (AWSCURRENT).'
    )
    expect(planFailureOf('app/db', 'Secret app/db is scheduled for deletion.', 1, 'single')).toBe(
      'Secret app/db is scheduled for deletion.'
    )
  })

  it('says what a cancellation left, without naming the secret', () => {
    const cancelled: SecretResultOf = {
      secretId: 'app/db',
      result: {
        status: 'cancelled',
        written: ['new version t1 labelled update-secret-t1'],
        uncertain: 'label AWSCURRENT moved to version t1 from v1',
        leftover: []
      }
    }
    expect(cancelMessage('SIGINT', [cancelled], 'single')).toBe(
      'The step was cancelled (SIGINT). Written before the stop: new version t1 labelled update-secret-t1. ' +
        'Still unanswered, and may have been applied: label AWSCURRENT moved to version t1 from v1.'
    )
    expect(cancelMessage('SIGTERM', [{ secretId: 'app/db', result: { status: 'not-attempted' } }], 'single')).toBe(
      'The step was cancelled (SIGTERM). Nothing was written.'
    )
  })
})

describe('several secrets', () => {
  const results: SecretResultOf[] = [
    done(outcome({ name: 'app/a', versionId: 'v-a' }), ['new version v-a (AWSCURRENT)']),
    done(outcome({ name: 'app/b', versionId: 'v-b', changed: false, value: 'unchanged' })),
    {
      secretId: 'app/c',
      result: { status: 'failed', reason: 'UpdateSecret failed: InternalFailure: x|y', written: [], error: undefined }
    },
    { secretId: 'app/d', result: { status: 'not-attempted' } }
  ]

  it('names each secret in a plan failure, and says nothing was written to any', () => {
    expect(planFailureOf('app/c', 'Denied.', 4, 'results')).toBe(
      'Secret app/c: Denied. Nothing was written to any of the 4 secrets.'
    )
  })

  it('says which secrets a cancellation left written and which it never started', () => {
    expect(cancelMessage('SIGINT', [results[0]!, results[3]!], 'results')).toBe(
      'The step was cancelled (SIGINT). Written before the stop: app/a: new version v-a (AWSCURRENT). Not attempted: app/d.'
    )
  })

  it('says what was written for a failure after the writes', () => {
    expect(writtenText(results, 'results')).toEqual({ text: 'Written: app/a (version v-a).', rerun: true })
    expect(writtenText([results[1]!], 'results')).toEqual({ text: 'No secret was changed.', rerun: false })
  })

  it('gives results keyed as given for what was written, and the failure message', () => {
    const outputs = outputsOf(results, 'results')
    expect(outputs).toMatchObject({ arn: '', name: '', 'version-id': '', changed: 'true' })
    expect(JSON.parse(outputs.results!)).toEqual({
      'app/a': { arn: ARN, name: 'app/a', 'version-id': 'v-a', changed: true },
      'app/b': { arn: ARN, name: 'app/b', 'version-id': 'v-b', changed: false }
    })
    expect(failureOf(results, 'results')).toBe(
      '1 of 4 secrets failed: app/c (see the log for each reason). Written: app/a, app/b. Not attempted: app/d. A rerun with `skip-unchanged: true` writes only what is missing.'
    )
    expect(failureOf(results.slice(0, 2), 'results')).toBeUndefined()
    expect(outputsOf(results.slice(1, 2), 'results').changed).toBe('false')
  })
})
