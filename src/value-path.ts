/**
 * Pure: where a value may be read from. A value file is sent to Secrets Manager, so a path that
 * reaches outside what the workflow meant to store would upload it: a symbolic link committed in a
 * pull request (`config/app.env -> ~/.ssh/id_rsa`), `../`, /proc/self/environ (the job's AWS
 * credentials). So each path has a root, decided from the path as written:
 *
 * - a relative path (or an absolute one inside the workspace) stays in the workspace, and never
 *   reaches into RUNNER_TEMP, even where RUNNER_TEMP lies inside the workspace: actions/checkout
 *   persists git credentials there;
 * - an absolute path under RUNNER_TEMP (where workflows write generated files) stays in RUNNER_TEMP;
 * - anything else is refused.
 *
 * This module decides the root from the text; file.ts checks, after symbolic links, that the file
 * opened is inside it. Paths are compared case-insensitively on Windows and macOS, as their file
 * systems are by default (on macOS a relative `_TEMP/x` would otherwise pass by a RUNNER_TEMP
 * `_temp` inside the workspace).
 */
import * as path from 'node:path'
import type { FileRoot } from './types.js'

/** Where the action runs: the workspace, RUNNER_TEMP when set, and the platform. */
export interface ValuePlaces {
  /** GITHUB_WORKSPACE, or the current directory outside a runner. */
  readonly workspace: string
  /** RUNNER_TEMP; undefined outside a runner. */
  readonly runnerTemp: string | undefined
  readonly platform: NodeJS.Platform
}

/** A value file: its absolute path and the root it must stay in; or why it is refused. */
export type ConfinedPath = { readonly path: string; readonly root: FileRoot } | { readonly refused: string }

const api = (platform: NodeJS.Platform): path.PlatformPath => (platform === 'win32' ? path.win32 : path.posix)

/** Whether `file` is `dir` or inside it (both absolute). Case-insensitive on Windows and macOS. */
export function isInside(file: string, dir: string, platform: NodeJS.Platform): boolean {
  const p = api(platform)
  const caseless = platform === 'win32' || platform === 'darwin'
  const fold = (s: string): string => (caseless ? p.normalize(s).toLowerCase() : p.normalize(s))
  const child = fold(file)
  const parent = fold(dir)
  if (child === parent) return true
  // A root such as `/` or `C:\` already ends with the separator.
  return child.startsWith(parent.endsWith(p.sep) ? parent : parent + p.sep)
}

/** The root a value path written as `written` must stay in, or why it is refused. */
export function confineValuePath(written: string, places: ValuePlaces): ConfinedPath {
  const p = api(places.platform)
  const workspace = p.resolve(places.workspace)
  const temp = places.runnerTemp ? p.resolve(places.runnerTemp) : undefined
  const file = p.resolve(workspace, written)
  const inTemp = temp !== undefined && isInside(file, temp, places.platform)
  // A workspace inside RUNNER_TEMP (never so on a runner) would otherwise exclude itself.
  const excluded = temp !== undefined && !isInside(workspace, temp, places.platform) ? temp : undefined
  if (p.isAbsolute(written) && inTemp) {
    return { path: file, root: { name: 'RUNNER_TEMP', dir: temp, excluded: undefined, platform: places.platform } }
  }
  const rule = 'a value is read from a file in the workspace, or from RUNNER_TEMP by an absolute path under it.'
  if (!isInside(file, workspace, places.platform)) {
    return { refused: `${written} is outside the workspace (${workspace}): ${rule}` }
  }
  if (excluded !== undefined && isInside(file, excluded, places.platform)) {
    return {
      refused: `${written} is inside RUNNER_TEMP (${excluded}) by a path relative to the workspace, which is refused since actions/checkout keeps credentials there: ${rule}`
    }
  }
  return { path: file, root: { name: 'workspace', dir: workspace, excluded, platform: places.platform } }
}
