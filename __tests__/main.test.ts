/**
 * run() end to end inside the process: the real settings, value, masks, update and summary
 * modules, with the runner protocol (src/runner.ts, the action's slice of @actions/core) and the
 * client mocked (the client by aws-sdk-client-mock), as actions/typescript-action tests its main.
 */
import 'aws-sdk-client-mock-jest'
import * as realCrypto from 'node:crypto'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { afterAll, beforeAll, beforeEach, describe, expect, it, jest } from '@jest/globals'
import {
  DescribeSecretCommand,
  GetSecretValueCommand,
  PutSecretValueCommand,
  SecretsManagerClient,
  UpdateSecretCommand,
  UpdateSecretVersionStageCommand
} from '@aws-sdk/client-secrets-manager'
import { mockClient } from 'aws-sdk-client-mock'
import { confirming } from '../__fixtures__/answers.js'
import * as core from '../__fixtures__/core.js'
import { inputEnv } from '../__fixtures__/inputs.js'
import type * as clientModule from '../src/client.js'
import { InputError } from '../src/errors.js'
import { masksFor } from '../src/mask.js'
import type { SecretValue } from '../src/types.js'
import { sdkError } from './support/errors.js'

const createClient = jest.fn<typeof clientModule.createClient>()
const randomBytes = jest.fn((size: number) => realCrypto.randomBytes(size))
const randomUUID = jest.fn<typeof realCrypto.randomUUID>(() => realCrypto.randomUUID())

jest.unstable_mockModule('../src/runner.js', () => core)
jest.unstable_mockModule('../src/client.js', () => ({ createClient }))
jest.unstable_mockModule('node:crypto', () => ({ ...realCrypto, default: realCrypto, randomBytes, randomUUID }))

const { run } = await import('../src/main.js')

const NAME = 'app/db'
const ARN = 'arn:aws:secretsmanager:us-east-1:123456789012:secret:app/db-AbCdEf'
const VALUE = 'plain-secret-value'

const smClient = new SecretsManagerClient({ region: 'us-east-1' })
const sm = mockClient(smClient)

let workspace: string
const ORIGINAL_ENV = { ...process.env }
/** The runner's environment minus anything that would change settings. */
const BASE_ENV = Object.fromEntries(
  Object.entries(ORIGINAL_ENV).filter(([name]) => !/^(INPUT_|AWS_|GITHUB_|RUNNER_)|^(https?|no)_proxy$/i.test(name))
)

/** Sets process.env as the runner would for these inputs (action.yml defaults filled in). */
function runnerEnv(inputs: Record<string, string>, env: Record<string, string> = {}): void {
  process.env = {
    ...BASE_ENV,
    GITHUB_WORKSPACE: workspace,
    ...inputEnv({ 'secret-id': NAME, region: 'us-east-1', ...inputs }),
    ...env
  }
}

const registered = (): string[] => core.setSecret.mock.calls.map(([m]) => m)
const failure = (): string => {
  expect(core.setFailed).toHaveBeenCalledTimes(1)
  return String(core.setFailed.mock.calls[0]![0])
}
const outputs = (): Record<string, unknown> => Object.fromEntries(core.setOutput.mock.calls)

/** UpdateSecret answers with the token it was sent as the new version id, as AWS does. */
function updateEchoesToken(): void {
  sm.on(UpdateSecretCommand).callsFake(async (input: { ClientRequestToken?: string }) => ({
    ARN,
    Name: NAME,
    ...(input.ClientRequestToken ? { VersionId: input.ClientRequestToken } : {})
  }))
}

beforeAll(async () => {
  workspace = await mkdtemp(path.join(tmpdir(), 'main-test-'))
  await writeFile(path.join(workspace, 'secret.txt'), 'file-secret-line-1\nfile-secret-line-2\n')
  await writeFile(path.join(workspace, 'secret.bin'), Buffer.from([0x00, 0xff, 0x10, 0x80, 0x7f]))
  await writeFile(path.join(workspace, 'latin1.txt'), Buffer.from([0x63, 0x61, 0x66, 0xe9]))
  await writeFile(path.join(workspace, 'empty.txt'), '')
  await mkdir(path.join(workspace, 'a-directory'))
})
afterAll(async () => {
  process.env = ORIGINAL_ENV
  await rm(workspace, { recursive: true, force: true })
})

beforeEach(() => {
  jest.clearAllMocks()
  sm.reset()
  createClient.mockImplementation(async () => smClient)
  randomBytes.mockImplementation((size: number) => realCrypto.randomBytes(size))
  randomUUID.mockImplementation(() => realCrypto.randomUUID())
})

describe('masks come first', () => {
  it.each<[string, Record<string, string>, SecretValue]>([
    ['secret-string', { 'secret-string': VALUE }, { kind: 'text', text: VALUE }],
    [
      'pretty-printed JSON',
      { 'secret-string': '{\n  "user": "ci-user",\n  "password": "json-pass-1"\n}\n' },
      { kind: 'text', text: '{\n  "user": "ci-user",\n  "password": "json-pass-1"\n}\n' }
    ],
    [
      'secret-binary',
      { 'secret-binary': 'AP8QgH8=' },
      { kind: 'binary', bytes: Buffer.from([0x00, 0xff, 0x10, 0x80, 0x7f]) }
    ],
    [
      'value-from-file',
      { 'value-from-file': 'secret.txt' },
      { kind: 'text', text: 'file-secret-line-1\nfile-secret-line-2\n' }
    ],
    [
      'value-from-file with binary',
      { 'value-from-file': 'secret.bin', binary: 'true' },
      { kind: 'binary', bytes: Buffer.from([0x00, 0xff, 0x10, 0x80, 0x7f]) }
    ]
  ])(
    'registers every mask of a %s value before any log line and before the client exists',
    async (_name, inputs, value) => {
      runnerEnv(inputs)
      updateEchoesToken()
      await run()
      expect(core.setFailed).not.toHaveBeenCalled()

      const masks = masksFor(value)
      expect(masks.length).toBeGreaterThan(0)
      expect(registered()).toEqual(expect.arrayContaining(masks))
      const maskOrders = core.setSecret.mock.calls.flatMap(([m], i) =>
        masks.includes(m) ? [core.setSecret.mock.invocationCallOrder[i]!] : []
      )
      const lastMask = Math.max(...maskOrders)
      expect(core.info).toHaveBeenCalled()
      expect(lastMask).toBeLessThan(Math.min(...core.info.mock.invocationCallOrder))
      expect(lastMask).toBeLessThan(createClient.mock.invocationCallOrder[0]!)
      expect(lastMask).toBeLessThan(Math.min(...core.setOutput.mock.invocationCallOrder))
    }
  )

  it('registers the credentials of a proxy URL before the client exists', async () => {
    runnerEnv({ 'secret-string': VALUE }, { HTTPS_PROXY: 'http://ci:proxy-pa%24%24@proxy.corp:3128' })
    updateEchoesToken()
    await run()
    expect(registered()).toEqual(expect.arrayContaining(['proxy-pa%24%24', 'proxy-pa$$']))
    const order = core.setSecret.mock.invocationCallOrder[registered().indexOf('proxy-pa$$')]!
    expect(order).toBeLessThan(createClient.mock.invocationCallOrder[0]!)
    expect(createClient.mock.calls[0]![0]).toMatchObject({ httpsProxy: 'http://ci:proxy-pa%24%24@proxy.corp:3128' })
  })

  it('registers values it reads from Secrets Manager, and passes warnings on', async () => {
    runnerEnv({ 'secret-string': '{"new":"patch-leaf-1"}', 'json-merge': 'true' })
    sm.on(DescribeSecretCommand).resolves({ ARN, Name: NAME, RotationEnabled: true })
    sm.on(GetSecretValueCommand).resolves({ VersionId: 'v1', SecretString: '{"old":"stored-leaf-1"}' })
    sm.on(PutSecretValueCommand).callsFake(confirming(ARN, NAME))
    sm.on(UpdateSecretVersionStageCommand).resolves({ ARN, Name: NAME })
    await run()
    expect(core.setFailed).not.toHaveBeenCalled()
    expect(registered()).toEqual(
      expect.arrayContaining([
        'patch-leaf-1',
        'stored-leaf-1',
        '{"old":"stored-leaf-1"}',
        '{"old":"stored-leaf-1","new":"patch-leaf-1"}'
      ])
    )
    expect(core.warning).toHaveBeenCalledWith(expect.stringMatching(/[Rr]otation is enabled/))
  })

  it('registers each mask once', async () => {
    runnerEnv({ 'secret-string': VALUE, 'skip-unchanged': 'true' })
    sm.on(DescribeSecretCommand).resolves({ ARN, Name: NAME })
    sm.on(GetSecretValueCommand).resolves({ VersionId: 'v1', SecretString: VALUE })
    await run()
    expect(registered().filter((m) => m === VALUE)).toHaveLength(1)
  })
})

describe('outputs and summary', () => {
  it('sets arn, name, version-id and changed', async () => {
    runnerEnv({ 'secret-string': VALUE })
    updateEchoesToken()
    await run()
    const token = sm.commandCalls(UpdateSecretCommand)[0]!.args[0].input.ClientRequestToken
    expect(token).toMatch(/^[0-9a-f-]{36}$/)
    expect(outputs()).toEqual({
      arn: ARN,
      name: NAME,
      'version-id': token,
      'previous-version-id': '',
      changed: 'true',
      'current-version-id': token
    })
    expect(core.setFailed).not.toHaveBeenCalled()
  })

  it('sets changed=false and the current version when skip-unchanged finds the value equal', async () => {
    runnerEnv({ 'secret-string': VALUE, 'skip-unchanged': 'true' })
    sm.on(DescribeSecretCommand).resolves({ ARN, Name: NAME })
    sm.on(GetSecretValueCommand).resolves({ VersionId: 'current-v1', SecretString: VALUE })
    await run()
    expect(sm).not.toHaveReceivedCommand(UpdateSecretCommand)
    expect(outputs()).toEqual({
      arn: ARN,
      name: NAME,
      'version-id': 'current-v1',
      'previous-version-id': '',
      changed: 'false',
      'current-version-id': 'current-v1'
    })
  })

  it('sets an empty version-id in a dry run, and writes nothing', async () => {
    runnerEnv(
      { 'secret-string': VALUE, 'dry-run': 'true' },
      { GITHUB_STEP_SUMMARY: path.join(workspace, 'summary.md') }
    )
    sm.on(DescribeSecretCommand).resolves({ ARN, Name: NAME })
    await run()
    expect(sm.calls().map((c) => (c.args[0] as object).constructor.name)).toEqual(['DescribeSecretCommand'])
    expect(outputs()).toEqual({
      arn: ARN,
      name: NAME,
      'version-id': '',
      'previous-version-id': '',
      changed: 'true',
      'current-version-id': ''
    })
    expect(core.appendSummary.mock.calls[0]![0]).toMatch(/^### Dry run/)
  })

  it('writes the job summary when the runner gives a summary file, without the value', async () => {
    runnerEnv(
      { 'secret-string': VALUE },
      { GITHUB_STEP_SUMMARY: path.join(workspace, 'summary.md'), GITHUB_REPOSITORY: 'octo/repo' }
    )
    updateEchoesToken()
    await run()
    expect(core.appendSummary).toHaveBeenCalledTimes(1)
    const markdown = core.appendSummary.mock.calls[0]![0]
    expect(markdown).toContain(NAME)
    expect(markdown).toContain(ARN)
    for (const mask of masksFor({ kind: 'text', text: VALUE })) expect(markdown).not.toContain(mask)
  })

  it('warns when an output contains a part of the value: masked in the log, dropped from a job output', async () => {
    // The runner keeps step outputs as they are (SetOutputFileCommand) and skips only a job
    // output that contains a mask (JobExtension: "Skip output ... since it may contain secret").
    runnerEnv({ 'secret-id': 'prod-db-password', 'secret-string': 'prod-db' })
    sm.on(UpdateSecretCommand).callsFake(
      confirming('arn:aws:secretsmanager:us-east-1:123456789012:secret:prod-db-password-Ab12Cd', 'prod-db-password')
    )
    await run()
    expect(core.setOutput).toHaveBeenCalledWith('name', 'prod-db-password')
    for (const name of ['arn', 'name']) {
      const warning = core.warning.mock.calls
        .map(([message]) => message)
        .find((message) => message.startsWith(`Output \`${name}\``))
      expect(warning).toMatch(/later steps of this job get it as it is/)
      expect(warning).toMatch(/job output .* dropped/)
      expect(warning).not.toMatch(/will not pass it on/)
    }
  })
})

describe('a failure to report after the secret was written says that it was written', () => {
  const enospc = (): never => {
    throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' })
  }

  it('outputs that cannot be written: the step fails, saying the new version exists, with its id', async () => {
    runnerEnv({ 'secret-string': VALUE, 'client-request-token': 'v-written-1-0000000000000000000000' })
    sm.on(UpdateSecretCommand).callsFake(confirming(ARN, NAME))
    core.setOutput.mockImplementationOnce(enospc)
    await run()
    const message = failure()
    expect(message).toContain('v-written-1')
    expect(message).toMatch(/was updated/)
    expect(message).toMatch(/outputs/)
    expect(message).toContain('ENOSPC')
    expect(message).toMatch(/not rerun/i)
    expect(message).not.toMatch(/UpdateSecret failed|^Failed/)
  })

  it('a summary that cannot be written: a warning naming the version, and the step succeeds', async () => {
    runnerEnv({ 'secret-string': VALUE, 'client-request-token': 'v-written-2-0000000000000000000000' })
    sm.on(UpdateSecretCommand).callsFake(confirming(ARN, NAME))
    core.appendSummary.mockImplementationOnce(() => {
      throw Object.assign(new Error("ENOENT: no such file or directory, open '/missing/summary.md'"), {
        code: 'ENOENT'
      })
    })
    await run()
    expect(core.setFailed).not.toHaveBeenCalled()
    expect(outputs()).toEqual({
      arn: ARN,
      name: NAME,
      'version-id': 'v-written-2-0000000000000000000000',
      'previous-version-id': '',
      changed: 'true',
      'current-version-id': 'v-written-2-0000000000000000000000'
    })
    expect(core.warning).toHaveBeenCalledWith(
      expect.stringMatching(/job summary.*ENOENT.*v-written-2|v-written-2.*job summary.*ENOENT/)
    )
  })

  it('in a dry run, says that nothing was written', async () => {
    runnerEnv({ 'secret-string': VALUE, 'dry-run': 'true' })
    sm.on(DescribeSecretCommand).resolves({ ARN, Name: NAME })
    core.setOutput.mockImplementationOnce(enospc)
    await run()
    const message = failure()
    expect(message).toMatch(/dry run/i)
    expect(message).toMatch(/nothing was written/)
  })
})

describe('version ids the action generates avoid the masks', () => {
  // The runner drops a job output that contains a registered mask, and the log shows the id as
  // ***. With the value `cafe`, the first UUID offered contains it; the action must pick another.
  const CONTAINS_MASK = '0000cafe-0000-4000-8000-000000000000' as const
  const CLEAN = '11111111-1111-4111-8111-111111111111' as const

  it.each<[string, Record<string, string>, () => void]>([
    ['on the default path', {}, () => undefined],
    [
      'with skip-unchanged',
      { 'skip-unchanged': 'true' },
      () => {
        sm.on(DescribeSecretCommand).resolves({ ARN, Name: NAME })
        sm.on(GetSecretValueCommand).resolves({ VersionId: 'v1', SecretString: 'old' })
      }
    ]
  ])('%s', async (_name, inputs, arrange) => {
    runnerEnv({ 'secret-string': 'cafe', ...inputs })
    arrange()
    updateEchoesToken()
    randomUUID.mockReturnValueOnce(CONTAINS_MASK).mockReturnValue(CLEAN)
    await run()
    expect(core.setFailed).not.toHaveBeenCalled()
    expect(sm.commandCalls(UpdateSecretCommand)[0]!.args[0].input.ClientRequestToken).toBe(CLEAN)
    expect(outputs()['version-id']).toBe(CLEAN)
  })

  it('with skip-unchanged, avoiding the masks of the value it read too (the token is made after the read)', async () => {
    runnerEnv({ 'secret-string': 'new-value', 'skip-unchanged': 'true' })
    sm.on(DescribeSecretCommand).resolves({ ARN, Name: NAME })
    sm.on(GetSecretValueCommand).resolves({ VersionId: 'v1', SecretString: 'cafe' })
    updateEchoesToken()
    randomUUID.mockReturnValueOnce(CONTAINS_MASK).mockReturnValue(CLEAN)
    await run()
    expect(core.setFailed).not.toHaveBeenCalled()
    expect(outputs()['version-id']).toBe(CLEAN)
  })
})

// The table of bad inputs is integration/bad-input.test.ts (through the bundle, with a request count).
describe('bad input: masks first, one failure', () => {
  it.each<[string, Record<string, string>]>([
    ['secret-string, when another input is bad', { 'secret-string': VALUE, region: 'mars-1' }],
    ['secret-binary, when it is not base64', { 'secret-binary': `${VALUE}!` }]
  ])('masks the raw %s before failing', async (_name, inputs) => {
    runnerEnv(inputs)
    await run()
    failure()
    const raw = inputs['secret-string'] ?? inputs['secret-binary']!
    expect(registered()).toContain(raw)
    expect(core.setSecret.mock.invocationCallOrder[0]!).toBeLessThan(core.setFailed.mock.invocationCallOrder[0]!)
  })

  it('fails once on a bad ca-bundle found while creating the client, sending nothing', async () => {
    runnerEnv({ 'secret-string': VALUE, 'ca-bundle': 'missing.pem' })
    createClient.mockRejectedValue(new InputError('ca-bundle', 'cannot read missing.pem (ENOENT).'))
    await run()
    expect(failure()).toBe('Input `ca-bundle`: cannot read missing.pem (ENOENT).')
    expect(sm.calls()).toHaveLength(0)
  })
})

describe('failures never show the value', () => {
  it.each<[string, Record<string, string>, string]>([
    ['a text value', { 'secret-string': VALUE }, VALUE],
    ['its base64', { 'secret-string': VALUE }, Buffer.from(VALUE).toString('base64')],
    ['a JSON leaf', { 'secret-string': '{"user":"ci","password":"json-leaf-pass"}' }, 'json-leaf-pass'],
    ['a line of a multi-line value', { 'value-from-file': 'secret.txt' }, 'file-secret-line-2'],
    ['the base64 of a binary value', { 'secret-binary': 'AP8QgH8=' }, 'AP8QgH8=']
  ])('even when the SDK error quotes %s', async (_name, inputs, quoted) => {
    runnerEnv(inputs)
    sm.on(UpdateSecretCommand).rejects(sdkError('InvalidParameterException', `The value ${quoted} is not valid here`))
    await run()
    const message = failure()
    expect(message).toContain('InvalidParameterException')
    expect(message).toContain('***')
    expect(message).not.toContain(quoted)
  })

  it('even when the error quotes the current value read for a merge', async () => {
    runnerEnv({ 'secret-string': '{"k":"patch-value"}', 'json-merge': 'true' })
    sm.on(DescribeSecretCommand).resolves({ ARN, Name: NAME })
    sm.on(GetSecretValueCommand).resolves({ VersionId: 'v1', SecretString: '{"db":"stored-current-leaf"}' })
    sm.on(PutSecretValueCommand).rejects(
      sdkError('ValidationException', 'bad value {"db":"stored-current-leaf","k":"patch-value"}')
    )
    await run()
    const message = failure()
    expect(message).not.toContain('stored-current-leaf')
    expect(message).not.toContain('patch-value')
  })

  it('even when a non-Error is thrown with the value', async () => {
    runnerEnv({ 'secret-string': VALUE })
    sm.on(UpdateSecretCommand).callsFake(async () => {
      throw `raw throw of ${VALUE}`
    })
    await run()
    expect(failure()).toBe('Failed: Error: raw throw of ***')
  })

  it('names the exception and its hint', async () => {
    runnerEnv({ 'secret-string': VALUE })
    sm.on(UpdateSecretCommand).rejects(
      sdkError('ResourceNotFoundException', "Secrets Manager can't find the specified secret.")
    )
    await run()
    expect(failure()).toMatch(/ResourceNotFoundException: .*create-if-missing/)
    expect(core.setOutput).not.toHaveBeenCalled()
  })
})
