/**
 * Every example in README.md and CONTRIBUTING.md works when pasted into a workflow: it parses,
 * the steps that use this action give only inputs of action.yml, every `steps.X` it reads is a
 * step of the same example, no value loses text to a YAML comment, and the quick start is a
 * complete workflow that GitHub's own validator accepts.
 */
import { describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { isMap, isScalar, parse, parseDocument, Scalar, visit } from 'yaml'

interface Example {
  file: string
  line: number
  lang: string
  text: string
}

function examples(file: string): Example[] {
  const source = readFileSync(file, 'utf8')
  const found: Example[] = []
  for (const m of source.matchAll(/^```(\w*)\n([\s\S]*?)^```/gm)) {
    found.push({ file, lang: m[1] ?? '', text: m[2] ?? '', line: source.slice(0, m.index).split('\n').length + 1 })
  }
  return found
}

const DOCS = ['README.md', 'CONTRIBUTING.md'].filter((file) => existsSync(file))
const all = DOCS.flatMap(examples)
const yamlExamples = all.filter((e) => e.lang === 'yaml' || e.lang === 'yml')
const name = (e: Example) => `${e.file}:${e.line}`
const inputs = Object.keys((parse(readFileSync('action.yml', 'utf8')) as { inputs: object }).inputs)

/** A step of this action: `uses: ./` or `uses: <owner>/aws-secretsmanager-update-secret@<ref>`. */
const THIS_ACTION = /^(\.\/|[\w.-]+\/aws-secretsmanager-update-secret@[\w.-]+)$/

type Step = { uses?: unknown; run?: unknown; id?: unknown; with?: Record<string, unknown> }

/** Every mapping in the example that is a step (has `uses` or `run`). */
function stepsOf(value: unknown, out: Step[] = []): Step[] {
  if (Array.isArray(value)) for (const item of value) stepsOf(item, out)
  else if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>
    if ('uses' in record || 'run' in record) out.push(record as Step)
    for (const child of Object.values(record)) stepsOf(child, out)
  }
  return out
}

function stringsOf(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value)
  else if (value && typeof value === 'object') for (const child of Object.values(value)) stringsOf(child, out)
  return out
}

/**
 * Plain scalars followed on their line by what YAML takes for a comment that was meant as text:
 * ` #` right after the value (one space) or `#` glued to what follows, as in
 * `rotated by ${{ github.workflow }} #${{ github.run_number }}`. A comment meant as one is two
 * or more spaces, then `# `, which every example uses.
 */
function textLostToComments(text: string): string[] {
  const doc = parseDocument(text)
  const lost: string[] = []
  visit(doc, {
    Scalar(_key, node: Scalar) {
      if (node.type !== Scalar.PLAIN || !node.range) return
      const rest = text.slice(node.range[1]).split('\n', 1)[0] ?? ''
      const comment = /^(?<gap>\s+)#(?<note>.*)$/.exec(rest)?.groups
      if (!comment?.gap || comment.note === undefined) return
      if (comment.gap.length < 2 || !/^(\s|$)/.test(comment.note) || comment.note.includes('${{')) {
        lost.push(`${String(node.value)}${rest}`)
      }
    }
  })
  return lost
}

describe('README examples', () => {
  it('are there to check', () => {
    expect(yamlExamples.length).toBeGreaterThan(5)
  })

  it.each(yamlExamples.map((e) => [name(e), e] as const))('%s parses as YAML', (_name, e) => {
    expect(parseDocument(e.text).errors.map((error) => error.message)).toEqual([])
  })

  it.each(yamlExamples.map((e) => [name(e), e] as const))(
    '%s gives this action only inputs of action.yml',
    (_name, e) => {
      const steps = stepsOf(parse(e.text)).filter((s) => typeof s.uses === 'string' && THIS_ACTION.test(s.uses))
      for (const step of steps) expect(Object.keys(step.with ?? {}).filter((key) => !inputs.includes(key))).toEqual([])
    }
  )

  it.each(yamlExamples.map((e) => [name(e), e] as const))('%s reads only steps it defines', (_name, e) => {
    const value: unknown = parse(e.text)
    const ids = stepsOf(value).map((s) => s.id)
    const read = stringsOf(value).flatMap((s) => [...s.matchAll(/\bsteps\.([A-Za-z_][\w-]*)/g)].map((m) => m[1]))
    expect(read.filter((id) => !ids.includes(id))).toEqual([])
  })

  it.each(yamlExamples.map((e) => [name(e), e] as const))('%s loses no text to a YAML comment', (_name, e) => {
    expect(textLostToComments(e.text)).toEqual([])
  })

  it.each(yamlExamples.map((e) => [name(e), e] as const))('%s makes the directory it writes into', (_name, e) => {
    const runs = stepsOf(parse(e.text)).flatMap((s) => (typeof s.run === 'string' ? [s.run] : []))
    let made = ''
    for (const run of runs) {
      made += run
      for (const m of run.matchAll(/(?:-out|>>?)\s+"?([\w.-]+)\//g)) {
        expect({ dir: m[1], made: new RegExp(`mkdir -p\\s+"?${m[1]}\\b`).test(made) }).toEqual({
          dir: m[1],
          made: true
        })
      }
    }
  })

  it.each(
    yamlExamples.filter((e) => /github\.event\.(number|pull_request)\b/.test(e.text)).map((e) => [name(e), e] as const)
  )('%s reads the pull request of its event, so it is a workflow that a pull request starts', (_name, e) => {
    // On any other event github.event.number is empty: `preview/pr-${{ github.event.number }}` names `preview/pr-`.
    const on = (parse(e.text) as { on?: unknown } | null)?.on
    const events = typeof on === 'string' ? [on] : Array.isArray(on) ? on : Object.keys(on ?? {})
    expect(events.filter((event) => /^pull_request(_target)?$/.test(String(event)))).not.toEqual([])
  })

  it.each(all.filter((e) => e.lang === 'json').map((e) => [name(e), e] as const))('%s parses as JSON', (_name, e) => {
    expect(() => JSON.parse(e.text)).not.toThrow()
  })

  it('open with a quick start that is a complete workflow (on, permissions, jobs with runs-on and steps)', () => {
    const quickStart = parse(yamlExamples.find((e) => e.file === 'README.md')!.text) as Record<string, unknown>
    expect(Object.keys(quickStart)).toEqual(expect.arrayContaining(['on', 'permissions', 'jobs']))
    const jobs = Object.values(quickStart.jobs as Record<string, Record<string, unknown>>)
    expect(jobs.length).toBeGreaterThan(0)
    for (const job of jobs) {
      expect(job['runs-on']).toEqual(expect.any(String))
      expect(Array.isArray(job.steps) && job.steps.length > 0).toBe(true)
      expect(stepsOf(job.steps).some((s) => typeof s.uses === 'string' && THIS_ACTION.test(s.uses))).toBe(true)
    }
  })

  it("whole workflows among them pass GitHub's validator", () => {
    const whole = yamlExamples.filter((e) => {
      const doc = parseDocument(e.text)
      return isMap(doc.contents) && doc.contents.items.some((pair) => isScalar(pair.key) && pair.key.value === 'jobs')
    })
    expect(whole.length).toBeGreaterThan(0)
    const dir = mkdtempSync(path.join(os.tmpdir(), 'readme-workflows-'))
    const files = whole.map((e) => {
      const file = path.join(dir, `${e.file.replace(/\W/g, '_')}-line-${e.line}.yml`)
      writeFileSync(file, e.text)
      return file
    })
    const r = spawnSync(process.execPath, ['scripts/check-workflows.mjs', ...files], { encoding: 'utf8' })
    expect({ status: r.status, problems: r.stderr }).toEqual({ status: 0, problems: '' })
  })
})
