// The typed error for a bad command-line argument or option: printed without a stack, exit code 2.
export class UsageError extends Error {
  override readonly name = 'UsageError';
}
