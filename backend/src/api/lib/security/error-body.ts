// What an error response may say. Internal failures (5xx) keep their details in the log; a
// message that carries SQL or a stack trace is replaced whatever the status.

export const INTERNAL_ERROR_MESSAGE = "Something went wrong on our side. Please try again in a moment."

const LEAKS = [
  // SQL statements (not sentences such as "Select an address from the list")
  /\bselect\s+(\*|distinct\b|count\(|"?\w+"?\."?\w+"?)/i,
  /\binsert\s+into\s+"?\w+"?\s*\(/i,
  /\bupdate\s+"?\w+"?\s+set\s+"?\w+"?\s*=/i,
  /\bdelete\s+from\s+"?\w+"?\s+where\b/i,
  /\b(syntax error at or near|violates .* constraint|relation ".*" does not exist|column ".*" does not exist)/i, // PostgreSQL
  /\n\s+at\s+\S+/, // a stack trace
  /node_modules|\/src\/|\.(ts|js):\d+/, // source paths
]

export type ErrorBody = { type?: string; code?: string; message?: string; [key: string]: unknown }

export function leaksInternals(message: unknown): boolean {
  return typeof message === "string" && LEAKS.some((pattern) => pattern.test(message))
}

export function publicErrorBody(status: number, body: ErrorBody): ErrorBody {
  if (status >= 500) return { type: "unknown_error", code: "unknown_error", message: INTERNAL_ERROR_MESSAGE }
  if (leaksInternals(body?.message)) return { type: body.type, message: "The request could not be processed." }
  return body
}
