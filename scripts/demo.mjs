/**
 * `npm run demo`: the action's main job, end to end, on this machine. Starts a local Secrets
 * Manager (moto) on loopback, creates a sample secret, runs the committed dist/index.js on it as a
 * workflow step would (scripts/runner.mjs: Node 24, INPUT_* variables, GITHUB_OUTPUT, job summary),
 * prints each step's log as the runner shows it (masks applied), its outputs and job summary, then
 * reads the secret back. Exits 1 when a step fails or a result is not what the step should give.
 */
import {
  CreateSecretCommand,
  DescribeSecretCommand,
  GetSecretValueCommand,
  SecretsManagerClient
} from '@aws-sdk/client-secrets-manager'
import { startMoto } from './moto.mjs'
import { findPython, report } from './preflight.mjs'
import { maskLog, maskText, runAction } from './runner.mjs'

const SECRET_ID = 'demo/app/db'
const REGION = 'us-east-1'
// Every string and number leaf of a JSON value becomes a mask: sample values that occur in the
// secret's name (`app`, say) would hide the name in the log and make the runner drop the outputs.
const INITIAL = { username: 'svc_user', password: 'initial-Pa55word', host: 'db.internal', port: 5432 }
const ROTATED = { ...INITIAL, password: 'rotated-9fK2-qXz' }
const PATCH = '{"replica":"db-replica.internal"}'

/** The workflow steps the demo runs, in order, and what each must report. */
const STEPS = [
  {
    title: 'Rotate the password, and set a description',
    inputs: { 'secret-string': JSON.stringify(ROTATED), description: 'Credentials of the demo app database' },
    changed: 'true'
  },
  {
    title: 'Add a key with json-merge (RFC 7396 patch), skip-unchanged',
    inputs: { 'secret-string': PATCH, 'json-merge': 'true', 'skip-unchanged': 'true' },
    changed: 'true'
  },
  {
    title: 'The same merge again: nothing to change, no new version',
    inputs: { 'secret-string': PATCH, 'json-merge': 'true', 'skip-unchanged': 'true' },
    changed: 'false'
  }
]

const indent = (text, prefix = '    ') =>
  text
    .trimEnd()
    .split('\n')
    .map((line) => `${prefix}${line}`.trimEnd())
    .join('\n')

const problems = []
const check = (ok, message) => {
  if (!ok) problems.push(message)
  return ok
}

let moto
try {
  // The Python npm test uses: one that imports moto, else the .venv-test/ it makes.
  const python = findPython({ rerun: 'npm run demo' })
  if (python.problem) {
    console.error(report([python.problem], 'The demo'))
    process.exit(1)
  }
  moto = await startMoto({ python: python.python })
  const sdk = new SecretsManagerClient({
    region: REGION,
    endpoint: moto.endpoint,
    credentials: { accessKeyId: 'demo', secretAccessKey: 'demo' }
  })
  const created = await sdk.send(new CreateSecretCommand({ Name: SECRET_ID, SecretString: JSON.stringify(INITIAL) }))
  console.log(`Local Secrets Manager (moto) at ${moto.endpoint}`)
  console.log(`Created ${SECRET_ID}, version ${created.VersionId}, JSON keys: ${Object.keys(INITIAL).join(', ')}\n`)

  let lastVersion
  for (const [index, step] of STEPS.entries()) {
    const inputs = { 'secret-id': SECRET_ID, 'endpoint-url': moto.endpoint, ...step.inputs }
    const run = await runAction(inputs)
    // What the runner would show: the inputs as a secret from `secrets.*` would appear, the log masked.
    const withLines = Object.entries(inputs).map(([name, value]) => `${name}: ${maskText(value, run.log)}`)
    console.log(`── Step ${index + 1}: ${step.title}`)
    console.log(`  with:\n${indent(withLines.join('\n'))}`)
    console.log(`  log (exit ${run.code}, ${Math.round(run.durationMs)} ms):\n${indent(maskLog(run.log), '    | ')}`)
    if (!check(run.code === 0, `step ${index + 1} failed with exit code ${run.code}`)) continue
    // The runner drops an output that contains a masked value; say so rather than show it as passed on.
    const outputs = Object.entries(run.outputs).map(([name, value]) => {
      const dropped = maskText(value, run.log) !== value ? '   (dropped by the runner: contains a masked value)' : ''
      return `${name.padEnd(10)} ${value}${dropped}`
    })
    console.log(`  outputs:\n${indent(outputs.join('\n'))}`)
    console.log(`  job summary:\n${indent(run.summary, '    > ')}\n`)

    check(
      run.outputs.changed === step.changed,
      `step ${index + 1}: changed=${run.outputs.changed}, expected ${step.changed}`
    )
    const { VersionIdsToStages = {} } = await sdk.send(new DescribeSecretCommand({ SecretId: SECRET_ID }))
    const current = Object.keys(VersionIdsToStages).find((id) => VersionIdsToStages[id]?.includes('AWSCURRENT'))
    check(
      run.outputs['version-id'] === current,
      `step ${index + 1}: version-id is not the AWSCURRENT version ${current}`
    )
    if (step.changed === 'false') check(current === lastVersion, `step ${index + 1} wrote a new version`)
    lastVersion = current
  }

  // Read back independently of the action's log: versions and stages, and the value's keys (never its values).
  const described = await sdk.send(new DescribeSecretCommand({ SecretId: SECRET_ID }))
  const value = await sdk.send(new GetSecretValueCommand({ SecretId: SECRET_ID }))
  const stored = JSON.parse(value.SecretString ?? '{}')
  console.log(`── ${SECRET_ID} now (read back with the AWS SDK; values not shown)`)
  console.log(`  description: ${described.Description}`)
  console.log('  versions:')
  for (const [id, stages] of Object.entries(described.VersionIdsToStages ?? {})) {
    console.log(`    ${id}  ${stages.join(', ') || '(no stage: moto lists it, AWS would not)'}`)
  }
  console.log(`  AWSCURRENT value: JSON with keys ${Object.keys(stored).join(', ')}`)
  const expected = { ...ROTATED, ...JSON.parse(PATCH) }
  check(
    JSON.stringify(stored) === JSON.stringify(expected),
    'the stored value is not the rotated JSON with the patch merged'
  )
  sdk.destroy()
} catch (error) {
  problems.push(error instanceof Error ? error.message : String(error))
} finally {
  await moto?.stop()
}

if (problems.length > 0) {
  console.error(`\nDemo FAILED:\n${problems.map((p) => `  - ${p}`).join('\n')}`)
  process.exitCode = 1
} else {
  console.log('\nDemo OK: three workflow steps ran the bundled action against the local Secrets Manager.')
}
