import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type { FieldProblem } from "../../../workflows/lib/errors"

/**
 * 400 with every problem by field: { type: "invalid_data", message: "<field>: <why>; …",
 * errors: [{ field, message }] } — the message as Medusa's other 400s give it, the list for forms.
 */
export function sendProblems(res: MedusaResponse, problems: FieldProblem[]) {
  res.status(400).json({
    type: MedusaError.Types.INVALID_DATA,
    message: problems.map((p) => `${p.field}: ${p.message}`).join("; "),
    errors: problems,
  })
}

/** The raw request body (routes whose body parser is off), refusing more than `limit` bytes. */
export async function readRawBody(req: MedusaRequest, limit: number): Promise<Buffer | "too_large"> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req as unknown as AsyncIterable<Buffer | string>) {
    const buf = typeof chunk === "string" ? Buffer.from(chunk) : chunk
    size += buf.length
    if (size > limit) return "too_large"
    chunks.push(buf)
  }
  return Buffer.concat(chunks)
}
