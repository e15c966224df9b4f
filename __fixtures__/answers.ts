/**
 * Write answers as Secrets Manager gives them, for tests that mock the client: the secret's ARN
 * and name, and the version id the write was sent with (its ClientRequestToken). The action
 * reports no write that its answer does not confirm this way (src/answers.ts).
 */
export function confirming(
  arn: string,
  name: string
): (input: { ClientRequestToken?: string }) => Promise<{ ARN: string; Name: string; VersionId?: string }> {
  return async (input) => ({
    ARN: arn,
    Name: name,
    ...(input.ClientRequestToken ? { VersionId: input.ClientRequestToken } : {})
  })
}
