import { MedusaError } from "@medusajs/framework/utils"

/** A problem with one input field, e.g. { field: "stars", message: "2 stars is not a certified rating…" }. */
export type FieldProblem = { field: string; message: string }

/**
 * Throws MedusaError INVALID_DATA ("<field>: <why>; <field>: <why>"), which the HTTP layer
 * answers with 400 and the message, when there is any problem.
 */
export function throwIfInvalid(problems: FieldProblem[]): void {
  if (problems.length === 0) return
  throw new MedusaError(
    MedusaError.Types.INVALID_DATA,
    problems.map((p) => `${p.field}: ${p.message}`).join("; ")
  )
}

export function invalid(field: string, message: string): never {
  throw new MedusaError(MedusaError.Types.INVALID_DATA, `${field}: ${message}`)
}
