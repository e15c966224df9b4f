/**
 * The domain types that several modules share. This module imports nothing, so that any module
 * can import it without a cycle.
 */

/** A secret value, as Secrets Manager stores it. */
export type SecretValue =
  /** Sent as SecretString. */
  | { readonly kind: 'text'; readonly text: string }
  /** Sent as SecretBinary. */
  | { readonly kind: 'binary'; readonly bytes: Uint8Array }
