/**
 * Run inside a namespace of lab.mjs: moto behind the TLS terminator on port 443, with the secrets
 * given created first. Prints one line, `ready`, then serves until its stdin closes.
 * Usage: node endpoint.mjs CERT KEY LOG REGION/NAME=VALUE...
 */
import { startTerminator } from './lab.mjs'
import { startMoto } from '../moto.mjs'

const [cert, key, log, ...secrets] = process.argv.slice(2)
const moto = await startMoto()
const terminator = await startTerminator({ upstream: moto.endpoint, cert, key, log })
for (const secret of secrets) {
  const [, region, name, value] = /^([^/]+)\/([^=]+)=(.*)$/.exec(secret)
  const res = await fetch(moto.endpoint, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-amz-json-1.1',
      'x-amz-target': 'secretsmanager.CreateSecret',
      authorization: `AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20250101/${region}/secretsmanager/aws4_request, SignedHeaders=host, Signature=0`
    },
    body: JSON.stringify({ Name: name, SecretString: value })
  })
  if (!res.ok) throw new Error(`CreateSecret ${name}: HTTP ${res.status}`)
}
process.stdout.write('ready\n')
process.stdin.resume()
process.stdin.on('end', async () => {
  await terminator.close()
  await moto.stop()
  process.exit(0)
})
