/** Ends the command with one line naming the cause and the fix, instead of a stack trace. */
export class FatalError extends Error {}

export function fail(message) {
  throw new FatalError(message)
}
