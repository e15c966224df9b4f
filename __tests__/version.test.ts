import { readFileSync } from 'node:fs'
import { describe, expect, it } from '@jest/globals'
import { ACTION_NAME, ACTION_VERSION } from '../src/version.js'

// Read from disk rather than imported: the bundle must not inline package.json.
const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
  name: string
  version: string
}

describe('version', () => {
  it("equals package.json's version", () => {
    expect(ACTION_VERSION).toBe(pkg.version)
  })

  it("equals package.json's name", () => {
    expect(ACTION_NAME).toBe(pkg.name)
  })

  it('is a semantic version, as a user agent token takes it', () => {
    expect(ACTION_VERSION).toMatch(/^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/)
  })
})
