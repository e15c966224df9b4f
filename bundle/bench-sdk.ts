// The benchmark's contestant S (scripts/bench.mjs): the bare SDK call the action is built around,
// bundled exactly as the action is (scripts/build.mjs: ncc with this directory's tsconfig.json,
// nothing after it), so that the benchmark shows what the SDK costs by itself. It does
// what the floor (scripts/bench-floor.mjs) does, through the SDK: masks the value, sends one
// UpdateSecret with a fresh token, writes the `version-id` output. No toolkit, no validation.
import { appendFileSync } from 'node:fs'
import { randomUUID } from 'node:crypto'
import { SecretsManagerClient, UpdateSecretCommand } from '@aws-sdk/client-secrets-manager'

const env = process.env
const value = env['INPUT_SECRET-STRING'] ?? ''
process.stdout.write(`::add-mask::${value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')}\n`)

const endpoint = env['INPUT_ENDPOINT-URL']
const client = new SecretsManagerClient({ region: env.AWS_REGION ?? 'us-east-1', ...(endpoint ? { endpoint } : {}) })
const out = await client.send(
  new UpdateSecretCommand({ SecretId: env['INPUT_SECRET-ID'], SecretString: value, ClientRequestToken: randomUUID() })
)
if (env.GITHUB_OUTPUT) appendFileSync(env.GITHUB_OUTPUT, `version-id=${out.VersionId ?? ''}\n`)
