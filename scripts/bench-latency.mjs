/**
 * `npm run bench -- --rtt 0,20,40,80`: the action on a real network, with the round trips of an
 * endpoint 0 to 80 ms away, TLS and TCP's handshake included (scripts/latency/lab.mjs: a network
 * namespace whose hosts file puts secretsmanager.REGION.amazonaws.com on loopback addresses,
 * packets delayed by nfq_delay, a TLS terminator in front of moto). Each RTT gets its own region,
 * and every contestant reaches that region's endpoint exactly as it would on a runner: by the name
 * the SDK derives from AWS_REGION, on port 443, trusting the terminator through NODE_EXTRA_CA_CERTS.
 *
 *   A  the action, dist/index.js, in the runner's set-up (scripts/runner.mjs)
 *   V  (--variant FILE) another build of the action, in A's set-up: before/after
 *   S  the bare SDK call (bundle/bench-sdk.ts, built as the action is)
 *   B  the hand-built request (scripts/bench-floor.mjs, over TLS)
 *
 * Scenarios: the plain update (A V S B); skip-unchanged with the value equal, and different, and
 * json-merge (A V). Each run is timed from spawn to "written" (the moment the terminator had the
 * endpoint's answer to the run's last request: the write, or the read that made it unnecessary; on
 * the monotonic clock, which the terminator's log shares) and to process exit. Rounds interleave
 * everything, the order of the contestants turning by one each round; the report gives medians and
 * the median of per-round paired ratios.
 *
 * Needs root, ip, iptables, a C compiler and libnetfilter-queue's headers: where any is missing it
 * says so and skips. It re-runs itself inside the namespace it made, and removes it afterwards.
 */
import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildBundle } from './build.mjs'
import {
  buildDelay,
  createNamespace,
  deleteNamespace,
  makeCertificate,
  missingPrerequisites,
  readTerminatorLog,
  startDelays,
  startTerminator
} from './latency/lab.mjs'
import { startMoto } from './moto.mjs'
import { requireNode24 } from './node24.mjs'
import { ACTION_DIR, BUNDLE, prepareRun } from './runner.mjs'

const HERE = path.dirname(fileURLToPath(import.meta.url))
const INSIDE = 'BENCH_LATENCY_INSIDE'
/** One region per RTT, in the order given. */
const REGIONS = ['us-east-1', 'us-east-2', 'us-west-1', 'us-west-2', 'eu-west-1', 'eu-west-2', 'eu-central-1']
const endpointName = (region) => `secretsmanager.${region}.amazonaws.com`
/** The targets: A/S at most this at RTT ≥ 40 ms (time to written); A/V at most this at RTT 0. */
const TARGET_AS = 0.85
const TARGET_AV = 1.05
const progress = (text) => process.stderr.write(`${text}\n`)

export async function latency(opts) {
  const missing = missingPrerequisites()
  if (missing.length > 0) {
    progress(`bench --rtt: skipped, missing ${missing.join(', ')}.`)
    return
  }
  const rtts = opts.rtt
  if (rtts.length > REGIONS.length) throw new Error(`--rtt takes at most ${REGIONS.length} values`)
  if (process.env[INSIDE]) return inside(JSON.parse(process.env[INSIDE]), opts)

  const dir = mkdtempSync(path.join(os.tmpdir(), 'bench-rtt-'))
  const ns = `bench-rtt-${process.pid}`
  let stopDelays = () => undefined
  const cleanup = () => {
    stopDelays()
    deleteNamespace(ns)
    rmSync(dir, { recursive: true, force: true })
  }
  process.once('SIGINT', () => {
    cleanup()
    process.exit(130)
  })
  try {
    const program = buildDelay(dir)
    const lanes = rtts.map((rtt, i) => ({ rtt, region: REGIONS[i], address: `127.0.0.${i + 1}`, queue: i + 2 }))
    createNamespace(
      ns,
      lanes.map((lane) => [endpointName(lane.region), lane.address]),
      lanes.filter((lane) => lane.rtt > 0)
    )
    stopDelays = startDelays(
      program,
      ns,
      lanes.filter((lane) => lane.rtt > 0).map((lane) => ({ ms: lane.rtt / 2, queue: lane.queue }))
    )
    const code = await new Promise((resolve, reject) => {
      const child = spawn('ip', ['netns', 'exec', ns, process.execPath, ...process.argv.slice(1)], {
        stdio: 'inherit',
        env: { ...process.env, [INSIDE]: JSON.stringify({ lanes, dir }) }
      })
      child.on('error', reject)
      child.on('exit', (exitCode) => resolve(exitCode ?? 1))
    })
    if (code !== 0) process.exitCode = code
  } finally {
    cleanup()
  }
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length === 0 ? NaN : sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}

/** One Secrets Manager call for the set-up (not timed); moto reads the region from the credential scope. */
async function secretsManager(endpoint, region, operation, body) {
  const res = await fetch(endpoint, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-amz-json-1.1',
      'x-amz-target': `secretsmanager.${operation}`,
      authorization: `AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20250101/${region}/secretsmanager/aws4_request, SignedHeaders=host, Signature=0`
    },
    body: JSON.stringify(body)
  })
  if (!res.ok) throw new Error(`${operation} answered HTTP ${res.status}: ${await res.text()}`)
  return res.json()
}

const SCENARIOS = [
  { key: 'plain', label: 'plain update', secret: 'bench/plain', initial: 'initial', inputs: () => ({}) },
  {
    key: 'skip-equal',
    label: 'skip-unchanged, value equal',
    secret: 'bench/skip-equal',
    initial: 'the same value',
    inputs: () => ({ 'skip-unchanged': 'true' }),
    value: () => 'the same value'
  },
  {
    key: 'skip-different',
    label: 'skip-unchanged, value different',
    secret: 'bench/skip-different',
    initial: 'initial',
    inputs: () => ({ 'skip-unchanged': 'true' })
  },
  {
    key: 'json-merge',
    label: 'json-merge',
    secret: 'bench/json-merge',
    initial: '{"user":"app","password":"initial"}',
    inputs: () => ({ 'json-merge': 'true' }),
    value: () => JSON.stringify({ password: randomBytes(8).toString('hex') })
  }
]

async function inside({ lanes, dir }, opts) {
  const node24 = requireNode24()
  for (const file of [BUNDLE, ...(opts.variant ? [opts.variant] : [])]) {
    if (!existsSync(file)) throw new Error(`${file} does not exist: run npm run build (or check --variant)`)
  }
  const loadBefore = os.loadavg()
  const { cert, key } = makeCertificate(
    dir,
    lanes.map((lane) => endpointName(lane.region))
  )
  const log = path.join(dir, 'terminator.log')
  writeFileSync(log, '')
  const moto = await startMoto()
  const terminator = await startTerminator({ upstream: moto.endpoint, cert, key, log })
  const sdkDir = path.join(dir, 'bench-sdk')
  try {
    progress('building S, the bare SDK call (bundle/bench-sdk.ts), as npm run build builds the action')
    buildBundle('bench-sdk.ts', sdkDir, { quiet: true })
    const bareSdk = path.join(sdkDir, 'index.js')
    for (const lane of lanes) {
      for (const scenario of SCENARIOS) {
        await secretsManager(moto.endpoint, lane.region, 'CreateSecret', {
          Name: scenario.secret,
          SecretString: scenario.initial
        })
      }
    }
    const builds = [
      { key: 'A', label: 'action (dist/index.js)', file: BUNDLE },
      ...(opts.variant
        ? [{ key: 'V', label: `variant (${path.relative(ACTION_DIR, opts.variant)})`, file: opts.variant }]
        : [])
    ]
    const contestants = (scenario) => [
      ...builds.map((b) => ({ ...b, action: true })),
      ...(scenario.key === 'plain'
        ? [
            { key: 'S', label: 'bare SDK call (bundle/bench-sdk.ts)', file: bareSdk },
            {
              key: 'B',
              label: 'hand-built request (scripts/bench-floor.mjs)',
              file: path.join(HERE, 'bench-floor.mjs')
            }
          ]
        : [])
    ]

    const once = async (contestant, scenario, lane) => {
      const value = scenario.value?.() ?? randomBytes(16).toString('hex')
      const inputs = {
        'secret-id': scenario.secret,
        'secret-string': value,
        ...(contestant.action ? scenario.inputs() : {})
      }
      const run = await prepareRun(inputs, {
        bundle: contestant.file,
        node: node24,
        env: { AWS_REGION: lane.region, NODE_EXTRA_CA_CERTS: cert }
      })
      const from = statSync(log).size
      const started = process.hrtime.bigint()
      const { code, ended, output } = await new Promise((resolve, reject) => {
        const child = spawn(run.command, run.args, { cwd: run.cwd, env: run.env, stdio: ['ignore', 'pipe', 'pipe'] })
        let text = ''
        child.stdout.on('data', (chunk) => (text += chunk))
        child.stderr.on('data', (chunk) => (text += chunk))
        child.on('error', reject)
        child.on('exit', (exitCode) => resolve({ code: exitCode, ended: process.hrtime.bigint(), output: text }))
      })
      const { outputs } = await run.collect()
      const { requests, connections } = readTerminatorLog(log, from)
      const last = requests.filter((r) => r.at >= started).at(-1)
      if (code !== 0 || !last || last.status !== 200 || !(outputs['version-id'] || outputs.changed === 'false')) {
        throw new Error(`${contestant.key} ${scenario.key} at ${lane.rtt} ms failed (exit ${code}):\n${output}`)
      }
      return {
        writtenMs: Number(last.at - started) / 1e6,
        exitMs: Number(ended - started) / 1e6,
        requests: requests.map((r) => r.operation).join(', '),
        connections: connections.length
      }
    }

    const cells = []
    for (const lane of lanes) {
      for (const scenario of SCENARIOS) {
        for (const contestant of contestants(scenario)) cells.push({ lane, scenario, contestant, results: [] })
      }
    }
    progress('warm-up round')
    for (const cell of cells) cell.shape = await once(cell.contestant, cell.scenario, cell.lane)
    for (let round = 0; round < opts.rounds; round++) {
      progress(`round ${round + 1}/${opts.rounds}`)
      for (const lane of lanes) {
        for (const scenario of SCENARIOS) {
          const group = cells.filter((c) => c.lane === lane && c.scenario === scenario)
          const shift = round % group.length
          for (const cell of [...group.slice(shift), ...group.slice(0, shift)]) {
            cell.results.push(await once(cell.contestant, cell.scenario, cell.lane))
          }
        }
      }
    }
    const result = { lanes, rounds: opts.rounds, loadAverage: [loadBefore, os.loadavg()], cells }
    const markdown = report(result, builds)
    process.stdout.write(markdown)
    if (opts.markdown) writeFileSync(opts.markdown, markdown)
    if (opts.json) {
      const plain = cells.map((c) => ({
        rtt: c.lane.rtt,
        scenario: c.scenario.key,
        contestant: c.contestant.key,
        shape: c.shape,
        results: c.results
      }))
      writeFileSync(opts.json, `${JSON.stringify({ ...result, cells: plain }, null, 2)}\n`)
    }
  } finally {
    await terminator.close()
    await moto.stop()
  }
}

/** The median over the rounds of a/b, each round's a and b paired. */
function pairedRatio(a, b, metric) {
  if (!a || !b) return undefined
  return median(a.results.map((r, i) => r[metric] / b.results[i][metric]))
}

function report({ lanes, rounds, loadAverage, cells }, builds) {
  const ms = (n) => `${Math.round(n)}`
  const find = (lane, scenario, key) =>
    cells.find((c) => c.lane === lane && c.scenario.key === scenario && c.contestant.key === key)
  const lines = [
    '| RTT | scenario | contestant | to written (median, ms) | to exit (median, ms) | requests | connections |',
    '|---:|---|---|---:|---:|---|---:|'
  ]
  for (const cell of cells) {
    lines.push(
      `| ${cell.lane.rtt} | ${cell.scenario.label} | ${cell.contestant.key}: ${cell.contestant.label} | ` +
        `${ms(median(cell.results.map((r) => r.writtenMs)))} | ${ms(median(cell.results.map((r) => r.exitMs)))} | ` +
        `${cell.shape.requests} | ${cell.shape.connections} |`
    )
  }
  lines.push('', '| RTT | ratio (time to written unless said) | value | target |', '|---:|---|---:|---|')
  const mark = (value, target) => (value <= target ? `≤ ${target} ✓` : `≤ ${target} ✗`)
  for (const lane of lanes) {
    const [a, s, b] = ['A', 'S', 'B'].map((key) => find(lane, 'plain', key))
    const medianOf = (cell) => median(cell.results.map((r) => r.writtenMs))
    const as = medianOf(a) / medianOf(s)
    lines.push(
      `| ${lane.rtt} | A/S plain update, ratio of the medians | ${as.toFixed(3)} | ${lane.rtt >= 40 ? mark(as, TARGET_AS) : ''} |`
    )
    lines.push(
      `| ${lane.rtt} | A/S plain update, median per-round ratio | ${pairedRatio(a, s, 'writtenMs').toFixed(3)} | |`
    )
    lines.push(
      `| ${lane.rtt} | A/B plain update, median per-round ratio | ${pairedRatio(a, b, 'writtenMs').toFixed(3)} | |`
    )
    if (builds.some((build) => build.key === 'V')) {
      for (const scenario of SCENARIOS) {
        const [va, vv] = ['A', 'V'].map((key) => find(lane, scenario.key, key))
        for (const [metric, what] of [
          ['writtenMs', 'to written'],
          ['exitMs', 'to exit']
        ]) {
          const r = pairedRatio(va, vv, metric)
          lines.push(
            `| ${lane.rtt} | A/V ${scenario.label}, ${what}, median per-round ratio | ${r.toFixed(3)} | ${lane.rtt === 0 && scenario.key === 'plain' ? mark(r, TARGET_AV) : ''} |`
          )
        }
      }
    }
  }
  const cpu = os.cpus()[0]?.model.trim() ?? 'unknown CPU'
  lines.push(
    '',
    `Machine: ${cpu}, ${os.availableParallelism()} cores; Node ${process.versions.node} (orchestrator), the contestants on Node 24. ` +
      `${rounds} rounds after a warm-up round, interleaved, the order turning by one each round. ` +
      `Load average (1, 5, 15 min) ${loadAverage[0].map((l) => l.toFixed(2)).join(', ')} before, ` +
      `${loadAverage[1].map((l) => l.toFixed(2)).join(', ')} after.`,
    ''
  )
  return lines.join('\n')
}
