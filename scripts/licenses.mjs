/**
 * Writes dist/licenses.txt: the licence of every production dependency, which the bundle carries.
 * ncc's own --license option lists only the modules of split chunks when it emits ESM, so the
 * list comes from package-lock.json (every package not marked dev) instead.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..')
const lock = JSON.parse(readFileSync(path.join(root, 'package-lock.json'), 'utf8'))

// Packages with the same licence text share one copy of it (most of the AWS SDK is Apache-2.0).
const byText = new Map()
for (const [where, entry] of Object.entries(lock.packages ?? {})) {
  if (!where || entry.dev || entry.devOptional) continue
  const dir = path.join(root, where)
  const name = where.slice(where.lastIndexOf('node_modules/') + 'node_modules/'.length)
  const file = existsSync(dir) ? readdirSync(dir).find((f) => /^(licen[cs]e|copying)(\..*)?$/i.test(f)) : undefined
  const text = file ? readFileSync(path.join(dir, file), 'utf8').trim() : `${entry.license ?? 'UNKNOWN'} (no licence file in the package)`
  byText.set(text, [...(byText.get(text) ?? []), `${name}@${entry.version} (${entry.license ?? 'UNKNOWN'})`])
}
const sections = [...byText].map(([text, names]) => `${names.sort().join('\n')}\n\n${text}`).sort()
writeFileSync(path.join(root, 'dist', 'licenses.txt'), sections.join('\n\n' + '-'.repeat(72) + '\n\n') + '\n')
