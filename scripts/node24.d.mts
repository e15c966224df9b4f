/** The optional dependency that holds Node 24 for a `platform-arch`, and where its binary is inside it. */
export const NODE24_PACKAGES: Readonly<Record<string, { readonly name: string; readonly binary: string }>>

/** What findNode24 needs to know of a host; `version` and `execPath` are those of the running Node. */
export interface Host {
  readonly platform: string
  readonly arch: string
  readonly version: string
  readonly execPath: string
  /** The repository root, where node_modules/ is. */
  readonly root: string
  readonly exists: (file: string) => boolean
}

/** Where Node 24 is on a host (the running Node when it is 24 or newer, else the platform's package), or why it is not there. */
export function findNode24(
  host: Host
):
  | { readonly path: string; readonly from: 'this Node' | 'package' }
  | { readonly path: undefined; readonly problem: string }

/** The Node 24 binary, or undefined when there is none (node24Problem() says why). */
export const NODE24: string | undefined
/** Why there is no Node 24 and what to run, or undefined when there is one. */
export function node24Problem(): string | undefined
/** The Node 24 binary; throws with node24Problem() when there is none. */
export function requireNode24(): string
