/**
 * `npm run build`: bundles the action into an emptied dist/ with ncc, as ncc writes it (not
 * minified, not post-processed: users audit dist/ and review its diffs), then writes
 * dist/licenses.txt from the modules ncc reports it bundled (scripts/licenses.mjs).
 *
 * ncc runs in bundle/, whose tsconfig.json maps the AWS SDK to its ES-module builds (see there why).
 * A Node script rather than a shell one-liner, so that `npm run build` needs no POSIX shell.
 *
 * Usage: node scripts/build.mjs [entry in bundle/] [out dir]   (default: index.ts, dist/; the
 * benchmark builds its bare-SDK contestant with the same function, buildBundle()).
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { writeLicenses } from './licenses.mjs'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const BUNDLE_DIR = path.join(ROOT, 'bundle')
const NCC = path.join(ROOT, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js')

/**
 * Builds bundle/`entry` into `out` (emptied first) with ncc, and writes `out`/licenses.txt.
 * @param {string} entry a file of bundle/ (index.ts: the action; bench-sdk.ts: the benchmark's S)
 * @param {string} out the output directory
 * @param {{ quiet?: boolean }} [opts]
 */
export function buildBundle(entry, out, opts = {}) {
  // ncc's webpack stats name every module it bundled: the licences come from them.
  const temp = mkdtempSync(path.join(os.tmpdir(), 'ncc-stats-'))
  const statsFile = path.join(temp, 'stats.json')
  // Built beside `out`, which it replaces only once the build succeeded: a failed build leaves the
  // old one in place (ncc never deletes files, so `out` is replaced whole, not written over).
  const next = `${out}.next-${process.pid}`
  try {
    rmSync(next, { recursive: true, force: true })
    execFileSync(
      process.execPath,
      [
        NCC,
        'build',
        entry,
        '--out',
        next,
        '--transpile-only',
        '--stats-out',
        statsFile,
        ...(opts.quiet ? ['--quiet'] : [])
      ],
      { cwd: BUNDLE_DIR, stdio: ['ignore', opts.quiet ? 'ignore' : 'inherit', 'inherit'] }
    )
    const packages = writeLicenses(JSON.parse(readFileSync(statsFile, 'utf8')), BUNDLE_DIR, next)
    rmSync(out, { recursive: true, force: true })
    renameSync(next, out)
    return packages
  } finally {
    rmSync(next, { recursive: true, force: true })
    rmSync(temp, { recursive: true, force: true })
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [entry = 'index.ts', out = path.join(ROOT, 'dist')] = process.argv.slice(2)
  const packages = buildBundle(entry, path.resolve(out))
  process.stdout.write(`licenses.txt: ${packages.length} bundled packages\n`)
}
