/**
 * `npm run bench`: how long the action takes to do a plain update, beside the bare SDK call it is
 * built around, the floor and the AWS CLI.
 *
 *   A  the committed dist/index.js on Node 24, in the runner's set-up (scripts/runner.mjs)
 *   S  the bare SDK call (bundle/bench-sdk.ts), built at the start exactly as `npm run build`
 *      builds the action (scripts/build.mjs): what the SDK costs by itself, so that A - S is what
 *      the action adds to it. The target: A's median at most 1.05 times S's.
 *   V  (with --variant FILE) another build of the action, in A's set-up: for measuring a change
 *   B  the floor: scripts/bench-floor.mjs, one hand-built UpdateSecret over node:http, same set-up
 *   C  aws secretsmanager update-secret, when `aws` is on PATH
 *   D  node -e 0 on the same Node 24 binary
 *
 * Starts moto on loopback, creates a secret, counts the HTTP requests of one run of each through a
 * counting proxy, then times whole processes interleaved (A S B C D, S B C D A, B C D A S ...: the
 * order turns by one each round) after a warm-up round, so that a slow phase of the machine hits
 * every contestant alike and none always runs first. The rounds form several
 * runs (--runs, each of --rounds rounds): a run's A/S is A's median time over S's median time in
 * that run, and the report gives the median of those ratios over the runs and their spread,
 * since one run of a small shared machine is noisy at a 5% margin. Only the child process is timed: set-up (workspace, command
 * files, environment) happens before the clock starts and the check of the outputs after it
 * stops. Every timed run must succeed, or the benchmark stops. Wall time, CPU time and peak memory
 * come from scripts/bench-timer.py (the kernel's rusage of each child, through wait4; it says why
 * that way), so the benchmark runs where Python has os.wait4: Linux and macOS.
 *
 * Usage: node scripts/bench.mjs [--runs N] [--rounds N] [--no-cli] [--aws PATH] [--variant FILE]
 *                               [--json out.json] [--markdown out.md]
 *   --rtt 0,20,40,80: instead, time to written and to exit with real round trips over TLS
 *   (scripts/bench-latency.mjs; takes --rounds, default 10, --variant, --json and --markdown).
 *   --scaling: instead, how the cost grows with the number of secrets (scripts/bench-scaling.mjs;
 *   takes --rounds, --json and --markdown).
 *   --aws PATH: the AWS CLI to time as C (default: `aws` on PATH). The issue's comparison is with
 *   AWS CLI v2 (Debian: apt-get install awscli); pip's awscli is v1, which starts faster.
 * The report (Markdown) goes to stdout, progress to stderr.
 */
import { execFileSync, spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { readFile, rm } from 'node:fs/promises'
import http from 'node:http'
import os from 'node:os'
import path from 'node:path'
import readline from 'node:readline'
import { fileURLToPath } from 'node:url'
import { buildBundle } from './build.mjs'
import { startMoto } from './moto.mjs'
import { requireNode24 } from './node24.mjs'
import { ACTION_DIR, BUNDLE, prepareRun } from './runner.mjs'

const HERE = path.dirname(fileURLToPath(import.meta.url))
const FLOOR = path.join(HERE, 'bench-floor.mjs')
const BARE_SDK = path.join(ACTION_DIR, 'bundle', 'bench-sdk.ts')
const TIMER = path.join(HERE, 'bench-timer.py')
const SECRET_ID = 'bench/app/token'
const REGION = 'us-east-1'
/** The target: A's time at most this many times S's (the median over the runs of each run's ratio). */
const TARGET_AS = 1.05

const USAGE =
  'usage: node scripts/bench.mjs [--runs N] [--rounds N] [--no-cli] [--aws PATH] [--variant FILE] [--json FILE] [--markdown FILE]\n' +
  '       node scripts/bench.mjs --scaling [--rounds N] [--json FILE] [--markdown FILE]\n' +
  '       node scripts/bench.mjs --rtt 0,20,40,80 [--rounds N] [--variant FILE] [--json FILE] [--markdown FILE]'

function parseArgs(argv) {
  const opts = {
    runs: 5,
    rounds: 20,
    cli: true,
    aws: undefined,
    variant: undefined,
    json: undefined,
    markdown: undefined
  }
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]
    const next = () => {
      if (i + 1 >= argv.length) throw new Error(`${arg} needs a value`)
      return argv[++i]
    }
    if (arg === '--runs') opts.runs = Number(next())
    else if (arg === '--rounds') opts.rounds = Number(next())
    else if (arg === '--scaling') opts.scaling = true
    else if (arg === '--rtt') opts.rtt = next().split(',').map(Number)
    else if (arg === '--no-cli') opts.cli = false
    else if (arg === '--aws') opts.aws = next()
    else if (arg === '--variant') opts.variant = path.resolve(next())
    else if (arg === '--json') opts.json = next()
    else if (arg === '--markdown') opts.markdown = next()
    else throw new Error(`unknown argument ${arg}\n${USAGE}`)
  }
  if (opts.rtt && !opts.rtt.every((rtt) => Number.isInteger(rtt) && rtt >= 0 && rtt % 2 === 0)) {
    throw new Error('--rtt takes even whole numbers of milliseconds, such as 0,20,40,80')
  }
  if (opts.rtt && !argv.includes('--rounds')) opts.rounds = 10
  for (const name of ['runs', 'rounds']) {
    if (!Number.isInteger(opts[name]) || opts[name] < 1) throw new Error(`--${name} takes a whole number >= 1`)
  }
  return opts
}

const progress = (text) => process.stderr.write(`${text}\n`)

/** The stopwatch (bench-timer.py): one command at a time, wall time and the child's own rusage. */
function startTimer() {
  const child = spawn(process.env.PYTHON ?? 'python3', [TIMER], { stdio: ['pipe', 'pipe', 'inherit'] })
  const answers = readline.createInterface({ input: child.stdout })
  const waiting = []
  answers.on('line', (line) => waiting.shift()?.resolve(JSON.parse(line)))
  child.on('exit', (code) => {
    for (const w of waiting.splice(0)) w.reject(new Error(`bench-timer.py exited (code ${code})`))
  })
  return {
    /** @returns {Promise<{wallNs: number, code: number|null, signal: number|null, maxRssKb: number, userMs: number, systemMs: number}>} */
    run(argv, env, cwd, log) {
      return new Promise((resolve, reject) => {
        waiting.push({ resolve, reject })
        child.stdin.write(`${JSON.stringify({ argv, env, cwd, log })}\n`)
      }).then((answer) => {
        if (answer.error) throw new Error(`bench-timer.py: ${answer.error} (running ${argv.join(' ')})`)
        return answer
      })
    },
    stop() {
      child.stdin.end()
    }
  }
}

/** A loopback proxy in front of moto that counts requests by X-Amz-Target. */
async function startCountingProxy(target) {
  const counts = new Map()
  const upstream = new URL(target)
  const server = http.createServer((req, res) => {
    const operation = String(req.headers['x-amz-target'] ?? `${req.method} ${req.url}`).replace(/^secretsmanager\./, '')
    counts.set(operation, (counts.get(operation) ?? 0) + 1)
    const forward = http.request(
      { host: upstream.hostname, port: upstream.port, method: req.method, path: req.url, headers: req.headers },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers)
        answer.pipe(res)
      }
    )
    forward.on('error', (error) => res.destroy(error))
    req.pipe(forward)
  })
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    endpoint: `http://127.0.0.1:${server.address().port}`,
    /** The counts since the last take(), e.g. "1 (UpdateSecret)". */
    take() {
      const total = [...counts.values()].reduce((a, b) => a + b, 0)
      const detail = [...counts].map(([op, n]) => (n > 1 ? `${n}× ${op}` : op)).join(', ')
      counts.clear()
      return { total, detail }
    },
    close: () => new Promise((resolve) => server.close(resolve))
  }
}

/** One Secrets Manager call for the set-up (not timed); moto reads the region from the credential scope. */
async function secretsManager(endpoint, operation, body) {
  const res = await fetch(endpoint, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-amz-json-1.1',
      'x-amz-target': `secretsmanager.${operation}`,
      authorization: `AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20250101/${REGION}/secretsmanager/aws4_request, SignedHeaders=host, Signature=0`
    },
    body: JSON.stringify(body)
  })
  const text = await res.text()
  if (!res.ok) throw new Error(`${operation} answered HTTP ${res.status}: ${text}`)
  return JSON.parse(text)
}

/** The AWS CLI given, else the `aws` on PATH, past a pyenv shim (a shell script that would add its own start-up to C). */
function findAwsCli(given) {
  let found = given
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    const candidate = path.join(dir, 'aws')
    if (!found && dir && existsSync(candidate) && statSync(candidate).isFile()) {
      found = candidate
      break
    }
  }
  if (!found) return undefined
  if (found.includes(`${path.sep}shims${path.sep}`)) {
    try {
      found = execFileSync('pyenv', ['which', 'aws'], { encoding: 'utf8' }).trim() || found
    } catch {
      // Not a pyenv shim after all: time it as it is.
    }
  }
  const version = execFileSync(found, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim()
  return { path: found, version }
}

/** Contestant S: bundle/bench-sdk.ts built exactly as `npm run build` builds the action, into `dir`. Returns its entry. */
function buildBareSdk(dir) {
  buildBundle(path.basename(BARE_SDK), dir, { quiet: true })
  return path.join(dir, 'index.js')
}

/** Every file under dist/, and the entry, which every run loads (the chunks load only when a run needs them). */
function distSize() {
  const dir = path.join(ACTION_DIR, 'dist')
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile())
  const size = (entry) => statSync(path.join(entry.parentPath, entry.name)).size
  return {
    bytes: files.reduce((n, entry) => n + size(entry), 0),
    files: files.length,
    chunks: files.filter((entry) => /^\d+\.index\.js$/.test(entry.name)).length,
    entryBytes: statSync(BUNDLE).size
  }
}

function machine(cli, node) {
  const release = existsSync('/etc/os-release') ? readFileSync('/etc/os-release', 'utf8') : ''
  const distro = /^PRETTY_NAME="?([^"\n]*)"?/m.exec(release)?.[1]
  return {
    cpu: os.cpus()[0]?.model.trim() ?? 'unknown CPU',
    cores: os.availableParallelism(),
    memoryGb: Math.round(os.totalmem() / 2 ** 30),
    os: `${distro ?? os.type()}, ${os.type()} ${os.release()} ${os.arch()}`,
    node: execFileSync(node, ['--version'], { encoding: 'utf8' }).trim(),
    aws: cli?.version
  }
}

/**
 * A contestant that runs `script` on Node 24 in the runner's set-up (A and B), with the update's
 * inputs. Set-up before the clock starts; afterwards, the outputs must pass `ok`.
 */
const inRunner = (script, node, ok) => async (endpoint, value) => {
  const inputs = { 'secret-id': SECRET_ID, 'secret-string': value, 'endpoint-url': endpoint }
  const run = await prepareRun(inputs, { bundle: script, node })
  return {
    argv: [run.command, ...run.args],
    env: run.env,
    cwd: run.cwd,
    async check() {
      const { outputs } = await run.collect()
      if (!ok(outputs))
        throw new Error(`${path.basename(script)} did not report the update: ${JSON.stringify(outputs)}`)
    }
  }
}

/** A contestant that runs another command (C, D) in the runner's environment and workspace. */
const withRunnerEnv = (argvFor) => async (endpoint, value) => {
  const run = await prepareRun({ 'secret-id': SECRET_ID })
  // The AWS CLI v1 reads AWS_DEFAULT_REGION, not AWS_REGION; and no pager (v2) in a benchmark.
  const env = { ...run.env, AWS_DEFAULT_REGION: REGION, AWS_PAGER: '' }
  return { argv: argvFor(endpoint, value), env, cwd: run.cwd, check: () => run.collect() }
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}

/** Median, min, max, CPU and peak memory of a contestant's timed runs. */
function summarize(runs) {
  const wall = runs.map((r) => r.wallNs / 1e6)
  return {
    medianMs: median(wall),
    minMs: Math.min(...wall),
    maxMs: Math.max(...wall),
    cpuMs: median(runs.map((r) => r.userMs + r.systemMs)),
    maxRssMb: median(runs.map((r) => r.maxRssKb / 1024))
  }
}

/** A timed run's wall time, or with `metric` 'cpu' its CPU time (user + system), in ms. */
const measure = (result, metric) => (metric === 'cpu' ? result.userMs + result.systemMs : result.wallNs / 1e6)

/**
 * `a` over `b` for each run: a's median time over b's median time in that run (the target is
 * stated so: the action's median at most 1.05 × the bare call's), then the median and the spread
 * of those ratios over the runs. The rounds interleave the contestants, so a slow phase of the
 * machine weighs on both medians alike.
 */
function runRatios(byRun, a, b, metric = 'wall') {
  if (!byRun[0]?.[a] || !byRun[0]?.[b]) return undefined
  const medianOf = (results) => median(results.map((result) => measure(result, metric)))
  const perRun = byRun.map((run) => medianOf(run[a]) / medianOf(run[b]))
  return { perRun, median: median(perRun), min: Math.min(...perRun), max: Math.max(...perRun) }
}

async function main() {
  const opts = parseArgs(process.argv.slice(2))
  if (opts.scaling) return (await import('./bench-scaling.mjs')).scaling(opts)
  if (opts.rtt) return (await import('./bench-latency.mjs')).latency(opts)
  const node24 = requireNode24()
  for (const [file, hint] of [
    [BUNDLE, 'run npm run build'],
    ...(opts.variant ? [[opts.variant, 'give the entry of another build (--variant)']] : [])
  ]) {
    if (!existsSync(file)) throw new Error(`${file} does not exist: ${hint}`)
  }
  const cli = opts.cli ? findAwsCli(opts.aws) : undefined
  if (opts.cli && !cli) progress('aws is not on PATH: contestant C (the AWS CLI) is left out.')
  const host = machine(cli, node24)
  const loadBefore = os.loadavg()[0]

  const sdkDir = path.join(os.tmpdir(), `bench-sdk-${process.pid}`)
  const moto = await startMoto()
  const timer = startTimer()
  const log = path.join(os.tmpdir(), `bench-${process.pid}.log`)
  let proxy
  try {
    progress('building S, the bare SDK call (bundle/bench-sdk.ts), as npm run build builds the action')
    const bareSdk = buildBareSdk(sdkDir)
    await secretsManager(moto.endpoint, 'CreateSecret', { Name: SECRET_ID, SecretString: 'initial' })
    proxy = await startCountingProxy(moto.endpoint)

    const updated = (outputs) => outputs.changed === 'true' && Boolean(outputs['version-id'])
    const contestants = [
      { key: 'A', label: 'action: `node dist/index.js`', prepare: inRunner(BUNDLE, node24, updated) },
      {
        key: 'S',
        label: 'bare SDK call: `bundle/bench-sdk.ts`, built as A is',
        prepare: inRunner(bareSdk, node24, (outputs) => Boolean(outputs['version-id']))
      },
      ...(opts.variant
        ? [
            {
              key: 'V',
              label: `variant: \`${path.relative(ACTION_DIR, opts.variant)}\``,
              prepare: inRunner(opts.variant, node24, updated)
            }
          ]
        : []),
      {
        key: 'B',
        label: 'floor: `node scripts/bench-floor.mjs`',
        prepare: inRunner(FLOOR, node24, (outputs) => Boolean(outputs['version-id']))
      },
      ...(cli
        ? [
            {
              key: 'C',
              label: `\`aws secretsmanager update-secret\` (${cli.version.split(' ')[0]})`,
              prepare: withRunnerEnv((endpoint, value) => [
                cli.path,
                ...['secretsmanager', 'update-secret', '--endpoint-url', endpoint],
                ...['--secret-id', SECRET_ID, '--secret-string', value]
              ])
            }
          ]
        : []),
      { key: 'D', label: '`node -e 0`', prepare: withRunnerEnv(() => [node24, '-e', '0']) }
    ]

    const once = async (contestant, endpoint) => {
      const prepared = await contestant.prepare(endpoint, randomBytes(16).toString('hex'))
      const result = await timer.run(prepared.argv, prepared.env, prepared.cwd, log)
      if (result.code !== 0) {
        const output = await readFile(log, 'utf8').catch(() => '')
        await prepared.check().catch(() => undefined) // removes the run's temp files
        throw new Error(`${contestant.key} failed (exit ${result.code}, signal ${result.signal}):\n${output}`)
      }
      await prepared.check()
      return result
    }

    // How many requests one run sends: through the counting proxy, before (and apart from) the timing.
    const requests = {}
    for (const contestant of contestants.filter((c) => c.key !== 'D')) {
      await once(contestant, proxy.endpoint)
      requests[contestant.key] = proxy.take()
    }

    progress('warm-up round')
    for (const contestant of contestants) await once(contestant, moto.endpoint)
    const total = opts.runs * opts.rounds
    /** byRun[run][key]: the timed results of a contestant in one run. */
    const byRun = []
    for (let run = 0; run < opts.runs; run++) {
      const samples = Object.fromEntries(contestants.map((c) => [c.key, []]))
      for (let round = 0; round < opts.rounds; round++) {
        const done = run * opts.rounds + round + 1
        if (process.stderr.isTTY)
          process.stderr.write(`\rrun ${run + 1}/${opts.runs}, round ${done}/${total}${done === total ? '\n' : ''}`)
        else if (round === opts.rounds - 1) progress(`run ${run + 1}/${opts.runs} done (${done}/${total} rounds)`)
        // The order turns by one each round: whoever runs first after another process (or after the
        // previous round's last) meets a colder machine, and a fixed order put that on A alone.
        const shift = (run * opts.rounds + round) % contestants.length
        for (const contestant of [...contestants.slice(shift), ...contestants.slice(0, shift)]) {
          samples[contestant.key].push(await once(contestant, moto.endpoint))
        }
      }
      byRun.push(samples)
    }

    const loadAfter = os.loadavg()[0]
    const stats = Object.fromEntries(
      contestants.map(({ key, label }) => [
        key,
        { label, ...summarize(byRun.flatMap((run) => run[key])), requests: requests[key] }
      ])
    )
    const ratios = {
      AS: runRatios(byRun, 'A', 'S'),
      AScpu: runRatios(byRun, 'A', 'S', 'cpu'),
      VS: runRatios(byRun, 'V', 'S'),
      VA: runRatios(byRun, 'V', 'A'),
      VAcpu: runRatios(byRun, 'V', 'A', 'cpu'),
      SB: runRatios(byRun, 'S', 'B'),
      AB: runRatios(byRun, 'A', 'B'),
      AC: runRatios(byRun, 'A', 'C'),
      BC: runRatios(byRun, 'B', 'C')
    }
    const result = {
      host,
      runs: opts.runs,
      rounds: opts.rounds,
      loadAverage: [loadBefore, loadAfter],
      dist: distSize(),
      stats,
      ratios
    }
    const markdown = report(result)
    process.stdout.write(markdown)
    if (opts.markdown) writeFileSync(opts.markdown, markdown)
    if (opts.json) writeFileSync(opts.json, `${JSON.stringify({ ...result, targetAS: TARGET_AS, byRun }, null, 2)}\n`)
  } finally {
    timer.stop()
    await rm(log, { force: true })
    await rm(sdkDir, { recursive: true, force: true })
    await proxy?.close()
    await moto.stop()
  }
}

function report({ host, runs, rounds, loadAverage, dist, stats, ratios }) {
  const ms = (n) => `${Math.round(n)} ms`
  const rows = Object.entries(stats).map(
    ([key, s]) =>
      `| ${key} | ${s.label} | ${ms(s.medianMs)} | ${ms(s.minMs)} | ${ms(s.maxMs)} | ${ms(s.cpuMs)} | ` +
      `${s.maxRssMb.toFixed(1)} MB | ${s.requests ? `${s.requests.total} (${s.requests.detail})` : '–'} |`
  )
  const ratioRow = (name, r, target) =>
    r === undefined
      ? []
      : [
          `| ${name} | ${r.median.toFixed(3)} | ${r.min.toFixed(3)} to ${r.max.toFixed(3)} | ` +
            `${target === undefined ? '' : `≤ ${target} ${r.median <= target ? '✓' : '✗'}`} |`
        ]
  // The load before the benchmark started: during it, the benchmark itself keeps about one core busy.
  const busy = loadAverage[0] > host.cores * 0.5
  const spread = Object.values(stats).some((s) => s.maxMs > 2 * s.medianMs)
  return [
    `| | contestant | median | min | max | CPU (median) | peak RSS (median) | HTTP requests |`,
    `|---|---|---:|---:|---:|---:|---:|---|`,
    ...rows,
    '',
    `| ratio (per run: the ratio of the medians) | median of ${runs} runs | spread (min to max) | target |`,
    `|---|---:|---|---|`,
    ...ratioRow('**A/S time** (the action over the bare SDK call)', ratios.AS, TARGET_AS),
    ...ratioRow('A/S CPU time (user + system: less sensitive to a busy machine)', ratios.AScpu),
    ...ratioRow('V/S time (the variant over the bare SDK call)', ratios.VS),
    ...ratioRow('V/A time (the variant over the action)', ratios.VA),
    ...ratioRow('V/A CPU time', ratios.VAcpu),
    ...ratioRow('S/B time (the bare SDK call over the floor)', ratios.SB),
    ...ratioRow('A/B time', ratios.AB),
    ...ratioRow('A/C time', ratios.AC),
    ...ratioRow("B/C time (the floor's own, for scale)", ratios.BC),
    '',
    `A − S, what the action adds to the bare SDK call: ${Math.round(stats.A.medianMs - stats.S.medianMs)} ms ` +
      `(medians of all rounds, whose ratio is ${(stats.A.medianMs / stats.S.medianMs).toFixed(3)}). ` +
      `A/S per run: ${ratios.AS.perRun.map((r) => r.toFixed(3)).join(', ')}.`,
    `dist/: ${(dist.bytes / 1024).toFixed(0)} KiB in ${dist.files} files; every run loads index.js ` +
      `(${(dist.entryBytes / 1024).toFixed(0)} KiB), the ${dist.chunks} chunks only when a run needs them.`,
    `Machine: ${host.cpu}, ${host.cores} cores, ${host.memoryGb} GiB; ${host.os}; Node ${host.node}` +
      `${host.aws ? `; ${host.aws}` : ''}.`,
    `${runs} runs of ${rounds} rounds${runs * rounds < 30 ? ' (fewer than 30 rounds: a smoke test, not a benchmark)' : ''}, interleaved ` +
      `${Object.keys(stats).join(' ')}, the order turning by one each round, after a warm-up round; wall time of the whole process, from fork to exit; ` +
      `CPU = user + system; peak RSS = the kernel's ru_maxrss. Load average ${loadAverage.map((l) => l.toFixed(2)).join(' → ')}.`,
    ...(busy || spread
      ? [
          `**Noisy:** ${busy ? 'the machine was busy when the benchmark started (load average above half its cores)' : ''}${busy && spread ? '; ' : ''}` +
            `${spread ? 'some runs took more than twice their median' : ''}. Compare medians and CPU times, not extremes.`
        ]
      : []),
    ''
  ].join('\n')
}

main().catch((error) => {
  process.stderr.write(`bench: ${error instanceof Error ? error.message : String(error)}\n`)
  process.exitCode = 1
})
