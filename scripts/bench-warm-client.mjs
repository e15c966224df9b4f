/**
 * The endpoint's own time per request, for `npm run bench -- --scaling`: one SDK client in one
 * process, warmed by one call, then `count` sequential UpdateSecret calls on one secret. Prints
 * {"perRequestMs": …}. Usage: node scripts/bench-warm-client.mjs ENDPOINT COUNT SECRET_ID
 */
import { randomBytes } from 'node:crypto'
import { SecretsManagerClient, UpdateSecretCommand } from '@aws-sdk/client-secrets-manager'

const [endpoint, countText, secretId] = process.argv.slice(2)
const count = Number(countText)
const client = new SecretsManagerClient({ endpoint, region: process.env.AWS_REGION })
const update = () =>
  client.send(new UpdateSecretCommand({ SecretId: secretId, SecretString: randomBytes(16).toString('hex') }))

await update()
const start = process.hrtime.bigint()
for (let i = 0; i < count; i++) await update()
const perRequestMs = Number(process.hrtime.bigint() - start) / 1e6 / count
process.stdout.write(`${JSON.stringify({ perRequestMs })}\n`)
client.destroy()
