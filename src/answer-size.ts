/**
 * A bound on the size of an answer's body. The SDK reads a body whole before parsing it, so an
 * endpoint that answers with a flood (a buggy gateway, a hostile endpoint-url) would fill the
 * heap: 256 MiB took about 870 MiB, a few GiB ended the process with no message. `read-timeout`
 * bounds the body in time; this bounds it in bytes, and abandons it (its socket destroyed) as soon
 * as it passes the bound.
 *
 * The bound: the largest legitimate answer of the calls the action makes, with margin.
 * - GetSecretValue: a SecretString of at most 65536 bytes, which JSON may escape six-fold (a
 *   control character becomes \u00XX): 384 KiB; a SecretBinary's base64, about 87 KiB; plus the
 *   ARN, name, version id and at most 20 labels: under 0.5 MiB.
 * - DescribeSecret: up to about 100 versions with their labels (at most 20 on a version, each at
 *   most 256 characters: even 100 x 20 labels, escaped, is about 1 MiB), 50 tags of at most 128 +
 *   256 characters, a description of at most 2048, the replication status of every region: under
 *   1.5 MiB however the fields are filled.
 * - The writes and the error answers are a few hundred bytes.
 * 4 MiB is over twice the worst, and costs nothing to hold.
 */
import { Readable } from 'node:stream'

export const MAX_ANSWER_BYTES = 4 * 1024 * 1024

/** An answer body abandoned at the bound: errors.ts words it for the failure. */
export class AnswerTooLargeError extends Error {
  override readonly name = 'AnswerTooLargeError'
  constructor(readonly limit: number) {
    super(`The answer's body was larger than ${limit} bytes, far more than any Secrets Manager answer.`)
  }
}

/**
 * The body, which now fails with AnswerTooLargeError (its socket destroyed) once more than
 * `limit` bytes have arrived. A body that is not a Node stream (never so with the SDK's Node
 * handler) is returned as it is.
 */
export function boundBody<T>(body: T, limit = MAX_ANSWER_BYTES): T {
  if (!(body instanceof Readable)) return body
  let received = 0
  // A listener beside the reader's: both see every chunk in order; at the bound the stream is
  // destroyed, and the reader's 'error' listener rejects.
  const count = (chunk: Buffer | string): void => {
    received += chunk.length
    if (received > limit) {
      body.off('data', count)
      body.destroy(new AnswerTooLargeError(limit))
    }
  }
  body.on('data', count)
  return body
}
