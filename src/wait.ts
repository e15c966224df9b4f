/** Waiting that a cancellation cuts short: the one pause of the flow (retries, replication). */
import { ActionError } from './errors.js'

/** Waits `ms`, or less when `signal` aborts: then it rejects, saying what it was `doing`. */
export function sleep(ms: number, signal: AbortSignal | undefined, doing: string): Promise<void> {
  const stopped = (): ActionError => new ActionError(`Stopped ${doing}: the step was cancelled.`)
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(stopped())
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort)
      resolve()
    }, ms)
    const onAbort = (): void => {
      clearTimeout(timer)
      reject(stopped())
    }
    signal?.addEventListener('abort', onAbort, { once: true })
  })
}
