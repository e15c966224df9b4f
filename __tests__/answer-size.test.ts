/**
 * The bound on an answer's body, through the collector the client uses: a body within the bound
 * is read whole, one past it is abandoned (the stream destroyed, no more read) with an error
 * that failureMessage words for the user.
 */
import { Readable } from 'node:stream'
import { describe, expect, it } from '@jest/globals'
import { AnswerTooLargeError, boundBody } from '../src/answer-size.js'
import { collectBody } from '../src/client.js'
import { failureMessage } from '../src/errors.js'

/** A stream of `total` bytes in 64 KiB chunks, counting how many were pulled from it. */
function source(total: number): { stream: Readable; pulled: () => number } {
  let pulled = 0
  const stream = new Readable({
    read() {
      if (pulled >= total) return void this.push(null)
      const size = Math.min(65536, total - pulled)
      pulled += size
      this.push(Buffer.alloc(size, 0x61))
    }
  })
  return { stream, pulled: () => pulled }
}

describe('boundBody', () => {
  it('reads a body at the bound whole', async () => {
    const { stream } = source(1000)
    expect((await collectBody(boundBody(stream, 1000))).length).toBe(1000)
  })

  it('abandons a body past the bound, having pulled little more than the bound', async () => {
    const { stream, pulled } = source(64 * 1024 * 1024)
    const error = await collectBody(boundBody(stream, 256 * 1024)).then(
      () => undefined,
      (e: unknown) => e
    )
    expect(error).toBeInstanceOf(AnswerTooLargeError)
    expect((error as AnswerTooLargeError).limit).toBe(256 * 1024)
    expect(stream.destroyed).toBe(true)
    expect(pulled()).toBeLessThan(1024 * 1024)
  })

  it('abandons a body one byte past the bound', async () => {
    const { stream } = source(1001)
    await expect(collectBody(boundBody(stream, 1000))).rejects.toBeInstanceOf(AnswerTooLargeError)
  })

  it('leaves a body that is not a Node stream as it is', () => {
    const body = new Uint8Array([1, 2, 3])
    expect(boundBody(body, 1)).toBe(body)
  })
})

describe('failureMessage of an abandoned answer', () => {
  const abandoned = (operation: string): Error =>
    Object.assign(new AnswerTooLargeError(4194304), {
      operation,
      $metadata: { httpStatusCode: 200 },
      message: 'The answer was too large.\n  Deserialization error: to see the raw response, inspect $response'
    })

  it('names the call and the bound, and says the answer is not from Secrets Manager', () => {
    const message = failureMessage(abandoned('GetSecretValue'))
    expect(message).toMatch(/^GetSecretValue failed: the endpoint's answer was larger than 4194304 bytes/)
    expect(message).toMatch(/did not come from Secrets Manager/)
    expect(message).not.toMatch(/Deserialization|\$response|\n/)
    expect(message).not.toMatch(/may have been applied/)
  })

  it.each(['UpdateSecret', 'PutSecretValue', 'CreateSecret', 'UpdateSecretVersionStage', 'TagResource'])(
    'after %s, says the write may have been applied',
    (operation) => {
      expect(failureMessage(abandoned(operation))).toMatch(new RegExp(`The ${operation} request may have been applied`))
    }
  )
})
