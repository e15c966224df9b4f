/**
 * Tests of the integration harness itself: a leak scan that cannot fail, or a reader that
 * loses a trailing newline, would make every integration test meaningless.
 */
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals'
import { startMoto } from '../../scripts/moto.mjs'
import type { Moto } from '../../scripts/moto.mjs'
import { AwsError, closeAwsHelper, createSecret, deleteSecret, moveStage, putValue, readSecret } from './aws.js'
import { findLeaks, maskLog, needlesOf, printLater, registeredMasks } from './leaks.js'
import { inputVariable, jobOutput, parseOutputFile, readLog } from './run-action.js'
import type { ActionRun } from './run-action.js'

function fakeRun(parts: Partial<ActionRun>): ActionRun {
  return {
    code: 0,
    stdout: '',
    stderr: '',
    log: '',
    outputs: {},
    summary: '',
    durationMs: 0,
    timedOut: false,
    workspace: '/tmp',
    outputFile: '',
    exported: {},
    runId: '1',
    ...parts
  }
}

describe('maskLog', () => {
  it('masks a value in every later line and hides the add-mask line', () => {
    const log = ['before hunter2-pass', '::add-mask::hunter2-pass', 'after hunter2-pass!', 'again hunter2-pass']
      .join('\n')
    expect(maskLog(log)).toBe(['before hunter2-pass', 'after ***!', 'again ***'].join('\n'))
  })

  it('unescapes command data and masks each line of a multi-line value', () => {
    const log = ['::add-mask::line-one%0D%0Aline-two%0Aline-%25three', 'x line-two y', 'line-%three'].join('\n')
    expect(registeredMasks(log)).toEqual(['line-one\r\nline-two\nline-%three'])
    expect(maskLog(log)).toBe(['x *** y', '***'].join('\n'))
  })

  it('merges overlapping masks into one ***', () => {
    const log = ['::add-mask::abcdef', '::add-mask::defghi', 'xabcdefghiy'].join('\n')
    expect(maskLog(log)).toBe('x***y')
  })
})

describe('readLog: the runner\'s parsing of the log', () => {
  it('ends a line at CR, LF or CRLF, and runs a command after leading Unicode white space', () => {
    const view = readLog('a\r::add-mask::one-mask\r\n\u3000\t::ERROR file=x,line=1::boom\nsee one-mask\u2028::warning::not-a-line-end\n')
    expect(view.registered).toEqual(['one-mask'])
    expect(view.annotations.map((a) => [a.level, a.message])).toEqual([['error', 'boom']])
    expect(view.lines).toEqual(['a', '\u3000\t::ERROR file=x,line=1::boom', 'see ***\u2028::warning::not-a-line-end'])
  })

  it('finds ##[command] anywhere in a line', () => {
    expect(readLog('text ##[warning]legacy').annotations).toEqual([{ level: 'warning', message: 'legacy', properties: {} }])
  })

  it('shows every line after stop-commands as text until the token, and then runs commands again', () => {
    const view = readLog(['::stop-commands::pause-123', '::add-mask::shown-value', '::pause-123::', '::add-mask::hidden-value', 'shown-value hidden-value'].join('\n'))
    expect(view.registered).toEqual(['hidden-value'])
    expect(view.lines).toEqual(['::stop-commands::***', '::add-mask::shown-value', '::***::', 'shown-value ***'])
    expect(view.stopped).toBe(false)
  })
})

describe('jobOutput', () => {
  it('drops a value that contains a mask, and keeps any other', () => {
    const log = '::add-mask::prod-db\n'
    expect(jobOutput('prod-db-password', log)).toBeUndefined()
    expect(jobOutput('v-123', log)).toBe('v-123')
  })
})

describe('findLeaks', () => {
  const secret = 'multi line\n  secret value  \n'

  it('finds the value, its base64 and its lines, but not after a mask', () => {
    const base64 = Buffer.from(secret).toString('base64')
    const run = fakeRun({
      log: `secret value\nb64 ${base64}\n`,
      summary: `| ${secret} |`,
      outputFile: 'x<<EOF\nmulti line\nEOF\n'
    })
    const leaks = findLeaks(run, [secret])
    expect(leaks.some((l) => l.includes('(base64) in the masked log'))).toBe(true)
    expect(leaks.some((l) => l.includes('(line 2) in the masked log'))).toBe(true)
    expect(leaks.some((l) => l.includes('(text) in the job summary'))).toBe(true)
    expect(leaks.some((l) => l.includes('(line 1) in the GITHUB_OUTPUT'))).toBe(true)

    const masked = fakeRun({ log: `::add-mask::${secret.replace(/\n/g, '%0A')}\nx  secret value  y\n` })
    expect(findLeaks(masked, [secret])).toEqual([])
    // The runner registers each line of a mask trimmed (AddMaskCommandExtension: TrimEntries).
    const trimmed = fakeRun({ log: `::add-mask::${secret.replace(/\n/g, '%0A')}\nsecret value\n` })
    expect(findLeaks(trimmed, [secret])).toEqual([])
  })

  it('checks a Buffer by its base64, and by its text when it is UTF-8', () => {
    expect(needlesOf(Buffer.from([0xff, 0xfe, 0x00, 0x01])).map((n) => n.what)).toEqual(['base64'])
    expect(needlesOf(Buffer.from('plain text')).map((n) => n.what)).toEqual(['base64', 'text'])
  })

  it('skips needles too short to be meaningful', () => {
    expect(needlesOf('abc').map((n) => n.what)).toEqual(['base64'])
  })
})

describe('printLater', () => {
  it('shows *** for each line of a registered multi-line value', () => {
    const run = fakeRun({ log: '::add-mask::first line%0Asecond line\n' })
    expect(printLater(run, 'first line\nsecond line')).toBe('***\n***')
    expect(printLater(run, 'unrelated')).toBe('unrelated')
  })
})

describe('parseOutputFile', () => {
  it('reads heredoc and name=value forms; the last write wins', () => {
    const text = 'arn<<ghadelimiter_1\narn:aws:x\nghadelimiter_1\nname=plain=value\nmulti<<D\na\n\nb\nD\nname=second\n'
    expect(parseOutputFile(text)).toEqual({ arn: 'arn:aws:x', name: 'second', multi: 'a\n\nb' })
  })

  it('names inputs as the runner does', () => {
    expect(inputVariable('secret-id')).toBe('INPUT_SECRET-ID')
    expect(inputVariable('a b')).toBe('INPUT_A_B')
  })
})

describe('moto and the boto3 reader', () => {
  let moto: Moto
  beforeAll(async () => {
    moto = await startMoto()
  })
  afterAll(async () => {
    await moto.stop()
    closeAwsHelper()
  })

  it('round-trips strings and bytes exactly', async () => {
    const text = '  leading\r\n\ttabs and trailing newline\n\n'
    const bytes = Buffer.from([0, 1, 2, 0xff, 0x0a, 0x0d, 0x80])
    await createSecret(moto.endpoint, 'rt', { secretString: text, description: 'd', kmsKeyId: 'alias/custom' })
    let state = await readSecret(moto.endpoint, 'rt')
    expect(state.current.secretString).toBe(text)
    expect(state.description).toBe('d')
    expect(state.kmsKeyId).toBe('alias/custom')
    const put = await putValue(moto.endpoint, 'rt', bytes)
    state = await readSecret(moto.endpoint, 'rt')
    expect(state.current.versionId).toBe(put.versionId)
    expect(state.current.secretBinary?.equals(bytes)).toBe(true)
    expect(state.previous?.secretString).toBe(text)
  })

  it('creates in the ARN region and reports errors by code', async () => {
    const created = await createSecret(moto.endpoint, 'eu', { secretString: 'x', region: 'eu-west-1' })
    expect(created.arn).toMatch(/^arn:aws:secretsmanager:eu-west-1:/)
    expect((await readSecret(moto.endpoint, created.arn)).name).toBe('eu')
    await expect(readSecret(moto.endpoint, 'eu')).rejects.toMatchObject({ code: 'ResourceNotFoundException' })
    await expect(readSecret(moto.endpoint, 'eu')).rejects.toBeInstanceOf(AwsError)
  })

  it('reports a secret scheduled for deletion', async () => {
    await createSecret(moto.endpoint, 'gone', { secretString: 'x' })
    await deleteSecret(moto.endpoint, 'gone', { recoveryWindowInDays: 7 })
    const state = await readSecret(moto.endpoint, 'gone')
    expect(state.deletedDate).toBeDefined()
    expect(state.currentError).toMatch(/InvalidRequestException/)
  })

  it('launcher: AWSCURRENT moves only from the version holding it, and the default version follows it', async () => {
    const v1 = (await createSecret(moto.endpoint, 'cas', { secretString: 'one' })).versionId ?? ''
    const v2 = (await putValue(moto.endpoint, 'cas', 'two', { versionStages: ['run-a'] })).versionId
    // The compare of the compare-and-swap: a stale RemoveFromVersionId is refused.
    await expect(
      moveStage(moto.endpoint, 'cas', 'AWSCURRENT', { removeFromVersionId: v2, moveToVersionId: v2 })
    ).rejects.toMatchObject({ code: 'InvalidParameterException' })
    await moveStage(moto.endpoint, 'cas', 'AWSCURRENT', { removeFromVersionId: v1, moveToVersionId: v2 })
    // A value update now builds on v2 (moto alone would label v1 AWSPREVIOUS again).
    const v3 = (await putValue(moto.endpoint, 'cas', 'three')).versionId
    const state = await readSecret(moto.endpoint, 'cas')
    expect(state.current).toMatchObject({ versionId: v3, secretString: 'three' })
    expect(state.previous).toMatchObject({ versionId: v2, secretString: 'two' })
  })

  it('reset clears every secret', async () => {
    await createSecret(moto.endpoint, 'temp', { secretString: 'x' })
    await moto.reset()
    await expect(readSecret(moto.endpoint, 'temp')).rejects.toMatchObject({ code: 'ResourceNotFoundException' })
  })
})
