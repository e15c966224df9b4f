/**
 * The benchmark's floor (contestant B): the least a JavaScript action can do for a plain update.
 * Node starts, loads `http` and `crypto`, registers the mask, sends ONE UpdateSecret request built
 * by hand, and writes the `version-id` output. No SDK, no toolkit, no validation, no retries.
 *
 * It runs in the same runner set-up as the action (scripts/runner.mjs: INPUT_* variables, AWS_*
 * credentials, GITHUB_OUTPUT), reading only what it needs. The signature is a stand-in: one
 * HMAC-SHA256 over the body in an Authorization header shaped like SigV4 (moto does not verify
 * signatures; real SigV4 adds a few more HMACs over short strings, microseconds).
 * Without `endpoint-url` it calls the regional endpoint over TLS (node:https, Node's CAs), as the
 * latency mode of the benchmark (`--rtt`) does. Exits 1 unless Secrets Manager answers 200.
 */
import { createRequire } from 'node:module'

// Built-ins through require(), as the bundle loads them (ncc turns them into createRequire calls):
// an ESM `import ... from 'node:http'` builds a namespace from every export, which runs http's lazy
// WebSocket getter and so loads Node's internal undici, about 50 ms and 14 MB more on a small machine.
const require = createRequire(import.meta.url)
const { createHmac, randomUUID } = require('node:crypto')
const { appendFileSync } = require('node:fs')

const env = process.env
const value = env['INPUT_SECRET-STRING'] ?? ''
const region = env.AWS_REGION ?? 'us-east-1'
const endpoint = new URL(env['INPUT_ENDPOINT-URL'] || `https://secretsmanager.${region}.amazonaws.com`)
const { request } = require(endpoint.protocol === 'https:' ? 'node:https' : 'node:http')

// Masked before anything else, as the action must (the escaping of @actions/core's add-mask).
process.stdout.write(`::add-mask::${value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')}\n`)

const body = JSON.stringify({ SecretId: env['INPUT_SECRET-ID'], SecretString: value, ClientRequestToken: randomUUID() })
const amzDate = new Date().toISOString().replace(/[-:]|\.\d{3}/g, '')
const scope = `${amzDate.slice(0, 8)}/${region}/secretsmanager/aws4_request`
const signature = createHmac('sha256', env.AWS_SECRET_ACCESS_KEY ?? '')
  .update(body)
  .digest('hex')

const req = request(
  endpoint,
  {
    method: 'POST',
    headers: {
      'content-type': 'application/x-amz-json-1.1',
      'content-length': Buffer.byteLength(body),
      'x-amz-target': 'secretsmanager.UpdateSecret',
      'x-amz-date': amzDate,
      authorization:
        `AWS4-HMAC-SHA256 Credential=${env.AWS_ACCESS_KEY_ID}/${scope}, ` +
        `SignedHeaders=content-type;host;x-amz-date;x-amz-target, Signature=${signature}`
    }
  },
  (res) => {
    let text = ''
    res.setEncoding('utf8')
    res.on('data', (chunk) => (text += chunk))
    res.on('end', () => {
      if (res.statusCode !== 200) {
        process.stdout.write(`::error::UpdateSecret answered HTTP ${res.statusCode}: ${text}\n`)
        process.exitCode = 1
        return
      }
      const { VersionId = '' } = JSON.parse(text)
      if (env.GITHUB_OUTPUT) appendFileSync(env.GITHUB_OUTPUT, `version-id=${VersionId}\n`)
    })
  }
)
req.on('error', (error) => {
  process.stdout.write(`::error::${error.message}\n`)
  process.exitCode = 1
})
req.end(body)
