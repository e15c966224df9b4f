/**
 * The calls a run made, as the counting proxy saw them, with the reads that go out together
 * (DescribeSecret with GetSecretValue or ListSecretVersionIds, sent at once) in one order: which reaches the wire first is
 * up to the event loop.
 */
export function inOrder(calls: readonly string[]): string[] {
  const out = [...calls]
  for (let i = 0; i + 1 < out.length; i++) {
    const read = out[i]
    if ((read === 'GetSecretValue' || read === 'ListSecretVersionIds') && out[i + 1] === 'DescribeSecret') {
      out[i] = 'DescribeSecret'
      out[i + 1] = read
    }
  }
  return out
}
