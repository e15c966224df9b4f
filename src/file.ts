/**
 * Reads the small files that inputs name (`value-from-file`, `ca-bundle`): one descriptor, opened
 * so that nothing can block or flood the step, checked and read through that same descriptor.
 *
 * - A value file is confined to its root (value-path.ts): its real path, every symbolic link
 *   followed, must lie inside the root, and the real path is what is opened (without following a
 *   link at its end), so that what is checked is what is read.
 * - Opened non-blocking where the platform has it: a plain open() of a FIFO with no writer blocks
 *   until one comes, and the step with it.
 * - Checked with fstat on the open descriptor, not stat on the path: a FIFO or a device renamed
 *   into place between a check by path and a read by path would be read unchecked.
 * - Read up to the limit and no further, even if the file grows after the check: /dev/zero or a
 *   growing log can never fill the heap.
 */
// Synchronous: one small file, and node:fs/promises costs start-up time (it loads readline).
import { closeSync, constants, fstatSync, openSync, readSync, realpathSync } from 'node:fs'
import { InputError } from './errors.js'
import type { FileRoot } from './types.js'
import { isInside } from './value-path.js'

export interface FileLimits {
  /** The action.yml input the path came from, for the error. */
  readonly input: string
  /** The largest size accepted, in bytes. */
  readonly maxBytes: number
  /** An environment variable the path was taken from, named in the error. */
  readonly origin?: string
  /** The directory the file must stay in, symbolic links followed (a value file); none for `ca-bundle`. */
  readonly root?: FileRoot
}

// Both are 0 where the platform lacks them (Windows, which has no FIFOs to open this way).
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOCTTY ?? 0)
// A confined file is opened by its real path: a link at its end now was put there since the check.
const NO_FOLLOW = constants.O_NOFOLLOW ?? 0

/** The bytes of a regular file of at most `maxBytes`, else an InputError naming the input and the path. */
export function readSmallFile(file: string, limits: FileLimits): Buffer {
  const what = `${file}${limits.origin ? ` (taken from ${limits.origin})` : ''}`
  const fail = (detail: string): never => {
    throw new InputError(limits.input, `${what} ${detail}`)
  }
  let fd: number
  try {
    fd = limits.root
      ? openSync(realPathInside(file, limits.root, fail), OPEN_FLAGS | NO_FOLLOW)
      : openSync(file, OPEN_FLAGS)
  } catch (error) {
    if (error instanceof InputError) throw error
    return fail(`cannot be read: ${describeFsError(error)}.`)
  }
  try {
    const info = fstatSync(fd)
    if (!info.isFile()) return fail('is not a regular file.')
    // Checked before reading, so that a huge file is never loaded into memory.
    if (info.size > limits.maxBytes)
      return fail(`is ${info.size} bytes; at most ${limits.maxBytes} bytes are accepted.`)
    // One byte more than fstat said: a file that grew meanwhile is refused, not cut short.
    const buffer = Buffer.alloc(info.size + 1)
    let length = 0
    for (let n; length < buffer.length && (n = readSync(fd, buffer, length, buffer.length - length, null)) > 0;)
      length += n
    if (length > info.size) return fail('changed while it was read: give a file that nothing is writing to.')
    return buffer.subarray(0, length)
  } catch (error) {
    if (error instanceof InputError) throw error
    return fail(`cannot be read: ${describeFsError(error)}.`)
  } finally {
    closeSync(fd)
  }
}

/** The file's real path, refused unless inside `root` (and, for the workspace, outside RUNNER_TEMP). */
function realPathInside(file: string, root: FileRoot, fail: (detail: string) => never): string {
  const real = realpathSync.native(file)
  const dir = realPathOrSelf(root.dir)
  const rule = 'a symbolic link may not lead a value out of the directory its path names.'
  if (!isInside(real, dir, root.platform))
    return fail(`resolves to ${real}, outside the ${root.name} (${dir}): ${rule}`)
  const excluded = root.excluded === undefined ? undefined : realPathOrSelf(root.excluded)
  if (excluded !== undefined && isInside(real, excluded, root.platform)) {
    return fail(
      `resolves to ${real}, inside RUNNER_TEMP (${excluded}), which is outside what a workspace path may reach (actions/checkout keeps credentials there): ${rule}`
    )
  }
  return real
}

/** A root as the file system resolves it (the workspace may lie behind a link, as /tmp does on macOS). */
function realPathOrSelf(dir: string): string {
  try {
    return realpathSync.native(dir)
  } catch {
    return dir
  }
}

function describeFsError(error: unknown): string {
  const code = (error as { code?: string }).code ?? 'unknown error'
  switch (code) {
    case 'ENOENT':
      return 'no such file (ENOENT; paths are relative to the workspace)'
    case 'EACCES':
    case 'EPERM':
      return `permission denied (${code})`
    case 'ENOTDIR':
      return 'a part of the path is not a directory (ENOTDIR)'
    case 'EISDIR':
      return 'it is a directory (EISDIR)'
    case 'ELOOP':
      return 'too many symbolic links, a loop? (ELOOP)'
    default:
      return code
  }
}
