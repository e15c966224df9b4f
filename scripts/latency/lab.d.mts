/** Types of lab.mjs (the namespace, the delay, the terminator). */
export function missingPrerequisites(): string[]
export function buildDelay(dir: string): string
export function inNamespace(ns: string, argv: string[]): string[]
export function createNamespace(
  ns: string,
  hosts: [name: string, address: string][],
  queues?: { address: string; queue: number }[]
): void
export function deleteNamespace(ns: string): void
export function startDelays(
  program: string,
  ns: string,
  delays: { ms: number; queue: number }[],
  ttlSeconds?: number
): () => void
export function makeCertificate(dir: string, names: string[]): { cert: string; key: string }
export function startTerminator(opts: {
  port?: number
  upstream: string
  cert: string
  key: string
  log: string
}): Promise<{ close(): Promise<void> }>
export interface TerminatorLog {
  connections: { at: bigint; connection: number; servername: string }[]
  requests: { at: bigint; connection: number; operation: string; status: number; host: string }[]
}
export function readTerminatorLog(log: string, from?: number): TerminatorLog
