/** Errors as the unit tests make and expect them. */
import { expect } from '@jest/globals'
import { InputError } from '../../src/errors.js'

/** An error as the SDK throws a service exception: its `name` is the exception's, with any further fields. */
export function sdkError(name: string, message = `${name} happened`, extra: Record<string, unknown> = {}): Error {
  return Object.assign(new Error(message), { name, ...extra })
}

/**
 * The InputError that `run` throws, or that `pending` rejects with; fails the test when there is
 * none or the error is of another kind.
 */
export function inputErrorOf(run: () => unknown): InputError
export function inputErrorOf(pending: Promise<unknown>): Promise<InputError>
export function inputErrorOf(source: (() => unknown) | Promise<unknown>): InputError | Promise<InputError> {
  // A type test, not `instanceof Promise`: a promise made by Node itself is of another realm than jest's.
  if (typeof source !== 'function') {
    return source.then(
      () => {
        throw new Error('expected an InputError, but the promise resolved')
      },
      (error: unknown) => asInputError(error)
    )
  }
  try {
    source()
  } catch (error) {
    return asInputError(error)
  }
  throw new Error('expected an InputError, but nothing was thrown')
}

function asInputError(error: unknown): InputError {
  expect(error).toBeInstanceOf(InputError)
  return error as InputError
}
