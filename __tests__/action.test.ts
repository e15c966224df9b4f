/**
 * action.yml as the Marketplace reads it: GitHub refuses a listing whose description has 125
 * characters or more ("Description must be less than 125 characters"), counted on the parsed
 * string, not on the YAML source.
 */
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { parse } from 'yaml'

const action = parse(readFileSync('action.yml', 'utf8')) as { name: unknown; description: unknown }

describe('action.yml', () => {
  it('has a Marketplace description of at most 124 characters', () => {
    expect(typeof action.description).toBe('string')
    const description = action.description as string
    expect(description.length).toBeGreaterThan(0)
    expect(description.length).toBeLessThanOrEqual(124)
  })
})
