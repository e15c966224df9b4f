/**
 * Every form in which a value is written is masked, and nothing else: the committed bundle runs
 * against moto, and the log it leaves is read with the runner's own handling of masks
 * (scripts/runner.mjs). "A later step prints it" is the file printed again with those masks.
 */
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals'
import { createSecret, readSecret } from '../support/aws.js'
import { errorMessages, expectExit } from '../support/expect-run.js'
import { expectNoLeaks, printLater } from '../support/leaks.js'
import { secretNames, startLocal, stopLocal, type Local } from '../support/local.js'
import { jobOutput, readLog, runAction } from '../support/run-action.js'
import { hex } from '../support/seed.js'

let local: Local
beforeAll(async () => {
  local = await startLocal()
})
afterAll(() => stopLocal(local))

const uniqueName = secretNames('masks')

/** Lines any later step may print that carry no secret: they must stay as they are. */
const STRUCTURE = '{\n}\n},\n[\n]\n{}\n[]\n"key": {\n);'

async function runWithFile(name: string, content: string, inputs: Record<string, string> = {}) {
  return runAction(
    { 'secret-id': name, 'endpoint-url': local.moto.endpoint, 'value-from-file': 'secret.json', ...inputs },
    { files: { 'secret.json': content } }
  )
}

describe('a JSON file written with escapes', () => {
  it('is masked leaf by leaf as the file writes it, when a later step prints the file', async () => {
    const tag = hex(8)
    // As Terraform/Go, Python, PHP and any encoder of non-BMP characters write them, and a
    // duplicate key whose first value JSON.parse drops.
    const written = {
      go: `Tr0ub4dor\\u00263x-${tag}\\u003cq\\u003e`,
      python: `p\\u00e4ssw\\u00f6rd-${tag}`,
      php: `postgres:\\/\\/app:pw-${tag}@db\\/app`,
      emoji: `key-\\ud83d\\udd11-${tag}`,
      first: `first-duplicate-${tag}`
    }
    const file = [
      '{',
      `  "go": "${written.go}",`,
      `  "python": "${written.python}",`,
      `  "php": "${written.php}",`,
      `  "emoji": "${written.emoji}",`,
      `  "password": "${written.first}",`,
      `  "password": "second-duplicate-${tag}"`,
      '}',
      ''
    ].join('\n')
    const name = uniqueName('escaped')
    await createSecret(local.moto.endpoint, name, { secretString: 'seed' })
    const run = await runWithFile(name, file)
    expectExit(run, 0)
    const later = printLater(run, file)
    for (const leaf of Object.values(written)) expect(later).not.toContain(leaf)
    const decoded = JSON.parse(file) as Record<string, string>
    for (const leaf of Object.values(decoded)) expect(printLater(run, leaf)).toBe('***')
    expect(printLater(run, STRUCTURE)).toBe(STRUCTURE)
    expectNoLeaks(run, [file])
  })
})

describe('multi-line text that is not JSON', () => {
  it.each([
    ['a trailing comma', `{\n  "password": "trailing-${hex(12)}",\n}\n`],
    ['a comment', `{\n  // the database\n  "password": "commented-${hex(12)}"\n}\n`]
  ])('with %s masks its content lines, never a brace', async (_what, file) => {
    const name = uniqueName('not-json')
    await createSecret(local.moto.endpoint, name, { secretString: 'seed' })
    const run = await runWithFile(name, file)
    expectExit(run, 0)
    expect(printLater(run, STRUCTURE)).toBe(STRUCTURE)
    expect(printLater(run, file)).not.toMatch(/trailing-|commented-/)
    expectNoLeaks(run, [file])
  })
})

describe('a UTF-8 byte order mark before a JSON file', () => {
  const BOM = '\ufeff'

  it('is stored byte for byte, and masked as JSON', async () => {
    const name = uniqueName('bom')
    await createSecret(local.moto.endpoint, name, { secretString: 'seed' })
    const file = `${BOM}{\n  "password": "bom-password-${hex(12)}"\n}\n`
    const run = await runWithFile(name, file)
    expectExit(run, 0)
    expect((await readSecret(local.moto.endpoint, name)).current.secretString).toBe(file)
    expect(printLater(run, STRUCTURE)).toBe(STRUCTURE)
    expectNoLeaks(run, [file])
  })

  it('is equal as JSON for skip-unchanged: no new version', async () => {
    const name = uniqueName('bom-skip')
    const password = `bom-password-${hex(12)}`
    await createSecret(local.moto.endpoint, name, { secretString: JSON.stringify({ password }) })
    const before = await readSecret(local.moto.endpoint, name)
    const run = await runWithFile(name, `${BOM}{\n  "password": "${password}"\n}\n`, { 'skip-unchanged': 'true' })
    expectExit(run, 0)
    expect(run.outputs.changed).toBe('false')
    expect((await readSecret(local.moto.endpoint, name)).versions).toEqual(before.versions)
  })

  it('is a JSON object to merge, in the patch and in the stored value', async () => {
    const name = uniqueName('bom-merge')
    const password = `bom-password-${hex(12)}`
    await createSecret(local.moto.endpoint, name, { secretString: `${BOM}{"password": "${password}"}` })
    const run = await runWithFile(name, `${BOM}{"user": "app"}`, { 'json-merge': 'true' })
    expectExit(run, 0)
    expect(errorMessages(run)).toEqual([])
    const stored = (await readSecret(local.moto.endpoint, name)).current.secretString ?? ''
    expect(JSON.parse(stored)).toEqual({ password, user: 'app' })
    expectNoLeaks(run, [password])
  })
})

describe('an output that contains a part of the value', () => {
  it('is kept as a step output, masked in the log, and would be dropped from a job output', async () => {
    const name = uniqueName('prod-db')
    await createSecret(local.moto.endpoint, name, { secretString: 'seed' })
    const run = await runAction({ 'secret-id': name, 'endpoint-url': local.moto.endpoint, 'secret-string': 'prod-db' })
    expectExit(run, 0)
    expect(run.outputs.name).toBe(name)
    expect(jobOutput(run.outputs.name ?? '', run.log)).toBeUndefined()
    expect(jobOutput(run.outputs['version-id'] ?? '', run.log)).toBe(run.outputs['version-id'])
    const warnings = readLog(run.log)
      .annotations.filter((a) => a.level === 'warning')
      .map((a) => a.message)
    expect(warnings.some((w) => w.startsWith('Output `name`') && /job output .* dropped/.test(w))).toBe(true)
  })
})

describe('a text file that is not UTF-8, stored with binary: true', () => {
  it('is masked line by line as a later step prints it (the runner shows each bad byte as U+FFFD)', async () => {
    const tag = hex(8)
    const bytes = Buffer.from(
      `DB_USER=admin-${tag}\nDB_PASSWORD=s3cr3t-P\xe4ssword-${tag}\nAPI_TOKEN=tok_live_${tag}\n`,
      'latin1'
    )
    const name = uniqueName('latin1')
    await createSecret(local.moto.endpoint, name, { secretString: 'seed' })
    const run = await runAction(
      { 'secret-id': name, 'endpoint-url': local.moto.endpoint, 'value-from-file': 'app.env', binary: 'true' },
      { files: { 'app.env': bytes } }
    )
    expectExit(run, 0)
    expect((await readSecret(local.moto.endpoint, name)).current.secretBinary).toEqual(bytes)
    const asPrinted = new TextDecoder('utf-8').decode(bytes)
    expect(
      printLater(run, asPrinted)
        .split('\n')
        .filter((line) => line !== '' && line !== '***')
    ).toEqual([])
  })
})
