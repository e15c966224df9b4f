/**
 * A run of the bundle stopped by a signal at a point of its own progress: after the fault proxy in
 * front of moto has seen a given number of its requests. A kill timed from the spawn lands at a
 * different point on a busy machine (where start-up alone can take longer than the wait) than on
 * a quiet one; a kill timed from a request lands where the test meant it on both.
 */
import { spawn } from 'node:child_process'
import type { FaultProxy, RequestRecord } from './faults.js'
import { prepareRun } from './run-action.js'
import type { PrepareOptions } from './run-action.js'

export interface KillPoint {
  /** Send the signal once this many requests of the run have reached the proxy (0: at once)... */
  readonly afterRequests: number
  /** ... counting only requests of this operation (e.g. `PutSecretValue`), when given... */
  readonly operation?: string
  /** ... and then this many milliseconds later (default 0). */
  readonly thenMs?: number
}

export interface KilledRun {
  readonly code: number | null
  /** stdout and stderr, interleaved as they came. */
  readonly log: string
  /** The signal was sent while the run was still going (not after it had finished). */
  readonly landed: boolean
}

/** Runs the bundle with `inputs` (endpoint-url pointing at `proxy`), and sends `signal` at `at`. */
export async function killedRun(
  proxy: FaultProxy,
  inputs: Record<string, string>,
  signal: NodeJS.Signals,
  at: KillPoint,
  opts: PrepareOptions = {}
): Promise<KilledRun> {
  const prepared = await prepareRun({ 'endpoint-url': proxy.url, ...inputs }, opts)
  const first = proxy.count
  const child = spawn(prepared.command, prepared.args, {
    cwd: prepared.cwd,
    env: prepared.env,
    stdio: ['ignore', 'pipe', 'pipe']
  })
  let log = ''
  child.stdout.on('data', (chunk: Buffer) => (log += chunk.toString()))
  child.stderr.on('data', (chunk: Buffer) => (log += chunk.toString()))
  const closed = new Promise<number | null>((resolve) => child.on('close', resolve))
  let done = false
  let landed = false
  let timer: NodeJS.Timeout | undefined
  const counted = (request: RequestRecord): boolean =>
    request.index >= first && (at.operation === undefined || request.operation === at.operation)
  const reached =
    at.afterRequests === 0
      ? Promise.resolve()
      : proxy.arrived(() => proxy.requests.filter(counted).length >= at.afterRequests)
  void reached.then(() => {
    if (done) return
    timer = setTimeout(() => {
      if (!done) landed = child.kill(signal)
    }, at.thenMs ?? 0)
  })
  const code = await closed
  done = true
  clearTimeout(timer)
  await prepared.collect()
  return { code, log, landed }
}
