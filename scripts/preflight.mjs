/**
 * What the test suite needs besides node_modules, checked once before jest starts, so that a
 * missing piece is one message that says what was tried and what to run, not a failure in every
 * integration test: Python 3 that imports moto's server and boto3 (else a virtual environment,
 * .venv-test/, made from requirements-test.txt), openssl, and Node 24 for the bundle.
 *
 * `node scripts/preflight.mjs` runs the checks alone;
 * scripts/test.mjs runs them and hands the Python it found to jest as PYTHON, which
 * scripts/moto.mjs and the tests' helpers use; `npm run test:unit` checks Node 24 alone (the unit
 * tests need no Python). Node built-ins only: it runs before anything else.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { NODE24, node24Problem } from './node24.mjs'

const ROOT = path.join(path.dirname(fileURLToPath(import.meta.url)), '..')
/** The environment npm test makes; PREFLIGHT_VENV moves it (the preflight's own tests do). */
export const VENV = process.env.PREFLIGHT_VENV || path.join(ROOT, '.venv-test')
export const REQUIREMENTS = path.join(ROOT, 'requirements-test.txt')
/** What the integration tests import: moto's server (scripts/moto-launcher.py) and boto3 (support/aws.ts). */
const IMPORTS = 'import moto.server, boto3'
/** moto 5.2 needs Python 3.9 or newer. */
const MIN_PYTHON = [3, 9]
const INSTALL_PYTHON =
  'install Python 3.9 or newer with its venv module (Debian/Ubuntu: apt-get install python3 python3-venv; Windows: winget install Python.Python.3.12; macOS: brew install python)'

/** Runs a command without a shell; never throws. */
function run(command, args, timeout = 600000) {
  const result = spawnSync(command, args, { encoding: 'utf8', timeout, windowsHide: true })
  const output = `${result.stderr ?? ''}${result.stdout ?? ''}`.trim()
  if (result.error) return { ok: false, output: result.error.code === 'ENOENT' ? 'not found' : result.error.message }
  return { ok: result.status === 0, stdout: (result.stdout ?? '').trim(), output }
}

/** The last lines of a command's output, for a message. */
function tail(text, lines = 6) {
  return text.split(/\r?\n/).filter(Boolean).slice(-lines).join('\n')
}

const shown = (command, args) => [command, ...args].join(' ')

/** The Pythons to try, in order: $PYTHON alone when it is set, else python3, python, and on Windows `py -3`. */
export function pythonCandidates(env = process.env, platform = process.platform) {
  if (env.PYTHON) return [{ command: env.PYTHON, args: [] }]
  const candidates = [
    { command: 'python3', args: [] },
    { command: 'python', args: [] }
  ]
  if (platform === 'win32') candidates.push({ command: 'py', args: ['-3'] })
  return candidates
}

/** The interpreter's own path and version, or why it cannot be used. */
function probe({ command, args }) {
  const r = run(
    command,
    [...args, '-c', 'import sys; print(sys.executable); print("%d.%d" % sys.version_info[:2])'],
    30000
  )
  const name = shown(command, args)
  if (!r.ok) return { error: `${name}: ${tail(r.output, 1) || 'failed'}` }
  const [executable, version] = r.stdout.split(/\r?\n/)
  const [major, minor] = version.split('.').map(Number)
  if (major !== MIN_PYTHON[0] || minor < MIN_PYTHON[1])
    return { error: `${name}: Python ${version} (${executable}), too old` }
  return { name, executable, version }
}

function imports(executable) {
  const r = run(executable, ['-c', IMPORTS], 60000)
  return r.ok ? { ok: true } : { ok: false, why: tail(r.output, 1) }
}

export function venvPython(venv = VENV, platform = process.platform) {
  return platform === 'win32' ? path.join(venv, 'Scripts', 'python.exe') : path.join(venv, 'bin', 'python')
}

/** How a message names a path under the repository (relative, as the user types it there), or in full. */
function fromRoot(file) {
  const relative = path.relative(ROOT, file)
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : file
}

/**
 * The commands that make .venv-test/ by hand: a virtual environment works where pip refuses to
 * install into the system's Python (PEP 668's "externally-managed-environment": Debian 12,
 * Ubuntu 23.04 and later), and the preflight uses it as it finds it.
 */
function venvCommand(baseExecutable, venv = VENV, platform = process.platform) {
  const where = fromRoot(venv)
  const quote = (file) => (/\s/.test(file) ? `"${file}"` : file)
  return `${quote(baseExecutable)} -m venv ${quote(where)} && ${quote(venvPython(where, platform))} -m pip install -r requirements-test.txt`
}

/**
 * .venv-test/ with requirements-test.txt installed, made from `base` unless one made from the
 * same requirements, or one made by hand (no stamp), is there already and imports them. Returns
 * its Python, or the step that failed.
 */
function ensureVenv(base, log) {
  const python = venvPython()
  const stamp = path.join(VENV, 'requirements-test.txt')
  const wanted = readFileSync(REQUIREMENTS, 'utf8')
  // No stamp: made by hand (venvCommand), so kept as it is; a stale stamp: the requirements changed.
  const current = !existsSync(stamp) || readFileSync(stamp, 'utf8') === wanted
  if (current && existsSync(python) && imports(python).ok) return { python }

  log(
    `preflight: ${base.name} cannot import moto and boto3; installing requirements-test.txt into .venv-test/ (once) ...`
  )
  rmSync(VENV, { recursive: true, force: true })
  const venv = run(base.executable, ['-m', 'venv', VENV])
  if (!venv.ok) {
    return { failed: `${base.executable} -m venv .venv-test failed: ${tail(venv.output, 2)}`, missing: 'venv' }
  }
  const pip = run(python, ['-m', 'pip', 'install', '--quiet', '--disable-pip-version-check', '-r', REQUIREMENTS])
  if (!pip.ok) {
    // A half-made environment would be taken for a made one next time.
    rmSync(VENV, { recursive: true, force: true })
    const errors = pip.output.split(/\r?\n/).filter((line) => line.startsWith('ERROR'))
    const why = errors.length > 0 ? errors.slice(-4).join('\n') : tail(pip.output)
    return {
      failed: `pip install -r requirements-test.txt into .venv-test failed (it needs the Python package index, pypi.org):\n${why}`,
      missing: 'packages'
    }
  }
  const check = imports(python)
  if (!check.ok)
    return { failed: `.venv-test's Python still cannot import moto and boto3: ${check.why}`, missing: 'packages' }
  writeFileSync(stamp, wanted)
  return { python }
}

/**
 * The Python for moto and boto3: the first candidate that imports them, else .venv-test/.
 * Returns { python } or { problem: { what, tried, fix } }; `rerun` is the command the fix says to
 * run again (`npm test`, `npm run demo`).
 */
export function findPython({
  env = process.env,
  platform = process.platform,
  log = console.error,
  rerun = 'npm test'
} = {}) {
  const tried = []
  const usable = []
  for (const candidate of pythonCandidates(env, platform)) {
    const found = probe(candidate)
    if (found.error) {
      tried.push(found.error)
      continue
    }
    const check = imports(found.executable)
    if (check.ok) return { python: found.executable, version: found.version, via: found.name }
    tried.push(
      `${found.name}: Python ${found.version} (${found.executable}) cannot import moto and boto3 (${check.why})`
    )
    usable.push(found)
  }
  const pin = 'requirements-test.txt'
  if (usable.length === 0) {
    return {
      problem: {
        what: 'no Python 3 to run moto (the local Secrets Manager) and boto3',
        tried,
        fix: [
          `${INSTALL_PYTHON}, then ${rerun} again (it installs ${pin} into .venv-test/ itself)`,
          'or set PYTHON to a Python 3 that has them'
        ]
      }
    }
  }
  const base = usable[0]
  const venv = ensureVenv(base, log)
  if (venv.python) return { python: venv.python, version: base.version, via: '.venv-test' }
  tried.push(venv.failed)
  const fix =
    venv.missing === 'venv'
      ? [`install Python's venv module (Debian/Ubuntu: apt-get install python3-venv), then ${rerun} again`]
      : [
          `with access to pypi.org: ${rerun} again (it makes .venv-test/ itself)`,
          `or make it yourself (PIP_INDEX_URL set to a mirror you can reach, say), then ${rerun} again: ${venvCommand(base.executable, VENV, platform)}`,
          `or set PYTHON to a Python 3 that imports moto.server and boto3`
        ]
  return { problem: { what: 'Python cannot import moto (with its server extra) and boto3', tried, fix } }
}

function checkOpenssl() {
  const r = run('openssl', ['version'], 30000)
  if (r.ok) return undefined
  return {
    what: 'openssl is missing (the TLS tests make a private CA with it)',
    tried: [`openssl version: ${tail(r.output, 1)}`],
    fix: [
      'install openssl (Debian/Ubuntu: apt-get install openssl; Windows: it comes with Git for Windows, add its usr/bin to PATH; macOS: brew install openssl)'
    ]
  }
}

function checkNode24() {
  if (NODE24 && existsSync(NODE24)) return undefined
  return {
    what: 'no Node 24 to run the bundle with (GitHub runs node24 actions on Node 24)',
    tried: [`${NODE24 ?? 'Node 24'}: not found`],
    fix: [node24Problem() ?? 'npm ci']
  }
}

/**
 * Every check; `problems` is empty when the suite can run. With `unit: true`, only what the unit
 * tests need: Node 24 (src/ needs Node 22.15's tls.getCACertificates), no Python and no openssl.
 */
export function preflight(opts = {}) {
  if (opts.unit) return { node: NODE24, problems: [checkNode24()].filter(Boolean) }
  const python = findPython(opts)
  const problems = [python.problem, checkOpenssl(), checkNode24()].filter(Boolean)
  return { node: NODE24, python: python.python, pythonVia: python.via, pythonVersion: python.version, problems }
}

/** The one message for everything that is missing; `subject` is what cannot run. */
export function report(problems, subject = 'The tests') {
  const lines = [`${subject} cannot run on this machine yet; nothing was run. Missing:`]
  for (const [i, p] of problems.entries()) {
    lines.push('', `${i + 1}. ${p.what}`, '   tried:')
    for (const t of p.tried) lines.push(...t.split('\n').map((line, j) => `     ${j === 0 ? '- ' : '  '}${line}`))
    lines.push('   to fix:')
    for (const f of p.fix) lines.push(`     - ${f}`)
  }
  return lines.join('\n')
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const result = preflight()
  if (result.problems.length > 0) {
    console.error(report(result.problems))
    process.exit(1)
  }
  console.log(
    `preflight: Python ${result.pythonVersion} for moto and boto3: ${result.python}; openssl; Node 24: ${NODE24}`
  )
}
