/**
 * `npm run bench -- --scaling`: how the cost grows with the number of secrets. Against moto on
 * loopback, 1, 10 and 50 secrets are updated
 *   - by one step with `secrets` (one process of dist/index.js, default max-concurrency), and
 *   - by one process each (what a workflow with one step per secret costs, without the runner's
 *     own per-step overhead),
 * interleaved, round after round, with new values each time (so that every update writes). The
 * table gives medians of the whole time (the sum of the processes' wall times for "one process
 * each"), the TCP connections each way opens (counted once, through a keep-alive proxy: see
 * startConnectionCounter), and the marginal cost per secret of the one-step run, (T50 - T1) / 49,
 * beside the endpoint's own time per request: one warm SDK client in one process sending 50
 * sequential UpdateSecret calls (scripts/bench-warm-client.mjs), since moto serves one request at
 * a time and bounds what any client can reach here.
 *
 * Usage: node scripts/bench.mjs --scaling [--rounds N (default 20)] [--json FILE] [--markdown FILE]
 */
import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { existsSync, writeFileSync } from 'node:fs'
import http from 'node:http'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { startMoto } from './moto.mjs'
import { requireNode24 } from './node24.mjs'
import { BUNDLE, prepareRun } from './runner.mjs'

const HERE = path.dirname(fileURLToPath(import.meta.url))
const WARM_CLIENT = path.join(HERE, 'bench-warm-client.mjs')
const REGION = 'us-east-1'
const SIZES = [1, 10, 50]
const MAX = Math.max(...SIZES)
const TARGETS = { speedup50: 10, marginalOverWarm: 1.5 }
const MAX_CONCURRENCY = 4

const progress = (text) => process.stderr.write(`${text}\n`)
const secretId = (i) => `bench/scale/s${i}`
const value = () => randomBytes(16).toString('hex')
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}

/**
 * An HTTP proxy in front of moto that counts the TCP connections clients open to it. moto answers
 * every request with `Connection: close`, which would make any client open one connection per
 * request; the proxy keeps its clients' connections alive, as AWS's endpoints do, and forwards each
 * request on a fresh upstream connection. So the count is what the client itself opens.
 */
async function startConnectionCounter(target) {
  const upstream = new URL(target)
  let connections = 0
  const agent = new http.Agent({ keepAlive: false })
  const server = http.createServer((req, res) => {
    const forward = http.request(
      { host: upstream.hostname, port: upstream.port, method: req.method, path: req.url, headers: req.headers, agent },
      (answer) => {
        const headers = { ...answer.headers }
        delete headers.connection
        delete headers['keep-alive']
        res.writeHead(answer.statusCode ?? 502, headers)
        answer.pipe(res)
      }
    )
    forward.on('error', (error) => res.destroy(error))
    req.pipe(forward)
  })
  server.on('connection', () => connections++)
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    endpoint: `http://127.0.0.1:${server.address().port}`,
    take() {
      const n = connections
      connections = 0
      return n
    },
    close() {
      server.closeAllConnections()
      return new Promise((resolve) => server.close(resolve))
    }
  }
}

/** Spawns a prepared run and times it from spawn to exit; the run must succeed and pass `ok`. */
async function timed(prepared, ok, what) {
  const start = process.hrtime.bigint()
  const { code, output } = await new Promise((resolve, reject) => {
    const child = spawn(prepared.command, prepared.args, {
      cwd: prepared.cwd,
      env: prepared.env,
      stdio: ['ignore', 'pipe', 'pipe']
    })
    let output = ''
    child.stdout.on('data', (d) => (output += d))
    child.stderr.on('data', (d) => (output += d))
    child.on('error', reject)
    child.on('close', (code) => resolve({ code, output }))
  })
  const ms = Number(process.hrtime.bigint() - start) / 1e6
  const { outputs } = await prepared.collect()
  if (code !== 0 || !ok(outputs)) throw new Error(`${what} failed (exit ${code}):\n${output}`)
  return ms
}

/** One step with `secrets` for the first `n` secrets. */
async function oneStep(endpoint, n) {
  const env = {}
  const lines = []
  for (let i = 0; i < n; i++) {
    env[`V${i}`] = value()
    lines.push(`${secretId(i)} env:V${i}`)
  }
  const prepared = await prepareRun({ secrets: lines.join('\n'), 'endpoint-url': endpoint }, { env })
  return timed(
    prepared,
    (outputs) => outputs.changed === 'true' && Object.keys(JSON.parse(outputs.results ?? '{}')).length === n,
    `one step with ${n} secrets`
  )
}

/** One process per secret, one after the other: the sum of their wall times. */
async function oneEach(endpoint, n) {
  let total = 0
  for (let i = 0; i < n; i++) {
    const prepared = await prepareRun({ 'secret-id': secretId(i), 'secret-string': value(), 'endpoint-url': endpoint })
    total += await timed(
      prepared,
      (outputs) => Boolean(outputs['version-id']),
      `the one-secret process for ${secretId(i)}`
    )
  }
  return total
}

/** One warm SDK client sending `count` sequential UpdateSecret calls: milliseconds per request. */
function warmClient(endpoint, count) {
  return new Promise((resolve, reject) => {
    const child = spawn(requireNode24(), [WARM_CLIENT, endpoint, String(count), secretId(0)], {
      env: {
        PATH: process.env.PATH ?? '',
        AWS_ACCESS_KEY_ID: 'bench',
        AWS_SECRET_ACCESS_KEY: 'bench',
        AWS_REGION: REGION
      },
      stdio: ['ignore', 'pipe', 'inherit']
    })
    let out = ''
    child.stdout.on('data', (d) => (out += d))
    child.on('error', reject)
    child.on('close', (code) =>
      code === 0 ? resolve(JSON.parse(out).perRequestMs) : reject(new Error(`bench-warm-client.mjs exited ${code}`))
    )
  })
}

async function createSecrets(endpoint) {
  for (let i = 0; i < MAX; i++) {
    const res = await fetch(endpoint, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-amz-json-1.1',
        'x-amz-target': 'secretsmanager.CreateSecret',
        authorization: `AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20250101/${REGION}/secretsmanager/aws4_request, SignedHeaders=host, Signature=0`
      },
      body: JSON.stringify({ Name: secretId(i), SecretString: 'initial' })
    })
    if (!res.ok) throw new Error(`CreateSecret answered HTTP ${res.status}: ${await res.text()}`)
  }
}

export async function scaling(opts) {
  if (!existsSync(BUNDLE)) throw new Error(`${BUNDLE} does not exist: run npm run build`)
  const rounds = opts.rounds
  const loadBefore = os.loadavg()[0]
  const moto = await startMoto()
  let counter
  try {
    await createSecrets(moto.endpoint)
    counter = await startConnectionCounter(moto.endpoint)

    // Connections: one run of each through the counting proxy, apart from the timing.
    const connections = {}
    for (const n of SIZES) {
      await oneStep(counter.endpoint, n)
      const step = counter.take()
      await oneEach(counter.endpoint, n)
      connections[n] = { step, each: counter.take() }
    }

    const samples = Object.fromEntries(SIZES.map((n) => [n, { step: [], each: [] }]))
    const warm = []
    for (let round = 0; round <= rounds; round++) {
      progress(round === 0 ? 'scaling: warm-up round' : `scaling: round ${round}/${rounds}`)
      for (const n of SIZES) {
        const step = await oneStep(moto.endpoint, n)
        const each = await oneEach(moto.endpoint, n)
        if (round > 0) {
          samples[n].step.push(step)
          samples[n].each.push(each)
        }
      }
      const perRequest = await warmClient(moto.endpoint, MAX)
      if (round > 0) warm.push(perRequest)
    }

    const stats = Object.fromEntries(
      SIZES.map((n) => [
        n,
        { stepMs: median(samples[n].step), eachMs: median(samples[n].each), connections: connections[n] }
      ])
    )
    const warmMs = median(warm)
    const marginalMs = (stats[MAX].stepMs - stats[1].stepMs) / (MAX - 1)
    const result = {
      rounds,
      maxConcurrency: MAX_CONCURRENCY,
      loadAverage: [loadBefore, os.loadavg()[0]],
      stats,
      warmMs,
      marginalMs,
      speedup50: stats[MAX].eachMs / stats[MAX].stepMs,
      samples,
      warm
    }
    const markdown = report(result)
    process.stdout.write(markdown)
    if (opts.markdown) writeFileSync(opts.markdown, markdown)
    if (opts.json) writeFileSync(opts.json, `${JSON.stringify({ ...result, targets: TARGETS }, null, 2)}\n`)
  } finally {
    await counter?.close()
    await moto.stop()
  }
}

function report({ rounds, maxConcurrency, loadAverage, stats, warmMs, marginalMs, speedup50 }) {
  const ms = (n) => `${Math.round(n)} ms`
  const check = (ok) => (ok ? '✓' : '✗')
  const rows = SIZES.map((n) => {
    const s = stats[n]
    return `| ${n} | ${ms(s.stepMs)} | ${ms(s.eachMs)} | ${(s.eachMs / s.stepMs).toFixed(1)} × | ${s.connections.step} | ${s.connections.each} |`
  })
  const ratio = marginalMs / warmMs
  const maxStepConnections = Math.max(...SIZES.map((n) => stats[n].connections.step))
  return [
    '| secrets | one step with `secrets` (median) | one process each (median of the sum) | speed-up | TCP connections, one step | TCP connections, one each |',
    '|---:|---:|---:|---:|---:|---:|',
    ...rows,
    '',
    '| per secret | value | target |',
    '|---|---:|---|',
    `| marginal cost of a secret in one step, (T${MAX} − T1) / ${MAX - 1} | ${marginalMs.toFixed(1)} ms | |`,
    `| endpoint's own time per request (one warm SDK client, ${MAX} sequential UpdateSecret) | ${warmMs.toFixed(1)} ms | |`,
    `| marginal cost / warm client's time per request | ${ratio.toFixed(2)} | ≤ ${TARGETS.marginalOverWarm} ${check(ratio <= TARGETS.marginalOverWarm)} |`,
    `| ${MAX} one-secret processes / one step of ${MAX} | ${speedup50.toFixed(1)} × | ≥ ${TARGETS.speedup50} × ${check(speedup50 >= TARGETS.speedup50)} |`,
    `| TCP connections of a \`secrets\` run (max-concurrency ${maxConcurrency}) | ${maxStepConnections} | ≤ ${maxConcurrency} ${check(maxStepConnections <= maxConcurrency)} |`,
    '',
    `${rounds} rounds after a warm-up round, interleaved (1, 10, 50 secrets; one step, then one process each; then the warm client); ` +
      `wall time from spawn to exit of each process, dist/index.js on Node 24 in the runner's set-up (scripts/runner.mjs), ` +
      `against moto on loopback (which serves one request at a time); ${os.cpus()[0]?.model.trim() ?? 'unknown CPU'}, ${os.cpus().length} cores, Node ${process.versions.node} for the harness. TCP connections are counted in one separate run of each, ` +
      `through a proxy that keeps client connections alive as AWS does (moto itself closes each one). Load average ${loadAverage.map((l) => l.toFixed(2)).join(' → ')}.`,
    ''
  ].join('\n')
}
