/** Options of {@link startMoto}. */
export interface StartMotoOptions {
  /** PEM certificate for an https endpoint (with `key`). */
  cert?: string | undefined
  /** PEM private key of `cert`. */
  key?: string | undefined
  /**
   * Host name put in `endpoint` (default `127.0.0.1`), e.g. `localhost` when the certificate
   * names it. moto still binds 127.0.0.1.
   */
  endpointHost?: string | undefined
  /** How long to wait for GET /moto-api/ to answer 200 (default 30000 ms). */
  timeoutMs?: number | undefined
  /** Python interpreter (default `$PYTHON`, else `python3`). */
  python?: string | undefined
}

/** A running moto server. */
export interface Moto {
  /** `http://127.0.0.1:<port>`, or `https://...` when started with a certificate. */
  readonly endpoint: string
  /** The host in `endpoint`. */
  readonly host: string
  readonly port: number
  /** Clears every backend (POST /moto-api/reset). */
  reset(): Promise<void>
  /** Stops the server (SIGTERM, then SIGKILL after 5 s) and waits for it to exit. */
  stop(): Promise<void>
}

/** Starts moto (through scripts/moto-launcher.py) on a free loopback port and resolves once it answers. */
export function startMoto(opts?: StartMotoOptions): Promise<Moto>
