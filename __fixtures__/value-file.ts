/**
 * A value file source as settings makes it, for the unit tests that load values from files in a
 * temporary directory: that directory is the workspace they stay in.
 */
import * as path from 'node:path'
import type { FileRoot, ValueSource } from '../src/types.js'

/** The workspace root at `dir`, as settings makes it outside a runner (no RUNNER_TEMP). */
export function workspaceRoot(dir: string): FileRoot {
  return { name: 'workspace', dir: path.resolve(dir), excluded: undefined, platform: process.platform }
}

/** The source of `value-from-file` for `file`, confined to the directory it is in. */
export function fileSource(file: string, binary = false): Extract<ValueSource, { kind: 'file' }> {
  return { kind: 'file', path: file, root: workspaceRoot(path.dirname(file)), binary }
}
