/**
 * dist/licenses.txt: the licence of every package whose code is in dist/, and of no other.
 *
 * The list comes from ncc's webpack stats (scripts/build.mjs asks ncc for them): the modules in
 * an emitted chunk, the modules concatenated into them included. package.json's dependency tree
 * would name packages the bundle never contains (the toolkit's HTTP client and Octokit under
 * @actions/github, say), and ncc's own --license option lists only the modules of split chunks
 * when it emits ES modules.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

/**
 * The package directories (relative to `context`, e.g. `../node_modules/@smithy/core`) of every
 * module that the stats show in an emitted chunk.
 * @param {{ modules?: Array<{ name: string, chunks?: unknown[], modules?: Array<{ name: string }> }> }} stats
 * @returns {string[]} sorted, without duplicates
 */
export function bundledPackageDirs(stats) {
  const dirs = new Set()
  for (const module of stats.modules ?? []) {
    // A module in no chunk was dropped (or only concatenated into another, which lists it).
    if (!module.chunks?.length) continue
    for (const { name } of module.modules ?? [module]) {
      const match = /^(.*node_modules[\\/](?:@[^\\/]+[\\/])?[^\\/]+)[\\/]/.exec(name)
      if (match) dirs.add(match[1])
    }
  }
  return [...dirs].sort()
}

/**
 * Writes `out`/licenses.txt for the packages the stats of a build show (their paths relative to
 * `context`, ncc's working directory). Packages with the same licence text share one copy of it.
 * @returns {string[]} the packages listed, as name@version
 */
export function writeLicenses(stats, context, out) {
  const byText = new Map()
  const listed = []
  for (const dir of bundledPackageDirs(stats)) {
    const absolute = path.resolve(context, dir)
    const manifest = JSON.parse(readFileSync(path.join(absolute, 'package.json'), 'utf8'))
    const license = typeof manifest.license === 'string' ? manifest.license : 'UNKNOWN'
    const file = readdirSync(absolute).find((f) => /^(licen[cs]e|copying)(\..*)?$/i.test(f))
    const text = file
      ? readFileSync(path.join(absolute, file), 'utf8').trim()
      : `${license} (no licence file in the package)`
    const entry = `${manifest.name}@${manifest.version} (${license})`
    listed.push(`${manifest.name}@${manifest.version}`)
    byText.set(text, [...(byText.get(text) ?? []), entry])
  }
  const sections = [...byText].map(([text, names]) => `${names.sort().join('\n')}\n\n${text}`).sort()
  writeFileSync(path.join(out, 'licenses.txt'), sections.join('\n\n' + '-'.repeat(72) + '\n\n') + '\n')
  return listed
}
